// Test helper for the prepare stage: an organisation folder written for one test (data
// files are loaded as written, without their schema), with what prepare reads it through.
#pragma once

#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "prepare/organisation.hpp"
#include "prepare/steps.hpp"
#include "temp_files.hpp"

namespace kansli::testing {

// Styrelsen of a samordningsförbund: Inger (S, Hagfors) is chair, Mikael (C, FK) vice
// chair, Bo (V, FK) second vice chair; Åsa serves for Mikael; Karin (no party) is the
// förbundschef. Olle's mandate as Hagfors' ledamot ended 2022-12-31.
inline const char* kOrganisation = R"({
  "kind": "organisation", "id": "forbundet", "name": "Testförbundet", "type": "samordningsforbund",
  "members": [{"id": "hagfors", "name": "Hagfors kommun", "type": "kommun"},
              {"id": "fk", "name": "Försäkringskassan", "type": "fk"}],
  "persons": [
    {"id": "inger", "first_name": "Inger", "last_name": "Andersson", "party": "S", "title": "Kommunalråd"},
    {"id": "mikael", "first_name": "Mikael", "last_name": "Berg", "party": "C"},
    {"id": "bo", "first_name": "Bo", "last_name": "Ek", "party": "V"},
    {"id": "asa", "first_name": "Åsa", "last_name": "Öberg", "party": "M"},
    {"id": "olle", "first_name": "Olle", "last_name": "Gammal", "party": "M"},
    {"id": "karin", "first_name": "Karin", "last_name": "Lundqvist", "title": "Förbundschef", "phone": "0563-185 41"}
  ],
  "bodies": [{"id": "styrelsen", "name": "Styrelsen", "appointments": [
    {"person": "olle", "role": "regular", "represents": "hagfors", "until": "2022-12-31"},
    {"person": "inger", "role": "regular", "represents": "hagfors", "office": "chair", "from": "2023-01-01"},
    {"person": "asa", "role": "substitute", "represents": "fk", "substitute_for": "mikael"},
    {"person": "mikael", "role": "regular", "represents": "fk", "office": "vice_chair"},
    {"person": "bo", "role": "regular", "represents": "fk", "office": "second_vice_chair"}
  ]}]
})";

// Returns a meeting of styrelsen on `date` with `agenda` (JSON list items) as data writes it.
inline std::string meeting_json(const std::string& agenda, const std::string& date = "2026-12-10") {
  return R"({"kind": "meeting", "id": "m", "organisation": "forbundet", "body": "styrelsen", "date": ")" + date +
         R"(", "secretary": "karin", "notice": {"sent": "2026-12-01", "signed_by": "karin"}, "agenda": [)" + agenda +
         "]}";
}

class PrepareFixture {
 public:
  // Writes the organisation file into `folder` (a folder of its own for each test).
  explicit PrepareFixture(std::string folder, const std::string& organisation = kOrganisation)
      : folder_(std::move(folder)), organisation_path_(write("organisation.json", organisation)) {}

  // Writes `content` to `name` in the folder; returns its path.
  std::string write(const std::string& name, const std::string& content) {
    return write_temp_file(folder_ + "/" + name, content);
  }
  // Loads the data file at `path`.
  LoadedFile load(const std::string& path) {
    auto file = load_data_file(path, files_, diagnostics);
    REQUIRE(file);
    return std::move(*file);
  }
  // The organisation, indexed as prepare indexes it.
  const prepare::Organisation& organisation() {
    if (!organisation_) organisation_ = prepare::Organisation::from_file(load(organisation_path_), files_, diagnostics);
    REQUIRE(organisation_);
    return *organisation_;
  }
  // The model of the meeting written to meetings/m.json, with its reports when `packet`.
  std::optional<prepare::Prepared<model::MeetingModel>> meeting(const std::string& json, bool packet = false) {
    meeting_file_ = load(write("meetings/m.json", json));
    return prepare::prepare_meeting(*meeting_file_, organisation(), packet ? &loader_ : nullptr, diagnostics);
  }
  // The model of the report written to reports/<id>.json, for the meeting written before.
  std::optional<prepare::Prepared<model::ReportModel>> report(const std::string& id, const std::string& json) {
    const LoadedFile file = load(write("reports/" + id + ".json", json));
    return prepare::prepare_report(file, organisation(), loader_, diagnostics);
  }
  // What prepare_model makes of the data file written to `name`.
  std::optional<DataModel> prepare_model(const std::string& name, const std::string& json) {
    const LoadedFile file = load(write(name, json));
    return kansli::prepare_model(file, loader_, files_, diagnostics);
  }
  // The diagnostics so far, as kansli prints them.
  std::string messages() const {
    std::string out;
    for (const auto& diagnostic : diagnostics.all()) out += format_diagnostic(diagnostic);
    return out;
  }

  Diagnostics diagnostics;

 private:
  std::string folder_;
  std::string organisation_path_;
  Files files_{PathPolicy("/")};
  DataFileLoader loader_ = [this](const std::string& path, Diagnostics& d) {
    return load_data_file(path, files_, d);
  };
  std::optional<LoadedFile> meeting_file_;
  std::optional<prepare::Organisation> organisation_;
};

}  // namespace kansli::testing
