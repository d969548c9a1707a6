// Unit tests of the prepare stage for reports (the amounts total, the agenda item, a
// meeting packet's reports), roles documents (the order of revisions, the latest
// revision and the document's date) and the table of kinds.
#include <doctest/doctest.h>

#include <filesystem>

#include "prepare/kinds.hpp"
#include "prepare_fixture.hpp"

using namespace kansli;
using kansli::testing::meeting_json;
using kansli::testing::PrepareFixture;

namespace {

// A report for meeting "m" whose amounts are `amounts` (JSON list items, or none).
std::string report_json(const std::string& id, const std::optional<std::string>& amounts = std::nullopt) {
  return R"({"kind": "report", "id": ")" + id + R"(", "organisation": "forbundet", "meeting": "m",
    "date": "2026-11-27", "dnr": "KSF 2026/41", "author": "karin", "signatory": "inger", "title": "Budget",
    "proposal": ["Styrelsen fastställer budget."], "summary": "S.", "background": [], "matter": [],
    "financial": {"text": ["T."])" +
         (amounts ? R"(, "amounts": [)" + *amounts + "]" : std::string()) + "}}";
}

const char* kAgendaWithReports = R"({"title": "Öppnande", "type": "formal"},
  {"title": "Budget", "type": "decision", "report": "tu-b"},
  {"title": "Läget", "type": "information"},
  {"title": "Plan", "type": "decision", "report": "tu-a"})";

std::int64_t ore(const model::Report& report) { return report.financial.total.ore(); }

}  // namespace

TEST_CASE("the amounts of a report are totalled exactly, in öre") {
  PrepareFixture fixture("amounts-exact");
  fixture.meeting(meeting_json(kAgendaWithReports));
  const auto report = fixture.report(
      "tu-a", report_json("tu-a", R"({"label": "A", "amount": 0.1}, {"label": "B", "amount": 0.2},
                                      {"label": "C", "amount": 1234.5}, {"label": "D", "amount": 2070000})"));
  INFO(fixture.messages());
  REQUIRE(report);
  const model::Report& r = report->model.report;
  CHECK(ore(r) == 207123480);  // 0,10 + 0,20 + 1 234,50 + 2 070 000 kr, not 207123480.00000003
  REQUIRE(r.financial.amounts);
  REQUIRE(r.financial.amounts->size() == 4);
  CHECK((*r.financial.amounts)[1].label == "B");
  CHECK((*r.financial.amounts)[1].amount.ore() == 20);
}

TEST_CASE("a report without amounts totals 0 kr") {
  PrepareFixture fixture("amounts-none");
  fixture.meeting(meeting_json(kAgendaWithReports));
  const auto report = fixture.report("tu-a", report_json("tu-a"));
  INFO(fixture.messages());
  REQUIRE(report);
  CHECK(ore(report->model.report) == 0);
  CHECK_FALSE(report->model.report.financial.amounts);
}

TEST_CASE("a total beyond the range of amounts is an error at the amount that takes it there") {
  PrepareFixture fixture("amounts-overflow");
  fixture.meeting(meeting_json(kAgendaWithReports));
  const auto report = fixture.report("tu-a", report_json("tu-a", R"({"label": "A", "amount": 999999999999999},
    {"label": "B", "amount": 1}, {"label": "C", "amount": 1}, {"label": "D", "amount": 1})"));
  CHECK_FALSE(report);
  const std::string messages = fixture.messages();
  INFO(messages);
  CHECK(messages.find(":5:49: error: the amounts add up to more than 1 000 000 000 000 000 kr (10^15) with this one "
                      "(at /financial/amounts/2/amount)\n") != std::string::npos);
  CHECK(messages.find("hint: the total is shown exactly, so it must stay within that too") != std::string::npos);
}

TEST_CASE("a report gets the agenda item that presents it, numbered") {
  PrepareFixture fixture("report-item");
  fixture.meeting(meeting_json(kAgendaWithReports));
  const auto report = fixture.report("tu-a", report_json("tu-a"));
  INFO(fixture.messages());
  REQUIRE(report);
  const auto& item = report->model.report.agenda_item;
  REQUIRE(item);
  CHECK(item->number == 4);
  CHECK(item->title == "Plan");
  // The report comes with its meeting (without the packet's reports) and the meeting's body.
  CHECK(report->model.meeting.agenda.size() == 4);
  CHECK_FALSE(report->model.meeting.reports);
  CHECK(report->model.body.chair->name == "Inger Andersson");
}

TEST_CASE("a report that no agenda item names has no agenda item") {
  PrepareFixture fixture("report-no-item");
  fixture.meeting(meeting_json(kAgendaWithReports));
  const auto report = fixture.report("tu-c", report_json("tu-c"));
  INFO(fixture.messages());
  REQUIRE(report);
  CHECK_FALSE(report->model.report.agenda_item);
}

TEST_CASE("a meeting packet holds the reports its agenda names, in agenda order") {
  PrepareFixture fixture("packet");
  fixture.write("reports/tu-a.json", report_json("tu-a", R"({"label": "A", "amount": 5})"));
  fixture.write("reports/tu-b.json", report_json("tu-b"));
  const auto meeting = fixture.meeting(meeting_json(kAgendaWithReports), true);
  INFO(fixture.messages());
  REQUIRE(meeting);
  REQUIRE(meeting->model.meeting.reports);
  const auto& reports = *meeting->model.meeting.reports;
  REQUIRE(reports.size() == 2);
  CHECK(reports[0].id == model::ReportId("tu-b"));
  CHECK(reports[0].agenda_item->number == 2);
  CHECK(reports[1].id == model::ReportId("tu-a"));
  CHECK(reports[1].agenda_item->number == 4);
  CHECK(ore(reports[1]) == 500);
  CHECK(reports[1].author.name == "Karin Lundqvist");
  // Each report's file locates its part of the model.
  REQUIRE(meeting->sources.size() == 4);
  CHECK(meeting->sources[2].first == "/meeting/reports/0");
  CHECK(meeting->sources[3].first == "/meeting/reports/1");
}

TEST_CASE("a meeting without reports makes a packet with none") {
  PrepareFixture fixture("packet-empty");
  const auto meeting = fixture.meeting(meeting_json(R"({"title": "Öppnande", "type": "formal"})"), true);
  INFO(fixture.messages());
  REQUIRE(meeting);
  REQUIRE(meeting->model.meeting.reports);
  CHECK(meeting->model.meeting.reports->empty());
}

namespace {

model::Revision revision(const char* date) { return {*model::Date::parse(date), "Styrelsen", std::nullopt}; }

model::RolesDocument history(std::optional<const char*> adopted, std::vector<const char*> revisions) {
  model::RolesDocument roles;
  if (adopted) roles.adopted = model::Adoption{*model::Date::parse(*adopted), "Styrelsen"};
  if (!revisions.empty()) roles.revisions.emplace();
  for (const char* date : revisions) roles.revisions->push_back(revision(date));
  return roles;
}

std::vector<std::string> shown(const std::vector<prepare::Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& finding : findings) out.push_back(finding.path + ": " + finding.message);
  return out;
}

}  // namespace

TEST_CASE("revisions follow the adoption and each other, each on a later day") {
  CHECK(prepare::check_revision_order(history("2022-11-16", {"2023-01-02", "2024-09-18"})).empty());
  CHECK(prepare::check_revision_order(history(std::nullopt, {"2023-01-02", "2024-09-18"})).empty());
  CHECK(shown(prepare::check_revision_order(history("2022-11-16", {"2022-11-16", "2024-09-18", "2024-09-17"}))) ==
        std::vector<std::string>{"/revisions/0/date: revision date 2022-11-16 is not after 2022-11-16",
                                 "/revisions/2/date: revision date 2024-09-17 is not after 2024-09-18"});
  CHECK(shown(prepare::check_revision_order(history("2024-01-01", {"2023-12-31"}))) ==
        std::vector<std::string>{"/revisions/0/date: revision date 2023-12-31 is not after 2024-01-01"});
}

TEST_CASE("a revision out of order is reported where its date is written, and nothing is prepared") {
  PrepareFixture fixture("roles-order");
  const auto model = fixture.prepare_model("roles/r.json", R"({"kind": "roles", "id": "r", "organisation": "forbundet",
  "title": "Roller", "sections": [{"title": "A"}], "adopted": {"date": "2022-11-16", "by": "Styrelsen"},
  "revisions": [{"date": "2024-09-18", "decided_by": "Styrelsen"},
                {"date": "2023-01-02", "decided_by": "Styrelsen"}]})");
  CHECK_FALSE(model);
  const std::string messages = fixture.messages();
  INFO(messages);
  CHECK(messages.find("r.json:4:18: error: revision date 2023-01-02 is not after 2024-09-18 (at /revisions/1/date)\n"
                      "  hint: list revisions oldest first, each after the adoption date ('adopted.date')\n") !=
        std::string::npos);
}

TEST_CASE("the latest revision is the last listed, and the document is dated by it") {
  model::RolesDocument roles = history("2022-11-16", {"2023-01-02", "2024-09-18"});
  prepare::date_roles_document(roles);
  REQUIRE(roles.latest_revision);
  CHECK(roles.latest_revision->date.iso() == "2024-09-18");
  CHECK(roles.date->iso() == "2024-09-18");
}

TEST_CASE("without revisions a roles document is dated by its adoption, and without either not at all") {
  model::RolesDocument adopted = history("2022-11-16", {});
  prepare::date_roles_document(adopted);
  CHECK_FALSE(adopted.latest_revision);
  CHECK(adopted.date->iso() == "2022-11-16");
  model::RolesDocument undated = history(std::nullopt, {});
  prepare::date_roles_document(undated);
  CHECK_FALSE(undated.date);
  PrepareFixture fixture("roles-undated");
  const auto model = fixture.prepare_model("roles/r.json", R"({"kind": "roles", "id": "r", "organisation": "forbundet",
    "title": "Roller", "sections": [{"title": "A"}]})");
  INFO(fixture.messages());
  REQUIRE(model);
  CHECK_FALSE(model->root.find("roles")->find("date"));
  CHECK_FALSE(model->root.find("roles")->find("latest_revision"));
}

TEST_CASE("the table of kinds names schemas and templates that exist") {
  for (const KindInfo& kind : kinds()) {
    INFO(kind.name);
    CHECK(std::filesystem::exists(std::string(KANSLI_SOURCE_DIR "/data/schemas/") + std::string(kind.schema_file)));
    CHECK(kind.schema_file == std::string(kind.name) + ".schema.json");
    const bool document = kind.prepare != nullptr;
    CHECK(document == (kind.describe_model != nullptr));
    CHECK(document == !kind.templates.empty());
    for (std::string_view name : kind.templates) {
      CHECK(std::filesystem::exists(std::string(KANSLI_SOURCE_DIR "/templates/") + std::string(name)));
    }
  }
  REQUIRE(find_kind("meeting"));
  CHECK(find_kind("meeting")->templates.size() == 2);
  const bool organisation_prepared = find_kind("organisation")->prepare != nullptr;
  CHECK_FALSE(organisation_prepared);
  CHECK_FALSE(find_kind("minutes"));
}

TEST_CASE("only documents are prepared: another kind is refused with the kinds there are") {
  PrepareFixture fixture("kinds");
  for (const char* kind : {"organisation", "minutes"}) {
    fixture.diagnostics = Diagnostics();
    const auto model = fixture.prepare_model(std::string("other/") + kind + ".json",
                                             std::string(R"({"kind": ")") + kind + R"(", "organisation": "forbundet"})");
    CHECK_FALSE(model);
    CHECK(fixture.messages().find("error: unknown data kind '" + std::string(kind) +
                                  "' (at /kind)\n  hint: expected \"kind\": \"meeting\", \"report\" or \"roles\"\n") !=
          std::string::npos);
  }
}
