// Implements describe_schemas (see schema_doc.hpp): walks each schema depth first,
// following $refs, and writes one table row per field. A definition that refers to
// itself (a section's sub-sections) is described once.
#include "cli/schema_doc.hpp"

#include <set>

namespace kansli::cli {

std::string type_text(const SchemaView& schema, const Value* node) {
  const Value* resolved = schema.resolve(node);
  if (schema.is_rich_text(node)) return "rich text";
  if (const Value* values = resolved ? resolved->find("enum") : nullptr) {
    std::string out;
    for (const auto& v : values->as_array()) out += (out.empty() ? "" : " \\| ") + std::string("`") + v.as_string() + "`";
    return out;
  }
  if (const Value* constant = resolved ? resolved->find("const") : nullptr) return "`" + constant->as_string() + "`";
  std::string out;
  for (const auto& t : schema.types(node)) {
    std::string name = t == "integer" ? "whole number" : t == "string" ? "text" : t;
    if (t == "array") name = "list of " + type_text(schema, schema.items(node));
    const Value* format = resolved ? resolved->find("format") : nullptr;
    if (t == "string" && format && format->is_string()) name = format->as_string() == "date" ? "date" : format->as_string() == "uri" ? "web address" : "time";
    if (t == "number" && format && format->is_string() && format->as_string() == "amount") name = "amount (kr)";
    out += (out.empty() ? "" : " or ") + name;
  }
  return out;
}

std::string escape_cell(const std::string& text) {
  std::string out;
  for (const char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

namespace {

// Writes rows for the fields of the object described by `node`, found at `path`.
void describe_fields(const SchemaView& schema, const Value* node, const std::string& path,
                     std::set<const Value*>& seen, std::string& out) {
  const Value* resolved = schema.resolve(node);
  if (!resolved || !seen.insert(resolved).second) return;
  for (const auto& name : schema.property_names(resolved)) {
    const Value* field = schema.property(resolved, name);
    const std::string field_path = path + name;
    out += "| `" + field_path + "` | " + type_text(schema, field) + " | " +
           (schema.is_required(resolved, name) ? "yes" : "") + " | " + escape_cell(schema.description(field)) + " |\n";
    const Value* inner = schema.allows(field, "array") ? schema.items(field) : field;
    const std::string inner_path = field_path + (schema.allows(field, "array") ? "[]." : ".");
    if (!schema.is_rich_text(inner) && schema.allows(inner, "object")) {
      describe_fields(schema, inner, inner_path, seen, out);
    }
  }
  seen.erase(resolved);
}

}  // namespace

std::string describe_schemas(const SchemaSet& schemas) {
  std::string out;
  for (const auto& kind : schemas.kinds()) {
    const SchemaView& schema = *schemas.view(kind);
    const Value* title = schema.root().find("title");
    out += "### " + (title && title->is_string() ? title->as_string() : kind) + " (`" + kind + "`)\n\n";
    out += schema.description(&schema.root()) + "\n\n";
    out += "| field | type | required | Swedish term — meaning |\n|---|---|---|---|\n";
    std::set<const Value*> seen;
    describe_fields(schema, &schema.root(), "", seen, out);
    out += "\n";
  }
  return out;
}

}  // namespace kansli::cli
