// Unit tests of what data means (issue 12, items 13 and 18): nothing the data says is
// dropped on the way (text in an XML list, an element inside a single value, a
// numbered list starting at 3, a third level of roles sections), and the consistency
// rules of an organisation and its meetings (domain.md R-02, R-07, R-16) with worked
// examples.
#include <doctest/doctest.h>

#include "layout_fakes.hpp"
#include "prepare/consistency.hpp"
#include "prepare/prepare.hpp"
#include "richtext/markdown.hpp"
#include "temp_files.hpp"
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
  auto schemas = SchemaSet::load(kSchemas, Files{PathPolicy("/")}, diagnostics);
  REQUIRE(schemas);
  auto file = parse_xml("m.xml", xml, schemas->lookup(), diagnostics);
  if (file && schemas->validate(*file, diagnostics)) {
    convert_rich_text(*file, *schemas, diagnostics);
    if (out) *out = std::move(file);
  }
  return messages_of(diagnostics);
}

std::string validate_json(const std::string& json) {
  Diagnostics diagnostics;
  auto schemas = SchemaSet::load(kSchemas, Files{PathPolicy("/")}, diagnostics);
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
  const Value continued = markdown_to_rich_text("3. att fastställa planen\n4. att ge förbundschefen i uppdrag").rich_text;
  const Value* list = first_list(continued);
  REQUIRE(list);
  CHECK(list->find("ordered")->as_bool());
  CHECK(list->find("start")->as_number() == 3);
  CHECK(list->find("items")->as_array().size() == 2);
  // A list from 1 is written as before, without "start".
  CHECK_FALSE(first_list(markdown_to_rich_text("1. a\n2. b").rich_text)->find("start"));
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
  doc::List list;
  list.ordered = true;
  list.start = 3;
  list.items.push_back(doc::ListItem{{test::paragraph("att fastställa planen")}});
  doc::Document document;
  document.body.push_back(doc::Block{list});
  Theme theme = test::test_theme();
  CHECK(write_html(document, theme, {}).find("<ol start=\"3\">\n<li>") != std::string::npos);
  list.start = 1;
  document.body = {doc::Block{list}};
  CHECK(write_html(document, theme, {}).find("<ol>\n<li>") != std::string::npos);
}

TEST_CASE("a numbered list from 3 is numbered 3., 4. in the PDF, empty items counted as HTML counts them") {
  doc::List list;
  list.ordered = true;
  list.start = 3;
  for (const char* text : {"a", "", "c"}) {
    doc::ListItem item;
    if (*text) item.blocks.push_back(test::paragraph(text));
    list.items.push_back(item);
  }
  doc::Document document;
  document.body.push_back(doc::Block{list});
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

// ---- Item 18: consistency rules (prepare/consistency.hpp), worked examples. ----

namespace {

using prepare::Appointment;
using prepare::BodyFacts;
using prepare::Finding;
using prepare::Office;

model::Date day(const char* iso) { return *model::Date::parse(iso); }

Appointment seat(const std::string& person, bool substitute, const std::string& member, std::size_t index) {
  Appointment a;
  a.person = person;
  a.substitute = substitute;
  a.represents = member;
  a.path = "/bodies/0/appointments/" + std::to_string(index);
  return a;
}

// Klarälvdalen's styrelse in small: Hagfors and Forshaga, a ledamot and an ersättare each.
BodyFacts styrelsen() {
  BodyFacts body;
  body.id = "styrelsen";
  body.path = "/bodies/0";
  body.substitutes_of_same_member = true;
  body.appointments = {seat("inger", false, "hagfors", 0), seat("asa", false, "forshaga", 1),
                       seat("mikael", true, "hagfors", 2), seat("stefan", true, "forshaga", 3)};
  body.appointments[0].office = Office::kChair;
  body.appointments[1].office = Office::kViceChair;
  body.appointments[2].substitute_for = "inger";
  body.appointments[3].substitute_for = "asa";
  return body;
}

// Writes each finding as "severity path: message".
std::vector<std::string> shown(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    out.push_back(std::string(f.severity == Severity::kError ? "error " : "warning ") + f.path + ": " + f.message);
  }
  return out;
}

}  // namespace

TEST_CASE("a mandate holds from its first to its last day; two mandates overlap when they share a day") {
  Appointment a = seat("inger", false, "hagfors", 0);
  a.from = day("2023-01-01");
  a.until = day("2026-12-31");
  CHECK(prepare::in_force(a, day("2023-01-01")));
  CHECK(prepare::in_force(a, day("2026-12-31")));
  CHECK_FALSE(prepare::in_force(a, day("2027-01-01")));
  CHECK_FALSE(prepare::in_force(a, day("2022-12-31")));
  Appointment next = a;
  next.from = day("2027-01-01");  // Stockholm FO 5 §: four years from 1 January after the election
  next.until = std::nullopt;
  CHECK_FALSE(prepare::overlap(a, next));
  next.from = day("2026-12-31");
  CHECK(prepare::overlap(a, next));
  CHECK(prepare::overlap(seat("x", false, "m", 1), a));  // an open mandate overlaps every other
}

TEST_CASE("a well-formed styrelse breaks no rule") { CHECK(shown(prepare::check_appointments(styrelsen())).empty()); }

TEST_CASE("two chairs at the same time are an error at the second; one after the other is not") {
  BodyFacts body = styrelsen();
  body.appointments[1].office = Office::kChair;
  CHECK(shown(prepare::check_appointments(body)) ==
        std::vector<std::string>{"error /bodies/0/appointments/1/office: 'styrelsen' has two chairs (ordförande) at the "
                                 "same time: 'inger' (/bodies/0/appointments/0) and 'asa'"});
  body.appointments[0].until = day("2026-12-31");
  body.appointments[1].from = day("2027-01-01");
  CHECK(shown(prepare::check_appointments(body)).empty());
}

TEST_CASE("a body without a chair, and an ersättare as chair, are errors") {
  BodyFacts body = styrelsen();
  body.appointments[0].office = Office::kNone;
  CHECK(shown(prepare::check_appointments(body)) ==
        std::vector<std::string>{"error /bodies/0/appointments: 'styrelsen' has no chair"});
  body.appointments[2].office = Office::kChair;
  CHECK(shown(prepare::check_appointments(body)) ==
        std::vector<std::string>{"error /bodies/0/appointments/2/office: the ersättare 'mikael' cannot be a chair "
                                 "(ordförande) of 'styrelsen'"});
}

TEST_CASE("an ersättare for themselves, for an ersättare in a circle, or for nobody who sits, is an error") {
  BodyFacts own = styrelsen();
  own.appointments[2].substitute_for = "mikael";
  CHECK(shown(prepare::check_appointments(own)) ==
        std::vector<std::string>{"error /bodies/0/appointments/2/substitute_for: 'mikael' is named as their own "
                                 "ersättare in 'styrelsen'"});
  BodyFacts circle = styrelsen();
  circle.appointments.push_back(seat("britt", true, "hagfors", 4));
  circle.appointments[2].substitute_for = "stefan";  // mikael → stefan → britt → mikael
  circle.appointments[3].substitute_for = "britt";
  circle.appointments[4].substitute_for = "mikael";
  CHECK(shown(prepare::check_appointments(circle)) ==
        std::vector<std::string>{"error /bodies/0/appointments/2/substitute_for: ersättare in 'styrelsen' serve for "
                                 "each other in a circle: 'mikael' → 'stefan' → 'britt' → 'mikael'"});
  BodyFacts nobody = styrelsen();
  nobody.appointments[2].substitute_for = "anna";  // a person of the organisation, not of the body
  CHECK(shown(prepare::check_appointments(nobody)) ==
        std::vector<std::string>{"error /bodies/0/appointments/2/substitute_for: 'anna' is not a ledamot of "
                                 "'styrelsen' while 'mikael' is ersättare"});
}

TEST_CASE("R-02: two who swap ledamot and ersättare seats after an election do not serve for each other in a circle") {
  BodyFacts body = styrelsen();
  body.appointments[1].until = day("2026-12-31");  // asa ledamot, stefan her ersättare, until the election
  body.appointments[3].until = day("2026-12-31");
  body.appointments.push_back(seat("stefan", false, "forshaga", 4));
  body.appointments.back().from = day("2027-01-01");
  body.appointments.push_back(seat("asa", true, "forshaga", 5));
  body.appointments.back().from = day("2027-01-01");
  body.appointments.back().substitute_for = "stefan";
  CHECK(shown(prepare::check_appointments(body)).empty());
}

TEST_CASE("R-02: ersättare whose mandates share a day serve for each other in a circle") {
  BodyFacts body = styrelsen();
  body.appointments[1].until = day("2026-06-30");  // asa ledamot until mid-2026; stefan her ersättare until 2026
  body.appointments[3].until = day("2026-12-31");
  body.appointments.push_back(seat("stefan", false, "forshaga", 4));
  body.appointments.back().from = day("2027-01-01");
  body.appointments.push_back(seat("asa", true, "forshaga", 5));
  body.appointments.back().from = day("2026-07-01");  // from July 2026 both are ersättare, for each other
  body.appointments.back().substitute_for = "stefan";
  CHECK(shown(prepare::check_appointments(body)) ==
        std::vector<std::string>{"error /bodies/0/appointments/5/substitute_for: ersättare in 'styrelsen' serve for "
                                 "each other in a circle: 'asa' → 'stefan' → 'asa'"});
}

TEST_CASE("R-02: in a samordningsförbund an ersättare serves for a ledamot of the same member; in a nämnd not so") {
  BodyFacts body = styrelsen();
  body.appointments[2].substitute_for = "asa";  // Hagfors' ersättare for Forshaga's ledamot
  CHECK(shown(prepare::check_appointments(body)) ==
        std::vector<std::string>{"error /bodies/0/appointments/2/substitute_for: the ersättare 'mikael' represents "
                                 "'hagfors' but serves for 'asa', who represents 'forshaga'"});
  body.substitutes_of_same_member = false;
  CHECK(shown(prepare::check_appointments(body)).empty());
}

TEST_CASE("a mandate that ends before it begins, and two seats of one person at a time, are errors") {
  BodyFacts body = styrelsen();
  body.appointments[3].from = day("2027-01-01");
  body.appointments[3].until = day("2023-12-31");
  body.appointments.push_back(seat("asa", true, "forshaga", 4));
  CHECK(shown(prepare::check_appointments(body)) ==
        std::vector<std::string>{"error /bodies/0/appointments/3/until: the mandate of 'stefan' ends 2023-12-31, "
                                 "before it begins 2027-01-01",
                                 "error /bodies/0/appointments/4/person: 'asa' has two seats in 'styrelsen' at the same "
                                 "time (also at /bodies/0/appointments/1)"});
}

TEST_CASE("on a meeting's day: the chair's mandate must hold, and a member left without a seat is warned of") {
  BodyFacts body = styrelsen();
  for (auto& a : body.appointments) a.until = day("2026-12-31");
  // Meeting Wednesday 2027-02-17: every mandate ended with 2026 and none follows.
  CHECK(shown(prepare::check_body_on(body, day("2027-02-17"))) ==
        std::vector<std::string>{
            "error /bodies/0/appointments: 'styrelsen' has no chair on 2027-02-17, the day of the meeting",
            "warning /bodies/0/appointments/0/until: the mandate of 'inger' ended 2026-12-31, before the meeting on "
            "2027-02-17: 'hagfors' has no ledamot in 'styrelsen' that day",
            "warning /bodies/0/appointments/1/until: the mandate of 'asa' ended 2026-12-31, before the meeting on "
            "2027-02-17: 'forshaga' has no ledamot in 'styrelsen' that day",
            "warning /bodies/0/appointments/2/until: the mandate of 'mikael' ended 2026-12-31, before the meeting on "
            "2027-02-17: 'hagfors' has no ersättare in 'styrelsen' that day",
            "warning /bodies/0/appointments/3/until: the mandate of 'stefan' ended 2026-12-31, before the meeting on "
            "2027-02-17: 'forshaga' has no ersättare in 'styrelsen' that day"});
  // The new mandate period from 1 January 2027 follows: nothing to say.
  for (std::size_t i = 0; i < 4; ++i) {
    Appointment next = body.appointments[i];
    next.from = day("2027-01-01");
    next.until = std::nullopt;
    next.path = "/bodies/0/appointments/" + std::to_string(4 + i);
    body.appointments.push_back(next);
  }
  CHECK(shown(prepare::check_body_on(body, day("2027-02-17"))).empty());
  CHECK(shown(prepare::check_body_on(body, day("2026-12-10"))).empty());
}

TEST_CASE("R-07 worked example: meeting Thursday 2026-12-10, kallelse 7–10 days before") {
  const prepare::NoticeRules rules{7, 10, "o.json:3:5", "o.json:4:5"};
  prepare::MeetingFacts meeting;
  meeting.date = day("2026-12-10");
  for (const char* in_time : {"2026-11-30", "2026-12-03"}) {
    meeting.notice_sent = day(in_time);
    CHECK(shown(prepare::check_meeting(meeting, rules)).empty());
  }
  meeting.notice_sent = day("2026-12-04");
  CHECK(shown(prepare::check_meeting(meeting, rules)) ==
        std::vector<std::string>{"warning /notice/sent: the kallelse is sent 2026-12-04, 6 days before the meeting on "
                                 "2026-12-10; the förbundsordning asks for at least 7"});
  meeting.notice_sent = day("2026-11-29");
  CHECK(shown(prepare::check_meeting(meeting, rules)) ==
        std::vector<std::string>{"warning /notice/sent: the kallelse is sent 2026-11-29, 11 days before the meeting on "
                                 "2026-12-10; the förbundsordning allows at most 10"});
  meeting.notice_sent = day("2026-12-11");  // after the meeting: an error, whatever the rules
  CHECK(shown(prepare::check_meeting(meeting, {})) ==
        std::vector<std::string>{"error /notice/sent: the kallelse is sent 2026-12-11, after the meeting on 2026-12-10"});
}

TEST_CASE("a meeting ends after it starts; justering and anslag follow in order") {
  prepare::MeetingFacts meeting;
  meeting.date = day("2026-12-10");
  meeting.start = model::ClockTime::parse("12:00");
  meeting.end = model::ClockTime::parse("09:00");
  meeting.justering = day("2026-12-09");
  meeting.anslag_posted = day("2026-12-08");
  CHECK(shown(prepare::check_meeting(meeting, {})) ==
        std::vector<std::string>{
            "error /end: the meeting ends at 09:00, before it starts at 12:00",
            "error /minutes/justering/date: the minutes are approved 2026-12-09, before the meeting on 2026-12-10",
            "error /minutes/anslag/posted: the anslag is posted 2026-12-08, before the minutes are approved on "
            "2026-12-09"});
  meeting.end = meeting.start;
  meeting.justering = day("2026-12-14");  // R-08 worked example: justering a few days after the meeting
  meeting.anslag_posted = day("2026-12-16");
  CHECK(shown(prepare::check_meeting(meeting, {})) ==
        std::vector<std::string>{"error /end: the meeting ends at 12:00, when it starts at 12:00"});
}

TEST_CASE("a data file's id is its file name") {
  CHECK(prepare::check_file_id("styrelsen-2026-12-10", "data/meetings/styrelsen-2026-12-10.xml").empty());
  CHECK(shown(prepare::check_file_id("good", "meetings/bad-time.json")) ==
        std::vector<std::string>{"error /id: the id 'good' is not the file's name, 'bad-time'"});
}

TEST_CASE("dates are from 1900 to 2099: year 0000 is a slip of the keyboard") {
  const std::string head = R"({"kind": "roles", "id": "r", "organisation": "o", "title": "Roller", "sections": [{"title": "S"}],
    "adopted": {"by": "Styrelsen", "date": ")";
  CHECK(validate_json(head + R"(1900-01-01"}})") == "");
  CHECK(validate_json(head + R"(2099-12-31"}})") == "");
  for (const char* year : {"0000", "1899", "2100"}) {
    CHECK(validate_json(head + year + R"(-05-01"}})").find("error: '" + std::string(year) +
                                                            "-05-01' is outside the years kansli accepts (1900–2099)") !=
          std::string::npos);
  }
}

TEST_CASE("prepare: the kallelse summons the mandates that hold on the meeting's day") {
  using kansli::testing::write_temp_file;
  write_temp_file("mandates/organisation.json", R"({"id": "o", "name": "O", "type": "samordningsforbund",
    "members": [{"id": "hagfors", "name": "Hagfors kommun"}],
    "persons": [{"id": "inger", "first_name": "Inger", "last_name": "Andersson"},
                {"id": "bo", "first_name": "Bo", "last_name": "Berg"}],
    "bodies": [{"id": "styrelsen", "name": "Styrelsen", "appointments": [
      {"person": "inger", "role": "regular", "represents": "hagfors", "office": "chair", "until": "2026-12-31"},
      {"person": "bo", "role": "regular", "represents": "hagfors", "office": "chair", "from": "2027-01-01"}]}]})");
  for (const auto& [date, chair] : {std::pair{"2026-12-10", "Inger Andersson"}, {"2027-02-17", "Bo Berg"}}) {
    const std::string path = write_temp_file("mandates/meetings/m.json", std::string(R"({"kind": "meeting", "id": "m",
      "organisation": "o", "body": "styrelsen", "date": ")") + date + R"(", "agenda": [{"title": "Öppnande", "type": "formal"}]})");
    Diagnostics diagnostics;
    const Files files{PathPolicy("/")};  // one a reading: Files keeps what it read, and the test rewrites m.json
    const DataFileLoader load = [&files](const std::string& file, Diagnostics& d) { return load_data_file(file, files, d); };
    auto file = load_data_file(path, files, diagnostics);
    REQUIRE(file);
    const auto model = prepare_model(*file, load, files, diagnostics);
    INFO(messages_of(diagnostics));
    REQUIRE(model);
    const Value& body = *model->root.find("body");
    CHECK(body.find("chair")->find("name")->as_string() == chair);
    REQUIRE(body.find("regulars")->as_array().size() == 1);
    CHECK(body.find("regulars")->as_array()[0].find("person")->find("name")->as_string() == chair);
  }
}

TEST_CASE("who attends as ledamot or ersättare holds such a seat on the meeting's day") {
  BodyFacts body = styrelsen();
  body.appointments[3].until = day("2026-12-31");  // stefan, Forshaga's ersättare, until the end of 2026
  const std::vector<prepare::Attendance> attendance = {{"inger", "regular", "/minutes/attendance/0"},
                                                       {"stefan", "serving_substitute", "/minutes/attendance/1"},
                                                       {"mikael", "regular", "/minutes/attendance/2"},
                                                       {"anna", "other", "/minutes/attendance/3"}};
  CHECK(shown(prepare::check_attendance(body, day("2027-02-17"), attendance)) ==
        std::vector<std::string>{
            "error /minutes/attendance/1/role: 'stefan' attends as ersättare but has no ersättare seat in 'styrelsen' on "
            "2027-02-17",
            "error /minutes/attendance/2/role: 'mikael' attends as ledamot but has no ledamot seat in 'styrelsen' on "
            "2027-02-17"});
  CHECK(shown(prepare::check_attendance(body, day("2026-12-10"), attendance)) ==
        std::vector<std::string>{"error /minutes/attendance/2/role: 'mikael' attends as ledamot but has no ledamot seat "
                                 "in 'styrelsen' on 2026-12-10"});
}
