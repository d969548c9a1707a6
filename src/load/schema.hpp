// SchemaView: walks a JSON Schema (held as a Value) alongside data, following
// "properties", "items" and local "$ref"s. The XML loader asks it what type a field
// has (a list? a number? rich text?); validation asks it for field names and
// descriptions to write helpful messages.
#pragma once

#include <string>
#include <vector>

#include "load/value.hpp"

namespace kansli {

class SchemaView {
 public:
  explicit SchemaView(const Value& root) : root_(root) {}

  // Follows a "$ref" ("#/definitions/x") until a schema without one; null stays null.
  const Value* resolve(const Value* node) const;
  // The schema of member `key` of an object described by `node`, or null.
  const Value* property(const Value* node, const std::string& key) const;
  // The schema of the items of an array described by `node`, or null.
  const Value* items(const Value* node) const;
  // The schema at data path `path` ("/agenda/3/title"), or null where the path leaves it.
  const Value* at(const std::string& path) const;

  // Says whether the object `node` describes must have member `key` ("required").
  bool is_required(const Value* node, const std::string& key) const;
  // The names of the properties `node` allows, in schema order.
  std::vector<std::string> property_names(const Value* node) const;
  // The types `node` allows ("object", "array", "string", "number", "integer", "boolean").
  std::vector<std::string> types(const Value* node) const;
  bool allows(const Value* node, const std::string& type) const;
  // Says whether `node` holds rich text (contentMediaType text/markdown).
  bool is_rich_text(const Value* node) const;
  // The description of `node` ("" when none); a $ref's own description wins.
  std::string description(const Value* node) const;

  const Value& root() const { return root_; }

 private:
  const Value& root_;
};

}  // namespace kansli
