// Unit tests of what issue 12 found in the loaders: positions in one-line files and
// with CR line endings, suggestions that stay fast, JSON keys given twice, syntax errors
// at the character at fault, and XML references, roots and attributes XML forbids.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "base/source.hpp"
#include "base/suggest.hpp"
#include "load/load.hpp"

using namespace kansli;

namespace {

// Positions as the tracker defines them, counted the slow way: lines end at LF, CRLF or
// a lone CR; columns count code points.
LineColumn naive_line_column(std::string_view text, std::size_t offset) {
  LineColumn where{1, 1};
  for (std::size_t i = 0; i < offset; ++i) {
    const char c = text[i];
    if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      ++where.line;
      where.column = 1;
    } else if (c != '\r' && (static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++where.column;
    }
  }
  return where;
}

std::size_t reference_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
  }
  return d[a.size()][b.size()];
}

std::string messages_of(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.all()) out += format_diagnostic(d);
  return out;
}

std::string json_messages(const std::string& text) {
  Diagnostics diagnostics;
  const auto file = parse_json("m.json", text, diagnostics);
  CHECK_FALSE(file.has_value());
  return messages_of(diagnostics);
}

const char* kSchema = R"({"type": "object", "properties": {"kind": {"const": "meeting"}, "id": {"type": "string"},
  "title": {"type": "string"}, "agenda": {"type": "array", "items": {"type": "object",
  "properties": {"title": {"type": "string"}}}}}})";

std::string xml_messages(const std::string& xml, std::string* title = nullptr) {
  Diagnostics diagnostics;
  const auto schema_file = parse_json("schema.json", kSchema, diagnostics);
  REQUIRE(schema_file);
  const SchemaView schema(schema_file->root);
  const SchemaLookup lookup = [&](const std::string& kind) { return kind == "meeting" ? &schema : nullptr; };
  const auto file = parse_xml("m.xml", xml, lookup, diagnostics);
  if (file && title && file->root.find("title")) *title = file->root.find("title")->as_string();
  return messages_of(diagnostics);
}

}  // namespace

TEST_CASE("positions: LF, CRLF and a lone CR each end a line") {
  const std::string text = "a\rb\r\nc\nd\r\r\ne";
  const PositionTracker tracker("f", text);
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    const LineColumn expected = naive_line_column(text, offset);
    CHECK(tracker.line_column(offset).line == expected.line);
  }
  CHECK(tracker.line_column(2).line == 2);   // b, after a lone CR
  CHECK(tracker.line_column(12).line == 6);  // e
}

TEST_CASE("positions in one long line count code points wherever the offset falls") {
  std::string text;
  for (int i = 0; i < 700; ++i) text += i % 3 == 0 ? "ö" : i % 7 == 0 ? "\xe2\x82\xac" : "a";  // ö, €, a
  text += "\nsecond line ååå";
  const PositionTracker tracker("f", text);
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    const LineColumn expected = naive_line_column(text, offset);
    const LineColumn got = tracker.line_column(offset);
    CHECK(got.line == expected.line);
    CHECK(got.column == expected.column);
  }
}

TEST_CASE("positions: a text whose length is a multiple of the stride has an end") {
  for (const std::size_t size : {0, 1, 127, 128, 129, 256}) {
    const std::string text(size, 'x');
    CHECK(PositionTracker("f", text).line_column(size).column == static_cast<int>(size) + 1);
  }
}

TEST_CASE("closest_match returns what the full edit distance would choose") {
  const std::vector<std::string> names = {"anna-lindqvist", "anna-lindkvist", "per-olsson", "per-olson", "ola",
                                          "inger-andersson", "agenda", "agneta", "date", "data", "", "x"};
  const std::vector<std::string> wrongs = {"anna-lindqvst", "per-olsso", "ol", "inger-anderson", "agnda",
                                           "dat", "zzzzzzzz", "", "y", "per-olssonn", "anna"};
  for (const auto& wrong : wrongs) {
    std::optional<std::string> expected;
    std::size_t best = 0;
    for (const auto& name : names) {
      const std::size_t distance = reference_distance(wrong, name);
      if (!expected || distance < best) {
        expected = name;
        best = distance;
      }
    }
    if (best > std::max<std::size_t>(2, wrong.size() / 3)) expected.reset();
    INFO(wrong);
    CHECK(closest_match(wrong, names) == expected);
  }
  for (const auto& a : wrongs) {
    for (const auto& b : names) CHECK(edit_distance(a, b) == reference_distance(a, b));
  }
}
