// Unit tests of the ranges a theme's numbers and a template's lengths must lie in, of
// the room a page must leave for its body, of hyphenation files that are not one and of
// where page numbers and footnotes may stand: each refusal is located at the setting or
// element, quotes the value and says what is allowed.
#include <doctest/doctest.h>

#include <cmath>
#include <limits>

#include "hyphen/pattern_hyphenator.hpp"
#include "layout_fakes.hpp"
#include "richtext/markdown.hpp"
#include "temp_files.hpp"
#include "template/template.hpp"
#include "theme/ranges.hpp"
#include "theme/theme.hpp"

using namespace kansli;

namespace {

const std::string kFonts = R"("fonts": {"regular": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "italic": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
  "bold_italic": "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"})";

struct Loaded {
  std::optional<Theme> theme;
  std::string messages;
};

// Loads a theme with the page settings `page` and the normal style `normal` (JSON members).
Loaded load(const std::string& page, const std::string& normal = R"("size": 10)") {
  const std::string text = "{\"page\": {" + page + "},\n\"styles\": {\"normal\": {" + normal + "}},\n" + kFonts + "}";
  Diagnostics diagnostics;
  Loaded loaded{parse_theme("theme.json", text, Files{PathPolicy("/")}, diagnostics), ""};
  for (const auto& d : diagnostics.all()) loaded.messages += format_diagnostic(d);
  return loaded;
}

}  // namespace

TEST_CASE("a range refuses what is not finite, outside it or, for counts, not whole") {
  CHECK(kTextSize.allows(2));
  CHECK(kTextSize.allows(200));
  CHECK_FALSE(kTextSize.allows(1.99));
  CHECK_FALSE(kTextSize.allows(200.01));
  CHECK_FALSE(kTextSize.allows(std::numeric_limits<double>::infinity()));
  CHECK_FALSE(kTextSize.allows(std::nan("")));
  CHECK(kHyphenLetters.allows(3));
  CHECK_FALSE(kHyphenLetters.allows(2.5));
  CHECK(kTextSize.describe() == "between 2 and 200 points");
  CHECK(kHyphenLetters.describe() == "a whole number between 1 and 10");
}

TEST_CASE("numbers in messages are written as briefly as they read back") {
  CHECK(format_theme_number(9.5) == "9.5");
  CHECK(format_theme_number(-5) == "-5");
  CHECK(format_theme_number(1e300) == "1e+300");
}

TEST_CASE("a theme within its ranges loads") {
  const Loaded loaded = load(R"("width_mm": 210, "height_mm": 297, "margin_left_mm": 0)");
  INFO(loaded.messages);
  CHECK(loaded.theme);
}

TEST_CASE("a huge page width is refused at the setting with the range") {
  const Loaded loaded = load(R"("width_mm": 1e300)");
  CHECK_FALSE(loaded.theme);
  CHECK(loaded.messages == "theme.json:1:11: error: theme setting 'width_mm' is 1e+300; it must be between 25 and "
                           "5080 mm (at /page/width_mm)\n");
}

TEST_CASE("a negative margin is refused") {
  const Loaded loaded = load(R"("margin_top_mm": -1)");
  CHECK_FALSE(loaded.theme);
  CHECK(loaded.messages == "theme.json:1:11: error: theme setting 'margin_top_mm' is -1; it must be between 0 and "
                           "1000 mm (at /page/margin_top_mm)\n");
}

TEST_CASE("the gap between columns comes from the theme (12 points when left out), within its range") {
  const auto theme_with = [](const std::string& columns, std::string& messages) {
    const std::string text = "{\"styles\": {\"normal\": {\"size\": 10}},\n" + columns + kFonts + "}";
    Diagnostics diagnostics;
    auto theme = parse_theme("theme.json", text, Files{PathPolicy("/")}, diagnostics);
    for (const auto& d : diagnostics.all()) messages += format_diagnostic(d);
    return theme;
  };
  std::string messages;
  CHECK(theme_with("", messages)->column_gap == 12);
  CHECK(theme_with(R"("columns": {"gap": 20},)", messages)->column_gap == 20);
  CHECK_FALSE(theme_with(R"("columns": {"gap": 500},)", messages));
  CHECK(messages == "theme.json:2:13: error: theme setting 'gap' is 500; it must be between 0 and 100 points "
                    "(at /columns/gap)\n");
}

TEST_CASE("where lines sit on their baseline comes from the theme's fonts (0.8 of the size when left out)") {
  const auto theme_with = [](const std::string& ascent, std::string& messages) {
    std::string fonts = kFonts;
    fonts.insert(fonts.find('{') + 1, ascent);
    const std::string text = "{\"styles\": {\"normal\": {\"size\": 10}, \"h1\": {\"size\": 20}},\n" + fonts + "}";
    Diagnostics diagnostics;
    auto theme = parse_theme("theme.json", text, Files{PathPolicy("/")}, diagnostics);
    for (const auto& d : diagnostics.all()) messages += format_diagnostic(d);
    return theme;
  };
  std::string messages;
  const auto left_out = theme_with("", messages);
  REQUIRE(left_out);
  CHECK(left_out->paragraph_styles.at("normal").ascent == 0.8);
  const auto given = theme_with(R"("ascent": 0.93, )", messages);
  REQUIRE(given);
  CHECK(given->paragraph_styles.at("normal").ascent == 0.93);
  CHECK(given->headings[0].ascent == 0.93);
  CHECK(given->headings[2].ascent == 0.93);  // a heading the theme leaves out too
  CHECK(messages.empty());
  CHECK_FALSE(theme_with(R"("ascent": 3, )", messages));
  CHECK(messages.find("error: theme setting 'ascent' is 3; it must be between 0.5 and 1.5 em (at /fonts/ascent)") !=
        std::string::npos);
}

TEST_CASE("a huge or tiny text size is refused at its style") {
  const Loaded huge = load("", R"("size": 1e300)");
  CHECK_FALSE(huge.theme);
  CHECK(huge.messages == "theme.json:2:23: error: theme setting 'size' is 1e+300; it must be between 2 and 200 "
                         "points (at /styles/normal/size)\n");
  CHECK_FALSE(load("", R"("size": 0.5)").theme);
  CHECK_FALSE(load("", R"("leading": 0)").theme);
  CHECK_FALSE(load("", R"("space_after": -3)").theme);
}

TEST_CASE("margins that leave the text too little width are refused with a hint") {
  const Loaded loaded = load(R"("width_mm": 100, "margin_left_mm": 45, "margin_right_mm": 40)");
  CHECK_FALSE(loaded.theme);
  CHECK(loaded.messages == "theme.json:1:11: error: the page is 100 mm wide, and its left and right margins leave "
                           "only 15 mm for the text; the text needs at least 20 mm (at /page/width_mm)\n"
                           "  hint: make 'width_mm' larger or 'margin_left_mm' and 'margin_right_mm' smaller\n");
}

TEST_CASE("a header taller than the page is refused, not a page with no body") {
  const Loaded loaded = load(R"("height_mm": 100, "header_mm": 120)");
  CHECK_FALSE(loaded.theme);
  CHECK(loaded.messages.find("theme.json:1:11: error: the page is 100 mm high, and its margins, header and footer leave "
                             "no room for the text") == 0);
}

TEST_CASE("an empty theme is refused at its first line, naming the sections it lacks") {
  Diagnostics diagnostics;
  CHECK_FALSE(parse_theme("empty.json", "{}", Files{PathPolicy("/")}, diagnostics));
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(format_diagnostic(diagnostics.all()[0]).rfind("empty.json:1:1: error: the theme has no 'fonts' section\n", 0) == 0);
  CHECK(format_diagnostic(diagnostics.all()[1]).rfind("empty.json:1:1: error: the theme has no 'styles' section\n", 0) == 0);
}

TEST_CASE("a page header laid out taller than the page is an error, not a page with no body") {
  const kansli::test::FakeMetrics metrics;
  const kansli::test::FakeImages images;
  Theme theme = kansli::test::test_theme();
  theme.page_position = {"theme.json", 2, 3};
  doc::Document document;
  for (int i = 0; i < 30; ++i) document.header.push_back(kansli::test::paragraph("Rad i sidhuvudet"));
  document.body.push_back(kansli::test::paragraph("Brödtext"));
  Diagnostics diagnostics;
  CHECK_FALSE(layout::layout_document(document, theme, {metrics, images}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  INFO(format_diagnostic(diagnostics.all()[0]));
  CHECK(format_diagnostic(diagnostics.all()[0]).rfind(
            "theme.json:2:3: error: the page header takes 173 mm and leaves no room for the text on a page 106 mm high\n",
            0) == 0);
}

namespace {

// Evaluates a template body against an empty model; returns the messages.
std::string template_messages(const std::string& body) {
  Diagnostics diagnostics;
  const Files everywhere{PathPolicy("/")};
  const ImageFiles images(everywhere);
  auto tmpl = tmpl::parse_template_text("t.xml", "<document>" + body + "</document>", everywhere, diagnostics);
  DataModel model{Value::object({}), {}};
  if (tmpl) tmpl::evaluate_template(*tmpl, model, {{"normal"}, &images, {}, ""}, diagnostics);
  std::string out;
  for (const auto& d : diagnostics.all()) out += format_diagnostic(d);
  return out;
}

}  // namespace

TEST_CASE("table widths must be finite plain shares or lengths within a page") {
  CHECK(template_messages(R"(<table widths="1, 2,25mm"><row><cell>a</cell><cell>b</cell><cell>c</cell></row></table>)") == "");
  for (const char* widths : {"inf,1", "nan,1", "1e300,1", "0x10,1", "-1,2", "1,20000", "1,6000mm", "1,1e3mm"}) {
    INFO(widths);
    CHECK(template_messages(std::string("<table widths=\"") + widths + "\"><row><cell>a</cell></row></table>")
              .find("error: widths '" + std::string(widths) + "' must be shares or lengths") != std::string::npos);
  }
}

TEST_CASE("a length attribute must be a plain length within a page") {
  CHECK(template_messages(R"(<space height="12pt"/>)") == "");
  CHECK(template_messages(R"(<space height="inf"/>)") ==
        "t.xml:1:26: error: 'inf' is not a length; write e.g. '12pt' or '20mm' (at most 5080mm)\n");
  CHECK(template_messages(R"(<space height="6000mm"/>)") != "");
  CHECK(template_messages(R"(<image src="a.png" width="1e300"/>)") != "");
}

TEST_CASE("a hyphenation file that is not one is an error at the theme setting, not hyphenation silently off") {
  const std::string text_file = kansli::testing::write_temp_file("not-patterns.dic", "hello\nworld\n");
  for (const std::string& path : {text_file, std::string("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")}) {
    INFO(path);
    Diagnostics diagnostics;
    CHECK_FALSE(PatternHyphenator::load({path, 2, 3, {"theme.json", 14, 18}}, Files{PathPolicy("/")}, diagnostics));
    REQUIRE(diagnostics.all().size() == 1);
    CHECK(format_diagnostic(diagnostics.all()[0]).rfind("theme.json:14:18: error: the hyphenation patterns '" + path +
                                                            "' are not a hyphenation pattern file",
                                                        0) == 0);
  }
  const std::string empty_file = kansli::testing::write_temp_file("empty.dic", "");
  Diagnostics empty;
  CHECK_FALSE(PatternHyphenator::load({empty_file, 2, 3, {"theme.json", 14, 18}}, Files{PathPolicy("/")}, empty));
  Diagnostics diagnostics;
  CHECK(PatternHyphenator::load({"/usr/share/hyphen/hyph_sv_SE.dic", 2, 3, {"theme.json", 14, 18}}, Files{PathPolicy("/")}, diagnostics));
  const std::string crlf = kansli::testing::write_temp_file("crlf.dic", "ISO8859-1\r\n1ba\n");
  CHECK(PatternHyphenator::load({crlf, 2, 3, {"theme.json", 14, 18}}, Files{PathPolicy("/")}, diagnostics));
  CHECK(diagnostics.all().empty());
}

TEST_CASE("the theme records where it names the hyphenation patterns") {
  const std::string text = "{\"hyphenation\": {\"patterns\": \"/usr/share/hyphen/hyph_sv_SE.dic\"},\n"
                           "\"styles\": {\"normal\": {}},\n" + kFonts + "}";
  Diagnostics diagnostics;
  const auto theme = parse_theme("theme.json", text, Files{PathPolicy("/")}, diagnostics);
  REQUIRE(theme);
  CHECK(theme->hyphenation.where.line == 1);
  CHECK(theme->hyphenation.where.column == 18);  // the key, as every theme message
}

TEST_CASE("page numbers stand only in a page header or footer; elsewhere they are refused at their line") {
  CHECK(template_messages("<page-header><p>Sida <page-number/> av <page-count/></p></page-header><p>Text</p>") == "");
  CHECK(template_messages("<first-page-footer><p><page-number/></p></first-page-footer>") == "");
  const std::string body = template_messages("<p>Text</p><if test=\"x\"><p><b>Sida <page-number/></b></p></if>");
  INFO(body);
  CHECK(body.find("t.xml:1:46: error: <page-number/> may only stand in a page header or footer\n") == 0);
  CHECK(template_messages("<table><row><cell><page-count/></cell></row></table>")
            .find("error: <page-count/> may only stand in a page header or footer") != std::string::npos);
}

TEST_CASE("a footnote in a page header or footer is refused at its line, not dropped") {
  CHECK(template_messages("<p>Text<footnote>Not.</footnote></p>") == "");
  CHECK(template_messages("<page-footer><p>Fot<footnote>Not.</footnote></p></page-footer>")
            .find("t.xml:1:30: error: <footnote> cannot stand in a page header or footer") == 0);
}

TEST_CASE("a footnote from data in a page header's rich text is refused at the header, not dropped") {
  Diagnostics diagnostics;
  const Files everywhere{PathPolicy("/")};
  const ImageFiles images(everywhere);
  auto tmpl = tmpl::parse_template_text("t.xml", "<document>\n<page-header><rich-text of=\"x\"/></page-header>\n<p>Text</p></document>",
                                        everywhere, diagnostics);
  REQUIRE(tmpl);
  DataModel model{Value::object({{"x", markdown_to_rich_text("Rubrik[^1]\n\n[^1]: En not.\n").rich_text}}), {}};
  CHECK_FALSE(tmpl::evaluate_template(*tmpl, model, {{"normal"}, &images, {}, ""}, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(format_diagnostic(diagnostics.all()[0]).rfind("t.xml:2:1: error: <page-header> shows rich text with a footnote", 0) == 0);
}
