// Unit tests of the text policy (issue 12, items 2, 8, 14, 16, 17): which characters data
// text may hold, what is blank, NFC; Markdown footnotes that refer to footnotes, code and
// HTML; and the policy as a data file meets it through validate and convert_rich_text.
#include <doctest/doctest.h>

#include <chrono>

#include "base/text_policy.hpp"
#include "richtext/markdown.hpp"
#include "validate/validate.hpp"

using namespace kansli;

namespace {

std::string refused_code(const std::string& text) {
  const auto refused = find_refused_character(text);
  if (!refused) return "";
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X@%zu", static_cast<unsigned>(refused->code_point), refused->offset);
  return code;
}

std::string problems_of(const std::string& markdown) {
  std::string out;
  for (const auto& problem : markdown_to_rich_text(markdown).problems) out += problem.message + "\n";
  return out;
}

// Reads a report (JSON) through validate and convert_rich_text; returns the messages.
std::string read_report(const std::string& summary_json, std::optional<LoadedFile>* out = nullptr) {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(KANSLI_SOURCE_DIR "/data/schemas", Files{PathPolicy("/")}, diagnostics);
  REQUIRE(schemas);
  const std::string json = R"({"kind": "report", "id": "r", "organisation": "o", "meeting": "m", "date": "2026-11-27",
    "dnr": "KSF 1", "author": "a", "signatory": "a", "title": "Budget\t2027", "proposal": ["P"],
    "summary": )" + summary_json + R"(, "background": ["B"], "matter": ["M"], "financial": {"text": ["F"]}})";
  auto file = parse_json("r.json", json, diagnostics);
  REQUIRE(file);
  if (schemas->validate(*file, diagnostics) && convert_rich_text(*file, *schemas, diagnostics) && out) *out = std::move(file);
  std::string messages;
  for (const auto& d : diagnostics.all()) messages += format_diagnostic(d);
  return messages;
}

const Value& summary_content(const LoadedFile& file) {
  return *file.root.find("summary")->find("blocks")->as_array()[0].find("content");
}

}  // namespace

TEST_CASE("control characters other than tab, line feed and carriage return are refused where they stand") {
  for (const char c : {'\0', '\a', '\b', '\x0B', '\x0C', '\x1B', '\x7F'}) {
    CHECK(!refused_code(std::string("ab") + c + "c").empty());
  }
  CHECK(refused_code(std::string("ab\x1B") + "c") == "U+001B@2");
  CHECK(refused_code("a\u0085b") == "U+0085@1");
  CHECK(refused_code("Rad ett\nrad\ttvå\r\n").empty());
  CHECK(refused_code("Mötets öppnande – § 3, 1 000 kr").empty());
}

TEST_CASE("the bidirectional controls, noncharacters and characters above U+FFFF are refused") {
  for (const char* text : {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
                           "\u200E", "\u200F", "\u061C", "\uFFFF", "\uFDD0", "\U0001F389"}) {
    CHECK(!refused_code(std::string("x") + text).empty());
  }
  const auto refused = find_refused_character("Budget \u202E2027");
  REQUIRE(refused);
  CHECK(refused->what == "a right-to-left override (U+202E)");
  CHECK(refused->hint.rfind("remove the right-to-left override U+202E", 0) == 0);
  CHECK(describe_text_before("Budget \u202E2027", refused->offset) == "after 'Budget '");
  CHECK(describe_text_before("x", 0) == "at the start of the text");
}

TEST_CASE("text of only spaces, soft hyphens and zero-width characters is blank") {
  for (const char* text : {"", " ", "\t\n", "\u00AD", "\u200B", "\u00A0 \u2009", "\uFEFF\u2060", "\u200C\u200D"}) {
    CHECK(is_blank_text(text));
  }
  CHECK_FALSE(is_blank_text("\u00ADa"));
  CHECK_FALSE(is_blank_text("."));
}

TEST_CASE("decomposed letters are composed (NFC), as the fonts draw them") {
  CHECK(to_nfc("A\u030Asa o\u0308ppnar") == "\u00C5sa \u00F6ppnar");
  CHECK(to_nfc("plain ASCII") == "plain ASCII");
  CHECK(normalize_plain_text("Budget\t2027\u2028rad\u2029stycke") == "Budget 2027 rad stycke");
}

TEST_CASE("a footnote that refers to itself is reported, not expanded") {
  const auto start = std::chrono::steady_clock::now();
  std::string text = "A[^x]";
  for (int i = 0; i < 30; ++i) text += " B[^x]";
  text += "\n\n[^x]: Se[^x] och[^x] och[^x].";
  const auto converted = markdown_to_rich_text(text);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  REQUIRE(!converted.problems.empty());
  CHECK(converted.problems[0].message == "footnote [^x] refers to itself (line 3 of the text)");
}

TEST_CASE("footnotes that refer to each other, or to another footnote, are reported by their labels") {
  CHECK(problems_of("A[^a]\n\n[^a]: Se[^b].\n\n[^b]: Se[^a].") ==
        "footnote [^a] and footnote [^b] refer to each other (line 3 of the text)\n");
  CHECK(problems_of("A[^källa]\n\n[^källa]: Protokollet[^mars].\n\n[^mars]: Mars.") ==
        "footnote [^källa] refers to footnote [^mars] (line 3 of the text)\n");
  CHECK(problems_of("A[^1] B[^2]\n\n[^1]: Ett.\n\n[^2]: Två.").empty());
}

TEST_CASE("a long footnote referred to very often is refused instead of copied without end") {
  std::string text = "A";
  for (int i = 0; i < 2000; ++i) text += "[^n]";
  text += "\n\n[^n]: " + std::string(4000, 'x');
  const auto converted = markdown_to_rich_text(text);
  REQUIRE(converted.problems.size() == 1);
  CHECK(converted.problems[0].message.find("is referred to so often") != std::string::npos);
}

TEST_CASE("code blocks become plain paragraphs line by line; HTML comments are left out; other HTML is refused") {
  const auto code = markdown_to_rich_text("    rad ett\n    rad två\n");
  CHECK(code.problems.empty());
  const auto& content = *code.rich_text.find("blocks")->as_array()[0].find("content");
  REQUIRE(content.as_array().size() == 3);
  CHECK(content.as_array()[0].find("text")->as_string() == "rad ett");
  CHECK(content.as_array()[1].find("type")->as_string() == "line_break");
  CHECK(problems_of("Text <!-- dold --> mer.\n\n<!-- block -->").empty());
  CHECK(problems_of("<div>\nx\n</div>") == "HTML is not supported in rich text: '<div>' (line 1 of the text)\n");
  CHECK(problems_of("a <b>fet</b>") == "HTML is not supported in rich text: '<b>'\n");
  // A long line is cut at a character boundary: 'å' spans bytes 39 and 40.
  const std::string tag = "<div title=\"" + std::string(27, 'a');
  CHECK(problems_of(tag + "åäö\">\n") == "HTML is not supported in rich text: '" + tag + "…' (line 1 of the text)\n");
}

TEST_CASE("reading data puts text into its one form: tabs and separators as spaces or line breaks, NFC") {
  std::optional<LoadedFile> file;
  CHECK(read_report("\"ett\\u2028tv\\u00e5\\tA\\u030a\"", &file) == "");
  REQUIRE(file);
  CHECK(file->root.find("title")->as_string() == "Budget 2027");
  const auto& content = summary_content(*file).as_array();
  REQUIRE(content.size() == 3);
  CHECK(content[0].find("text")->as_string() == "ett");
  CHECK(content[1].find("type")->as_string() == "line_break");
  CHECK(content[2].find("text")->as_string() == "två \u00C5");
}

TEST_CASE("reading data refuses characters written as Markdown entities, and Markdown that shows nothing") {
  CHECK(read_report("\"Budget &#x202E;2027\"") ==
        "r.json:3:5: error: the text contains a right-to-left override (U+202E) after 'Budget ' (at /summary)\n"
        "  hint: remove the right-to-left override U+202E: it makes the PDF and the HTML show the text in different orders\n");
  CHECK(read_report("\"<!-- bara en kommentar -->\"").find("'summary' is empty") != std::string::npos);
  CHECK(read_report("\"\\u00ad\\u200b\"").find("'summary' is blank") != std::string::npos);
}
