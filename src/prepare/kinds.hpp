// The kinds of data file kansli reads, in one table: per kind, the schema its files
// are validated against, the prepare step that builds the model its templates read (none
// for the organisation, which the documents refer to), the schema of that model, and the
// templates in templates/ that render it. Adding a document kind starts with a row here.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "base/diagnostics.hpp"
#include "load/load.hpp"
#include "load/model.hpp"
#include "prepare/prepare.hpp"

namespace kansli {
namespace prepare {
class Organisation;
}  // namespace prepare

struct KindInfo {
  // Builds the model of data of this kind, whose organisation prepare has found and checked;
  // files the data refers to are read through `load`.
  using Prepare = std::optional<DataModel> (*)(const LoadedFile& data, const prepare::Organisation& organisation,
                                               const DataFileLoader& load, Diagnostics& diagnostics);
  // Describes that model as one JSON Schema (see model_schema); nullopt when a schema is missing.
  using Describe = std::optional<Value> (*)(const SchemaLookup& schemas);

  std::string_view name;         // the data's "kind": "meeting"
  std::string_view schema_file;  // in data/schemas: "meeting.schema.json"
  Prepare prepare = nullptr;
  Describe describe_model = nullptr;
  std::span<const std::string_view> templates;  // the default templates, in templates/
};

// Returns every kind, the organisation first, then the documents.
std::span<const KindInfo> kinds();
// Returns the kind named `name`, or nullptr.
const KindInfo* find_kind(std::string_view name);

}  // namespace kansli
