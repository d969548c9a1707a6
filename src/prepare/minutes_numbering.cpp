// Numbers and checks the §§ of a body's meetings through the calendar year (see
// minutes_rules.hpp; domain.md R-04): each body keeps one series a year, restarting at
// § 1 in January, with no gap and no repeat between one meeting and the next.
#include <algorithm>

#include "prepare/minutes_rules.hpp"

namespace kansli::prepare {
namespace {

const char* kR04 = "(domain R-04)";

int year_of(const model::Date& date) { return date.parts().year; }

std::string range_text(int first, int last) {
  if (last <= first) return "§ " + std::to_string(first);
  return "§§ " + std::to_string(first) + "–" + std::to_string(last);
}

// "§ 30 is missing", "§§ 30–31 are missing"
std::string missing_text(int first, int last) {
  return range_text(first, last) + (last > first ? " are" : " is") + " missing";
}

std::string range_text(const NumberedMeeting& meeting) {
  if (meeting.last < meeting.first) return "no §";
  return range_text(meeting.first, meeting.last);
}

// Returns the latest of `others` before `day`, in the same year when `same_year`, in the
// year before otherwise; null when there is none.
const NumberedMeeting* latest_before(const std::vector<NumberedMeeting>& others, const model::Date& day,
                                     bool same_year) {
  const int year = year_of(day) - (same_year ? 0 : 1);
  const NumberedMeeting* found = nullptr;
  for (const NumberedMeeting& other : others) {
    if (year_of(other.date) != year || !(other.date < day)) continue;
    if (!found || found->date < other.date || (found->date == other.date && found->last < other.last)) found = &other;
  }
  return found;
}

// no § of `meeting` is also one of another meeting of the body that year.
bool check_repeats(const NumberedMeeting& meeting, const std::vector<NumberedMeeting>& others, const std::string& path,
                   std::vector<Finding>& out) {
  bool repeats = false;
  for (const NumberedMeeting& other : others) {
    if (year_of(other.date) != year_of(meeting.date) || other.last < other.first) continue;
    const int first = std::max(meeting.first, other.first), last = std::min(meeting.last, other.last);
    if (first > last) continue;
    repeats = true;
    out.push_back({Severity::kError, path,
                   "the meeting's " + range_text(meeting) + " repeat " + range_text(first, last) +
                       " of the meeting on " + other.date.iso() + " (" + other.where + ", " + range_text(other) + ")",
                   {"a body numbers its §§ in one series a year, each number once " + std::string(kR04)}});
  }
  return repeats;
}

// the year's first meeting starts at § 1; a first § that continues last year's
// series says so.
void check_year_start(const NumberedMeeting& meeting, const std::vector<NumberedMeeting>& others,
                      const std::string& path, std::vector<Finding>& out) {
  if (meeting.first == 1) return;
  const NumberedMeeting* last_year = latest_before(others, meeting.date, false);
  std::string message = "the meeting starts at § " + std::to_string(meeting.first) +
                        ", but it is the body's first of " + std::to_string(year_of(meeting.date));
  if (last_year && last_year->last + 1 == meeting.first) {
    message += " and continues the numbering of " + std::to_string(year_of(last_year->date)) + " (" +
               last_year->where + ", " + range_text(*last_year) + ")";
  } else {
    message += ": " + missing_text(1, meeting.first - 1);
  }
  out.push_back({Severity::kError, path, message,
                 {"the numbering restarts at § 1 in January, so this meeting's first § is § 1 " + std::string(kR04)}});
}

}  // namespace

int first_paragraph(const std::vector<NumberedMeeting>& others, const model::Date& day) {
  const NumberedMeeting* before = latest_before(others, day, true);
  return before ? before->last + 1 : 1;
}

std::vector<Finding> check_paragraph_numbers(const NumberedMeeting& meeting,
                                             const std::vector<NumberedMeeting>& others, const std::string& path) {
  std::vector<Finding> out;
  if (check_repeats(meeting, others, path, out)) return out;
  const NumberedMeeting* before = latest_before(others, meeting.date, true);
  if (!before) {
    check_year_start(meeting, others, path, out);
    return out;
  }
  const int expected = before->last + 1;
  if (meeting.first == expected) return out;
  const std::string between = " after the meeting on " + before->date.iso() + " (" + before->where + ", " +
                              range_text(*before) + ")";
  out.push_back({Severity::kError, path,
                 meeting.first > expected
                     ? "the meeting starts at § " + std::to_string(meeting.first) + ": " +
                           missing_text(expected, meeting.first - 1) + between
                     : "the meeting starts at § " + std::to_string(meeting.first) + ", not at § " +
                           std::to_string(expected) + between,
                 {"a meeting's first § follows the last § of the body's meeting before it in the year: § " +
                  std::to_string(expected) + " " + std::string(kR04)}});
  return out;
}

}  // namespace kansli::prepare
