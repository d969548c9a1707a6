// Unit tests of XML data loading: the schema types values, so XML gives the same
// value as JSON; positions; DOCTYPE is refused.
#include <doctest/doctest.h>

#include "load/load.hpp"

using namespace kansli;

namespace {

const char* kSchema = R"({
  "type": "object",
  "properties": {
    "kind": {"const": "meeting"},
    "seats": {"type": "integer"},
    "remote": {"type": "boolean"},
    "date": {"type": "string"},
    "agenda": {"type": "array", "items": {"$ref": "#/definitions/item"}},
    "summary": {"type": ["string", "object"], "contentMediaType": "text/markdown"}
  },
  "definitions": {"item": {"type": "object", "properties": {"title": {"type": "string"}, "n": {"type": "number"}}}}
})";

struct Loaded {
  std::optional<LoadedFile> file;
  std::string messages;
};

Loaded load(const std::string& xml) {
  Diagnostics diagnostics;
  const auto schema_file = parse_json("schema.json", kSchema, diagnostics);
  REQUIRE(schema_file);
  const SchemaView schema(schema_file->root);
  const SchemaLookup lookup = [&](const std::string& kind) { return kind == "meeting" ? &schema : nullptr; };
  Loaded out;
  out.file = parse_xml("m.xml", xml, lookup, diagnostics);
  for (const auto& d : diagnostics.all()) out.messages += format_diagnostic(d);
  return out;
}

}  // namespace

TEST_CASE("the schema decides numbers, booleans and lists; a one-item list stays a list") {
  const Loaded loaded = load("<meeting><seats>6</seats><remote>true</remote><date>2026-12-10</date>"
                             "<agenda><item><title>Öppnande</title><n>1</n></item></agenda></meeting>");
  INFO(loaded.messages);
  REQUIRE(loaded.file);
  const Value& root = loaded.file->root;
  CHECK(root.find("kind")->as_string() == "meeting");
  CHECK(root.find("seats")->as_number() == 6);
  CHECK(root.find("remote")->as_bool());
  CHECK(root.find("date")->as_string() == "2026-12-10");
  REQUIRE(root.find("agenda")->is_array());
  CHECK(root.find("agenda")->as_array().size() == 1);
  CHECK(root.find("agenda")->as_array()[0].find("n")->as_number() == 1);
}

TEST_CASE("attributes are fields too, located at their values") {
  const Loaded loaded = load("<meeting>\n<agenda><item title=\"Budget\" n=\"7\"/></agenda></meeting>");
  REQUIRE(loaded.file);
  const Value& item = loaded.file->root.find("agenda")->as_array()[0];
  CHECK(item.find("title")->as_string() == "Budget");
  CHECK(item.find("n")->as_number() == 7);
  CHECK(format_position(loaded.file->source_map.locate("/agenda/0/n")) == "m.xml:2:33");
  CHECK(format_position(loaded.file->source_map.locate("/agenda/0")) == "m.xml:2:9");
}

TEST_CASE("rich text elements become the same value Markdown gives") {
  const Loaded loaded = load("<meeting><summary>Ett <em>två</em><footnote>Not.</footnote><ul><li>a</li></ul></summary></meeting>");
  REQUIRE(loaded.file);
  const Value& summary = *loaded.file->root.find("summary");
  CHECK(is_rich_text(summary));
  const auto& blocks = summary.find("blocks")->as_array();
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].find("type")->as_string() == "paragraph");
  CHECK(blocks[0].find("content")->as_array()[1].find("type")->as_string() == "emphasis");
  CHECK(blocks[0].find("content")->as_array()[2].find("type")->as_string() == "footnote");
  CHECK(blocks[1].find("type")->as_string() == "list");
}

TEST_CASE("a DOCTYPE is refused before anything is expanded") {
  const Loaded loaded = load("<?xml version=\"1.0\"?>\n<!DOCTYPE meeting [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                             "<meeting><date>&x;</date></meeting>");
  CHECK_FALSE(loaded.file);
  CHECK(loaded.messages == "m.xml:2:1: error: DOCTYPE declarations are not allowed in data\n"
                           "  hint: remove the <!DOCTYPE …> line; kansli does not expand entities or fetch anything\n");
}

TEST_CASE("a value of the wrong form stays text, for validation to report") {
  const Loaded loaded = load("<meeting><seats>sex</seats></meeting>");
  REQUIRE(loaded.file);
  CHECK(loaded.file->root.find("seats")->as_string() == "sex");
}
