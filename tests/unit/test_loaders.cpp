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

TEST_CASE("a CR-only file locates a JSON error on its own line") {
  CHECK(json_messages("{\r\"a\": 1,\r\"b\": ]\r}") ==
        "m.json:3:6: error: malformed JSON: unexpected ']'; expected a value\n"
        "  hint: a value is a \"text\" in double quotes, a number, true, false, null, a list […] or an object {…}\n");
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

TEST_CASE("a JSON key given twice is an error at the second, pointing at the first") {
  CHECK(json_messages("{\n  \"title\": \"A\",\n  \"id\": \"m\",\n  \"title\": \"B\"\n}") ==
        "m.json:4:3: error: field 'title' is given twice (first at 2:3)\n"
        "  hint: write it once: the second would silently replace the first\n");
  // In nested objects too, and a key may repeat in different objects.
  CHECK(json_messages("[{\"a\": 1}, {\"a\": 2, \"b\": {\"c\": 1, \"c\": {\"d\": 1}}}]") ==
        "m.json:1:35: error: field 'c' is given twice (first at 1:27)\n"
        "  hint: write it once: the second would silently replace the first\n");
}

TEST_CASE("JSON syntax errors point at the character at fault with a fitting hint") {
  struct Case {
    const char* text;
    const char* expected;
  };
  const Case cases[] = {
      {"[\n  1,\n  2,\n]", "m.json:4:1: error: malformed JSON: unexpected ']'; expected a value\n"
                           "  hint: remove the comma before ']'\n"},
      {"{\"a\": 1,\n}", "m.json:2:1: error: malformed JSON: unexpected '}'; expected a key in double quotes\n"
                        "  hint: remove the comma before '}'\n"},
      {"{\n  title: 1}", "m.json:2:3: error: malformed JSON: unexpected 'title'\n"
                         "  hint: put the key in double quotes: \"title\"\n"},
      {"{\"a\": 1}\n{\"b\": 2}", "m.json:2:1: error: malformed JSON: unexpected '{'; expected the end of the file\n"
                                 "  hint: the file has a second value after the first ends: is there a '}' or ']' too "
                                 "many before this, or something left after the end?\n"},
      {"{\"a\": 1e309}", "m.json:1:7: error: the number '1e309' is too large\n"
                         "  hint: numbers in data must lie within ±1.7e308\n"},
      {"{\"a\" 1}", "m.json:1:6: error: malformed JSON: unexpected 1; expected ':'\n"
                    "  hint: write a ':' between the key and its value: \"key\": value\n"},
      {"{\"a\": 1\n \"b\": 2}", "m.json:2:2: error: malformed JSON: unexpected \"b\"; expected '}'\n"
                                "  hint: is a comma missing at the end of the value before this one?\n"},
      {"{\"a\": \"x\ny\"}", "m.json:1:9: error: malformed JSON: a text runs on past the end of its line\n"
                            "  hint: is its closing quote missing? a line break inside a text is written \\n\n"},
      {"{\"a\": \"x\\qy\"}", "m.json:1:9: error: malformed JSON: unknown escape '\\q'\n"
                             "  hint: a backslash starts \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX; a backslash "
                             "itself is written \\\\\n"},
      {"{\"a\": 1.}", "m.json:1:7: error: malformed JSON: the number '1.' is incomplete: expected a digit after '.'\n"
                      "  hint: numbers are written like 1200, -3 or 0.5: a point for decimals, no spaces\n"},
      {"{\"a\": 'x'}", "m.json:1:7: error: malformed JSON: unexpected single quote (')\n"
                       "  hint: JSON writes texts and keys in double quotes (\"), not single quotes\n"},
      {"{\"a\": True}", "m.json:1:7: error: malformed JSON: unexpected 'True'\n"
                        "  hint: write true in lowercase\n"},
      {"{\"a\": [1}", "m.json:1:9: error: malformed JSON: unexpected '}'; expected ']'\n"
                      "  hint: '}' closes an object, but a list […] is open here\n"},
      {"", "m.json:1:1: error: malformed JSON: unexpected end of the file; expected a value\n"
           "  hint: the file is empty; a data file holds one object {…}\n"},
      {"{\"a\": [1,\n", "m.json:1:10: error: malformed JSON: unexpected end of the file; expected a value\n"
                        "  hint: the file ends too early: is a closing } or ] missing?\n"},
      {"{\"a\": \"x", "m.json:1:7: error: malformed JSON: the text that starts here has no closing quote\n"
                      "  hint: end it with \"; a quote inside a text is written \\\"\n"},
      {"{\"a\": \"\\uD800x\"}", "m.json:1:8: error: malformed JSON: '\\uD800' is half of a surrogate pair\n"
                                "  hint: write the character itself instead of \\u escapes\n"},
      {"{\"a\": \"\\u12G4\"}", "m.json:1:8: error: malformed JSON: '\\u' must be followed by four hexadecimal digits\n"
                               "  hint: a character can be written as \\u00F6, or simply as itself: ö\n"},
      {"{\"a\": -", "m.json:1:7: error: malformed JSON: the number '-' is incomplete: expected a digit after '-'\n"
                    "  hint: numbers are written like 1200, -3 or 0.5: a point for decimals, no spaces\n"},
      {"{\"a\": \"x\\", "m.json:1:7: error: malformed JSON: the text that starts here has no closing quote\n"
                        "  hint: end it with \"; a quote inside a text is written \\\"\n"},
      {"[1,,2]", "m.json:1:4: error: malformed JSON: unexpected ','; expected a value\n"
                 "  hint: remove the extra comma\n"},
      {"meeting = {}", "m.json:1:1: error: malformed JSON: unexpected 'meeting'\n"
                       "  hint: a JSON data file starts with '{'\n"},
      {"{\"a\": \"x, \"b\": 1}", "m.json:1:12: error: malformed JSON: unexpected 'b'\n"
                                "  hint: the quote just before this ends a text: is a closing quote missing earlier?\n"},
      {"{\"a\": 1,5}", "m.json:1:9: error: malformed JSON: unexpected 5; expected a key in double quotes\n"
                       "  hint: JSON writes decimals with a point: 1.5, not 1,5\n"},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    CHECK(json_messages(c.text) == c.expected);
  }
}

TEST_CASE("XML character references XML forbids are errors at their '&'") {
  CHECK(xml_messages("<meeting><title>Mötets &#0;öppnande</title></meeting>") ==
        "m.xml:1:24: error: character reference '&#0;' names a code point XML does not allow\n"
        "  hint: XML cannot hold U+0000 in any form; remove it\n");
  CHECK(xml_messages("<meeting id=\"a&#xD800;\"><title>&#x110000;</title></meeting>") ==
        "m.xml:1:15: error: character reference '&#xD800;' names a code point XML does not allow\n"
        "  hint: surrogates are not characters; write the character itself (or its own number), not the halves of "
        "its UTF-16 form\n"
        "m.xml:1:32: error: character reference '&#x110000;' names a code point XML does not allow\n"
        "  hint: Unicode ends at U+10FFFF\n");
  // References in comments and CDATA are text; allowed ones decode.
  std::string title;
  CHECK(xml_messages("<meeting><!-- &#0; --><title>&#246;&#xE5;&amp;<![CDATA[&ouml;]]></title></meeting>", &title) == "");
  CHECK(title == "öå&&ouml;");
}

TEST_CASE("XML named entities other than XML's five are errors with the character to write") {
  CHECK(xml_messages("<meeting><title>Mötets &ouml;ppnande</title></meeting>") ==
        "m.xml:1:24: error: unknown entity '&ouml;'\n"
        "  hint: use the character ö itself or &#246;: XML knows only &amp; &lt; &gt; &quot; and &apos;\n");
  CHECK(xml_messages("<meeting><title>10&nbsp;kr</title></meeting>") ==
        "m.xml:1:19: error: unknown entity '&nbsp;'\n"
        "  hint: write &#160; (U+00A0): XML knows only &amp; &lt; &gt; &quot; and &apos;\n");
}

TEST_CASE("XML: a second root element or text outside the root is an error") {
  CHECK(xml_messages("<meeting><title>A</title></meeting>\n<meeting/>") ==
        "m.xml:2:1: error: malformed XML: a second root element <meeting> after the end of <meeting>\n"
        "  hint: a data file holds one root element: is a </meeting> too early, or something left after the end?\n");
  CHECK(xml_messages("<meeting><title>A</title></meeting>\n  left over\n") ==
        "m.xml:2:3: error: malformed XML: text 'left over' outside the root element\n"
        "  hint: everything in a data file belongs inside its one root element, such as <meeting>…</meeting>\n");
  CHECK(xml_messages("  \n") ==
        "m.xml:1:1: error: malformed XML: the file has no root element\n"
        "  hint: a data file holds one element, such as <meeting>…</meeting>\n");
}

TEST_CASE("XML: an attribute given twice is an error at the second") {
  CHECK(xml_messages("<meeting id=\"a\"\n  id=\"b\"/>") ==
        "m.xml:2:7: error: attribute 'id' is given twice (first at 1:14)\n"
        "  hint: write it once: the second would silently replace the first\n");
}

TEST_CASE("XML syntax errors point at the character at fault") {
  CHECK(xml_messages("<meeting>\n  <agenda>\n    <item></agenda>\n</meeting>") ==
        "m.xml:3:11: error: malformed XML: </agenda> where </item> was expected (<item> opened at 3:5)\n"
        "  hint: every <x> needs its </x>, and elements close in the reverse order they opened\n");
  CHECK(xml_messages("<meeting id=a/>") ==
        "m.xml:1:13: error: malformed XML: an attribute value without quotes\n"
        "  hint: write the value in quotes: name=\"a\"\n");
  CHECK(xml_messages("<meeting><title>A</title></meeting></meeting>") ==
        "m.xml:1:36: error: malformed XML: </meeting> closes no open element\n"
        "  hint: remove it, or add the <meeting> it is meant to close\n");
}
