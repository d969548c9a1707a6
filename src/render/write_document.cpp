// Implements the writing steps of a render (see write_document.hpp) and render_document
// (see render.hpp).
#include "render/write_document.hpp"

#include <future>

#include "render/images.hpp"
#include "write_html/html_writer.hpp"
#include "write_pdf/pdf_writer.hpp"

namespace kansli {
namespace {

// Lays out and writes the PDF (or only lays out, into `dump_text`); nullopt after an
// error. Once the document is laid out, the tree and the render's own fonts' faces and
// hyphenation patterns are freed (on a thread of their own) while the PDF is put together.
std::optional<std::string> make_pdf(doc::Document document, const Theme& theme, Typesetting typesetting,
                                    const ImageFiles& checked_images, bool dump_layout, bool threads,
                                    std::string& dump_text, Diagnostics& diagnostics) {
  const FileImageCatalog images(checked_images);
  const int errors_before = diagnostics.error_count();
  std::unique_ptr<PatternHyphenator> own_hyphenator = typesetting.patterns.take(diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  const layout::Hyphenator* hyphenator = own_hyphenator ? own_hyphenator.get() : typesetting.hyphenator;
  const layout::LayoutTools tools{*typesetting.fonts, images, hyphenator};
  if (dump_layout) {
    const auto pages = layout::layout_document(document, theme, tools, diagnostics);
    if (!pages) return std::nullopt;
    dump_text = layout::dump_pages(*pages);
    return std::string();
  }
  // The PDF writer makes each page's content on its own thread while layout goes on.
  PdfWriter writer(theme, "kansli " KANSLI_VERSION, checked_images, threads);
  if (!layout::layout_document(document, theme, tools, writer, diagnostics)) return std::nullopt;
  const doc::Metadata metadata = std::move(document.metadata);
  auto free_typesetting = [tree = std::move(document), fonts = std::move(typesetting.own_fonts),
                           patterns = std::move(own_hyphenator)]() mutable {
    tree = doc::Document();
    fonts.reset();
    patterns.reset();
  };
  std::future<void> freeing;
  if (threads) freeing = std::async(std::launch::async, std::move(free_typesetting));
  else free_typesetting();
  auto bytes = writer.finish(metadata, diagnostics);
  if (freeing.valid()) freeing.get();
  return bytes;
}

}  // namespace

bool write_document(doc::Document document, const Theme& theme, Typesetting typesetting, const ImageFiles& images,
                    const Formats& formats, Dump dump, const std::string& stem, bool threads, RenderOutputs& outputs,
                    std::string& dump_text, Diagnostics& diagnostics) {
  // The HTML first, since the PDF writer takes the document; it is written to its
  // temporary file while the PDF is made.
  const bool dump_layout = dump == Dump::kLayout;
  if (formats.html && !dump_layout) {
    outputs.add_in_background({stem + ".html", write_html(document, theme, read_document_images(document, images))});
  }
  if (typesetting.fonts) {
    auto bytes = make_pdf(std::move(document), theme, std::move(typesetting), images, dump_layout, threads, dump_text,
                          diagnostics);
    if (!bytes) return false;
    if (dump_layout) return true;
    outputs.add({stem + ".pdf", std::move(*bytes)}, diagnostics);
  }
  outputs.wait(diagnostics);
  return true;
}

RenderResult render_document(doc::Document document, const Theme& theme, const DocumentTools& tools,
                             const Formats& formats, Dump dump, const RenderSettings& settings,
                             Diagnostics& diagnostics) {
  RenderResult result;
  if (dump == Dump::kTree) {
    result.dump = doc::dump_document(document);
    result.status = RenderStatus::kRendered;
    return result;
  }
  const int errors_before = diagnostics.error_count();
  Typesetting typesetting;
  if (formats.pdf || dump == Dump::kLayout) typesetting.fonts = &tools.fonts;
  typesetting.hyphenator = tools.hyphenator;
  RenderOutputs outputs("", settings.threads);
  if (!write_document(std::move(document), theme, std::move(typesetting), tools.images, formats, dump, "document",
                      settings.threads, outputs, result.dump, diagnostics)) {
    return result;
  }
  auto made = outputs.commit(errors_before, diagnostics);
  if (!made) return result;
  result.outputs = std::move(*made);
  result.status = RenderStatus::kRendered;
  return result;
}

}  // namespace kansli
