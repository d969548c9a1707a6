// Internal to the prepare stage: the steps prepare.cpp (meetings), report.cpp
// (tjänsteutlåtanden) and roles.cpp (roll- och ansvarsdokument) share, each building the
// typed model of its kind (model/model.hpp), and their entries in the table of kinds
// (kinds.cpp), which convert that model into what templates read (model/template_value.hpp).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "load/model.hpp"
#include "model/model.hpp"
#include "prepare/organisation.hpp"
#include "prepare/prepare.hpp"

namespace kansli::prepare {

// The files a model is made of: the subtree of the template's value each became
// ("/meeting"), as DataModel::sources says it.
using Sources = std::vector<std::pair<std::string, SourceMap>>;

// A model built by prepare, with the files it is made of.
template <typename Model>
struct Prepared {
  Model model;
  Sources sources;
};

// Resolves the person id written at `path` of `file`, if one is written there, into
// `person`; reports a dangling reference and returns false.
bool resolve_person(const LoadedFile& file, const std::string& path, const Organisation& organisation,
                    std::optional<model::NamedPerson>& person, Diagnostics& diagnostics);
bool resolve_person(const LoadedFile& file, const std::string& path, const Organisation& organisation,
                    model::NamedPerson& person, Diagnostics& diagnostics);

// Builds the model of a meeting; with `reports`, the tjänsteutlåtanden its agenda names
// are loaded through it and attached as meeting.reports (for meeting packets).
std::optional<Prepared<model::MeetingModel>> prepare_meeting(const LoadedFile& data, const Organisation& organisation,
                                                             const DataFileLoader* reports,
                                                             Diagnostics& diagnostics);

// Builds the model of a report with the meeting it is written for.
std::optional<Prepared<model::ReportModel>> prepare_report(const LoadedFile& data, const Organisation& organisation,
                                                           const DataFileLoader& load, Diagnostics& diagnostics);

// Builds the model of a roles document: the document (with its latest revision and
// date) and its organisation.
std::optional<Prepared<model::RolesModel>> prepare_roles(const LoadedFile& data, const Organisation& organisation,
                                                         Diagnostics& diagnostics);

// Loads the report each agenda item of `meeting` names (reports/<id>.json or .xml),
// prepares it, and adds them to meeting.reports in agenda order; their files join
// `sources`. A missing report is an error at the item's "report" field of `data`.
bool attach_reports(model::Meeting& meeting, const LoadedFile& data, const Organisation& organisation,
                    const DataFileLoader& load, Sources& sources, Diagnostics& diagnostics);

// Checks that a roles document's revisions are in date order, each after the one before
// and after the adoption (domain.md 3.1).
std::vector<Finding> check_revision_order(const model::RolesDocument& roles);
// Sets what a roles document's title page shows of its history: the latest revision
// ("Revision fastställd av styrelsen: 2024-09-18") and the document's date, that of the
// latest revision or else of the adoption.
void date_roles_document(model::RolesDocument& roles);

// The entries of the table of kinds (kinds.hpp): prepare data of the kind and convert its
// model into what templates read.
std::optional<DataModel> prepare_meeting_document(const LoadedFile& data, const Organisation& organisation,
                                                  const DataFileLoader& load, Diagnostics& diagnostics);
std::optional<DataModel> prepare_report_document(const LoadedFile& data, const Organisation& organisation,
                                                 const DataFileLoader& load, Diagnostics& diagnostics);
std::optional<DataModel> prepare_roles_document(const LoadedFile& data, const Organisation& organisation,
                                                const DataFileLoader& load, Diagnostics& diagnostics);
// And describe that model (model_schema.cpp).
std::optional<Value> describe_meeting_model(const SchemaLookup& schemas);
std::optional<Value> describe_report_model(const SchemaLookup& schemas);
std::optional<Value> describe_roles_model(const SchemaLookup& schemas);

}  // namespace kansli::prepare
