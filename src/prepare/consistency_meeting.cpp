// The rules of a meeting's own facts (see consistency.hpp; domain.md ).
#include <filesystem>

#include "prepare/consistency.hpp"

namespace kansli::prepare {
namespace {

using model::days_between;

std::string iso(const model::Date& date) { return date.iso(); }

void check_times(const MeetingFacts& meeting, std::vector<Finding>& out) {
  if (!meeting.start || !meeting.end || *meeting.end > *meeting.start) return;
  out.push_back({Severity::kError, "/end",
                 "the meeting ends at " + meeting.end->text() + ", " + (*meeting.end == *meeting.start ? "when" : "before") +
                     " it starts at " + meeting.start->text(),
                 {"'start' and 'end' are times of the meeting's day, HH:MM; is one of them mistyped?"}});
}

// the kallelse goes out before the meeting (an error otherwise: no kallelse can be
// sent after the fact) and, where the förbundsordning sets them, at least notice_days_min
// and at most notice_days_max days before. Those days are the förbund's own rule, and a
// kallelse sent late is still the kallelse that was sent: a warning, so that the
// secretary sees it, while the document states what happened.
void check_notice(const MeetingFacts& meeting, const NoticeRules& rules, std::vector<Finding>& out) {
  if (!meeting.date || !meeting.notice_sent) return;
  const long days = days_between(*meeting.notice_sent, *meeting.date);
  const std::string sent = iso(*meeting.notice_sent), date = iso(*meeting.date);
  if (days < 0) {
    out.push_back({Severity::kError, "/notice/sent",
                   "the kallelse is sent " + sent + ", after the meeting on " + date,
                   {"'notice.sent' is the day the kallelse goes out (utskicksdatum), before the meeting; is a date "
                    "mistyped?"}});
    return;
  }
  const std::string before = "the kallelse is sent " + sent + ", " + std::to_string(days) + " days before the meeting on " +
                             date + "; the förbundsordning ";
  if (rules.min_days && days < *rules.min_days) {
    out.push_back({Severity::kWarning, "/notice/sent", before + "asks for at least " + std::to_string(*rules.min_days),
                   {"the days are the organisation's rules.notice_days_min, at " + rules.min_where + " (domain R-07)"}});
  } else if (rules.max_days && days > *rules.max_days) {
    out.push_back({Severity::kWarning, "/notice/sent", before + "allows at most " + std::to_string(*rules.max_days),
                   {"the days are the organisation's rules.notice_days_max, at " + rules.max_where + " (domain R-07)"}});
  }
}

// the minutes are approved (justering) on or after the meeting's day, and
// the approval is posted (anslag) on or after the day of approval.
void check_minutes_dates(const MeetingFacts& meeting, std::vector<Finding>& out) {
  if (meeting.date && meeting.justering && days_between(*meeting.date, *meeting.justering) < 0) {
    out.push_back({Severity::kError, "/minutes/justering/date",
                   "the minutes are approved " + iso(*meeting.justering) + ", before the meeting on " +
                       iso(*meeting.date),
                   {"justering follows the meeting (domain R-08); is a date mistyped?"}});
  }
  if (meeting.justering && meeting.anslag_posted && days_between(*meeting.justering, *meeting.anslag_posted) < 0) {
    out.push_back({Severity::kError, "/minutes/anslag/posted",
                   "the anslag is posted " + iso(*meeting.anslag_posted) + ", before the minutes are approved on " +
                       iso(*meeting.justering),
                   {"the anslag announces the justering, so it follows it (domain R-09); is a date mistyped?"}});
  }
}

}  // namespace

// Reports and packets find a meeting as meetings/<id>.json and a report as
// reports/<id>.json: an id that is not the file name makes them find another file.
std::vector<Finding> check_file_id(const std::string& id, const std::string& file_path) {
  const std::filesystem::path path(file_path);
  const std::string stem = path.stem().string();
  if (id.empty() || stem.empty() || id == stem) return {};
  return {{Severity::kError, "/id", "the id '" + id + "' is not the file's name, '" + stem + "'",
           {"other files find this one by its id: write \"id\": \"" + stem + "\", or rename the file to " + id +
            path.extension().string()}}};
}

std::vector<Finding> check_meeting(const MeetingFacts& meeting, const NoticeRules& rules) {
  std::vector<Finding> out;
  check_times(meeting, out);
  check_notice(meeting, rules, out);
  check_minutes_dates(meeting, out);
  return out;
}

}  // namespace kansli::prepare
