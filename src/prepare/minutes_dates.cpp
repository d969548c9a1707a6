// Computes and checks the dates after a meeting (see minutes_dates.hpp; domain.md R-08
// to R-10).
#include "prepare/minutes_dates.hpp"

#include <algorithm>

#include "base/check.hpp"
#include "sv/calendar.hpp"

namespace kansli::prepare {
namespace {

constexpr long kJusteringDays = 14;  // KL 5 kap. 69 §
constexpr long kPostingDays = 2;     // KL 8 kap. 12 §
constexpr long kAppealDays = 21;     // KL 13 kap. 5 §: three weeks, lag 1930:173 1 §

std::string iso(const sv::Date& date) { return sv::format_date_iso(date); }

long days_between(const sv::Date& earlier, const sv::Date& later) {
  return sv::day_number(later) - sv::day_number(earlier);
}

// Says what kind of day off `date` is: "julafton", "a Saturday".
std::string day_off(const sv::Date& date) {
  if (const auto name = sv::holiday_name(date)) return std::string(*name);
  return sv::weekday(date) == 5 ? "a Saturday" : "a Sunday";  // weekday 5 is Saturday, 6 Sunday
}

// Explains where a deadline of `days` days from `from` ends: "the last day is
// 2026-12-28: 2026-12-24 is julafton, so the deadline moves to the next vardag".
std::string explain_deadline(const std::string& what, const sv::Date& from, long days) {
  const sv::Date plain = sv::add_days(from, days), deadline = sv::next_deadline_day(plain);
  std::string text = "the last day for " + what + " is " + iso(deadline);
  if (days_between(plain, deadline) == 0) return text;
  return text + ": " + iso(plain) + " is " + day_off(plain) + ", so the deadline moves to the next vardag";
}

// the justering, on or after the meeting and no later than latest_justering; an
// omedelbart justerad § on the meeting's day. Returns the justering's date, if known.
std::optional<sv::Date> check_justering(const MinutesDates& dates, std::vector<Finding>& out) {
  if (!dates.justering) return dates.immediate ? std::optional<sv::Date>(dates.meeting) : std::nullopt;
  const sv::Date justering = dates.justering->date;
  const std::string path = dates.justering->path, meeting = iso(dates.meeting);
  if (dates.immediate && days_between(dates.meeting, justering) != 0) {
    out.push_back({Severity::kError, path,
                   "the § is omedelbart justerad, but its justering " + iso(justering) +
                       " is not on the meeting's day, " + meeting,
                   {"an omedelbart justerad § is justerad at the meeting (domain R-08); is the § not omedelbart "
                    "justerad, or is a date mistyped?"}});
  } else if (days_between(dates.meeting, justering) < 0) {
    out.push_back({Severity::kError, path, "the justering " + iso(justering) + " is before the meeting on " + meeting,
                   {"the justering follows the meeting (domain R-08); is a date mistyped?"}});
  } else if (days_between(latest_justering(dates.meeting), justering) > 0) {
    out.push_back({Severity::kError, path,
                   "the justering " + iso(justering) + " is later than the 14 days after the meeting on " + meeting +
                       " allow",
                   {explain_deadline("the justering", dates.meeting, kJusteringDays) +
                    " (KL 5 kap. 69 §, lag 1930:173 2 §; domain R-08)"}});
  }
  return justering;
}

// each posting on or after the justering and no later than latest_posting.
void check_postings(const MinutesDates& dates, const std::optional<sv::Date>& justering, std::vector<Finding>& out) {
  if (!justering) return;
  for (const StatedDate& posting : dates.postings) {
    const std::string posted = iso(posting.date);
    if (days_between(*justering, posting.date) < 0) {
      out.push_back({Severity::kError, posting.path,
                     "the anslag is posted " + posted + ", before the justering on " + iso(*justering),
                     {"the anslag announces the justering, so it follows it (domain R-09); is a date mistyped?"}});
    } else if (days_between(latest_posting(*justering), posting.date) > 0) {
      out.push_back({Severity::kError, posting.path,
                     "the anslag is posted " + posted + ", later than the second day after the justering on " +
                         iso(*justering) + " allows",
                     {explain_deadline("the anslag", *justering, kPostingDays) +
                      " (KL 8 kap. 12 §, lag 1930:173 2 §; domain R-09)"}});
    }
  }
}

// a stated last day of appeal is the one the law gives for the latest posting.
void check_last_appeal(const MinutesDates& dates, const sv::Date& posted, std::vector<Finding>& out) {
  const sv::Date last = last_appeal_day(posted);
  if (!dates.last_appeal || days_between(last, dates.last_appeal->date) == 0) return;
  const std::string from =
      dates.postings.size() > 1 ? "the last anslag, on " + iso(posted) + "," : "the anslag on " + iso(posted);
  const sv::Date plain = sv::add_days(posted, kAppealDays);
  std::string why = days_between(plain, last) == 0
                        ? "an appeal is due within three weeks of the anslag, on the same weekday"
                        : "three weeks from the anslag is " + iso(plain) + ", " + day_off(plain) +
                              ", so the period ends on the next vardag";
  if (dates.postings.size() > 1) why += "; with several anslagstavlor the period runs from the last posting";
  out.push_back({Severity::kError, dates.last_appeal->path,
                 "the last day of appeal is given as " + iso(dates.last_appeal->date) + ", but three weeks from " +
                     from + " end " + iso(last),
                 {why + " (KL 13 kap. 5 §, lag 1930:173 1–2 §§; domain R-10)"}});
}

// a stated take-down date leaves the anslag up through the last day of appeal.
void check_take_down(const MinutesDates& dates, const sv::Date& posted, std::vector<Finding>& out) {
  if (!dates.take_down) return;
  const sv::Date last = last_appeal_day(posted), stated = dates.take_down->date;
  const long after_last = days_between(last, stated);
  const std::string rule = " (KL 13 kap. 5 §; domain R-10)";
  if (dates.wording == TakeDownWording::kUpUntil && after_last < 0) {
    out.push_back({Severity::kError, dates.take_down->path,
                   "the anslag is up t.o.m. " + iso(stated) + ", before the last day of appeal, " + iso(last),
                   {"the anslag stays up through the last day of appeal, t.o.m. " + iso(last) + rule}});
  } else if (dates.wording == TakeDownWording::kTakenDown && after_last <= 0) {
    std::vector<std::string> hints = {"the anslag stays up through the last day of appeal; it is taken down the next "
                                      "vardag, " + iso(take_down_date(last)) + rule};
    if (after_last == 0) hints.push_back("if " + iso(stated) + " is the last day it is up, the wording is 't.o.m.'");
    const std::string when =
        after_last == 0 ? "on the last day of appeal" : "before the last day of appeal, " + iso(last);
    out.push_back({Severity::kError, dates.take_down->path,
                   "the anslag is taken down ('tas ned') " + iso(stated) + ", " + when, hints});
  }
}

}  // namespace

sv::Date latest_justering(const sv::Date& meeting) {
  return sv::next_deadline_day(sv::add_days(meeting, kJusteringDays));
}

sv::Date latest_posting(const sv::Date& justering) {
  return sv::next_deadline_day(sv::add_days(justering, kPostingDays));
}

sv::Date last_appeal_day(const sv::Date& posting) { return sv::next_deadline_day(sv::add_days(posting, kAppealDays)); }

sv::Date take_down_date(const sv::Date& last_appeal, TakeDownWording wording) {
  if (wording == TakeDownWording::kUpUntil) return last_appeal;
  return sv::next_deadline_day(sv::add_days(last_appeal, 1));
}

AppealDates appeal_dates(const std::vector<sv::Date>& postings, TakeDownWording wording) {
  KANSLI_CHECK(!postings.empty(), "appeal dates need a posting");
  const sv::Date posted = *std::max_element(postings.begin(), postings.end(), [](const sv::Date& a, const sv::Date& b) {
    return sv::day_number(a) < sv::day_number(b);
  });
  const sv::Date last = last_appeal_day(posted);
  return {posted, last, take_down_date(last, wording)};
}

std::vector<Finding> check_protokoll_dates(const MinutesDates& dates) {
  std::vector<Finding> out;
  const std::optional<sv::Date> justering = check_justering(dates, out);
  check_postings(dates, justering, out);
  if (dates.postings.empty()) return out;
  std::vector<sv::Date> postings;
  for (const StatedDate& posting : dates.postings) postings.push_back(posting.date);
  const sv::Date posted = appeal_dates(postings).posted;
  check_last_appeal(dates, posted, out);
  check_take_down(dates, posted, out);
  return out;
}

}  // namespace kansli::prepare
