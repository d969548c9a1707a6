// Internal to the prepare stage: the rules of the minutes (minutes_dates.hpp,
// minutes_rules.hpp) applied to a meeting's model in its prepare step. Each check reads
// the facts out of the model with the data paths they are written at and returns the
// findings; each derive sets the fields templates read that the rules compute.
#pragma once

#include <vector>

#include "model/meeting.hpp"
#include "model/organisation.hpp"
#include "prepare/consistency.hpp"
#include "prepare/minutes_rules.hpp"
#include "prepare/organisation.hpp"
#include "prepare/prepare.hpp"

namespace kansli::prepare {

// Checks the justering and anslag dates of the minutes and of each omedelbart justerad
//
std::vector<Finding> check_justering_and_anslag(const model::Meeting& meeting);

// Sets the last day of justering and, for each anslag, the last day of appeal and the
// take-down date in the wording the data uses ("tas ned" unless it states up_until).
void derive_justering_and_anslag(model::Meeting& meeting);

// The number of §§ of `meeting`: the items its minutes record (handled, or with no status
// and minutes of their own), and the withdrawn or postponed ones when `number_unhandled`.
int paragraph_count(const model::Meeting& meeting, bool number_unhandled);

// Returns the body's meetings of the year before `meeting`, found beside its file `data`
// (<body>-<year>-….json or .xml, through `load`), each with its §§: stated, or following
// the one before. A file that does not load, or is not the body's, is left out.
std::vector<NumberedMeeting> earlier_meetings(const LoadedFile& data, const model::Meeting& meeting,
                                              const Organisation& organisation, const DataFileLoader& load);

// Sets the minutes' first § from `earlier` when the data does not state it; checks a
// stated one against them (R-04: no gap, no repeat, § 1 first in the year), the meeting
// named `where` in messages.
std::vector<Finding> number_paragraphs(model::Meeting& meeting, const std::vector<NumberedMeeting>& earlier,
                                       bool number_unhandled, const std::string& where);

// Checks a meeting § by § (R-01 to R-06, minutes_rules.hpp): who serves, chairs and votes
// in each handled item, its quorum, votes and their recorded outcome, reservations.
// Presence and service are given by agenda item; the §§ are numbered from the minutes'
// first_paragraph (1 when absent). An item is a § when its status is handled, or it has
// no status and minutes of its own; a withdrawn or postponed one takes a number only when
// the organisation's rules say so (numbered_when_not_handled). An attendance entry's problem is reported once.
std::vector<Finding> check_sitting_of(const model::Meeting& meeting, const model::Organisation& organisation);

// Sets each handled item's § number, who serves and chairs it and its quorum, and how
// its vote came out.
void derive_sitting(model::Meeting& meeting, const model::Organisation& organisation);

}  // namespace kansli::prepare
