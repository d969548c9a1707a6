// Reads the data of a file that passed its schema into the model's types (internal to
// the prepare stage). Only reading: the references prepare resolves (a meeting's
// secretary, an item's presenter, a report's author and signatory) and the fields it
// derives are left to prepare's steps, which report what is wrong. A value the schema
// would have refused (as data built without validation may hold) is read as absent,
// or as the type's default where the schema requires it: reading never fails.
#pragma once

#include "load/value.hpp"
#include "model/model.hpp"

namespace kansli::prepare {

model::Person read_person(const Value& person);
model::Member read_member(const Value& member);
model::Body read_body(const Value& body);
// Reads organisation.json; the logo is the path as written.
model::Organisation read_organisation(const Value& organisation);

// Reads an agenda item as written: its number and presenter are left to prepare, and
// an unknown type is read as a formal item (prepare reports it).
model::AgendaItem read_agenda_item(const Value& item);
// Reads a meeting as written; its secretary, notice.signed_by and agenda are left to prepare.
model::Meeting read_meeting(const Value& meeting);
// Reads a report as written; its author, signatory, amounts and total are left to prepare.
model::Report read_report(const Value& report);
// Reads a roles document as written; its latest revision and date are left to prepare.
model::RolesDocument read_roles(const Value& roles);

}  // namespace kansli::prepare
