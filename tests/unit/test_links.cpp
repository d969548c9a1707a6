// Unit tests of issue 12's link, message and template-read checks: the link policy
// (base/links), messages made safe for a terminal (printable_text), rich text links
// refused by validate, and templates checked against the model's schema.
#include <doctest/doctest.h>

#include "base/links.hpp"
#include "prepare/prepare.hpp"
#include "template/template.hpp"
#include "temp_files.hpp"
#include "validate/validate.hpp"

using namespace kansli;

namespace {

const std::string kSchemas = KANSLI_SOURCE_DIR "/data/schemas";

bool allowed(const std::string& target) { return !refuse_link(target).has_value(); }

std::string validate_report(const std::string& summary) {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, Files{PathPolicy("/")}, diagnostics);
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

// Parses `body` as a template and checks its reads against the model schema of `kind`.
std::string check_reads(const std::string& body, const std::string& kind = "meeting") {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, Files{PathPolicy("/")}, diagnostics);
  REQUIRE(schemas);
  const auto schema = model_schema(kind, schemas->lookup());
  REQUIRE(schema);
  const Files everywhere{PathPolicy("/")};
  const ImageFiles images(everywhere);
  const std::string path = testing::write_temp_file("t.xml", "<document>" + body + "</document>");
  auto tmpl = tmpl::parse_template(path, everywhere, diagnostics);
  REQUIRE(tmpl);
  const SchemaView view(*schema);
  tmpl::check_template_reads(*tmpl, view, diagnostics);
  std::string messages;
  for (const auto& d : diagnostics.all()) messages += d.message + "\n";
  return messages;
}

}  // namespace

TEST_CASE("the link policy allows web, e-mail and telephone addresses, anchors and written files") {
  for (const char* target : {"https://www.klaralvdalensamordning.se", "http://example.se/a?b=c", "HTTPS://X.SE",
                             "mailto:kansli@example.se", "tel:+46563185040", "#bilaga-1",
                             "styrelsen-2026-12-10-kallelse.pdf", "tu-2026-41-tjansteutlatande.html#forslag",
                             "https&#58;//example.se", "Bilaga%201%20budget.PDF", "möte-2027.html"}) {
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
  CHECK(refuse_link("&#106;avascript:x")->message ==
        "link target '&#106;avascript:x' (read as 'javascript:x') is not allowed: 'javascript:' links are not allowed");
  CHECK(refuse_link("notes.txt")->message ==
        "link target 'notes.txt' is not allowed: it is neither an address (https:, mailto:, …) nor a file kansli "
        "writes");
  CHECK(refuse_link("notes.txt")->hint == kLinkHint);
}

TEST_CASE("the link policy refuses a target longer than 2000 characters, whatever it is") {
  const std::string start = "https://example.se/";
  CHECK(allowed(start + std::string(kMaxLinkCharacters - start.size(), 'a')));
  const std::string address = start + std::string(kMaxLinkCharacters - start.size() - 1, 'a') + "åä";
  const auto refusal = refuse_link(address);
  REQUIRE(refusal);
  CHECK(refusal->message == "a link address is 2001 characters long: 'https://example.se/aaaaaaaaaaaaaaaaaaaaa…'");
  CHECK(refusal->hint == "link addresses may be at most 2000 characters long");
  CHECK(refuse_link("mailto:" + std::string(2000, 'a'))->message.rfind("a link address is 2007 characters long", 0) == 0);
  CHECK(allowed(std::string(1984, 'a') + "åäöåäöåäöåäö.pdf"));  // 2000 characters, 2012 bytes
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

TEST_CASE("the meeting's body always has a chair (prepare refuses one without); a roles document has no body") {
  CHECK(check_reads(R"(<p>{body.chair.name}</p>)") == "");
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, Files{PathPolicy("/")}, diagnostics);
  REQUIRE(schemas);
  const auto meeting = model_schema("meeting", schemas->lookup());
  const auto roles = model_schema("roles", schemas->lookup());
  REQUIRE((meeting && roles));
  CHECK(meeting->find("properties")->find("body"));
  CHECK_FALSE(roles->find("properties")->find("body"));
}

TEST_CASE("a template reading an optional field unguarded is an error at its line") {
  CHECK(check_reads("<p>{meeting.secretary.phone}</p>") ==
        "'meeting.secretary.phone' may have no value: the data may leave out 'meeting.secretary.phone'\n");
  CHECK(check_reads("<p>{meeting.minutes.chair}</p>") ==
        "'meeting.minutes.chair' may have no value: the data may leave out 'meeting.minutes'\n");
  CHECK(check_reads(R"(<for each="item in meeting.agenda"><p>{item.presenter.name}</p></for>)") ==
        "'item.presenter.name' may have no value: the data may leave out 'item.presenter'\n");
  CHECK(check_reads(R"(<p>{body.vice_chair.name}</p>)") ==
        "'body.vice_chair.name' may have no value: the data may leave out 'body.vice_chair'\n");
  CHECK(check_reads(R"(<rich-text of="meeting.note"/>)") ==
        "'meeting.note' may have no value: the data may leave out 'meeting.note'\n");
}

TEST_CASE("an <if>, its <else> or a default guards an optional field") {
  CHECK(check_reads(R"(<if test="meeting.secretary.phone"><p>{meeting.secretary.phone}</p></if>)") == "");
  CHECK(check_reads(R"(<if test="not meeting.secretary.phone"><p>–</p></if><else><p>{meeting.secretary.phone}</p></else>)") == "");
  CHECK(check_reads(R"(<p>{meeting.secretary.phone | default:'–'}</p>)") == "");
  CHECK(check_reads(R"(<if test="meeting.minutes.chair"><p>{meeting.minutes.chair}</p></if>)") == "");
  CHECK(check_reads(R"(<for each="item in meeting.agenda"><if test="item.presenter"><p>{item.presenter.name}</p></if></for>)") == "");
  // Required fields, derived ones and loop counters need no guard.
  CHECK(check_reads(R"(<p>{meeting.date} {meeting.secretary.name} {organisation.name}</p>
    <for each="item in meeting.agenda"><p>{loop.index} {item.number} {item.title} {item.type_label}</p></for>)") == "");
  CHECK(check_reads(R"(<p>{report.author.name} {report.title}</p>)", "report") == "");
  CHECK(check_reads(R"(<p>{roles.title} {roles.marker | default:''}</p>)", "roles") == "");
  // A roles document with neither adoption nor revision has no date.
  CHECK(check_reads(R"(<p>{roles.date}</p>)", "roles") != "");
}

TEST_CASE("a guard guards only what it tests") {
  CHECK(check_reads(R"(<if test="meeting.secretary.email"><p>{meeting.secretary.phone}</p></if>)") != "");
  CHECK(check_reads(R"(<if test="meeting.secretary.phone"><p>x</p></if><else><p>{meeting.secretary.phone}</p></else>)") != "");
  CHECK(check_reads(R"(<if test="meeting.secretary.phone | default:'x'"><p>{meeting.secretary.phone}</p></if>)") != "");
  CHECK(check_reads(R"(<if test="meeting.secretary.phone"><p>x</p></if><p>{meeting.secretary.phone}</p>)") != "");
}

TEST_CASE("a path the schema knows but the data leaves out has no value, rather than being unknown") {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, Files{PathPolicy("/")}, diagnostics);
  REQUIRE(schemas);
  const auto schema = model_schema("meeting", schemas->lookup());
  REQUIRE(schema);
  const SchemaView view(*schema);
  auto data = parse_json("m.json", R"({"meeting": {"secretary": {"name": "Anna"}}})", diagnostics);
  REQUIRE(data);
  const DataModel model{data->root, {{"", data->source_map}}};
  const Files everywhere{PathPolicy("/")};
  const ImageFiles images(everywhere);
  const std::string path = testing::write_temp_file(
      "t.xml", "<document><p>{meeting.secretary.phone}</p><p>{meeting.secretary.fax}</p></document>");
  auto tmpl = tmpl::parse_template(path, everywhere, diagnostics);
  REQUIRE(tmpl);
  tmpl::EvaluateOptions options{{"normal"}, &images, {}, "", &view};
  CHECK(!tmpl::evaluate_template(*tmpl, model, options, diagnostics));
  REQUIRE(diagnostics.all().size() == 2);
  CHECK(diagnostics.all()[0].message ==
        "'meeting.secretary.phone' has no value: the data leaves out 'meeting.secretary.phone'");
  CHECK(diagnostics.all()[1].message == "unknown data path 'meeting.secretary.fax'");
}

TEST_CASE("a link target from data must come from a web address field, which validate checks") {
  CHECK(check_reads(R"(<if test="organisation.website"><p><link href="{organisation.website}">w</link></p></if>)") == "");
  CHECK(check_reads(R"(<p><link href="mailto:{meeting.secretary.email}">e-post</link></p>)") ==
        "'meeting.secretary.email' may have no value: the data may leave out 'meeting.secretary.email'\n");
  CHECK(check_reads(R"(<p><link href="{organisation.name}">namn</link></p>)") ==
        "the link target begins with 'organisation.name', which the schema does not make a web address\n");
}

TEST_CASE("validate checks a web address field against the link policy") {
  const auto validate_website = [](const std::string& website) {
    Diagnostics diagnostics;
    auto schemas = SchemaSet::load(kSchemas, Files{PathPolicy("/")}, diagnostics);
    REQUIRE(schemas);
    auto file = parse_json("o.json", R"({"kind": "organisation", "id": "o", "name": "O", "type": "samordningsforbund",
      "website": ")" + website + R"(", "members": [], "persons": [], "bodies": []})", diagnostics);
    REQUIRE(file);
    schemas->validate(*file, diagnostics);
    std::string messages;
    for (const auto& d : diagnostics.all()) {
      if (d.data_path == "/website") messages += d.message + "\n";
    }
    return messages;
  };
  CHECK(validate_website("https://www.klaralvdalensamordning.se") == "");
  CHECK(validate_website("https:///javascript:alert(1)") ==
        "link target 'https:///javascript:alert(1)' is not allowed: a web address must start with 'https://' and a "
        "host name\n");
  // The length limit holds for a web address field as for a link in rich text.
  CHECK(validate_website("https://example.se/" + std::string(2000, 'a')) ==
        "a link address is 2019 characters long: 'https://example.se/aaaaaaaaaaaaaaaaaaaaa…'\n");
}

TEST_CASE("an <else> guards only when it follows its <if> directly") {
  CHECK(check_reads(R"(<if test="not meeting.secretary.phone"><p>–</p></if>
    <else><p>{meeting.secretary.phone}</p></else>)") == "");
  CHECK(check_reads(R"(<if test="not meeting.secretary.phone"><p>–</p></if><p>x</p>
    <else><p>{meeting.secretary.phone}</p></else>)") != "");
}
