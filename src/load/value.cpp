// Implements Value (see value.hpp).
#include "load/value.hpp"

#include <algorithm>

#include "base/check.hpp"

namespace kansli {

Value Value::boolean(bool b) {
  Value v;
  v.type_ = Type::kBool;
  v.bool_ = b;
  return v;
}

Value Value::number(double n) {
  Value v;
  v.type_ = Type::kNumber;
  v.number_ = n;
  return v;
}

Value Value::string(std::string s) {
  Value v;
  v.type_ = Type::kString;
  v.string_ = std::move(s);
  return v;
}

Value Value::array(Array items) {
  Value v;
  v.type_ = Type::kArray;
  v.array_ = std::move(items);
  return v;
}

Value Value::object(Object members) {
  Value v;
  v.type_ = Type::kObject;
  v.object_ = std::move(members);
  return v;
}

bool Value::as_bool() const {
  KANSLI_CHECK(type_ == Type::kBool, "value is not a boolean");
  return bool_;
}

double Value::as_number() const {
  KANSLI_CHECK(type_ == Type::kNumber, "value is not a number");
  return number_;
}

const std::string& Value::as_string() const {
  KANSLI_CHECK(type_ == Type::kString, "value is not a string");
  return string_;
}

const Value::Array& Value::as_array() const {
  KANSLI_CHECK(type_ == Type::kArray, "value is not an array");
  return array_;
}

Value::Array& Value::as_array() {
  KANSLI_CHECK(type_ == Type::kArray, "value is not an array");
  return array_;
}

const Value::Object& Value::as_object() const {
  KANSLI_CHECK(type_ == Type::kObject, "value is not an object");
  return object_;
}

const Value* Value::find(std::string_view key) const {
  if (type_ != Type::kObject) return nullptr;
  for (const auto& [name, value] : object_) {
    if (name == key) return &value;
  }
  return nullptr;
}

Value* Value::find(std::string_view key) {
  return const_cast<Value*>(static_cast<const Value&>(*this).find(key));
}

void Value::set(std::string key, Value value) {
  KANSLI_CHECK(type_ == Type::kObject, "set on a value that is not an object");
  for (auto& member : object_) {
    if (member.first == key) {
      member.second = std::move(value);
      return;
    }
  }
  object_.emplace_back(std::move(key), std::move(value));
}

void Value::push_back(Value value) {
  KANSLI_CHECK(type_ == Type::kArray, "push_back on a value that is not an array");
  array_.push_back(std::move(value));
}

bool Value::truthy() const {
  switch (type_) {
    case Type::kNull: return false;
    case Type::kBool: return bool_;
    case Type::kNumber: return number_ != 0;
    case Type::kString: return !string_.empty();
    case Type::kArray: return !array_.empty();
    case Type::kObject: return !object_.empty();
  }
  return false;
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
