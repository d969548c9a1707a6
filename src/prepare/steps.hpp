// Internal to the prepare stage: the steps prepare.cpp (meetings), report.cpp
// (tjänsteutlåtanden) and roles.cpp (roll- och ansvarsdokument) share.
#pragma once

#include <optional>
#include <string>

#include "load/model.hpp"
#include "prepare/organisation.hpp"
#include "prepare/prepare.hpp"

namespace kansli::prepare {

// Replaces the person id at `key` of `object` (at `path` in `file`) by the person.
bool resolve_person(Value& object, const char* key, const std::string& path, const LoadedFile& file,
                    const Organisation& organisation, Diagnostics& diagnostics);

// Builds the model of a meeting; with `reports`, the tjänsteutlåtanden its agenda names
// are loaded through it and attached as meeting.reports (for meeting packets).
std::optional<DataModel> prepare_meeting(const LoadedFile& data, const Organisation& organisation,
                                         const DataFileLoader* reports, Diagnostics& diagnostics);

// Builds the model of a report with the meeting it is written for.
std::optional<DataModel> prepare_report(const LoadedFile& data, const Organisation& organisation,
                                        const DataFileLoader& load, Diagnostics& diagnostics);

// Builds the model of a roles document: the document (with latest_revision) and its organisation.
std::optional<DataModel> prepare_roles(const LoadedFile& data, const Organisation& organisation,
                                       Diagnostics& diagnostics);

// Loads the report each agenda item of `meeting` names (reports/<id>.json or .xml),
// prepares it, and adds them to meeting.reports in agenda order; their files join
// `model`'s sources. A missing report is an error at the item's "report" field.
bool attach_reports(Value& meeting, const LoadedFile& data, const Organisation& organisation,
                    const DataFileLoader& load, DataModel& model, Diagnostics& diagnostics);

}  // namespace kansli::prepare
