// Implements the render command (see render.hpp): load, prepare, template, then the
// HTML writer and layout + PDF writer, then one atomic write of all outputs.
#include "cli/render.hpp"

#include <filesystem>
#include <future>
#include <iostream>

#include "base/files.hpp"
#include "cli/data_reader.hpp"
#include "cli/images.hpp"
#include "cli/in_background.hpp"
#include "fonts/font_set.hpp"
#include "hyphen/pattern_hyphenator.hpp"
#include "layout/layout.hpp"
#include "load/load.hpp"
#include "prepare/prepare.hpp"
#include "template/template.hpp"
#include "theme/theme.hpp"
#include "write_html/html_writer.hpp"
#include "write_pdf/pdf_writer.hpp"

namespace kansli::cli {
namespace {

namespace fs = std::filesystem;

std::string default_theme_path(const std::string& template_path) {
  return (fs::path(template_path).parent_path() / "themes" / "default.json").string();
}

std::string output_stem(const RenderOptions& options) {
  return fs::path(options.data_path).stem().string() + "-" +
         fs::path(options.template_path).stem().string();
}

// The theme's hyphenation patterns, loaded on a thread of their own beside the data and
// the template (loading the Swedish patterns takes about a tenth of a short document's time).
using HyphenationLoader = InBackground<std::unique_ptr<PatternHyphenator>>;

HyphenationLoader load_patterns(const HyphenationSettings& settings, const Files& files) {
  if (settings.patterns.empty()) return HyphenationLoader();
  return HyphenationLoader(
      [settings, &files](Diagnostics& diagnostics) { return PatternHyphenator::load(settings, files, diagnostics); });
}

// Lays out and writes the PDF; nullopt after an error. Takes the document and the fonts:
// once it is laid out, the tree, the fonts' faces and the hyphenation patterns are freed
// while the PDF is put together (the PDF's fonts are cut down from the bytes Files keeps).
std::optional<std::string> make_pdf(doc::Document document, const Theme& theme, std::unique_ptr<FontSet> fonts,
                                    HyphenationLoader& patterns, const ImageFiles& checked_images,
                                    const RenderOptions& options, Diagnostics& diagnostics) {
  const FileImageCatalog images(checked_images);
  const int errors_before = diagnostics.error_count();
  std::unique_ptr<PatternHyphenator> hyphenator = patterns.take(diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  const layout::LayoutTools tools{*fonts, images, hyphenator.get()};
  if (options.dump_layout) {
    const auto pages = layout::layout_document(document, theme, tools, diagnostics);
    if (!pages) return std::nullopt;
    std::cout << layout::dump_pages(*pages);
    return std::string();
  }
  // The PDF writer makes each page's content on its own thread while layout goes on.
  PdfWriter writer(theme, "kansli " KANSLI_VERSION, checked_images);
  if (!layout::layout_document(document, theme, tools, writer, diagnostics)) return std::nullopt;
  // The tree, the fonts and the patterns are freed on a thread of their own while the PDF is put together.
  const doc::Metadata metadata = std::move(document.metadata);
  auto freeing = std::async(std::launch::async, [tree = std::move(document), fonts = std::move(fonts),
                                                 patterns = std::move(hyphenator)]() mutable {
    tree = doc::Document();
    fonts.reset();
    patterns.reset();
  });
  auto bytes = writer.finish(metadata, diagnostics);
  freeing.get();
  return bytes;
}

// Returns a loader for the files a data file refers to, reading them like the data file.
DataFileLoader loader_for(const DataReader& reader) {
  return [&reader](const std::string& path, Diagnostics& diagnostics) { return reader.read(path, diagnostics); };
}

// The folders files named inside files may come from: the root, the system's fonts and
// hyphenation patterns, and the schemas.
PathPolicy path_policy(const std::string& root, const std::string& schema_directory) {
  std::vector<std::string> trusted = system_resource_folders();
  trusted.push_back(schema_directory);
  return PathPolicy(root, std::move(trusted));
}

std::string kind_of(const LoadedFile& file) {
  const Value* kind = file.root.find("kind");
  return kind && kind->is_string() ? kind->as_string() : "";
}

// The output folder, made for a render; removed again when the render fails and leaves it
// empty, so that a failed run writes nothing at all.
class OutputFolder {
 public:
  explicit OutputFolder(const std::string& path) : path_(path) {
    std::error_code ignored;
    created_ = fs::create_directories(path_, ignored);
  }
  ~OutputFolder() {
    std::error_code ignored;
    if (created_ && !kept_) fs::remove(path_, ignored);  // only when empty
  }
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;
  void keep() { kept_ = true; }

 private:
  std::string path_;
  bool created_ = false;
  bool kept_ = false;
};

// Writes an output to its temporary file (OutputBatch) on a thread of its own, so that the
// HTML is on disk while the PDF is being made; a failure is reported when it is taken.
InBackground<bool> stage_in_background(OutputBatch& batch, OutputFile file) {
  return InBackground<bool>([&batch, file = std::move(file)](Diagnostics& diagnostics) mutable {
    std::string error;
    const bool staged = batch.stage(file, error);
    if (!staged) diagnostics.error({}, error);
    std::string().swap(file.bytes);  // on disk now: not kept while the PDF is made
    return staged;
  });
}

// Steps 2 and 3 of render: the data, prepared, and the template, evaluated into the
// document tree; for a PDF, `fonts` are loaded first, so that a character from data they
// lack is reported at its field. The schemas are compiled on a thread of their own while the
// template is parsed and the fonts are read. Problems are reported in the order of the steps
// (schemas and data, theme, template, fonts). The data and the template are freed on return.
std::optional<doc::Document> make_document(const RenderOptions& options, const ImageFiles& images, const Theme* theme,
                                           Diagnostics& theme_diagnostics, std::unique_ptr<FontSet>& fonts,
                                           Diagnostics& diagnostics) {
  const Files& files = images.files();
  InBackground<std::unique_ptr<DataReader>> schemas([&options, &files](Diagnostics& schema_diagnostics) {
    return DataReader::create(options.schema_directory, files, schema_diagnostics);
  });
  Diagnostics template_diagnostics;
  const auto tmpl = tmpl::parse_template(options.template_path, files, template_diagnostics);
  const bool pdf = options.write_pdf || options.dump_layout;
  Diagnostics font_diagnostics;
  fonts = pdf && theme ? FontSet::load(*theme, files, font_diagnostics) : nullptr;
  // The data: load and validate the file, and prepare the model the template reads; then the
  // theme's messages and the template's (reported even when the data failed, to report everything).
  const auto reader = schemas.take(diagnostics);
  if (!reader) return std::nullopt;
  const auto data = reader->read(options.data_path, diagnostics);
  const auto model = data ? prepare_model(*data, loader_for(*reader), files, diagnostics) : std::nullopt;
  // The template against the model's schema: every field the data may leave out is tested first.
  const auto schema = data ? model_schema(kind_of(*data), reader->schemas()) : std::nullopt;
  const std::optional<SchemaView> schema_view = schema ? std::optional<SchemaView>(*schema) : std::nullopt;
  const bool reads_ok = !tmpl || !schema_view || tmpl::check_template_reads(*tmpl, *schema_view, template_diagnostics);
  diagnostics.append(theme_diagnostics);
  diagnostics.append(template_diagnostics);
  if (!model || !theme || !tmpl || !reads_ok) return std::nullopt;
  diagnostics.append(font_diagnostics);
  if (pdf && !fonts) return std::nullopt;
  tmpl::EvaluateOptions evaluate_options{theme->paragraph_style_names(), &images, {}, theme->font_family,
                                         schema_view ? &*schema_view : nullptr};
  if (fonts) {
    evaluate_options.can_show = [&fonts](char32_t c) { return fonts->has_glyph(layout::FontFace::kRegular, c); };
  }
  return tmpl::evaluate_template(*tmpl, *model, evaluate_options, diagnostics);
}

}  // namespace

int validate(const std::vector<std::string>& paths, const std::string& schema_directory,
             const std::string& root, Diagnostics& diagnostics) {
  const Files files(path_policy(root, schema_directory), paths);
  const auto reader = DataReader::create(schema_directory, files, diagnostics);
  if (!reader) return kExitInputError;
  for (const auto& path : paths) {
    // The schema, then the references: within an organisation, or from a meeting or report.
    const auto file = reader->read(path, diagnostics);
    if (!file) continue;
    check_data_file(*file, loader_for(*reader), files, diagnostics);
  }
  if (diagnostics.has_errors()) return kExitInputError;
  for (const auto& path : paths) std::cout << printable_text(path) << ": valid\n";
  return kExitOk;
}

namespace {

// Stages the dependency list when `options` ask for one, renames every staged output into
// place, and says what was written; returns the exit code.
int commit_outputs(OutputBatch& batch, const Files& files, const RenderOptions& options,
                   std::vector<std::string> written, std::optional<OutputFolder>& folder, Diagnostics& diagnostics) {
  std::string error;
  if (!options.deps_path.empty() && !diagnostics.has_errors()) {
    if (!batch.stage({options.deps_path, files.dependency_list("kansli " KANSLI_VERSION)}, error)) {
      diagnostics.error({}, error);
    }
    written.push_back(options.deps_path);
  }
  if (!diagnostics.has_errors() && !batch.commit(error)) diagnostics.error({}, error);
  if (diagnostics.has_errors()) return kExitIoError;
  if (folder) folder->keep();
  for (const auto& path : written) std::cout << "wrote " << printable_text(path) << "\n";
  return kExitOk;
}

}  // namespace

int render(const RenderOptions& options, Diagnostics& diagnostics) {
  // 1. The theme first, so that its hyphenation patterns load while the rest is read. Its
  //    errors are reported with the others'.
  //    Every file is read through one door (Files): the command line's files wherever they
  //    are, the files they name only inside the root; images are checked whole once (ImageFiles).
  const std::string theme_path =
      options.theme_path.empty() ? default_theme_path(options.template_path) : options.theme_path;
  const Files files(path_policy(options.root, options.schema_directory),
                    {options.template_path, options.data_path, theme_path});
  const ImageFiles images(files);
  Diagnostics theme_diagnostics;
  const auto theme = load_theme(theme_path, files, theme_diagnostics);
  const bool pdf = options.write_pdf || options.dump_layout;
  HyphenationLoader patterns = load_patterns(theme && pdf ? theme->hyphenation : HyphenationSettings{}, files);
  // 2, 3. The data and the template, evaluated into the document tree.
  std::unique_ptr<FontSet> fonts;
  auto document = make_document(options, images, theme ? &*theme : nullptr, theme_diagnostics, fonts, diagnostics);
  if (!document) return kExitInputError;
  if (options.dump_tree) {
    std::cout << doc::dump_document(*document);
    return kExitOk;
  }
  // 4. Writers. The HTML first, since the PDF writer takes the document; it is written to
  //    its temporary file while the PDF is made. Then the PDF, and all outputs are renamed
  //    into place together, or none (OutputBatch).
  const std::string stem = (fs::path(options.output_directory) / output_stem(options)).string();
  std::optional<OutputFolder> folder;
  if (!options.dump_layout) folder.emplace(options.output_directory);
  OutputBatch batch;
  std::vector<std::string> written;
  InBackground<bool> html;  // after the batch: it is waited for before the batch goes
  if (options.write_html && !options.dump_layout) {
    html = stage_in_background(batch, {stem + ".html", write_html(*document, *theme, read_document_images(*document, images))});
  }
  std::string error;
  if (fonts) {
    auto bytes = make_pdf(std::move(*document), *theme, std::move(fonts), patterns, images, options, diagnostics);
    if (!bytes) return kExitInputError;
    if (options.dump_layout) return kExitOk;
    if (!batch.stage({stem + ".pdf", std::move(*bytes)}, error)) diagnostics.error({}, error);
    written.push_back(stem + ".pdf");
  }
  if (html.valid()) {
    html.take(diagnostics);
    written.push_back(stem + ".html");
  }
  // 5. The dependency list when asked for, then all outputs into place at once.
  return commit_outputs(batch, files, options, written, folder, diagnostics);
}

}  // namespace kansli::cli
