// DataReader: reads a data file the way every command needs it: load (JSON or XML),
// validate against the schema of its kind, then turn Markdown into rich text.
// The one place that composes the load and validate stages.
// Threads: one thread at a time (SchemaSet::validate).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "load/load.hpp"
#include "validate/validate.hpp"

namespace kansli {

class DataReader {
 public:
  // Loads the schemas from `schema_directory`; nullptr after reporting a problem. Every file
  // is read through `files`, which must outlive the reader.
  static std::unique_ptr<DataReader> create(const std::string& schema_directory, const Files& files,
                                            Diagnostics& diagnostics);

  // Reads, validates and normalises the data file at `path`.
  std::optional<LoadedFile> read(const std::string& path, Diagnostics& diagnostics) const;
  // Validates and normalises `file`, loaded by the caller; returns whether it is valid.
  bool check(LoadedFile& file, Diagnostics& diagnostics) const;
  // The schema of each kind.
  SchemaLookup schemas() const { return schemas_->lookup(); }

 private:
  DataReader(std::unique_ptr<SchemaSet> schemas, const Files& files) : schemas_(std::move(schemas)), files_(files) {}
  std::unique_ptr<SchemaSet> schemas_;
  const Files& files_;
};

}  // namespace kansli
