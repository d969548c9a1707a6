// Unit tests of validation against the shipped schemas.
#include <doctest/doctest.h>

#include "richtext/markdown.hpp"
#include "validate/validate.hpp"
#include "validate/violations.hpp"

using namespace kansli;

namespace {

const std::string kSchemas = KANSLI_SOURCE_DIR "/data/schemas";

std::string validate_json(const std::string& json, std::optional<LoadedFile>* out = nullptr) {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, Files{PathPolicy(kSchemas)}, diagnostics);
  REQUIRE(schemas);
  auto file = parse_json("d.json", json, diagnostics);
  REQUIRE(file);
  if (schemas->validate(*file, diagnostics) && convert_rich_text(*file, *schemas, diagnostics) && out) {
    *out = std::move(file);
  }
  std::string messages;
  for (const auto& d : diagnostics.all()) messages += format_diagnostic(d);
  return messages;
}

const std::string kReport = R"({"kind": "report", "id": "r", "organisation": "o", "meeting": "m", "date": "2026-11-27",
  "dnr": "KSF 1", "author": "a", "signatory": "a", "title": "T", "proposal": ["Styrelsen *beslutar*."],
  "summary": "S", "background": ["B"], "matter": ["M"], "financial": {"text": ["F"]}})";

}  // namespace

TEST_CASE("the shipped schemas load, one per data kind") {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, Files{PathPolicy(kSchemas)}, diagnostics);
  REQUIRE(schemas);
  CHECK(schemas->kinds() == std::vector<std::string>{"meeting", "organisation", "report", "roles"});
}

TEST_CASE("a valid report passes and its rich text fields become rich text") {
  std::optional<LoadedFile> file;
  CHECK(validate_json(kReport, &file) == "");
  REQUIRE(file);
  CHECK(is_rich_text(file->root.find("proposal")->as_array()[0]));
  CHECK(is_rich_text(*file->root.find("summary")));
  CHECK(file->root.find("title")->is_string());  // not a rich text field
}

TEST_CASE("every violation is reported in file order") {
  std::string json = kReport;
  json.replace(json.find("\"date\": \"2026-11-27\""), 20, "\"date\": \"27/11/2026\"");
  json.replace(json.find("\"title\": \"T\""), 12, "\"titel\": \"T\"");
  CHECK(validate_json(json) ==
        "d.json:1:68: error: '27/11/2026' is not a date (at /date)\n"
        "  hint: write dates as YYYY-MM-DD, e.g. 2026-03-12\n"
        "d.json:2:52: error: unknown field 'titel' (at /titel)\n"
        "  hint: did you mean 'title'? (a required field)\n");
}

TEST_CASE("field_name names a field by its last member name, past list indices") {
  using validation::field_name;
  CHECK(field_name("/agenda/3/title") == "title");
  CHECK(field_name("/proposal/0") == "proposal");
  CHECK(field_name("/financial/amounts/12/3") == "amounts");
  CHECK(field_name("/title") == "title");
  CHECK(field_name("") == "the file");
  CHECK(field_name("/0") == "the file");
}

TEST_CASE("an amount may not be negative") {
  std::string json = kReport;
  json.replace(json.find("{\"text\": [\"F\"]}"), 15, "{\"text\": [\"F\"], \"amounts\": [{\"label\": \"X\", \"amount\": -5}]}");
  CHECK(validate_json(json).find("error: 'amount' must not be negative, got the number \u22125") != std::string::npos);
}
