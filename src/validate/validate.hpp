// Validation: checks a loaded data file against the JSON Schema of its kind
// (data/schemas/<kind>.schema.json) before anything is prepared or rendered.
// valijson checks the schema; kansli adds what JSON Schema cannot say well: real
// calendar dates, HH:MM times and unique ids. Every violation is reported in one
// run at the field's file:line:col with its path, in plain words, with a
// "did you mean" for misspelt fields.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "load/load.hpp"

namespace kansli {

class SchemaSet {
 public:
  // Loads every <kind>.schema.json in `directory` through `files` (whose policy must allow
  // the folder); reports unreadable schemas.
  static std::unique_ptr<SchemaSet> load(const std::string& directory, const Files& files, Diagnostics& diagnostics);
  ~SchemaSet();
  SchemaSet(const SchemaSet&) = delete;
  SchemaSet& operator=(const SchemaSet&) = delete;

  // The schema of `kind`, or null.
  const SchemaView* view(const std::string& kind) const;
  // A lookup for the XML loader.
  SchemaLookup lookup() const;
  // The kinds there are schemas for, sorted.
  std::vector<std::string> kinds() const;

  // Checks `data`; reports every violation; returns whether it is valid. One thread at a time.
  bool validate(const LoadedFile& data, Diagnostics& diagnostics) const;

 private:
  struct Compiled;
  struct Validator;
  SchemaSet();

  std::map<std::string, std::unique_ptr<Compiled>> schemas_;
  // valijson's validator keeps the regular expressions of "pattern" compiled (std::regex
  // costs about half a million instructions to compile), so one serves every file of a run.
  // It makes validate() safe on one thread at a time only.
  std::unique_ptr<Validator> validator_;
};

// Checks `value` against the JSON Schema `schema` as validate checks a data file's shape,
// through valijson (types, required and unknown fields, patterns, choices), without kansli's
// own checks of what people write (real dates, blank text); returns each violation as
// "/path: message" in path order, none when `value` conforms. For values the program makes,
// such as the model prepare builds against prepare's model_schema, so that a test holds one
// to the other.
std::vector<std::string> schema_violations(const Value& value, const Value& schema);

// Replaces Markdown strings in the rich text fields of valid `data` by rich text values and
// puts all text into its one form (base/text_policy.hpp: NFC, no tabs or line separators);
// reports what the Markdown cannot hold (HTML, a footnote inside a footnote, characters
// written as entities that data may not hold) and returns false after that.
bool convert_rich_text(LoadedFile& data, const SchemaSet& schemas, Diagnostics& diagnostics);

}  // namespace kansli
