// Template filters: the formatting a template applies to a value after '|'.
// Dates, times, money and numbers follow Swedish conventions (sv/format.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "load/model.hpp"
#include "template/expression.hpp"

namespace kansli::tmpl {

// Applies `call` to `input` (found at model path `data_path`); reports a diagnostic
// that names the template position and the data value on failure.
std::optional<Value> apply_filter(const FilterCall& call, const Value& input,
                                  const std::string& data_path, const DataModel& model,
                                  Diagnostics& diagnostics);

// Formats a number with `decimals` decimals (0 to 10), Swedish style: exactly when the
// number is known exactly (from data), else from its double.
std::string format_number_value(const Value& number, int decimals);

// Returns the names of all filters, for suggestions and documentation.
std::vector<std::string> filter_names();

}  // namespace kansli::tmpl
