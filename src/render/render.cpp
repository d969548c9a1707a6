// Implements render and validate_files (see render.hpp): load, prepare, template, then the
// HTML writer and layout + PDF writer (write_document), then one atomic write of all outputs.
#include "render/render.hpp"

#include <filesystem>

#include "fonts/font_set.hpp"
#include "hyphen/pattern_hyphenator.hpp"
#include "load/load.hpp"
#include "prepare/prepare.hpp"
#include "render/data_reader.hpp"
#include "render/in_background.hpp"
#include "render/prepare_data.hpp"
#include "render/write_document.hpp"
#include "template/template.hpp"

namespace kansli {
namespace {

namespace fs = std::filesystem;

std::string output_stem(const RenderJob& job) {
  return fs::path(job.data_path).stem().string() + "-" + fs::path(job.template_path).stem().string();
}

// Returns a loader for the files a data file refers to, reading them like the data file.
DataFileLoader loader_for(const DataReader& reader) {
  return [&reader](const std::string& path, Diagnostics& diagnostics) { return reader.read(path, diagnostics); };
}

std::string kind_of(const LoadedFile& file) {
  const Value* kind = file.root.find("kind");
  return kind && kind->is_string() ? kind->as_string() : "";
}

// The theme of a render, with what layout needs of it: the context's, or loaded for this
// render (its messages kept, to be reported after the data's) with its hyphenation patterns
// loading on a thread of their own while the rest is read; the fonts are loaded later
// (make_document), beside the template.
struct RenderTheme {
  RenderTheme(const std::string& path, bool pdf, const RenderContext& context, bool threads) {
    if (const LoadedTheme* loaded = context.loaded_theme(path)) {
      theme = &loaded->theme;
      if (pdf) typesetting.fonts = loaded->fonts.get();
      typesetting.hyphenator = loaded->hyphenator.get();
      return;
    }
    own = load_theme(path, context.files(), diagnostics);
    theme = own ? &*own : nullptr;
    if (!theme || !pdf || theme->hyphenation.patterns.empty()) return;
    typesetting.patterns = HyphenationLoader(
        threads, [settings = theme->hyphenation, &files = context.files()](Diagnostics& pattern_diagnostics) {
          return PatternHyphenator::load(settings, files, pattern_diagnostics);
        });
  }
  RenderTheme(const RenderTheme&) = delete;
  RenderTheme& operator=(const RenderTheme&) = delete;

  std::optional<Theme> own;
  const Theme* theme = nullptr;  // null when it could not be read
  Diagnostics diagnostics;       // loading's
  Typesetting typesetting;
};

// Steps 2 and 3 of render: the data, prepared (unless the context holds it), and the
// template, evaluated into the document tree; for a PDF, the fonts are loaded first (unless
// the context holds them), so that a character from data they lack is reported at its field.
// The schemas (unless the context holds them) are compiled on a thread of their own while
// the template is parsed and the fonts are read. Problems are reported in the order of the
// steps (schemas and data, theme, template, fonts). The data and the template are freed on
// return.
std::optional<doc::Document> make_document(const RenderJob& job, const RenderContext& context, RenderTheme& theme,
                                           bool pdf, bool threads, Diagnostics& diagnostics) {
  const Files& files = context.files();
  InBackground<std::unique_ptr<DataReader>> schemas;
  if (!context.data_reader()) {
    schemas = InBackground<std::unique_ptr<DataReader>>(threads, [&context](Diagnostics& schema_diagnostics) {
      return DataReader::create(context.schema_directory(), context.files(), schema_diagnostics);
    });
  }
  Diagnostics template_diagnostics;
  const auto tmpl = job.template_text
                        ? tmpl::parse_template_text(job.template_path, *job.template_text, files, template_diagnostics)
                        : tmpl::parse_template(job.template_path, files, template_diagnostics);
  Diagnostics font_diagnostics;
  Typesetting& typesetting = theme.typesetting;
  if (pdf && theme.theme && !typesetting.fonts) {
    typesetting.own_fonts = FontSet::load(*theme.theme, files, font_diagnostics);
    typesetting.fonts = typesetting.own_fonts.get();
  }
  // The data: load and validate the file, and prepare the model the template reads; then the
  // theme's messages and the template's (reported even when the data failed, to report everything).
  const auto own_reader = schemas.take(diagnostics);
  const DataReader* reader = own_reader ? own_reader.get() : context.data_reader();
  if (!reader) return std::nullopt;
  std::optional<PreparedData> own_data;
  const PreparedData* data = context.prepared_data(job.data_path);
  if (!data) data = &own_data.emplace(prepare_data(job.data_path, *reader, files, diagnostics));
  // The template against the model's schema: every field the data may leave out is tested first.
  const std::optional<SchemaView> schema_view = data->schema ? std::optional<SchemaView>(*data->schema) : std::nullopt;
  const bool reads_ok = !tmpl || !schema_view || tmpl::check_template_reads(*tmpl, *schema_view, template_diagnostics);
  diagnostics.append(theme.diagnostics);
  diagnostics.append(template_diagnostics);
  if (!data->model || !theme.theme || !tmpl || !reads_ok) return std::nullopt;
  diagnostics.append(font_diagnostics);
  if (pdf && !typesetting.fonts) return std::nullopt;
  tmpl::EvaluateOptions evaluate_options{theme.theme->paragraph_style_names(), &context.images(), {},
                                         theme.theme->font_family, schema_view ? &*schema_view : nullptr};
  if (const layout::FontMetrics* fonts = typesetting.fonts) {
    evaluate_options.can_show = [fonts](char32_t c) { return fonts->has_glyph(layout::FontFace::kRegular, c); };
  }
  return tmpl::evaluate_template(*tmpl, *data->model, evaluate_options, diagnostics);
}

}  // namespace

PreparedData prepare_data(const std::string& path, const DataReader& reader, const Files& files,
                          Diagnostics& diagnostics) {
  PreparedData prepared;
  prepared.path = canonical_path(path);
  const auto data = reader.read(path, diagnostics);
  if (!data) return prepared;
  prepared.model = prepare_model(*data, loader_for(reader), files, diagnostics);
  prepared.schema = model_schema(kind_of(*data), reader.schemas());
  return prepared;
}

std::string theme_path_of(const RenderJob& job) {
  if (!job.theme_path.empty()) return job.theme_path;
  return (fs::path(job.template_path).parent_path() / "themes" / "default.json").string();
}

bool validate_files(const std::vector<std::string>& paths, RenderContext& context, Diagnostics& diagnostics) {
  const Files& files = context.files();
  const int errors_before = diagnostics.error_count();
  const auto own_reader =
      context.data_reader() ? nullptr : DataReader::create(context.schema_directory(), files, diagnostics);
  const DataReader* reader = own_reader ? own_reader.get() : context.data_reader();
  if (!reader) return false;
  for (const auto& path : paths) {
    // The schema, then the references: within an organisation, or from a meeting or report.
    const auto file = reader->read(path, diagnostics);
    if (!file) continue;
    check_data_file(*file, loader_for(*reader), files, diagnostics);
  }
  return diagnostics.error_count() == errors_before;
}

RenderResult render(const RenderJob& job, RenderContext& context, const RenderSettings& settings,
                    Diagnostics& diagnostics) {
  RenderResult result;
  const int errors_before = diagnostics.error_count();
  // 1. The theme first, so that its hyphenation patterns load while the rest is read. Its
  //    errors are reported with the others'.
  //    Every file is read through one door (the context's Files): the command line's files
  //    wherever they are, the files they name only inside the root; images are checked whole
  //    once (ImageFiles).
  const bool pdf = job.formats.pdf || job.dump == Dump::kLayout;
  RenderTheme theme(theme_path_of(job), pdf, context, settings.threads);
  // 2, 3. The data and the template, evaluated into the document tree.
  auto document = make_document(job, context, theme, pdf, settings.threads, diagnostics);
  if (!document) return result;
  if (job.dump == Dump::kTree) {
    result.dump = doc::dump_document(*document);
    result.status = RenderStatus::kRendered;
    return result;
  }
  // 4. Writers: the HTML, written to its temporary file while the PDF is made; then the
  //    PDF. All outputs are renamed into place together at the end, or none (RenderOutputs).
  RenderOutputs outputs(job.dump == Dump::kNone ? job.output_directory : "", settings.threads);
  const std::string stem = (fs::path(job.output_directory) / output_stem(job)).string();
  if (!write_document(std::move(*document), *theme.theme, std::move(theme.typesetting), context.images(), job.formats,
                      job.dump, stem, settings.threads, outputs, result.dump, diagnostics)) {
    return result;
  }
  if (job.dump != Dump::kNone) {
    result.status = RenderStatus::kRendered;
    return result;
  }
  // 5. The dependency list when asked for, then all outputs into place at once.
  if (!job.deps_path.empty() && diagnostics.error_count() == errors_before) {
    outputs.add({job.deps_path, context.files().dependency_list("kansli " KANSLI_VERSION)}, diagnostics);
  }
  auto made = outputs.commit(errors_before, diagnostics);
  result.status = made ? RenderStatus::kRendered : RenderStatus::kWriteError;
  if (made) result.outputs = std::move(*made);
  return result;
}

}  // namespace kansli
