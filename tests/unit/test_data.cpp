// Unit tests of what data means (issue 12, items 13 and 18): nothing the data says is
// dropped on the way (text in an XML list, an element inside a single value, a
// numbered list starting at 3, a third level of roles sections), and the consistency
// rules of an organisation and its meetings (domain.md R-02, R-07, R-16) with worked
// examples.
#include <doctest/doctest.h>

#include "layout_fakes.hpp"
#include "richtext/markdown.hpp"
#include "validate/validate.hpp"
#include "write_html/html_writer.hpp"

using namespace kansli;

namespace {

const std::string kSchemas = KANSLI_SOURCE_DIR "/data/schemas";

std::string messages_of(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.all()) out += format_diagnostic(d);
  return out;
}

// Loads XML data with the shipped schemas and validates it; returns the messages.
std::string load_and_validate_xml(const std::string& xml, std::optional<LoadedFile>* out = nullptr) {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, diagnostics);
  REQUIRE(schemas);
  auto file = parse_xml("m.xml", xml, schemas->lookup(), diagnostics);
  if (file && schemas->validate(*file, diagnostics)) {
    convert_rich_text(*file, *schemas);
    if (out) *out = std::move(file);
  }
  return messages_of(diagnostics);
}

std::string validate_json(const std::string& json) {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, diagnostics);
  REQUIRE(schemas);
  auto file = parse_json("d.json", json, diagnostics);
  REQUIRE(file);
  schemas->validate(*file, diagnostics);
  return messages_of(diagnostics);
}

// A meeting in XML with `copies` as its copies_to element.
std::string meeting_xml(const std::string& copies) {
  return "<meeting><id>m</id><organisation>o</organisation><body>styrelsen</body><date>2026-12-10</date>"
         "<start>09:00</start><end>12:00</end><location><name>Älvsalen</name></location>"
         "<secretary>anna</secretary><notice><sent>2026-12-01</sent><signed_by>anna</signed_by></notice>\n" +
         copies + "\n<agenda><item><title>Öppnande</title><type>formal</type></item></agenda></meeting>";
}

// The first list block of a rich text value.
const Value* first_list(const Value& rich_text) {
  for (const auto& block : rich_text.find("blocks")->as_array()) {
    if (block.find("type")->as_string() == "list") return &block;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("XML: entries of a list of texts load as the list") {
  std::optional<LoadedFile> file;
  CHECK(load_and_validate_xml(meeting_xml("<copies_to><item>revisorerna</item><item>beredningsgruppen</item></copies_to>"),
                              &file) == "");
  REQUIRE(file);
  CHECK(file->root.find("copies_to")->as_array().size() == 2);
}

TEST_CASE("XML: text directly inside a list is an error at the text, never dropped") {
  CHECK(load_and_validate_xml(meeting_xml("<copies_to>förbundets revisorer</copies_to>")) ==
        "m.xml:2:12: error: text cannot stand directly inside the list <copies_to>: 'förbundets revisorer'\n"
        "  hint: <copies_to> is a list: write each entry as an element, "
        "<copies_to><item>förbundets revisorer</item></copies_to>\n");
}

TEST_CASE("XML: text beside the entries of a list is an error too") {
  CHECK(load_and_validate_xml(meeting_xml("<copies_to><item>a</item> och revisorerna</copies_to>"))
            .find("m.xml:2:27: error: text cannot stand directly inside the list <copies_to>: 'och revisorerna'") == 0);
}

TEST_CASE("XML: an element inside an entry that holds text is an error, not dropped") {
  CHECK(load_and_validate_xml(meeting_xml("<copies_to><item>a<item>b</item></item></copies_to>")) ==
        "m.xml:2:19: error: <item> cannot stand inside <item>, which holds a single value\n"
        "  hint: write <item> as text only; a list of values is written as "
        "<list-name><item>…</item><item>…</item></list-name>\n");
}

TEST_CASE("XML: an attribute of a list or of a single value is an error, not dropped") {
  CHECK(load_and_validate_xml(meeting_xml("<copies_to kind=\"cc\"><item>a</item></copies_to>")) ==
        "m.xml:2:18: error: <copies_to> holds a list and has no attribute 'kind'\n"
        "  hint: remove the attribute, or move it to the element that has such a field\n");
  CHECK(load_and_validate_xml(meeting_xml("<remote service=\"x\">Teams</remote>")) ==
        "m.xml:2:18: error: <remote> holds a single value and has no attribute 'service'\n"
        "  hint: remove the attribute, or move it to the element that has such a field\n");
}

TEST_CASE("Markdown: a numbered list keeps the number it starts at") {
  const Value continued = markdown_to_rich_text("3. att fastställa planen\n4. att ge förbundschefen i uppdrag");
  const Value* list = first_list(continued);
  REQUIRE(list);
  CHECK(list->find("ordered")->as_bool());
  CHECK(list->find("start")->as_number() == 3);
  CHECK(list->find("items")->as_array().size() == 2);
  // A list from 1 is written as before, without "start".
  CHECK_FALSE(first_list(markdown_to_rich_text("1. a\n2. b"))->find("start"));
}

TEST_CASE("XML: <ol start> gives the value Markdown gives; a start that is no number is an error") {
  std::optional<LoadedFile> file;
  CHECK(load_and_validate_xml(meeting_xml("<note><ol start=\"3\"><li>a</li><li>b</li></ol></note>"), &file) == "");
  REQUIRE(file);
  const Value* list = first_list(*file->root.find("note"));
  REQUIRE(list);
  CHECK(list->find("start")->as_number() == 3);
  CHECK(load_and_validate_xml(meeting_xml("<note><ol start=\"tre\"><li>a</li></ol></note>")) ==
        "m.xml:2:18: error: the start of a numbered list must be a whole number, not 'tre'\n"
        "  hint: write the first item's number, e.g. <ol start=\"3\">\n");
}

TEST_CASE("a numbered list from 3 is <ol start=\"3\"> in HTML") {
  doc::Block list;
  list.kind = doc::BlockKind::kList;
  list.ordered = true;
  list.start = 3;
  doc::Block item;
  item.kind = doc::BlockKind::kItem;
  item.children.push_back(test::paragraph("att fastställa planen"));
  list.children.push_back(item);
  doc::Document document;
  document.body.push_back(list);
  Theme theme = test::test_theme();
  CHECK(write_html(document, theme, {}).find("<ol start=\"3\">\n<li>") != std::string::npos);
  list.start = 1;
  document.body = {list};
  CHECK(write_html(document, theme, {}).find("<ol>\n<li>") != std::string::npos);
}

TEST_CASE("a numbered list from 3 is numbered 3., 4. in the PDF, empty items counted as HTML counts them") {
  doc::Block list;
  list.kind = doc::BlockKind::kList;
  list.ordered = true;
  list.start = 3;
  for (const char* text : {"a", "", "c"}) {
    doc::Block item;
    item.kind = doc::BlockKind::kItem;
    if (*text) item.children.push_back(test::paragraph(text));
    list.children.push_back(item);
  }
  doc::Document document;
  document.body.push_back(list);
  const auto laid_out = test::lay_out(document);
  REQUIRE(laid_out.pages.size() == 1);
  std::vector<std::string> markers;
  for (const auto* text : test::texts(laid_out.pages[0])) {
    if (text->text.back() == '.') markers.push_back(text->text);
  }
  CHECK(markers == std::vector<std::string>{"3.", "5."});
}

TEST_CASE("roles: sections and subsections are allowed; a third level, which no heading shows, is refused") {
  const std::string head = R"({"kind": "roles", "id": "r", "organisation": "o", "title": "Roller", "sections": [)";
  CHECK(validate_json(head + R"({"title": "Styrelsen", "sections": [{"title": "Presidiet"}]}]})") == "");
  CHECK(validate_json(head + R"({"title": "Styrelsen", "sections": [{"title": "Presidiet",
        "sections": [{"title": "Ordföranden"}]}]}]})") ==
        "d.json:2:9: error: unknown field 'sections' (at /sections/0/sections/0/sections)\n"
        "  hint: the fields here are: title, title_note, paragraphs, responsibilities, paragraphs_after\n");
}
