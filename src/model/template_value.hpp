// The one conversion from the typed model (model.hpp) to the Value templates read:
// each struct becomes an object whose members are named as the data files name them
// (the model mirrors the data), optional members only when present, plus the fields
// prepare derives:
//   organisation             organisation.json as written, "logo" the resolved path
//   body                     the meeting's body: its fields and "chair", "vice_chair"
//                            (persons), "regulars", "substitutes" (seats: "person",
//                            "member", "label", "office")
//   meeting                  the meeting file with "secretary", "notice.signed_by" and
//                            each item's "presenter" persons; each item's "number" and
//                            "type_label"; "reports" in a meeting packet
//   report                   the report with "author", "signatory" persons,
//                            "financial.total" and its "agenda_item"
//   roles                    the roles document with "latest_revision" and "date"
// A person a document names has "name" and "name_with_party" besides its fields.
// Dates are "YYYY-MM-DD", times "HH:MM", amounts exact numbers of kronor, numbers as
// written. prepare's model_schema (prepare.hpp) describes the same shape as a schema
// that templates are checked against; keep the two in step.
#pragma once

#include "load/value.hpp"
#include "model/model.hpp"

namespace kansli::model {

// Returns {organisation, body, meeting} for the templates of a meeting.
Value to_template_value(MeetingModel model);
// Returns {organisation, body, meeting, report} for the templates of a report.
Value to_template_value(ReportModel model);
// Returns {organisation, roles} for the templates of a roles document.
Value to_template_value(RolesModel model);

}  // namespace kansli::model
