// Implements the fuzz targets (see targets.hpp) on the render library. Everything a target
// needs but does not fuzz (schemas, theme, fonts, the sample meeting) is loaded once, into
// the render library's context.
#include "targets.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "fonts/font_set.hpp"
#include "hyphen/pattern_hyphenator.hpp"
#include "render/data_reader.hpp"
#include "render/render.hpp"
#include "richtext/markdown.hpp"
#include "template/template.hpp"
#include "theme/theme.hpp"

namespace kansli::fuzz {
namespace {

const char* const kTheme = KANSLI_SOURCE_DIR "/templates/themes/default.json";
const char* const kMeeting = KANSLI_SOURCE_DIR "/data/klaralvdalen/meetings/styrelsen-2026-12-10.json";

// What the targets render with, loaded once (the render library's context): the schemas,
// the default theme with its fonts and hyphenation patterns, and the sample meeting.
struct Fixtures {
  Diagnostics diagnostics;
  RenderContext context{KANSLI_SOURCE_DIR, KANSLI_SOURCE_DIR "/data/schemas"};
  bool loaded = context.load_theme(kTheme, diagnostics) && context.load_data(kMeeting, diagnostics);
  const LoadedTheme* theme = context.loaded_theme(kTheme);
  const PreparedData* meeting = context.prepared_data(kMeeting);
  std::optional<tmpl::Template> rich_template = tmpl::parse_template_text(
      "fuzz.xml", "<document><rich-text of=\"x\"/></document>", context.files(), diagnostics);
  // A short document with everything a theme styles, for fuzzed themes: header and footer
  // with page numbers, headings, styled paragraphs, a footnote, a list and a table.
  std::optional<doc::Document> styled_document = make_styled_document();

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
        context.files(), diagnostics);
    if (!tmpl || !meeting || !theme) return std::nullopt;
    return tmpl::evaluate_template(*tmpl, *meeting->model,
                                   {theme->theme.paragraph_style_names(), &context.images(), {}, ""}, diagnostics);
  }
};

Fixtures& fixtures() {
  static Fixtures instance;
  if (!instance.loaded || !instance.theme || !instance.theme->hyphenator || !instance.meeting ||
      !instance.rich_template || !instance.styled_document) {
    std::abort();
  }
  return instance;
}

// Fuzzing renders on the calling thread: no threads to start for each input.
const RenderSettings kSettings{false};

// Writes `document` as HTML and PDF in `theme` (the fixtures' fonts and hyphenation
// whatever it names), with the images of `images`; without `pdf`, the HTML and the layout.
void render_tree(doc::Document document, bool pdf, const Theme& theme, const ImageFiles& images) {
  const LoadedTheme& loaded = *fixtures().theme;
  const DocumentTools tools{*loaded.fonts, loaded.hyphenator.get(), images};
  Diagnostics diagnostics;
  if (pdf) {
    (void)render_document(std::move(document), theme, tools, {true, true}, Dump::kNone, kSettings, diagnostics);
    return;
  }
  (void)render_document(document, theme, tools, {false, true}, Dump::kNone, kSettings, diagnostics);
  (void)render_document(std::move(document), theme, tools, {}, Dump::kLayout, kSettings, diagnostics);
}

void render_tree(doc::Document document, bool pdf) {
  render_tree(std::move(document), pdf, fixtures().theme->theme, fixtures().context.images());
}

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
  if (file) f.context.data_reader()->check(*file, diagnostics);
}

void fuzz_xml(const std::uint8_t* data, std::size_t size) {
  Fixtures& f = fixtures();
  Diagnostics diagnostics;
  const DataReader& reader = *f.context.data_reader();
  auto file = parse_xml("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), reader.schemas(), diagnostics);
  if (file) reader.check(*file, diagnostics);
}

void fuzz_template(const std::uint8_t* data, std::size_t size) {
  Fixtures& f = fixtures();
  RenderJob job;
  job.template_path = KANSLI_SOURCE_DIR "/templates/fuzz.xml";
  job.template_text = std::string(reinterpret_cast<const char*>(data), size);
  job.data_path = kMeeting;
  job.formats = {false, true};
  Diagnostics diagnostics;
  if (kansli::render(job, f.context, kSettings, diagnostics).status != RenderStatus::kRendered) return;
  job.dump = Dump::kLayout;  // laid out, but not written as PDF: that costs more than the rest
  (void)kansli::render(job, f.context, kSettings, diagnostics);
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
  auto document = tmpl::evaluate_template(*f.rich_template, model,
                                          {f.theme->theme.paragraph_style_names(), &f.context.images(), {}, ""},
                                          diagnostics);
  if (document) render_tree(std::move(*document), pdf);
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
  render_tree(std::move(document), true);
}

void fuzz_image(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::string error;
  if (!decode_image(bytes, error)) return;
  // Accepted: it must go through the writers as a file a template names.
  static const std::string path = (std::filesystem::temp_directory_path() /
                                   ("kansli-fuzz-image-" + std::to_string(static_cast<long>(getpid())) + ".img")).string();
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
  const Files files{PathPolicy("/")};
  const ImageFiles images(files);
  doc::Document document;
  doc::Image image;
  image.source = path;
  document.body.push_back(doc::Block{image});
  render_tree(std::move(document), true, fixtures().theme->theme, images);
  std::remove(path.c_str());
}

void fuzz_theme(const std::uint8_t* data, std::size_t size) {
  Fixtures& f = fixtures();
  Diagnostics diagnostics;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto theme = parse_theme(KANSLI_SOURCE_DIR "/templates/themes/fuzz.json", text, f.context.files(), diagnostics);
  if (theme) render_tree(*f.styled_document, true, *theme, f.context.images());
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
