// Unit tests of the domain model: dates with the arithmetic of the governance rules
// (domain.md Appendix A), clock times, ids, and the conversion into what templates read.
#include <doctest/doctest.h>

#include <type_traits>

#include "model/template_value.hpp"

using namespace kansli;
using model::ClockTime;
using model::Date;

namespace {

Date day(const char* iso) {
  const auto date = Date::parse(iso);
  REQUIRE(date);
  return *date;
}

}  // namespace

TEST_CASE("a date is read from YYYY-MM-DD and written back the same") {
  CHECK(day("2026-12-10").iso() == "2026-12-10");
  CHECK(day("1900-01-01").iso() == "1900-01-01");
  CHECK(day("2024-02-29").parts().day == 29);
  CHECK_FALSE(Date::parse("2026-02-29"));  // not a leap year
  CHECK_FALSE(Date::parse("2026-2-3"));
  CHECK_FALSE(Date::parse("10 december 2026"));
}

TEST_CASE("days are added across months and years, as the rules' deadlines count them") {
  // domain.md Appendix A: a meeting on 2026-12-10 wants its kallelse 10 to 7 days before.
  CHECK(day("2026-12-10").plus_days(-10).iso() == "2026-11-30");
  CHECK(day("2026-12-10").plus_days(-7).iso() == "2026-12-03");
  // justering within 14 days of the meeting; R-10: the appeal runs 21 days from the anslag.
  CHECK(day("2026-12-10").plus_days(14).iso() == "2026-12-24");
  CHECK(day("2026-11-23").plus_days(21).iso() == "2026-12-14");
  CHECK(day("2013-01-17").plus_days(21).iso() == "2013-02-07");
  CHECK(day("2015-03-27").plus_days(21).iso() == "2015-04-17");
  CHECK(day("2024-02-28").plus_days(1).iso() == "2024-02-29");
  CHECK(day("2026-12-31").plus_days(1).iso() == "2027-01-01");
  CHECK(day("1969-12-31").plus_days(0).iso() == "1969-12-31");
}

TEST_CASE("the days between two dates count from the first to the second") {
  CHECK(model::days_between(day("2026-12-01"), day("2026-12-10")) == 9);
  CHECK(model::days_between(day("2026-12-10"), day("2026-12-01")) == -9);
  CHECK(model::days_between(day("2026-12-31"), day("2027-01-01")) == 1);
  CHECK(model::days_between(day("2024-01-01"), day("2025-01-01")) == 366);
}

TEST_CASE("a date knows its weekday, Monday first") {
  CHECK(day("2026-11-23").weekday() == 0);  // justering on a Monday (Appendix A)
  CHECK(day("2026-12-10").weekday() == 3);  // the meeting, a Thursday
  CHECK(day("2026-12-18").weekday() == 4);
  CHECK(day("2026-12-20").weekday() == 6);  // + 2 days from Friday 2026-12-18: a Sunday
}

TEST_CASE("dates compare by the day") {
  CHECK(day("2026-12-10") < day("2026-12-11"));
  CHECK(day("2026-12-10") > day("2025-12-31"));
  CHECK(day("2026-12-10") == day("2026-12-10"));
  CHECK(day("2026-12-10") <= day("2026-12-10"));
}

TEST_CASE("a clock time is HH:MM from 00:00 to 23:59") {
  REQUIRE(ClockTime::parse("09:30"));
  CHECK(ClockTime::parse("09:30")->minutes() == 570);
  CHECK(ClockTime::parse("09:30")->text() == "09:30");
  CHECK(ClockTime::parse("00:00")->text() == "00:00");
  CHECK(ClockTime::parse("23:59")->minutes() == 23 * 60 + 59);
  for (const char* text : {"9:30", "24:00", "12:60", "09.30", "09:30:00", ""}) {
    INFO(text);
    CHECK_FALSE(ClockTime::parse(text));
  }
  CHECK(*ClockTime::parse("09:00") < *ClockTime::parse("12:30"));
}

TEST_CASE("ids of different things are different types") {
  static_assert(!std::is_convertible_v<model::PersonId, model::BodyId>);
  static_assert(!std::is_constructible_v<model::BodyId, model::PersonId>);
  static_assert(!std::is_convertible_v<std::string, model::PersonId>);
  CHECK(model::PersonId("inger") == model::PersonId("inger"));
  CHECK(model::PersonId("inger").text() == "inger");
}

namespace {

model::NamedPerson karin() {
  model::NamedPerson named;
  named.person.id = model::PersonId("karin");
  named.person.first_name = "Karin";
  named.person.last_name = "Lundqvist";
  named.person.title = "Förbundschef";
  named.name = named.name_with_party = "Karin Lundqvist";
  return named;
}

// A meeting model with an agenda item of each type.
model::MeetingModel meeting_model() {
  model::MeetingModel model;
  model.organisation.id = model::OrganisationId("forbundet");
  model.meeting.date = *Date::parse("2026-12-10");
  model.meeting.start = *ClockTime::parse("09:00");
  model.meeting.secretary = karin();
  int number = 0;
  for (const auto& [type, name] : model::kItemTypeNames) {
    model::AgendaItem item;
    item.number = ++number;
    item.title = std::string(name);
    item.type = type;
    model.meeting.agenda.push_back(std::move(item));
  }
  model.meeting.agenda[0].dnr = "KSF 2026/41";
  return model;
}

const Value& at(const Value& root, const std::string& path) {
  const Value* value = value_at(root, path);
  REQUIRE_MESSAGE(value, path);
  return *value;
}

}  // namespace

TEST_CASE("templates see an agenda item's number and the Swedish label of its type") {
  const Value root = model::to_template_value(meeting_model());
  const auto& agenda = at(root, "/meeting/agenda").as_array();
  REQUIRE(agenda.size() == 5);
  const char* types[] = {"decision", "information", "announcement", "election", "formal"};
  const char* labels[] = {"Beslut", "Information", "Anmälan", "Val", ""};
  for (std::size_t i = 0; i < agenda.size(); ++i) {
    CHECK(agenda[i].find("number")->as_number() == static_cast<double>(i + 1));
    CHECK(agenda[i].find("type")->as_string() == types[i]);
    CHECK(agenda[i].find("type_label")->as_string() == labels[i]);
  }
}

TEST_CASE("templates see dates, times and persons as data writes them, and no absent field") {
  const Value root = model::to_template_value(meeting_model());
  CHECK(at(root, "/meeting/date").as_string() == "2026-12-10");
  CHECK(at(root, "/meeting/start").as_string() == "09:00");
  CHECK(at(root, "/meeting/kind").as_string() == "meeting");
  CHECK(at(root, "/meeting/secretary/name").as_string() == "Karin Lundqvist");
  CHECK(at(root, "/meeting/secretary/title").as_string() == "Förbundschef");
  CHECK_FALSE(value_at(root, "/meeting/secretary/party"));
  CHECK(at(root, "/meeting/agenda/0/dnr").as_string() == "KSF 2026/41");
  CHECK_FALSE(value_at(root, "/meeting/agenda/1/dnr"));
  CHECK_FALSE(value_at(root, "/meeting/agenda/0/presenter"));
  CHECK_FALSE(value_at(root, "/meeting/minutes"));
  CHECK_FALSE(value_at(root, "/meeting/reports"));  // only a meeting packet has them
  CHECK_FALSE(value_at(root, "/body/chair"));
  CHECK(at(root, "/body/regulars").as_array().empty());
}

TEST_CASE("templates see amounts and their total as exact numbers of kronor") {
  model::ReportModel model;
  model.report.financial.amounts = {{"A", *Money::from_ore(123450)}, {"B", *Money::from_ore(5)}};
  model.report.financial.total = *Money::from_ore(123455);
  const Value root = model::to_template_value(std::move(model));
  CHECK(at(root, "/report/financial/amounts/0/amount").exact_number() == Decimal{12345, 1});
  CHECK(at(root, "/report/financial/amounts/1/amount").exact_number() == Decimal{5, 2});
  CHECK(at(root, "/report/financial/total").exact_number() == Decimal{123455, 2});
  CHECK_FALSE(value_at(root, "/report/financial/caption"));
  CHECK_FALSE(value_at(root, "/report/agenda_item"));
}

TEST_CASE("templates see a number as the data wrote it") {
  model::MeetingModel model;
  model.organisation.members.push_back({model::MemberId("hagfors"), "Hagfors kommun", model::MemberType::kKommun,
                                        model::Number{11500, Decimal{11500, 0}}, model::Number{0.1, std::nullopt}});
  const Value root = model::to_template_value(std::move(model));
  CHECK(at(root, "/organisation/members/0/population").exact_number() == Decimal{11500, 0});
  CHECK_FALSE(at(root, "/organisation/members/0/share_percent").exact_number());
  CHECK(at(root, "/organisation/members/0/share_percent").as_number() == 0.1);
  CHECK(at(root, "/organisation/members/0/type").as_string() == "kommun");
}

TEST_CASE("templates see a roles document's date, and none when it has none") {
  model::RolesModel dated;
  dated.roles.date = *Date::parse("2024-09-18");
  dated.roles.latest_revision = model::Revision{*Date::parse("2024-09-18"), "Styrelsen", std::nullopt};
  const Value root = model::to_template_value(std::move(dated));
  CHECK(at(root, "/roles/date").as_string() == "2024-09-18");
  CHECK(at(root, "/roles/latest_revision/decided_by").as_string() == "Styrelsen");
  const Value undated = model::to_template_value(model::RolesModel());
  CHECK_FALSE(value_at(undated, "/roles/date"));
  CHECK_FALSE(value_at(undated, "/roles/latest_revision"));
}
