// Unit tests of the dates after a meeting (prepare/minutes_dates.hpp; domain.md R-08 to
// R-10 and the worked examples of appendix A).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "prepare/minutes_dates.hpp"

using namespace kansli;
using prepare::Finding;
using prepare::MinutesDates;
using prepare::StatedDate;
using prepare::TakeDownWording;

namespace {

sv::Date day(const char* iso) { return *sv::parse_iso_date(iso); }

std::string iso(const sv::Date& date) { return sv::format_date_iso(date); }

StatedDate stated(const char* iso, const std::string& path) { return {day(iso), path}; }

// Writes each finding as "severity path: message", then its hints as "hint: ...".
std::vector<std::string> shown(const std::vector<Finding>& findings) {
  std::vector<std::string> out;
  for (const auto& f : findings) {
    out.push_back(std::string(f.severity == Severity::kError ? "error " : "warning ") + f.path + ": " + f.message);
    for (const auto& hint : f.hints) out.push_back("hint: " + hint);
  }
  return out;
}

// The minutes of Klarälvdalen's meeting of 2026-12-10, with dates in time.
MinutesDates december_meeting() {
  MinutesDates dates;
  dates.meeting = day("2026-12-10");
  dates.justering = stated("2026-12-14", "/minutes/justering/date");
  dates.postings = {stated("2026-12-15", "/minutes/anslag/0/posted")};
  dates.last_appeal = stated("2027-01-05", "/minutes/anslag/last_appeal");
  dates.take_down = stated("2027-01-07", "/minutes/anslag/taken_down");
  return dates;
}

}  // namespace

TEST_CASE("R-08: the justering is due 14 days after the meeting, moved past days off") {
  CHECK(iso(prepare::latest_justering(day("2026-11-10"))) == "2026-11-24");
  // domain.md R-08: +14 = julafton 2026-12-24, then juldagen, annandag jul, a Sunday.
  CHECK(iso(prepare::latest_justering(day("2026-12-10"))) == "2026-12-28");
  CHECK(iso(prepare::latest_justering(day("2026-06-05"))) == "2026-06-22");  // midsommarafton
}

TEST_CASE("R-09 appendix A: the anslag is due the second day after the justering, moved past days off") {
  CHECK(iso(prepare::latest_posting(day("2026-11-23"))) == "2026-11-25");
  CHECK(iso(prepare::latest_posting(day("2026-12-18"))) == "2026-12-21");  // +2 is a Sunday
}

TEST_CASE("R-10 appendix A: the last day of appeal and the day the anslag is taken down") {
  struct Row {
    const char* posted;
    const char* last_appeal;
    const char* taken_down;
  };
  const Row rows[] = {{"2026-11-23", "2026-12-14", "2026-12-15"},
                      {"2026-12-03", "2026-12-28", "2026-12-29"},   // +21 is julafton
                      {"2013-01-17", "2013-02-07", "2013-02-08"},   // Nacka KS 2013
                      {"2015-03-27", "2015-04-17", "2015-04-20"},   // Nacka KS 2015: a Friday, down on Monday
                      {"2018-04-03", "2018-04-24", "2018-04-25"}};  // Kramfors KSAU 2018
  for (const Row& row : rows) {
    CAPTURE(row.posted);
    const sv::Date last = prepare::last_appeal_day(day(row.posted));
    CHECK(iso(last) == row.last_appeal);
    CHECK(iso(prepare::take_down_date(last)) == row.taken_down);
    CHECK(iso(prepare::take_down_date(last, TakeDownWording::kUpUntil)) == row.last_appeal);
  }
}

TEST_CASE("R-10: with several anslagstavlor the period runs from the latest posting") {
  const prepare::AppealDates dates = prepare::appeal_dates({day("2026-11-24"), day("2026-11-23")});
  CHECK(iso(dates.posted) == "2026-11-24");
  CHECK(iso(dates.last_appeal) == "2026-12-15");
  CHECK(iso(dates.take_down) == "2026-12-16");
  CHECK(iso(prepare::appeal_dates({day("2026-12-03")}, TakeDownWording::kUpUntil).take_down) == "2026-12-28");
}

TEST_CASE("dates in time give no findings, at the last day of each deadline too") {
  CHECK(shown(prepare::check_protokoll_dates(december_meeting())).empty());
  MinutesDates dates = december_meeting();
  dates.justering = stated("2026-12-28", "/minutes/justering/date");
  dates.postings = {stated("2026-12-30", "/minutes/anslag/0/posted")};
  dates.last_appeal = stated("2027-01-20", "/minutes/anslag/last_appeal");
  dates.take_down = stated("2027-01-21", "/minutes/anslag/taken_down");
  CHECK(shown(prepare::check_protokoll_dates(dates)).empty());
}

TEST_CASE("R-08: a justering later than 14 days after the meeting is an error that says why") {
  MinutesDates dates = december_meeting();
  dates.justering = stated("2026-12-29", "/minutes/justering/date");
  dates.postings.clear();
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/justering/date: the justering 2026-12-29 is later than the 14 days after the meeting on "
            "2026-12-10 allow",
            "hint: the last day for the justering is 2026-12-28: 2026-12-24 is julafton, so the deadline moves to the "
            "next vardag (KL 5 kap. 69 §, lag 1930:173 2 §; domain R-08)"});
  dates.meeting = day("2026-11-10");
  dates.justering = stated("2026-11-25", "/minutes/justering/date");
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/justering/date: the justering 2026-11-25 is later than the 14 days after the meeting on "
            "2026-11-10 allow",
            "hint: the last day for the justering is 2026-11-24 (KL 5 kap. 69 §, lag 1930:173 2 §; domain R-08)"});
}

TEST_CASE("R-08: a justering before the meeting is an error") {
  MinutesDates dates = december_meeting();
  dates.justering = stated("2026-12-09", "/minutes/justering/date");
  dates.postings.clear();
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/justering/date: the justering 2026-12-09 is before the meeting on 2026-12-10",
            "hint: the justering follows the meeting (domain R-08); is a date mistyped?"});
}

TEST_CASE("R-09: an anslag later than the second day after the justering is an error that says why") {
  MinutesDates dates = december_meeting();
  dates.justering = stated("2026-12-18", "/minutes/justering/date");
  dates.postings = {stated("2026-12-21", "/minutes/anslag/0/posted")};
  dates.last_appeal.reset();
  dates.take_down.reset();
  CHECK(shown(prepare::check_protokoll_dates(dates)).empty());
  dates.postings = {stated("2026-12-22", "/minutes/anslag/0/posted")};
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/anslag/0/posted: the anslag is posted 2026-12-22, later than the second day after the "
            "justering on 2026-12-18 allows",
            "hint: the last day for the anslag is 2026-12-21: 2026-12-20 is a Sunday, so the deadline moves to the "
            "next vardag (KL 8 kap. 12 §, lag 1930:173 2 §; domain R-09)"});
}

TEST_CASE("R-09: an anslag before the justering is an error, on each anslagstavla") {
  MinutesDates dates = december_meeting();
  dates.postings = {stated("2026-12-15", "/minutes/anslag/0/posted"), stated("2026-12-13", "/minutes/anslag/1/posted")};
  dates.last_appeal.reset();
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/anslag/1/posted: the anslag is posted 2026-12-13, before the justering on 2026-12-14",
            "hint: the anslag announces the justering, so it follows it (domain R-09); is a date mistyped?"});
}

TEST_CASE("R-10: a stated last day of appeal that is not the law's is an error") {
  MinutesDates dates = december_meeting();
  dates.meeting = day("2026-12-01");
  dates.justering = stated("2026-12-02", "/minutes/justering/date");
  dates.postings = {stated("2026-12-03", "/minutes/anslag/0/posted")};
  dates.last_appeal = stated("2026-12-24", "/minutes/anslag/last_appeal");
  dates.take_down.reset();
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/anslag/last_appeal: the last day of appeal is given as 2026-12-24, but three weeks from "
            "the anslag on 2026-12-03 end 2026-12-28",
            "hint: three weeks from the anslag is 2026-12-24, julafton, so the period ends on the next vardag (KL 13 "
            "kap. 5 §, lag 1930:173 1–2 §§; domain R-10)"});
}

TEST_CASE("R-10: with several anslagstavlor a last day of appeal counted from the first posting is an error") {
  MinutesDates dates = december_meeting();
  dates.justering = stated("2026-11-23", "/minutes/justering/date");
  dates.meeting = day("2026-11-19");
  dates.postings = {stated("2026-11-23", "/minutes/anslag/0/posted"), stated("2026-11-24", "/minutes/anslag/1/posted")};
  dates.last_appeal = stated("2026-12-15", "/minutes/anslag/last_appeal");
  dates.take_down = stated("2026-12-16", "/minutes/anslag/taken_down");
  CHECK(shown(prepare::check_protokoll_dates(dates)).empty());
  dates.last_appeal = stated("2026-12-14", "/minutes/anslag/last_appeal");
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/anslag/last_appeal: the last day of appeal is given as 2026-12-14, but three weeks from "
            "the last anslag, on 2026-11-24, end 2026-12-15",
            "hint: an appeal is due within three weeks of the anslag, on the same weekday; with several anslagstavlor "
            "the period runs from the last posting (KL 13 kap. 5 §, lag 1930:173 1–2 §§; domain R-10)"});
}

TEST_CASE("R-10: an anslag that 'tas ned' on or before the last day of appeal is an error") {
  MinutesDates dates = december_meeting();  // last day of appeal 2027-01-05
  dates.take_down = stated("2027-01-05", "/minutes/anslag/taken_down");
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/anslag/taken_down: the anslag is taken down ('tas ned') 2027-01-05, on the last day of "
            "appeal",
            "hint: the anslag stays up through the last day of appeal; it is taken down the next vardag, 2027-01-07 "
            "(KL 13 kap. 5 §; domain R-10)",
            "hint: if 2027-01-05 is the last day it is up, the wording is 't.o.m.'"});
  dates.take_down = stated("2027-01-04", "/minutes/anslag/taken_down");
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/anslag/taken_down: the anslag is taken down ('tas ned') 2027-01-04, before the last day "
            "of appeal, 2027-01-05",
            "hint: the anslag stays up through the last day of appeal; it is taken down the next vardag, 2027-01-07 "
            "(KL 13 kap. 5 §; domain R-10)"});
}

TEST_CASE("R-10: 't.o.m.' may be the last day of appeal, not earlier; a later take-down is lawful") {
  MinutesDates dates = december_meeting();
  dates.wording = TakeDownWording::kUpUntil;
  dates.take_down = stated("2027-01-05", "/minutes/anslag/taken_down");
  CHECK(shown(prepare::check_protokoll_dates(dates)).empty());
  dates.take_down = stated("2027-01-04", "/minutes/anslag/taken_down");
  CHECK(shown(prepare::check_protokoll_dates(dates)) ==
        std::vector<std::string>{
            "error /minutes/anslag/taken_down: the anslag is up t.o.m. 2027-01-04, before the last day of appeal, "
            "2027-01-05",
            "hint: the anslag stays up through the last day of appeal, t.o.m. 2027-01-05 (KL 13 kap. 5 §; domain "
            "R-10)"});
  // Kramfors KSAU 2018: last day of appeal 2018-04-24, "anslaget t.o.m. 2018-04-25".
  dates.meeting = day("2018-03-27");
  dates.justering = stated("2018-04-03", "/minutes/justering/date");
  dates.postings = {stated("2018-04-03", "/minutes/anslag/0/posted")};
  dates.last_appeal = stated("2018-04-24", "/minutes/anslag/last_appeal");
  dates.take_down = stated("2018-04-25", "/minutes/anslag/taken_down");
  CHECK(shown(prepare::check_protokoll_dates(dates)).empty());
  // Nacka 2015: last day Friday 2015-04-17; taking it down on the Saturday is lawful too.
  dates.wording = TakeDownWording::kTakenDown;
  dates.meeting = day("2015-03-23");
  dates.justering = stated("2015-03-26", "/minutes/justering/date");
  dates.postings = {stated("2015-03-27", "/minutes/anslag/0/posted")};
  dates.last_appeal = stated("2015-04-17", "/minutes/anslag/last_appeal");
  for (const char* lawful : {"2015-04-18", "2015-04-20", "2015-05-04"}) {
    dates.take_down = stated(lawful, "/minutes/anslag/taken_down");
    CHECK(shown(prepare::check_protokoll_dates(dates)).empty());
  }
}

TEST_CASE("an omedelbart justerad § is justerad on the meeting's day and has its own anslag") {
  MinutesDates paragraph;
  paragraph.meeting = day("2026-12-10");
  paragraph.immediate = true;
  paragraph.postings = {stated("2026-12-14", "/minutes/paragraphs/4/anslag/posted")};
  paragraph.last_appeal = stated("2027-01-04", "/minutes/paragraphs/4/anslag/last_appeal");
  CHECK(shown(prepare::check_protokoll_dates(paragraph)).empty());  // +2 from Thursday is a Saturday
  paragraph.postings = {stated("2026-12-15", "/minutes/paragraphs/4/anslag/posted")};
  paragraph.last_appeal.reset();
  CHECK(shown(prepare::check_protokoll_dates(paragraph)) ==
        std::vector<std::string>{
            "error /minutes/paragraphs/4/anslag/posted: the anslag is posted 2026-12-15, later than the second day "
            "after the justering on 2026-12-10 allows",
            "hint: the last day for the anslag is 2026-12-14: 2026-12-12 is a Saturday, so the deadline moves to the "
            "next vardag (KL 8 kap. 12 §, lag 1930:173 2 §; domain R-09)"});
  paragraph.postings = {stated("2026-12-14", "/minutes/paragraphs/4/anslag/posted")};
  paragraph.justering = stated("2026-12-14", "/minutes/paragraphs/4/justering/date");
  CHECK(shown(prepare::check_protokoll_dates(paragraph)) ==
        std::vector<std::string>{
            "error /minutes/paragraphs/4/justering/date: the § is omedelbart justerad, but its justering 2026-12-14 "
            "is not on the meeting's day, 2026-12-10",
            "hint: an omedelbart justerad § is justerad at the meeting (domain R-08); is the § not omedelbart "
            "justerad, or is a date mistyped?"});
}
