// Implements SchemaSet (see validate.hpp): loads schemas, runs valijson on the data
// (as nlohmann JSON, valijson's adapter), adds kansli's own checks, and reports the
// violations in file order.
#include "validate/validate.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "base/suggest.hpp"
#include "validate/violations.hpp"

namespace kansli {
namespace {

nlohmann::json to_json(const Value& value) {
  switch (value.type()) {
    case Value::Type::kNull: return nullptr;
    case Value::Type::kBool: return value.as_bool();
    case Value::Type::kNumber: {
      // A whole number as the integer it is (exactly, for 9007199254740993), so that
      // "integer" holds; any other number as its double.
      const auto exact = value.exact_number();
      if (exact && exact->scale == 0) return exact->units;
      const double n = value.as_number();
      if (std::fabs(n) < 9e18 && n == std::trunc(n)) return static_cast<long long>(n);
      return n;
    }
    case Value::Type::kString: return value.as_string();
    case Value::Type::kArray: {
      nlohmann::json array = nlohmann::json::array();
      for (const auto& item : value.as_array()) array.push_back(to_json(item));
      return array;
    }
    case Value::Type::kObject: {
      nlohmann::json object = nlohmann::json::object();
      for (const auto& [key, member] : value.as_object()) object[key] = to_json(member);
      return object;
    }
  }
  return nullptr;
}

// Removes the "format" keywords from a schema for valijson: kansli checks formats itself
// (real dates, HH:MM), and valijson 1.0 aborts on a format applied to a value that is
// not a string (valijson issue #181, fixed after the version Debian 12 ships).
void remove_formats(nlohmann::json& schema, bool is_properties_map = false) {
  if (schema.is_object()) {
    if (!is_properties_map && schema.contains("format") && schema["format"].is_string()) schema.erase("format");
    for (auto& [key, child] : schema.items()) remove_formats(child, key == "properties" && !is_properties_map);
  } else if (schema.is_array()) {
    for (auto& child : schema) remove_formats(child);
  }
}

// Compiles the JSON Schema `root` for valijson; throws when valijson cannot read it.
void compile_schema(const Value& root, valijson::Schema& out) {
  nlohmann::json json = to_json(root);
  remove_formats(json);
  valijson::adapters::NlohmannJsonAdapter adapter(json);
  valijson::SchemaParser parser;
  parser.populateSchema(adapter, out);
}

// Runs valijson's checks of `schema` on `data` and words each violation (see violations.hpp).
std::vector<validation::Violation> valijson_violations(const valijson::Schema& schema, const SchemaView& view,
                                                       const Value& data, valijson::Validator& validator) {
  const nlohmann::json json = to_json(data);
  valijson::adapters::NlohmannJsonAdapter adapter(json);
  valijson::ValidationResults results;
  validator.validate(schema, adapter, &results);
  std::vector<validation::Violation> violations;
  valijson::ValidationResults::Error error;
  while (results.popError(error)) {
    validation::Violation violation;
    if (validation::word_valijson_error(error.context, error.description, data, view, violation)) {
      violations.push_back(std::move(violation));
    }
  }
  return violations;
}

}  // namespace

struct SchemaSet::Compiled {
  LoadedFile file;
  std::unique_ptr<SchemaView> view;
  valijson::Schema schema;
};

struct SchemaSet::Validator {
  valijson::Validator validator;
};

SchemaSet::SchemaSet() : validator_(std::make_unique<Validator>()) {}

SchemaSet::~SchemaSet() = default;

std::unique_ptr<SchemaSet> SchemaSet::load(const std::string& directory, const Files& files,
                                           Diagnostics& diagnostics) {
  std::unique_ptr<SchemaSet> set(new SchemaSet());
  std::error_code error;
  std::vector<std::filesystem::path> schema_files;
  for (const auto& entry : std::filesystem::directory_iterator(directory, error)) schema_files.push_back(entry.path());
  std::sort(schema_files.begin(), schema_files.end());
  const std::string suffix = ".schema.json";
  for (const auto& path : schema_files) {
    const std::string name = path.filename().string();
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) continue;
    auto file = load_data_file(path.string(), files, diagnostics);
    if (!file) return nullptr;
    auto compiled = std::make_unique<Compiled>();
    compiled->file = std::move(*file);
    compiled->view = std::make_unique<SchemaView>(compiled->file.root);
    try {
      compile_schema(compiled->file.root, compiled->schema);
    } catch (const std::exception& e) {
      diagnostics.error({path.string(), 0, 0}, std::string("the schema cannot be read: ") + e.what());
      return nullptr;
    }
    set->schemas_[name.substr(0, name.size() - suffix.size())] = std::move(compiled);
  }
  if (set->schemas_.empty()) {
    diagnostics.error({directory, 0, 0}, "no schemas (*.schema.json) found in this folder");
    return nullptr;
  }
  return set;
}

const SchemaView* SchemaSet::view(const std::string& kind) const {
  const auto found = schemas_.find(kind);
  return found == schemas_.end() ? nullptr : found->second->view.get();
}

SchemaLookup SchemaSet::lookup() const {
  return [this](const std::string& kind) { return view(kind); };
}

std::vector<std::string> SchemaSet::kinds() const {
  std::vector<std::string> kinds;
  for (const auto& [kind, compiled] : schemas_) kinds.push_back(kind);
  return kinds;
}

bool SchemaSet::validate(const LoadedFile& data, Diagnostics& diagnostics) const {
  const Value* kind = data.root.find("kind");
  const std::string name = kind && kind->is_string() ? kind->as_string() : "";
  const auto found = schemas_.find(name);
  if (found == schemas_.end()) {
    std::string list;
    for (const auto& k : kinds()) list += (list.empty() ? "'" : ", '") + k + "'";
    auto& error = diagnostics.error(data.source_map.locate(kind ? "/kind" : ""),
                                    kind ? "unknown data kind '" + name + "'" : "the file does not say its kind");
    error.data_path = "/kind";
    if (auto near = closest_match(name, kinds())) error.hints.push_back("did you mean '" + *near + "'?");
    error.hints.push_back("\"kind\" is one of " + list);
    return false;
  }
  const Compiled& compiled = *found->second;
  // 1. The schema, through valijson.
  std::vector<validation::Violation> violations =
      valijson_violations(compiled.schema, *compiled.view, data.root, validator_->validator);
  // 2. What JSON Schema does not say well.
  validation::check_formats_and_ids(data.root, *compiled.view, violations);
  validation::merge_misspelt_required(violations);
  // 3. Report in file order.
  const bool valid = violations.empty();
  validation::report_violations(std::move(violations), data, diagnostics);
  return valid;
}

std::vector<std::string> schema_violations(const Value& value, const Value& schema) {
  valijson::Schema compiled;
  try {
    compile_schema(schema, compiled);
  } catch (const std::exception& e) {
    return {std::string("the schema cannot be read: ") + e.what()};
  }
  valijson::Validator validator;
  std::vector<std::string> messages;
  for (const auto& violation : valijson_violations(compiled, SchemaView(schema), value, validator)) {
    messages.push_back((violation.path.empty() ? "/" : violation.path) + ": " + violation.message);
  }
  std::sort(messages.begin(), messages.end());
  return messages;
}

void validation::report_violations(std::vector<Violation> violations, const LoadedFile& data, Diagnostics& diagnostics) {
  std::vector<std::pair<SourcePosition, validation::Violation>> located;
  for (auto& v : violations) located.emplace_back(data.source_map.locate(v.path), std::move(v));
  std::stable_sort(located.begin(), located.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first.line, a.first.column) < std::tie(b.first.line, b.first.column);
  });
  for (auto& [position, violation] : located) {
    auto& reported = diagnostics.error(position, violation.message);
    reported.data_path = violation.path.empty() ? "/" : violation.path;
    reported.hints = std::move(violation.hints);
  }
}

}  // namespace kansli
