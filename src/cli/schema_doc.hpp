// Writes the data reference (Markdown) from the schemas: one table per data kind
// listing every field with its path, type, whether it is required, and its Swedish
// term and meaning. docs/data-format.md holds this output (a test keeps them equal).
#pragma once

#include <string>

#include "validate/validate.hpp"

namespace kansli::cli {

// Names the type of the value `node` describes in words: "text", "date", "whole number",
// "amount (kr)", "list of text", "rich text", "object", or its choices (`a` \| `b`).
std::string type_text(const SchemaView& schema, const Value* node);
// Returns `text` fit for a cell of a Markdown table ('|' escaped).
std::string escape_cell(const std::string& text);

// Returns the reference for every schema in `schemas`.
std::string describe_schemas(const SchemaSet& schemas);

}  // namespace kansli::cli
