// Implements the fuzz targets (see targets.hpp). Everything a target needs but does
// not fuzz (schemas, theme, fonts, the sample meeting) is loaded once.
#include "targets.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "images/images.hpp"
#include "fonts/font_set.hpp"
#include "hyphen/pattern_hyphenator.hpp"
#include "layout/layout.hpp"
#include "prepare/prepare.hpp"
#include "richtext/markdown.hpp"
#include "template/template.hpp"
#include "theme/theme.hpp"
#include "validate/validate.hpp"
#include "write_html/html_writer.hpp"
#include "write_pdf/pdf_writer.hpp"

namespace kansli::fuzz {
namespace {

// Fixed sizes for images: fuzzed documents name no real images.
class NoImages : public layout::ImageCatalog {
 public:
  std::optional<layout::ImageSize> size_of(const std::string&) const override { return layout::ImageSize{100, 50}; }
};

// Image sizes from images checked whole, as the command line's catalog gives them.
class CheckedImages : public layout::ImageCatalog {
 public:
  explicit CheckedImages(const ImageFiles& images) : images_(images) {}
  std::optional<layout::ImageSize> size_of(const std::string& path) const override {
    std::string error;
    const auto image = images_.open(path, error);
    if (!image) return std::nullopt;
    return layout::ImageSize{static_cast<double>(image->width), static_cast<double>(image->height)};
  }

 private:
  const ImageFiles& images_;
};

struct Fixtures {
  Diagnostics diagnostics;
  Files files{PathPolicy(KANSLI_SOURCE_DIR, system_resource_folders())};
  ImageFiles images{files};
  std::unique_ptr<SchemaSet> schemas = SchemaSet::load(KANSLI_SOURCE_DIR "/data/schemas", files, diagnostics);
  std::optional<Theme> theme = load_theme(KANSLI_SOURCE_DIR "/templates/themes/default.json", files, diagnostics);
  std::unique_ptr<FontSet> fonts = theme ? FontSet::load(*theme, files, diagnostics) : nullptr;
  std::unique_ptr<PatternHyphenator> hyphenator =
      theme ? PatternHyphenator::load(theme->hyphenation, files, diagnostics) : nullptr;
  std::optional<DataModel> meeting = load_meeting();
  std::optional<tmpl::Template> rich_template =
      tmpl::parse_template_text("fuzz.xml", "<document><rich-text of=\"x\"/></document>", files, diagnostics);
  // A short document with everything a theme styles, for fuzzed themes: header and footer
  // with page numbers, headings, styled paragraphs, a footnote, a list and a table.
  std::optional<doc::Document> styled_document = make_styled_document();

  std::optional<LoadedFile> read(const std::string& path, Diagnostics& d) {
    auto file = load_data_file(path, files, d, schemas->lookup());
    if (!file || !schemas->validate(*file, d) || !convert_rich_text(*file, *schemas, d)) return std::nullopt;
    return file;
  }

  std::optional<doc::Document> make_styled_document() {
    const auto tmpl = tmpl::parse_template_text(
        KANSLI_SOURCE_DIR "/templates/fuzz-theme.xml",
        "<document><page-header><p style=\"meta\">Sida <page-number/> av <page-count/></p><rule/></page-header>"
        "<page-footer><p style=\"footer\">{organisation.name}</p></page-footer>"
        "<h1>{body.name}</h1><p style=\"lead\">Ingress<footnote>En not.</footnote></p>"
        "<for each=\"item in meeting.agenda\"><h2>{item.number}. {item.title}</h2><p>Brödtext om ärendet.</p></for>"
        "<list><item><p>Ett</p></item><item><p>Två</p></item></list>"
        "<table widths=\"1,25mm\"><row header=\"yes\"><cell>Namn</cell><cell>Roll</cell></row>"
        "<row><cell>Anna</cell><cell>Ordförande</cell></row></table></document>",
        files, diagnostics);
    if (!tmpl || !meeting || !theme) return std::nullopt;
    return tmpl::evaluate_template(*tmpl, *meeting, {theme->paragraph_style_names(), &images, {}, ""}, diagnostics);
  }

  std::optional<DataModel> load_meeting() {
    auto file = read(KANSLI_SOURCE_DIR "/data/klaralvdalen/meetings/styrelsen-2026-12-10.json", diagnostics);
    if (!file) return std::nullopt;
    return prepare_model(*file, [this](const std::string& path, Diagnostics& d) { return read(path, d); }, files,
                         diagnostics);
  }
};

Fixtures& fixtures() {
  static Fixtures instance;
  if (!instance.schemas || !instance.fonts || !instance.hyphenator || !instance.meeting || !instance.rich_template ||
      !instance.styled_document) {
    std::abort();
  }
  return instance;
}

// Writes HTML and lays out (and, when asked, writes the PDF of) a document in `theme`
// (the fixtures' fonts and hyphenation whatever it names).
void render(const doc::Document& document, bool pdf, const Theme& theme) {
  Fixtures& f = fixtures();
  Diagnostics diagnostics;
  (void)write_html(document, theme, {});
  const NoImages images;
  auto pages = layout::layout_document(document, theme, {*f.fonts, images, f.hyphenator.get()}, diagnostics);
  if (pages && pdf) (void)write_pdf(std::move(*pages), theme, "kansli fuzz", f.images, diagnostics);
}

void render(const doc::Document& document, bool pdf) { render(document, pdf, *fixtures().theme); }

// Turns a line of fuzz text into a block: "# " heading, "- " list, "| " table row.
doc::Block block_of_line(const std::string& line) {
  if (line.rfind("# ", 0) == 0) return doc::Block{doc::Heading{{doc::make_text(line.substr(2))}, 1, ""}};
  doc::Block paragraph = doc::make_paragraph({doc::make_text(line)});
  if (line.rfind("- ", 0) == 0) return doc::Block{doc::List{{doc::ListItem{{paragraph}}}, false, 1, "•"}};
  if (line.rfind("| ", 0) != 0) return paragraph;
  const doc::Row row{{doc::Cell{{paragraph}}}};
  doc::Table table;
  table.header_rows = 1;
  table.rows = {row, row};
  return doc::Block{std::move(table)};
}

}  // namespace

void fuzz_json(const std::uint8_t* data, std::size_t size) {
  Fixtures& f = fixtures();
  Diagnostics diagnostics;
  auto file = parse_json("fuzz.json", std::string(reinterpret_cast<const char*>(data), size), diagnostics);
  if (file && f.schemas->validate(*file, diagnostics)) convert_rich_text(*file, *f.schemas, diagnostics);
}

void fuzz_xml(const std::uint8_t* data, std::size_t size) {
  Fixtures& f = fixtures();
  Diagnostics diagnostics;
  auto file = parse_xml("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), f.schemas->lookup(), diagnostics);
  if (file && f.schemas->validate(*file, diagnostics)) convert_rich_text(*file, *f.schemas, diagnostics);
}

void fuzz_template(const std::uint8_t* data, std::size_t size) {
  Fixtures& f = fixtures();
  Diagnostics diagnostics;
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto tmpl = tmpl::parse_template_text(KANSLI_SOURCE_DIR "/templates/fuzz.xml", text, f.files, diagnostics);
  if (!tmpl) return;
  auto document = tmpl::evaluate_template(*tmpl, *f.meeting, {f.theme->paragraph_style_names(), &f.images, {}, ""}, diagnostics);
  if (document) render(*document, false);
}

// Converts Markdown as a data file's field is converted and, when the data would be
// accepted, evaluates it into a document and writes it (the PDF too when `pdf`).
void render_markdown(const std::string& markdown, bool pdf) {
  Fixtures& f = fixtures();
  Diagnostics diagnostics;
  DataModel model;
  ConvertedMarkdown converted = markdown_to_rich_text(markdown);
  if (!converted.problems.empty()) return;
  model.root = Value::object({{"x", std::move(converted.rich_text)}});
  auto document = tmpl::evaluate_template(*f.rich_template, model, {f.theme->paragraph_style_names(), &f.images, {}, ""}, diagnostics);
  if (document) render(*document, pdf);
}

// Footnotes from fuzz bytes: the first line is the text, each further line n the definition
// of footnote n ("[^n]: line"), and "@d" anywhere a reference to footnote d, so references
// from the text, from notes to themselves and to each other are a few bytes away.
std::string footnote_markdown(const std::string& bytes) {
  std::string markdown;
  int line = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n') {
      markdown += "\n\n[^" + std::to_string(++line) + "]: ";
    } else if (bytes[i] == '@' && i + 1 < bytes.size() && bytes[i + 1] >= '0' && bytes[i + 1] <= '9') {
      markdown += std::string("[^") + bytes[++i] + "]";
    } else {
      markdown += bytes[i];
    }
  }
  return markdown;
}

void fuzz_richtext(const std::uint8_t* data, std::size_t size) {
  render_markdown(std::string(reinterpret_cast<const char*>(data), size), false);
}

void fuzz_footnotes(const std::uint8_t* data, std::size_t size) {
  render_markdown(footnote_markdown(std::string(reinterpret_cast<const char*>(data), size)), true);
}

void fuzz_layout(const std::uint8_t* data, std::size_t size) {
  doc::Document document;
  std::string text(reinterpret_cast<const char*>(data), size);
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    document.body.push_back(block_of_line(text.substr(start, end - start)));
    start = end + 1;
  }
  render(document, true);
}

void fuzz_image(const std::uint8_t* data, std::size_t size) {
  Fixtures& f = fixtures();
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  if (!decode_image(bytes, error)) return;
  // Accepted: it must go through the writers as a file a template names.
  static const std::string path = (std::filesystem::temp_directory_path() /
                                   ("kansli-fuzz-image-" + std::to_string(static_cast<long>(getpid())) + ".img")).string();
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  const Files files{PathPolicy("/")};
  const ImageFiles images(files);
  const CheckedImages catalog(images);
  doc::Document document;
  doc::Image image;
  image.source = path;
  document.body.push_back(doc::Block{image});
  Diagnostics diagnostics;
  (void)write_html(document, *f.theme, {{path, bytes}});
  auto pages = layout::layout_document(document, *f.theme, {*f.fonts, catalog, f.hyphenator.get()}, diagnostics);
  if (pages) (void)write_pdf(std::move(*pages), *f.theme, "kansli fuzz", images, diagnostics);
  std::remove(path.c_str());
}

void fuzz_theme(const std::uint8_t* data, std::size_t size) {
  Fixtures& f = fixtures();
  Diagnostics diagnostics;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto theme = parse_theme(KANSLI_SOURCE_DIR "/templates/themes/fuzz.json", text, f.files, diagnostics);
  if (theme) render(*f.styled_document, true, *theme);
}

bool run_target(const std::string& name, const std::uint8_t* data, std::size_t size) {
  if (name == "json") fuzz_json(data, size);
  else if (name == "xml") fuzz_xml(data, size);
  else if (name == "template") fuzz_template(data, size);
  else if (name == "richtext") fuzz_richtext(data, size);
  else if (name == "footnotes") fuzz_footnotes(data, size);
  else if (name == "layout") fuzz_layout(data, size);
  else if (name == "image") fuzz_image(data, size);
  else if (name == "theme") fuzz_theme(data, size);
  else return false;
  return true;
}

}  // namespace kansli::fuzz
