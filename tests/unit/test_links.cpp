// Unit tests of issue 12's safety checks: the link policy (base/links), messages made
// safe for a terminal (printable_text) and rich text links refused by validate.
#include <doctest/doctest.h>

#include "base/links.hpp"
#include "validate/validate.hpp"

using namespace kansli;

namespace {

const std::string kSchemas = KANSLI_SOURCE_DIR "/data/schemas";

bool allowed(const std::string& target) { return !refuse_link(target).has_value(); }

std::string validate_report(const std::string& summary) {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, diagnostics);
  REQUIRE(schemas);
  const std::string json = R"({"kind": "report", "id": "r", "organisation": "o", "meeting": "m",
    "date": "2026-11-27", "dnr": "KSF 1", "author": "a", "signatory": "a", "title": "T",
    "proposal": ["P"], "summary": )" + summary + R"(, "background": ["B"], "matter": ["M"],
    "financial": {"text": ["F"]}})";
  auto file = parse_json("d.json", json, diagnostics);
  REQUIRE(file);
  schemas->validate(*file, diagnostics);
  std::string messages;
  for (const auto& d : diagnostics.all()) messages += format_diagnostic(d);
  return messages;
}


}  // namespace

TEST_CASE("the link policy allows web, e-mail and telephone addresses, anchors and written files") {
  for (const char* target : {"https://www.klaralvdalensamordning.se", "http://example.se/a?b=c", "HTTPS://X.SE",
                             "mailto:kansli@example.se", "tel:+46563185040", "#bilaga-1",
                             "styrelsen-2026-12-10-kallelse.pdf", "tu-2026-41-tjansteutlatande.html#forslag",
                             "https&#58;//example.se"}) {
    CHECK_MESSAGE(allowed(target), target);
  }
}

TEST_CASE("the link policy refuses script and data however they are written") {
  for (const char* target :
       {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
        "java\nscript:alert(1)", "\x01javascript:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)",
        "&#106avascript:alert(1)", "javascript&colon;alert(1)", "&amp;#106;avascript:alert(1)",
        "%6Aavascript:alert(1)", "javascript%3Aalert(1)", "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)", "file:///etc/passwd", "//evil.example/x.pdf", "\\\\evil\\x.pdf",
        "../secret.pdf", "/etc/passwd", "notes.txt", "https:evil", "https:///x", "mailto:", "#", "", "  "}) {
    CHECK_MESSAGE(!allowed(target), target);
  }
}

TEST_CASE("a refused link says what it was read as and why") {
  CHECK(refuse_link("&#106;avascript:x") ==
        "link target '&#106;avascript:x' (read as 'javascript:x') is not allowed: 'javascript:' links are not allowed");
  CHECK(refuse_link("notes.txt") ==
        "link target 'notes.txt' is not allowed: it is neither an address (https:, mailto:, …) nor a file kansli "
        "writes");
}

TEST_CASE("messages show control characters, bidi controls and stray bytes escaped") {
  CHECK(printable_text("a\x1b[2Jb\x07") == "a\\u001b[2Jb\\u0007");
  CHECK(printable_text("line\nbreak\ttab\r") == "line\\u000abreak\\u0009tab\\u000d");
  CHECK(printable_text("\x7f \xc2\x9b") == "\\u007f \\u009b");               // DEL and the C1 CSI
  CHECK(printable_text("Budget \xe2\x80\xae" "7202") == "Budget \\u202e7202");  // RIGHT-TO-LEFT OVERRIDE
  CHECK(printable_text("bad \xff byte") == "bad \\xff byte");
  CHECK(printable_text("Mötets öppnande – § 3 \\u00ad") == "Mötets öppnande – § 3 \\u00ad");
}

TEST_CASE("a diagnostic quoting data prints its control characters escaped") {
  Diagnostic diagnostic{Severity::kError, {"m\x1b.json", 2, 3}, "unknown person 'a\x1b]0;x\x07'", "/secretary\x07",
                        {"did you mean 'a\x1b'?"}};
  CHECK(format_diagnostic(diagnostic) ==
        "m\\u001b.json:2:3: error: unknown person 'a\\u001b]0;x\\u0007' (at /secretary\\u0007)\n"
        "  hint: did you mean 'a\\u001b'?\n");
}

TEST_CASE("validate refuses script links in Markdown, autolinks and footnotes, and keeps good ones") {
  CHECK(validate_report(R"("Se [budget](https://example.se/budget) och [kallelsen](s-kallelse.pdf).")") == "");
  CHECK(validate_report(R"("Klicka [här](javascript:alert(1)).")") ==
        "d.json:3:24: error: link target 'javascript:alert(1)' is not allowed: 'javascript:' links are not allowed "
        "(at /summary)\n  hint: " + std::string(kLinkHint) + "\n");
  CHECK(validate_report(R"("Se <vbscript:msgbox(1)>.")").find("'vbscript:' links") != std::string::npos);
  CHECK(validate_report(R"("Text.[^1]\n\n[^1]: Se [här](&#106;avascript:x).")").find("'javascript:' links") !=
        std::string::npos);
  CHECK(validate_report(R"x("[x](JAVASCRIPT:x)")x").find("not allowed") != std::string::npos);
}

TEST_CASE("validate refuses script links in rich text given as a value (the XML form)") {
  const std::string rich = R"({"type": "rich_text", "blocks": [{"type": "paragraph", "content": [
    {"type": "link", "href": "data:text/html,x", "content": [{"type": "text", "text": "x"}]}]}]})";
  CHECK(validate_report(rich).find("'data:' links are not allowed") != std::string::npos);
}
