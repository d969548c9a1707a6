// Writes the data reference (Markdown) from the schemas: one table per data kind
// listing every field with its path, type, whether it is required, and its Swedish
// term and meaning. docs/data-format.md holds this output (a test keeps them equal).
#pragma once

#include <string>

#include "validate/validate.hpp"

namespace kansli::cli {

// Returns the reference for every schema in `schemas`.
std::string describe_schemas(const SchemaSet& schemas);

}  // namespace kansli::cli
