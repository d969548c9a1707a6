// Prepare: turns a loaded data file into the model a template reads. It finds the
// organisation file the data refers to (organisation.json in the data file's folder
// or a folder above it), resolves references by id (persons, members, bodies, the
// meeting a report belongs to) and derives what a secretary would otherwise write by
// hand: agenda numbers, the body's chair and its ledamöter and ersättare, totals.
// Dangling references are errors located in the data file. Templates only present.
// The model is built in C++ types (model/model.hpp), one kind of document at a time
// (the table of kinds, kinds.hpp), and converted once into the value templates read
// (model/template_value.hpp). Data is expected to have passed its schema.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "load/load.hpp"
#include "load/model.hpp"

namespace kansli {

// Loads (and validates) a data file that `data` refers to; reports its problems.
using DataFileLoader = std::function<std::optional<LoadedFile>(const std::string& path, Diagnostics&)>;

// Builds the template model for `data` (a kind with a prepare step in the table of kinds:
// "meeting", "report" or "roles"); files it refers to are read through `load`, preferring
// the data file's own format (JSON or XML).
// Files are read through `files`: those the data names (the logo) and those found for it
// (the organisation, reports, meetings) must be allowed by its path policy; the search for the
// organisation file stops at its root.
std::optional<DataModel> prepare_model(const LoadedFile& data, const DataFileLoader& load,
                                       const Files& files, Diagnostics& diagnostics);

// Describes, as one JSON Schema, the model prepare_model builds for data of `kind`
// ("meeting", "report", "roles"): the data schemas of its files with the references
// prepare resolves and the fields it derives, each required when prepare always sets it.
// Templates are checked against it. nullopt for another kind, or when a schema is missing.
std::optional<Value> model_schema(const std::string& kind, const SchemaLookup& schemas);

// Checks the references inside an organisation file (appointments name existing
// persons and members; ersättare serve for existing persons) and the rules between its
// appointments (one chair at a time, ersättare for a ledamot; consistency.hpp).
bool check_organisation(const LoadedFile& organisation, const Files& files, Diagnostics& diagnostics);

// Checks what a data file's schema cannot, whatever its kind: an organisation file's
// references and rules (check_organisation), a document's by preparing its model
// (prepare_model). Returns whether all hold.
bool check_data_file(const LoadedFile& file, const DataFileLoader& load, const Files& files,
                     Diagnostics& diagnostics);

}  // namespace kansli
