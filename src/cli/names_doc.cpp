// Implements describe_template_names (see names_doc.hpp). The model schema of each kind is
// walked twice: first to find the object definitions named at more than one place (a
// person, an agenda item), which get a table of their own that the rows naming them link
// to; then to write the rows. The kinds' rows are merged: a name the models of several kinds
// have is listed once, and one that only some of them have says which.
#include "cli/names_doc.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "cli/schema_doc.hpp"
#include "prepare/prepare.hpp"

namespace kansli::cli {
namespace {

// One name a template can read.
struct Row {
  std::string name;  // "meeting.agenda.*.number", or ".name" in the table of an object
  std::string type;
  bool always = false;  // whenever the object that holds it is there
  std::string source;   // "data", "derived" (made by prepare) or "resolved" (an id replaced)
  std::string description;
  std::vector<std::string> kinds;  // the kinds whose model has it

  bool same_as(const Row& other) const {
    return std::tie(name, type, always, source, description) ==
           std::tie(other.name, other.type, other.always, other.source, other.description);
  }
};

// The names under one top-level name of the model, or in an object that several names hold.
struct Table {
  std::string title;  // "meeting", or the object's label ("person")
  std::string description;
  bool shared = false;  // an object's table
  std::vector<std::string> kinds;
  std::vector<Row> rows;
};

constexpr const char* kDefinitions = "#/definitions/";

// The definition `node` refers to ("model.person"), or "".
std::string definition_of(const Value* node) {
  const Value* ref = node ? node->find("$ref") : nullptr;
  if (!ref || !ref->is_string() || ref->as_string().rfind(kDefinitions, 0) != 0) return "";
  return ref->as_string().substr(std::strlen(kDefinitions));
}

// Whether `node` describes an object with fields of its own (rich text has none to read).
bool has_fields(const SchemaView& schema, const Value* node) {
  return !schema.is_rich_text(node) && schema.allows(node, "object") && !schema.property_names(node).empty();
}

// Where each object definition is named: each place is the definition (or top-level name)
// whose schema names it and the path inside that ("meeting.item .minutes"), so a place is
// counted once however many paths lead to it, and the same in every kind's model schema.
struct DefinitionPlaces {
  std::map<std::string, std::set<std::string>> places;  // definition -> places
  std::set<std::string> walked;                         // the definitions walked for this kind

  // Records the definitions named in `node`, which is at `path` inside `owner`.
  void walk(const SchemaView& schema, const Value* node, const std::string& owner, const std::string& path) {
    const std::string definition = definition_of(node);
    if (!definition.empty() && has_fields(schema, node)) {
      places[definition].insert(owner + " " + path);
      if (!walked.insert(definition).second) return;
      return walk_inside(schema, schema.resolve(node), definition, "");
    }
    walk_inside(schema, node, owner, path);
  }

 private:
  void walk_inside(const SchemaView& schema, const Value* node, const std::string& owner, const std::string& path) {
    if (schema.allows(node, "array")) return walk(schema, schema.items(node), owner, path + ".*");
    if (!has_fields(schema, node)) return;
    for (const auto& name : schema.property_names(node)) {
      walk(schema, schema.property(node, name), owner, path + "." + name);
    }
  }
};

// Writes the rows of one kind's model into the tables (see the file comment).
class NameWriter {
 public:
  NameWriter(const SchemaView& schema, const std::string& kind, const std::map<std::string, std::string>& labels,
             std::vector<Table>& tables)
      : schema_(schema), kind_(kind), labels_(labels), tables_(tables) {}

  // Writes the names under the top-level name `name`, whose schema is `field`.
  void write_top_level(const std::string& name, const Value* field) {
    write_fields(field, name + ".", table(name, schema_.description(field), false));
  }

 private:
  // Writes a row for each field of the object `object` describes, names beginning `prefix`.
  void write_fields(const Value* object, const std::string& prefix, std::size_t table) {
    for (const auto& name : schema_.property_names(object)) {
      const Value* field = schema_.property(object, name);
      add(table, {prefix + name, type_of(field), schema_.is_required(object, name), source_of(field),
                  schema_.description(field), {}});
      write_inner(field, prefix + name, table);
    }
  }

  // Writes the names inside `field`, at `path`: its fields, its items' fields, or the table
  // of the object it names.
  void write_inner(const Value* field, const std::string& path, std::size_t table) {
    const std::string definition = definition_of(field);
    if (labels_.count(definition)) return write_shared(definition);
    if (schema_.allows(field, "array")) return write_inner(schema_.items(field), path + ".*", table);
    if (has_fields(schema_, field)) write_fields(field, path + ".", table);
  }

  // Writes the table of the object definition `definition`, once.
  void write_shared(const std::string& definition) {
    if (!written_.insert(definition).second) return;
    const Value* definitions = schema_.root().find("definitions");
    const Value* object = definitions ? definitions->find(definition) : nullptr;
    write_fields(object, ".", table(labels_.at(definition), schema_.description(object), true));
  }

  std::string type_of(const Value* field) const {
    const auto label = labels_.find(definition_of(field));
    if (label != labels_.end()) return "[" + label->second + "](#" + label->second + ")";
    if (schema_.allows(field, "array") && !schema_.is_rich_text(field)) {
      return "list of " + type_of(schema_.items(field));
    }
    return type_text(schema_, field);
  }

  static std::string source_of(const Value* field) {
    const Value* derived = field->find("x-derived");
    const Value* resolved = field->find("x-resolved");
    if (derived && derived->is_bool() && derived->as_bool()) return "derived";
    if (resolved && resolved->is_bool() && resolved->as_bool()) return "resolved";
    return "data";
  }

  // The index of the table titled `title`, made when there is none; it holds this kind.
  std::size_t table(const std::string& title, const std::string& description, bool shared) {
    auto found = std::find_if(tables_.begin(), tables_.end(), [&](const Table& t) { return t.title == title; });
    if (found == tables_.end()) found = tables_.insert(tables_.end(), Table{title, description, shared, {}, {}});
    if (std::find(found->kinds.begin(), found->kinds.end(), kind_) == found->kinds.end()) found->kinds.push_back(kind_);
    return static_cast<std::size_t>(found - tables_.begin());
  }

  // Adds `row` to a table: to the same row of an earlier kind, or after this kind's last row.
  void add(std::size_t table, Row row) {
    std::vector<Row>& rows = tables_[table].rows;
    std::size_t& cursor = cursors_[table];
    for (std::size_t i = 0; i < rows.size(); ++i) {
      if (!rows[i].same_as(row)) continue;
      rows[i].kinds.push_back(kind_);
      cursor = i + 1;
      return;
    }
    row.kinds = {kind_};
    rows.insert(rows.begin() + static_cast<std::ptrdiff_t>(cursor), std::move(row));
    ++cursor;
  }

  const SchemaView& schema_;
  const std::string& kind_;
  const std::map<std::string, std::string>& labels_;  // an object definition with a table -> its title
  std::vector<Table>& tables_;
  std::map<std::size_t, std::size_t> cursors_;  // table -> where this kind's next new row goes
  std::set<std::string> written_;               // the object tables written for this kind
};

// The titles of the tables of object definitions named at more than one place: the part of
// the definition's name after its file's kind ("person" for "model.person"), or the whole
// name ("model-person") where that is taken.
std::map<std::string, std::string> shared_labels(const DefinitionPlaces& found,
                                                 const std::set<std::string>& top_level) {
  std::map<std::string, int> uses;
  std::vector<std::string> shared;
  for (const auto& [definition, places] : found.places) {
    if (places.size() < 2) continue;
    shared.push_back(definition);
    ++uses[definition.substr(definition.find('.') + 1)];
  }
  std::map<std::string, std::string> labels;
  for (const auto& definition : shared) {
    std::string label = definition.substr(definition.find('.') + 1);
    if (uses[label] > 1 || top_level.count(label)) {
      label = definition;
      std::replace(label.begin(), label.end(), '.', '-');
    }
    labels[definition] = label;
  }
  return labels;
}

// The model schema of each kind prepare builds a model of, in the order of `schemas`.
std::vector<std::pair<std::string, Value>> model_schemas(const SchemaSet& schemas) {
  std::vector<std::pair<std::string, Value>> out;
  for (const auto& kind : schemas.kinds()) {
    if (auto schema = model_schema(kind, schemas.lookup())) out.emplace_back(kind, std::move(*schema));
  }
  return out;
}

std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "`" : ", `") + name + "`";
  return out;
}

// The name of the object or list that holds the name `name` ("meeting.agenda" for
// "meeting.agenda.*.title"), or "".
std::string holder_of(const std::string& name) {
  std::string holder = name.substr(0, std::min(name.rfind('.'), name.size()));
  if (holder.size() >= 2 && holder.compare(holder.size() - 2, 2, ".*") == 0) holder.resize(holder.size() - 2);
  return holder;
}

// Writes `table` as a heading, its description and its rows. A row that only some kinds'
// models have says which, unless its holder says it already.
void write_table(const Table& table, std::string& out) {
  out += "### `" + table.title + "`\n\n" + table.description + "\n\n";
  out += "| name | type | always | from | Swedish term — meaning |\n|---|---|---|---|---|\n";
  std::map<std::string, std::vector<std::string>> kinds_of;  // name -> the kinds that have it
  for (const auto& row : table.rows) {
    kinds_of[row.name] = row.kinds;
    const auto holder = kinds_of.find(holder_of(row.name));
    const auto& around = holder == kinds_of.end() ? table.kinds : holder->second;
    std::string description = row.description;
    if (row.kinds != around) description += " (only for " + quoted_list(row.kinds) + ")";
    out += "| `" + row.name + "` | " + row.type + " | " + (row.always ? "yes" : "no") + " | " + row.source + " | " +
           escape_cell(description) + " |\n";
  }
  out += "\n";
}

}  // namespace

std::string describe_template_names(const SchemaSet& schemas) {
  const auto models = model_schemas(schemas);
  // 1. The top-level names of each kind, and the objects named at more than one place.
  DefinitionPlaces found;
  std::set<std::string> top_level;
  std::string out = "| kind | a template reads |\n|---|---|\n";
  for (const auto& [kind, schema] : models) {
    const SchemaView view(schema);
    const auto names = view.property_names(&view.root());
    top_level.insert(names.begin(), names.end());
    out += "| `" + kind + "` | " + quoted_list(names) + " |\n";
    found.walked.clear();
    for (const auto& name : names) found.walk(view, view.property(&view.root(), name), "", name);
  }
  out += "\n";
  const auto labels = shared_labels(found, top_level);
  // 2. The rows, kind by kind.
  std::vector<Table> tables;
  for (const auto& [kind, schema] : models) {
    const SchemaView view(schema);
    NameWriter writer(view, kind, labels, tables);
    for (const auto& name : view.property_names(&view.root())) {
      writer.write_top_level(name, view.property(&view.root(), name));
    }
  }
  // 3. The top-level names' tables, then the objects'.
  for (const bool shared : {false, true}) {
    for (const auto& table : tables) {
      if (table.shared == shared) write_table(table, out);
    }
  }
  return out;
}

}  // namespace kansli::cli
