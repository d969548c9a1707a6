// The dates after a meeting in the meeting's prepare step (domain.md, with
// minutes_dates.hpp): reads the justering and anslag dates out of the minutes with the
// paths they are written at, checks them, and sets what templates show of them: the last
// day of justering, and per anslag the last day of appeal and the take-down date.
#include "prepare/minutes_prepare.hpp"

#include "prepare/minutes_dates.hpp"

namespace kansli::prepare {
namespace {

StatedDate stated(const model::Date& date, const std::string& path) { return {date.parts(), path}; }

// The wording an anslag's take-down date is meant in: "t.o.m." when the data states
// up_until, else "tas ned".
TakeDownWording wording_of(const model::Anslag& anslag) {
  return anslag.up_until && !anslag.taken_down ? TakeDownWording::kUpUntil : TakeDownWording::kTakenDown;
}

// Adds the dates of `anslag`, written at `path`, to `dates`.
void add_anslag(const model::Anslag& anslag, const std::string& path, MinutesDates& dates) {
  dates.postings.push_back(stated(anslag.posted, path + "/posted"));
  if (anslag.boards) {
    for (std::size_t i = 0; i < anslag.boards->size(); ++i) {
      dates.postings.push_back(stated((*anslag.boards)[i].posted, path + "/boards/" + std::to_string(i) + "/posted"));
    }
  }
  if (anslag.last_appeal) dates.last_appeal = stated(*anslag.last_appeal, path + "/last_appeal");
  dates.wording = wording_of(anslag);
  if (anslag.taken_down) dates.take_down = stated(*anslag.taken_down, path + "/taken_down");
  else if (anslag.up_until) dates.take_down = stated(*anslag.up_until, path + "/up_until");
}

// Sets the derived dates of `anslag`: from the latest of its postings.
void derive_anslag(model::Anslag& anslag) {
  std::vector<sv::Date> postings = {anslag.posted.parts()};
  if (anslag.boards) {
    for (const model::Posting& posting : *anslag.boards) postings.push_back(posting.posted.parts());
  }
  const TakeDownWording wording = wording_of(anslag);
  const AppealDates dates = appeal_dates(postings, wording);
  anslag.appeal_last_day = model::Date(dates.last_appeal);
  anslag.take_down_date = model::Date(dates.take_down);
  anslag.take_down_wording = wording == TakeDownWording::kUpUntil ? "t.o.m." : "tas ned";
}

}  // namespace

std::vector<Finding> check_justering_and_anslag(const model::Meeting& meeting) {
  std::vector<Finding> out;
  if (!meeting.minutes) return out;
  const model::Minutes& minutes = *meeting.minutes;
  MinutesDates dates;
  dates.meeting = meeting.date.parts();
  if (minutes.justering) dates.justering = stated(minutes.justering->date, "/minutes/justering/date");
  if (minutes.anslag) add_anslag(*minutes.anslag, "/minutes/anslag", dates);
  out = check_protokoll_dates(dates);
  for (std::size_t i = 0; i < meeting.agenda.size(); ++i) {
    const auto& item = meeting.agenda[i].minutes;
    if (!item || !item->immediately_approved.value_or(false)) continue;
    MinutesDates own;
    own.meeting = meeting.date.parts();
    own.immediate = true;
    if (item->anslag) add_anslag(*item->anslag, "/agenda/" + std::to_string(i) + "/minutes/anslag", own);
    for (Finding& finding : check_protokoll_dates(own)) out.push_back(std::move(finding));
  }
  return out;
}

void derive_justering_and_anslag(model::Meeting& meeting) {
  if (!meeting.minutes) return;
  meeting.minutes->latest_justering = model::Date(latest_justering(meeting.date.parts()));
  if (meeting.minutes->anslag) derive_anslag(*meeting.minutes->anslag);
  for (model::AgendaItem& item : meeting.agenda) {
    if (item.minutes && item.minutes->anslag) derive_anslag(*item.minutes->anslag);
  }
}

}  // namespace kansli::prepare
