// Unit tests of the template stage: parsing, interpolation, filters, directives and
// the exact messages for template errors.
#include <doctest/doctest.h>

#include "temp_files.hpp"
#include "template/template.hpp"

using namespace kansli;
using kansli::testing::write_temp_file;

namespace {

const char* kModel = R"({
  "meeting": {"date": "2026-12-10", "title": "Styrelsen", "amount": 2700000,
              "items": [{"title": "Öppnande"}, {"title": "Budget"}], "empty": []}
})";

struct Result {
  std::optional<doc::Document> document;
  std::string messages;
  std::string template_path;
};

Result evaluate(const std::string& body, const char* model_json = kModel) {
  Result result;
  Diagnostics diagnostics;
  result.template_path = write_temp_file("t.xml", body);
  auto model_file = parse_json("model.json", model_json, diagnostics);
  REQUIRE(model_file);
  DataModel model{model_file->root, {{"", model_file->source_map}}};
  const Files everywhere{PathPolicy("/")};
  const ImageFiles images(everywhere);
  auto tmpl = tmpl::parse_template(result.template_path, everywhere, diagnostics);
  if (tmpl) result.document = tmpl::evaluate_template(*tmpl, model, {{"normal", "small"}, &images, {}, ""}, diagnostics);
  for (const auto& d : diagnostics.all()) result.messages += format_diagnostic(d);
  return result;
}

std::string body_dump(const std::string& body) {
  const Result result = evaluate("<document>" + body + "</document>");
  INFO(result.messages);
  REQUIRE(result.document);
  const std::string dump = doc::dump_document(*result.document);
  return dump.substr(dump.find("body\n") + 5);
}

}  // namespace

TEST_CASE("interpolation applies Swedish filters") {
  CHECK(body_dump("<p>{meeting.date | date_weekday | capitalize}, {meeting.amount | money}</p>") ==
        "  paragraph style=normal: Torsdagen den 10 december 2026, 2\u00A0700\u00A0000\u00A0kr\n");
}

TEST_CASE("loops bind the item and loop.index") {
  CHECK(body_dump("<for each=\"item in meeting.items\"><p>{loop.index}. {item.title}</p></for>") ==
        "  paragraph style=normal: 1. Öppnande\n  paragraph style=normal: 2. Budget\n");
}

TEST_CASE("if and else choose one branch; an empty list is false") {
  CHECK(body_dump("<if test=\"meeting.empty\"><p>ja</p></if><else><p>nej</p></else>") ==
        "  paragraph style=normal: nej\n");
  CHECK(body_dump("<if test=\"meeting.title == 'Styrelsen'\"><p>ja</p></if>") ==
        "  paragraph style=normal: ja\n");
  CHECK(body_dump("<if test=\"not meeting.missing\"><p>saknas</p></if>") ==
        "  paragraph style=normal: saknas\n");
}

TEST_CASE("white space collapses across inline elements and is trimmed") {
  CHECK(body_dump("<p>\n   Mötet <b> öppnas </b>\n  <i>nu</i>  </p>") ==
        "  paragraph style=normal: Mötet **öppnas **_nu_\n");
}

TEST_CASE("loose text becomes a paragraph and blocks end it") {
  CHECK(body_dump("Hej <b>du</b><h2>Rubrik</h2>") ==
        "  paragraph style=normal: Hej **du**\n  heading level=2 id=rubrik: Rubrik\n");
}

TEST_CASE("markup in data stays text") {
  const char* model = R"({"t": "<script>alert(1)</script> & <b>x</b>"})";
  const Result result = evaluate("<document><p>{t}</p></document>", model);
  REQUIRE(result.document);
  const auto& paragraph = std::get<doc::Paragraph>(result.document->body.at(0).content);
  REQUIRE(paragraph.inlines.size() == 1);
  const auto* text = std::get_if<doc::Text>(&paragraph.inlines[0].content);
  REQUIRE(text);
  CHECK(text->text == "<script>alert(1)</script> & <b>x</b>");
}

TEST_CASE("tables count header rows and keep their widths") {
  CHECK(body_dump("<table widths=\"1,3\"><row header=\"yes\"><cell>A</cell><cell>B</cell></row>"
                  "<row><cell align=\"right\">1</cell><cell><p>x</p><p>y</p></cell></row></table>") ==
        "  table style=grid widths=1,3 header-rows=1\n"
        "    row\n      cell\n        paragraph style=normal: A\n      cell\n        paragraph style=normal: B\n"
        "    row\n      cell align=end\n        paragraph style=normal: 1\n"
        "      cell\n        paragraph style=normal: x\n        paragraph style=normal: y\n");
}

TEST_CASE("an unknown data path names the template position and suggests a path") {
  const Result result = evaluate("<document>\n  <p>Datum: {meeting.dat}</p>\n</document>");
  CHECK_FALSE(result.document);
  CHECK(result.messages == result.template_path +
                               ":2:13: error: unknown data path 'meeting.dat'\n"
                               "  hint: did you mean 'meeting.date'?\n");
}

TEST_CASE("an unknown filter is named with a suggestion") {
  const Result result = evaluate("<document><p>{meeting.date | date_lng}</p></document>");
  CHECK(result.messages == result.template_path +
                               ":1:30: error: unknown filter 'date_lng'\n"
                               "  hint: did you mean 'date_long'?\n");
}

TEST_CASE("a filter given a data value of the wrong kind points at the data and the template") {
  const Result result = evaluate("<document><p>{meeting.title | date}</p></document>");
  CHECK(result.messages == "model.json:2:37: error: filter 'date' needs a date written YYYY-MM-DD, got "
                           "'Styrelsen' (at /meeting/title)\n"
                           "  hint: the template applies it at " + result.template_path + ":1:31\n");
}

TEST_CASE("unknown elements and attributes are errors with suggestions") {
  const Result element = evaluate("<document><paragraf>x</paragraf></document>");
  CHECK(element.messages == element.template_path + ":1:11: error: unknown element <paragraf>\n"
                                                      "  hint: the elements a template may use are listed in "
                                                      "docs/template-language.md\n");
  const Result near = evaluate("<document><tabel/></document>");
  CHECK(near.messages == near.template_path + ":1:11: error: unknown element <tabel>\n"
                                              "  hint: did you mean <table>?\n");
  const Result attribute = evaluate("<document><p stlye=\"small\">x</p></document>");
  CHECK(attribute.messages == attribute.template_path +
                                  ":1:21: error: element <p> has no attribute 'stlye'\n"
                                  "  hint: did you mean 'style'?\n");
}

TEST_CASE("a malformed template names the line and column") {
  const Result result = evaluate("<document>\n<p>Öppnande</document>");
  CHECK(result.messages == result.template_path +
                               ":2:14: error: malformed template XML: start-end tags mismatch\n"
                               "  hint: every element must be closed (<p>…</p> or <br/>), attribute "
                               "values quoted, and '&' and '<' in text written as &amp; and &lt;\n");
}

TEST_CASE("includes splice a partial relative to the including file") {
  write_temp_file("partials/greeting.xml", "<partial><p>Välkomna!</p></partial>");
  CHECK(body_dump("<include src=\"partials/greeting.xml\"/>") == "  paragraph style=normal: Välkomna!\n");
}

TEST_CASE("an unknown paragraph style is an error") {
  const Result result = evaluate("<document><p style=\"tiny\">x</p></document>");
  CHECK(result.messages == result.template_path + ":1:21: error: unknown paragraph style 'tiny'\n");
}

TEST_CASE("a filter argument that is not a number or quoted text is an error, not a crash") {
  const Result result = evaluate("<document><p>{meeting.items | join:.}</p></document>");
  CHECK(result.messages == result.template_path +
                               ":1:36: error: expected a quoted text or a number in 'meeting.items | join:.', "
                               "found '.'\n");
  CHECK(evaluate("<document><p>{meeting.items.99999999999999999999.title | default:'–'}</p></document>").document);
}

TEST_CASE("a number in a path selects a list item") {
  CHECK(body_dump("<p>{meeting.items.1.title}</p>") == "  paragraph style=normal: Budget\n");
}

TEST_CASE("headings get unique ids from their titles unless they name one") {
  CHECK(body_dump("<h2>Årets möten</h2><h2>Årets möten</h2><h3 id=\"bilaga\">Bilaga 1. Medel</h3>") ==
        "  heading level=2 id=arets-moten: Årets möten\n"
        "  heading level=2 id=arets-moten-2: Årets möten\n"
        "  heading level=3 id=bilaga: Bilaga 1. Medel\n");
}

TEST_CASE("a table of contents and page references are nodes of the tree") {
  CHECK(body_dump("<contents levels=\"1\"/><h1 id=\"a\">A</h1><p>Se sidan <page-ref to=\"a\"/>.</p>") ==
        "  contents level=1\n"
        "  heading level=1 id=a: A\n"
        "  paragraph style=normal: Se sidan {page-of a}.\n");
}

TEST_CASE("a page reference to no heading is an error with a suggestion") {
  const Result result = evaluate("<document><h1 id=\"bilaga\">B</h1><p><page-ref to=\"bilagan\"/></p></document>");
  CHECK(result.messages == result.template_path +
                               ":1:36: error: <page-ref> names no heading with the id 'bilagan'\n"
                               "  hint: did you mean 'bilaga'?\n");
}

TEST_CASE("contents levels outside 1 to 3 are an error") {
  const Result result = evaluate("<document><contents levels=\"4\"/></document>");
  CHECK(result.messages == result.template_path +
                               ":1:29: error: 'levels' of <contents> must be 1, 2 or 3 (the deepest heading level listed)\n");
}

TEST_CASE("a first page can have its own header and footer") {
  const Result result = evaluate("<document><page-header><p>H</p></page-header>"
                                 "<first-page-header><p>Försättsblad</p></first-page-header><p>x</p></document>");
  REQUIRE(result.document);
  CHECK(result.document->first_page_differs);
  CHECK(doc::plain_text(*doc::inlines_of(result.document->first_header.at(0))) == "Försättsblad");
  CHECK(result.document->first_footer.empty());
}

TEST_CASE("a paragraph keeps with the next as the template asks, or, when it does not say, when it ends in ':'") {
  const auto keeps = [](const std::string& body) {
    const Result result = evaluate("<document>" + body + "</document>");
    INFO(result.messages);
    REQUIRE(result.document);
    std::vector<bool> out;
    for (const auto& block : result.document->body) {
      out.push_back(std::get<doc::Paragraph>(block.content).keep_with_next.value_or(false));
    }
    return out;
  };
  CHECK(keeps("<p>Styrelsen ansvarar för att:</p><p>Text</p>") == std::vector<bool>{true, false});
  CHECK(keeps("<p keep-with-next=\"yes\">Underskrifter</p><p>Text</p>") == std::vector<bool>{true, false});
  CHECK(keeps("<p keep-with-next=\"no\">Till exempel:</p><p>Text</p>") == std::vector<bool>{false, false});
  const Result wrong = evaluate("<document><p keep-with-next=\"ja\">Text</p></document>");
  CHECK(wrong.messages.find("error: keep-with-next=\"ja\" is neither yes nor no") != std::string::npos);
  CHECK(wrong.messages.find("hint: use keep-with-next=\"yes\" or keep-with-next=\"no\"") != std::string::npos);
}
