// Words valijson's errors for people who write data by hand (see violations.hpp).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <tuple>

#include "base/suggest.hpp"
#include "sv/format.hpp"
#include "validate/violations.hpp"

namespace kansli::validation {
namespace {

// Turns valijson's context ("<root>", "[agenda]", "[0]") into a data path.
std::string path_of(const std::vector<std::string>& context) {
  std::string path;
  for (const auto& part : context) {
    if (part.size() >= 2 && part.front() == '[' && part.back() == ']') path += "/" + part.substr(1, part.size() - 2);
  }
  return path;
}

// The quoted name in "…: 'name'." or "… property 'name'.".
std::string quoted_name(const std::string& description) {
  const std::size_t end = description.rfind('\'');
  const std::size_t start = end == std::string::npos ? end : description.rfind('\'', end - 1);
  return start == std::string::npos ? "" : description.substr(start + 1, end - start - 1);
}

std::string describe_value(const Value& value) {
  switch (value.type()) {
    case Value::Type::kString: return "the text '" + value.as_string() + "'";
    case Value::Type::kNumber: {
      const auto exact = value.exact_number();
      return "the number " + (exact ? sv::format_decimal(*exact)
                                    : sv::format_number(value.as_number(), std::trunc(value.as_number()) == value.as_number() ? 0 : 2));
    }
    case Value::Type::kBool: return value.as_bool() ? "true" : "false";
    case Value::Type::kNull: return "null";
    case Value::Type::kArray: return "a list";
    case Value::Type::kObject: return "an object";
  }
  return "a value";
}

std::string describe_schema_type(const std::string& type) {
  if (type == "string") return "a text";
  if (type == "number") return "a number";
  if (type == "integer") return "a whole number";
  if (type == "boolean") return "true or false";
  if (type == "array") return "a list […]";
  if (type == "object") return "an object {…}";
  return type;
}

void word_unknown_field(const std::string& at, const std::string& name, const SchemaView& schema, Violation& out) {
  out.path = at + "/" + name;
  out.message = "unknown field '" + name + "'";
  const auto names = schema.property_names(schema.at(at));
  if (auto near = closest_match(name, names)) {
    out.hints.push_back("did you mean '" + *near + "'?");
  } else if (!names.empty()) {
    std::string list;
    for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
    out.hints.push_back("the fields here are: " + list);
  }
}

void word_type(const std::string& at, const Value* value, const SchemaView& schema, Violation& out) {
  std::string expected;
  for (const auto& type : schema.types(schema.at(at))) {
    expected += (expected.empty() ? "" : " or ") + describe_schema_type(type);
  }
  out.message = "'" + field_name(at) + "' must be " + expected + ", not " + (value ? describe_value(*value) : "that");
  const auto types = schema.types(schema.at(at));
  const bool numeric = std::find(types.begin(), types.end(), "number") != types.end() ||
                       std::find(types.begin(), types.end(), "integer") != types.end();
  if (!numeric || !value || !value->is_string()) return;
  const auto parsed = parse_number(value->as_string());
  if (parsed && std::isfinite(parsed->value)) {  // a number in quotes (JSON's "1500")
    out.hints.push_back("write the number without quotes: " + value->as_string());
    return;
  }
  if (parsed) {  // a number beyond a double's range (XML's 1e309)
    out.message = "'" + field_name(at) + "' is out of range: " + value->as_string();
    const Value* node = schema.resolve(schema.at(at));
    const Value* format = node ? node->find("format") : nullptr;
    const bool amount = format && format->is_string() && format->as_string() == "amount";
    out.hints.push_back(amount ? std::string("amounts are at most ") + kMaxAmountText
                               : "a number this large cannot be meant here");
    return;
  }
  const bool whole = std::find(types.begin(), types.end(), "number") == types.end();
  out.hints.push_back(whole ? "write a whole number in digits, without spaces or units, e.g. 12"
                            : "write numbers in digits with a decimal point, without spaces, e.g. 1500 or 1500.50 "
                              "(not nan, inf or hex)");
}

void word_enum(const std::string& at, const Value* value, const SchemaView& schema, Violation& out) {
  const Value* node = schema.resolve(schema.at(at));
  std::string list;
  const Value* values = node ? node->find("enum") : nullptr;
  for (const auto& v : values ? values->as_array() : Value::Array()) {
    if (v.is_string()) list += (list.empty() ? "'" : ", '") + v.as_string() + "'";
  }
  out.message = (value ? describe_value(*value) : "the value") + " is not allowed for '" + field_name(at) + "'";
  out.hints.push_back("expected one of " + list);
  const std::string description = schema.description(schema.at(at));
  if (!description.empty()) out.hints.push_back(field_name(at) + ": " + description);
}

}  // namespace

void merge_misspelt_required(std::vector<Violation>& violations) {
  const std::string prefix = "missing required field '";
  std::vector<bool> drop(violations.size(), false);
  for (std::size_t i = 0; i < violations.size(); ++i) {
    const Violation& missing = violations[i];
    if (missing.message.rfind(prefix, 0) != 0) continue;
    const std::string name = missing.message.substr(prefix.size(), missing.message.size() - prefix.size() - 1);
    for (auto& unknown : violations) {
      const bool sibling = unknown.path.rfind(missing.path + "/", 0) == 0 &&
                           unknown.path.find('/', missing.path.size() + 1) == std::string::npos;
      if (sibling && !unknown.hints.empty() && unknown.hints[0] == "did you mean '" + name + "'?") {
        unknown.hints[0] = "did you mean '" + name + "'? (a required field)";
        drop[i] = true;
      }
    }
  }
  std::vector<Violation> kept;
  for (std::size_t i = 0; i < violations.size(); ++i) {
    if (!drop[i]) kept.push_back(std::move(violations[i]));
  }
  violations = std::move(kept);
}

bool word_valijson_error(const std::vector<std::string>& context, const std::string& description,
                         const Value& data, const SchemaView& schema, Violation& out) {
  const std::string at = path_of(context);
  const Value* value = value_at(data, at);
  const auto starts = [&](const char* prefix) { return description.rfind(prefix, 0) == 0; };
  out.path = at;
  if (starts("Failed to validate")) return false;
  if (starts("Object contains a property that could not be validated")) {
    word_unknown_field(at, quoted_name(description), schema, out);
  } else if (starts("Missing required property")) {
    const std::string name = quoted_name(description);
    out.message = "missing required field '" + name + "'";
    const std::string meaning = schema.description(schema.property(schema.at(at), name));
    if (!meaning.empty()) out.hints.push_back(name + ": " + meaning);
  } else if (starts("Value type not permitted")) {
    word_type(at, value, schema, out);
  } else if (starts("Failed to match against any enum values")) {
    word_enum(at, value, schema, out);
  } else if (starts("Expected number greater than or equal to")) {
    const double minimum = std::strtod(description.c_str() + 41, nullptr);
    out.message = "'" + field_name(at) + "' must not be " + (minimum == 0 ? "negative" : "less than " + sv::format_number(minimum, 0)) +
                  ", got " + (value ? describe_value(*value) : "less");
  } else if (starts("Expected number less than or equal to")) {
    out.message = "'" + field_name(at) + "' is too large: " + (value ? describe_value(*value) : "");
  } else if (starts("Array should contain no fewer than")) {
    out.message = "the list '" + field_name(at) + "' must not be empty";
  } else if (starts("String should be no fewer than")) {
    out.message = "'" + field_name(at) + "' must not be empty";
  } else if (starts("Failed to match regex")) {
    out.message = (value ? describe_value(*value) : "the value") + " is not a valid '" + field_name(at) + "'";
    const std::string meaning = schema.description(schema.at(at));
    if (!meaning.empty()) out.hints.push_back(field_name(at) + ": " + meaning);
  } else if (starts("Failed to match expected value set by 'const'")) {
    const Value* node = schema.resolve(schema.at(at));
    const Value* expected = node ? node->find("const") : nullptr;
    out.message = "'" + field_name(at) + "' must be '" + (expected && expected->is_string() ? expected->as_string() : "") + "'";
  } else {
    out.message = description;
  }
  return true;
}

}  // namespace kansli::validation
