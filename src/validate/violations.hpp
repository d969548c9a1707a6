// Internal to the validate stage: a violation found in a data file, before it is
// located and reported, and the functions that find and word them.
#pragma once

#include <string>
#include <vector>

#include "load/load.hpp"

namespace kansli::validation {

struct Violation {
  std::string path;  // data path of the offending value, "/agenda/3/title"
  std::string message;
  std::vector<std::string> hints;
};

// Rewrites one valijson error (its context and description) in plain words, or
// returns false for valijson's summary errors ("Failed to validate item #2").
bool word_valijson_error(const std::vector<std::string>& context, const std::string& description,
                         const Value& data, const SchemaView& schema, Violation& out);

// Checks what valijson does not: real dates, HH:MM times, unique ids.
void check_formats_and_ids(const Value& data, const SchemaView& schema, std::vector<Violation>& out);

// Where a misspelt field was reported both as unknown ("secretery", did you mean
// 'secretary'?) and as missing ('secretary'), keeps one error that says both.
void merge_misspelt_required(std::vector<Violation>& violations);


}  // namespace kansli::validation
