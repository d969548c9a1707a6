// Unit tests of JSON loading: values, source positions and syntax errors.
#include <doctest/doctest.h>

#include "load/load.hpp"
#include "load/model.hpp"

using namespace kansli;

namespace {

std::string first_message(const Diagnostics& diagnostics) {
  return diagnostics.all().empty() ? "" : format_diagnostic(diagnostics.all()[0]);
}

}  // namespace

TEST_CASE("JSON becomes values with members in file order") {
  Diagnostics diagnostics;
  const auto file = parse_json("m.json", R"({"b": 1, "a": [true, null, "x"], "c": {"d": 2.5}})", diagnostics);
  REQUIRE(file);
  const auto& members = file->root.as_object();
  CHECK(members[0].first == "b");
  CHECK(members[1].first == "a");
  CHECK(file->root.find("a")->as_array()[2].as_string() == "x");
  CHECK(file->root.find("a")->as_array()[1].is_null());
  CHECK(file->root.find("c")->find("d")->as_number() == 2.5);
}

TEST_CASE("the source map locates members at their names and items at their start") {
  Diagnostics diagnostics;
  const std::string text = "{\n  \"title\": \"Möte\",\n  \"items\": [\n    {\"n\": 1},\n    \"två\"\n  ]\n}\n";
  const auto file = parse_json("m.json", text, diagnostics);
  REQUIRE(file);
  CHECK(format_position(file->source_map.locate("/title")) == "m.json:2:3");
  CHECK(format_position(file->source_map.locate("/items/0")) == "m.json:4:5");
  CHECK(format_position(file->source_map.locate("/items/0/n")) == "m.json:4:6");
  CHECK(format_position(file->source_map.locate("/items/1")) == "m.json:5:5");
  // An unknown path is located at its nearest known ancestor.
  CHECK(format_position(file->source_map.locate("/items/0/missing")) == "m.json:4:5");
}

TEST_CASE("numbers are located at their first digit") {
  Diagnostics diagnostics;
  const auto file = parse_json("m.json", "[10, 2000,\n 3]", diagnostics);
  REQUIRE(file);
  CHECK(format_position(file->source_map.locate("/1")) == "m.json:1:6");
  CHECK(format_position(file->source_map.locate("/2")) == "m.json:2:2");
}

TEST_CASE("a missing comma is reported at its line and column") {
  Diagnostics diagnostics;
  CHECK_FALSE(parse_json("m.json", "{\n  \"a\": 1\n  \"b\": 2\n}", diagnostics));
  CHECK(first_message(diagnostics) ==
        "m.json:3:3: error: malformed JSON: unexpected \"b\"; expected '}'\n"
        "  hint: is a comma missing at the end of the value before this one?\n");
}

TEST_CASE("a truncated file is reported at its end") {
  Diagnostics diagnostics;
  CHECK_FALSE(parse_json("m.json", "{\"a\": [1, 2", diagnostics));
  CHECK(first_message(diagnostics) ==
        "m.json:1:12: error: malformed JSON: unexpected end of the file; expected ']'\n"
        "  hint: the file ends too early: is a closing } or ] missing?\n");
}

TEST_CASE("invalid UTF-8 is reported at the bad byte") {
  Diagnostics diagnostics;
  CHECK_FALSE(parse_json("m.json", "{\"a\": \"G\xF6ran\"}", diagnostics));
  CHECK(first_message(diagnostics) ==
        "m.json:1:9: error: the file is not valid UTF-8\n  hint: save the file with UTF-8 encoding\n");
}

TEST_CASE("a data model locates values through the file each subtree came from") {
  Diagnostics diagnostics;
  auto file = parse_json("m.json", "{\n \"date\": \"2026-12-10\"}", diagnostics);
  REQUIRE(file);
  DataModel model;
  model.sources = {{"/meeting", file->source_map}};
  CHECK(format_position(model.locate("/meeting/date")) == "m.json:2:2");
  CHECK_FALSE(model.locate("/organisation/name").known());
}
