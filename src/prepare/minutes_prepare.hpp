// Internal to the prepare stage: the rules of the minutes (minutes_dates.hpp,
// minutes_rules.hpp) applied to a meeting's model in its prepare step. Each check reads
// the facts out of the model with the data paths they are written at and returns the
// findings; each derive sets the fields templates read that the rules compute.
#pragma once

#include <vector>

#include "model/meeting.hpp"
#include "prepare/consistency.hpp"

namespace kansli::prepare {

// Checks the justering and anslag dates of the minutes and of each omedelbart justerad
//
std::vector<Finding> check_justering_and_anslag(const model::Meeting& meeting);

// Sets the last day of justering and, for each anslag, the last day of appeal and the
// take-down date in the wording the data uses ("tas ned" unless it states up_until).
void derive_justering_and_anslag(model::Meeting& meeting);

}  // namespace kansli::prepare
