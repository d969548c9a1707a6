// The dates that follow a meeting, computed and checked (internal to the prepare stage;
// domain.md, with the Swedish calendar of sv/calendar.hpp):
//   R-08  the minutes are justerade no later than 14 days after the meeting (KL 5 kap.
//         69 §); an omedelbart justerad § is justerad at the meeting itself;
//   R-09  the justering is posted on the anslagstavla no later than the second day
//         after it (KL 8 kap. 12 §);
//   R-10  an appeal is due within three weeks of the posting (KL 13 kap. 5 §): the last
//         day of appeal is the posting + 21 days; the anslag stays up through that day.
// A deadline that falls on a day off (a Saturday, a Sunday, an allmän helgdag,
// midsommarafton, julafton or nyårsafton) moves to the next vardag (lag 1930:173 2 §).
// Plain dates in, dates and findings out: the caller reads the dates out of the data,
// with the paths they are written at, and reports the findings. An omedelbart justerad
// § is checked on its own, as MinutesDates with `immediate` set.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "prepare/consistency.hpp"
#include "sv/format.hpp"

namespace kansli::prepare {

// Returns the last day the minutes of a meeting on `meeting` may be justerade.
sv::Date latest_justering(const sv::Date& meeting);

// Returns the last day a justering on `justering` may be posted.
sv::Date latest_posting(const sv::Date& justering);

// Returns the last day of appeal for a posting on `posting`.
sv::Date last_appeal_day(const sv::Date& posting);

// What a take-down date on an anslagsbevis means: "anslaget tas ned" is the first day
// the anslag may be gone, "anslaget t.o.m." the last day it must be up.
enum class TakeDownWording { kTakenDown, kUpUntil };

// Returns the take-down date to print for `last_appeal`: the next vardag after it for
// "tas ned" (the practice, R-10), the last day of appeal itself for "t.o.m.".
sv::Date take_down_date(const sv::Date& last_appeal, TakeDownWording wording = TakeDownWording::kTakenDown);

// The dates of an anslagsbevis, derived from the postings.
struct AppealDates {
  sv::Date posted;       // the posting the appeal period runs from: the latest one
  sv::Date last_appeal;  // sista dag för överklagande
  sv::Date take_down;    // as `wording` means it
};

// Derives the appeal dates from the days the justering was posted, one per anslagstavla:
// with several (a gemensam nämnd, a samordningsförbund posting on each member's board)
// the period runs from the latest. Requires at least one posting.
AppealDates appeal_dates(const std::vector<sv::Date>& postings, TakeDownWording wording = TakeDownWording::kTakenDown);

// A date as the data states it, and where (for the finding's path).
struct StatedDate {
  sv::Date date;
  std::string path;  // "/minutes/justering/date"
};

// The dates of one protokoll, or of one omedelbart justerad § of it; absent dates are
// not checked (and neither is what depends on them).
struct MinutesDates {
  sv::Date meeting;
  bool immediate = false;                   // an omedelbart justerad §: justerad at the meeting
  std::optional<StatedDate> justering;      // for `immediate`, the meeting's day when absent
  std::vector<StatedDate> postings;         // one per anslagstavla
  std::optional<StatedDate> last_appeal;    // a stated sista dag för överklagande
  std::optional<StatedDate> take_down;      // a stated take-down date, meant as `wording`
  TakeDownWording wording = TakeDownWording::kTakenDown;
};

// Checks the dates of a protokoll: the justering is on or after the meeting and in time
// (R-08; on the meeting's day for an omedelbart justerad §), each posting on or after
// the justering and in time, a stated last day of appeal is the one the law gives
// and a stated take-down date leaves the anslag up through that day (R-10; a
// later one is lawful). Every finding is an error.
std::vector<Finding> check_protokoll_dates(const MinutesDates& dates);

}  // namespace kansli::prepare
