// Implements Value (see value.hpp).
#include "load/value.hpp"

#include <algorithm>
#include <cmath>

#include "base/check.hpp"

namespace kansli {

Value Value::boolean(bool b) {
  Value v;
  v.data_ = b;
  return v;
}

Value Value::number(double n) {
  Value v;
  v.data_ = Number{n, Decimal(), false};
  return v;
}

Value Value::number(const Decimal& exact) {
  Value v;
  v.data_ = Number{to_double(exact), exact, true};
  return v;
}

Value Value::amount(Money amount) { return number(amount.kronor()); }

Value Value::string(std::string s) {
  Value v;
  v.data_ = std::move(s);
  return v;
}

Value Value::array(Array items) {
  Value v;
  v.data_ = std::move(items);
  return v;
}

Value Value::object(Object members) {
  Value v;
  v.data_ = std::move(members);
  return v;
}

bool Value::as_bool() const {
  KANSLI_CHECK(is_bool(), "value is not a boolean");
  return std::get<bool>(data_);
}

double Value::as_number() const {
  KANSLI_CHECK(is_number(), "value is not a number");
  return std::get<Number>(data_).value;
}

std::optional<Decimal> Value::exact_number() const {
  KANSLI_CHECK(is_number(), "value is not a number");
  const Number& number = std::get<Number>(data_);
  if (!number.is_exact) return std::nullopt;
  return number.exact;
}

const std::string& Value::as_string() const {
  KANSLI_CHECK(is_string(), "value is not a string");
  return std::get<std::string>(data_);
}

const Value::Array& Value::as_array() const {
  KANSLI_CHECK(is_array(), "value is not an array");
  return std::get<Array>(data_);
}

Value::Array& Value::as_array() {
  KANSLI_CHECK(is_array(), "value is not an array");
  return std::get<Array>(data_);
}

const Value::Object& Value::as_object() const {
  KANSLI_CHECK(is_object(), "value is not an object");
  return std::get<Object>(data_);
}

const Value* Value::find(std::string_view key) const {
  const auto* members = std::get_if<Object>(&data_);
  if (!members) return nullptr;
  for (const auto& [name, value] : *members) {
    if (name == key) return &value;
  }
  return nullptr;
}

Value* Value::find(std::string_view key) {
  return const_cast<Value*>(static_cast<const Value&>(*this).find(key));
}

void Value::set(std::string key, Value value) {
  KANSLI_CHECK(is_object(), "set on a value that is not an object");
  auto& members = std::get<Object>(data_);
  for (auto& member : members) {
    if (member.first == key) {
      member.second = std::move(value);
      return;
    }
  }
  members.emplace_back(std::move(key), std::move(value));
}

void Value::push_back(Value value) {
  KANSLI_CHECK(is_array(), "push_back on a value that is not an array");
  std::get<Array>(data_).push_back(std::move(value));
}

bool Value::truthy() const {
  switch (type()) {
    case Type::kNull: return false;
    case Type::kBool: return std::get<bool>(data_);
    case Type::kNumber: return std::get<Number>(data_).value != 0;
    case Type::kString: return !std::get<std::string>(data_).empty();
    case Type::kArray: return !std::get<Array>(data_).empty();
    case Type::kObject: return !std::get<Object>(data_).empty();
  }
  return false;
}

std::optional<Value> number_from_text(std::string_view text) {
  const auto number = parse_number(text);
  if (!number || !std::isfinite(number->value)) return std::nullopt;
  if (number->exact) return Value::number(*number->exact);
  return Value::number(number->value);
}

std::optional<std::size_t> parse_index(std::string_view text) {
  if (text.empty() || text.size() > 9) return std::nullopt;  // no list has a billion items
  std::size_t index = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    index = index * 10 + static_cast<std::size_t>(c - '0');
  }
  return index;
}

const Value* value_at(const Value& root, const std::string& path) {
  const Value* value = &root;
  std::size_t start = 1;
  while (value && start <= path.size() && !path.empty()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    const std::string segment = path.substr(start, slash - start);
    if (value->is_array()) {
      const auto index = parse_index(segment);
      value = index && *index < value->as_array().size() ? &value->as_array()[*index] : nullptr;
    } else {
      value = value->find(segment);
    }
    start = slash + 1;
  }
  return value;
}

bool is_rich_text(const Value& value) {
  const Value* type = value.find("type");
  return type && type->is_string() && type->as_string() == "rich_text";
}

const char* describe_type(Value::Type type) {
  switch (type) {
    case Value::Type::kNull: return "null";
    case Value::Type::kBool: return "a boolean";
    case Value::Type::kNumber: return "a number";
    case Value::Type::kString: return "a string";
    case Value::Type::kArray: return "a list";
    case Value::Type::kObject: return "an object";
  }
  return "a value";
}

std::string child_path(const std::string& parent, std::string_view key) {
  std::string path = parent + "/";
  for (const char c : key) {  // JSON Pointer escaping
    if (c == '~') path += "~0";
    else if (c == '/') path += "~1";
    else path += c;
  }
  return path;
}

std::string child_path(const std::string& parent, std::size_t index) {
  return parent + "/" + std::to_string(index);
}

}  // namespace kansli
