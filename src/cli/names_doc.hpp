// Writes the names a template can read (Markdown), from the schema of the model prepare
// builds for each data kind (prepare's model_schema, which templates are checked against):
// a table per top-level name (organisation, meeting, …) and one per object that several
// names hold (a person, an agenda item), listing every path with its type, whether it always
// has a value, whether prepare makes it, and its Swedish term and meaning.
// docs/template-language.md holds this output (a test keeps them equal).
#pragma once

#include <string>

#include "validate/validate.hpp"

namespace kansli::cli {

// Returns the names of the model of every kind in `schemas` that prepare builds a model of.
std::string describe_template_names(const SchemaSet& schemas);

}  // namespace kansli::cli
