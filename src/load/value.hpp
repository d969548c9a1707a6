// Value: the one in-memory form of all data (JSON or XML), and of the prepared model
// that templates read. Objects keep their members in file order. Values own their
// children by value. Paths name values like JSON Pointers: "/meeting/items/3/title".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "base/decimal.hpp"
#include "base/money.hpp"

namespace kansli {

class Value {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  using Array = std::vector<Value>;
  using Member = std::pair<std::string, Value>;
  using Object = std::vector<Member>;

  Value() = default;
  static Value boolean(bool b);
  static Value number(double n);
  // Makes a number known exactly (read from data, or an amount): `exact` is its value.
  static Value number(const Decimal& exact);
  // Makes the number of kronor `amount` is, exactly.
  static Value amount(Money amount);
  static Value string(std::string s);
  static Value array(Array items = {});
  static Value object(Object members = {});

  Type type() const { return static_cast<Type>(data_.index()); }
  bool is_null() const { return type() == Type::kNull; }
  bool is_bool() const { return type() == Type::kBool; }
  bool is_number() const { return type() == Type::kNumber; }
  bool is_string() const { return type() == Type::kString; }
  bool is_array() const { return type() == Type::kArray; }
  bool is_object() const { return type() == Type::kObject; }

  // Accessors; each requires the matching type (checked).
  bool as_bool() const;
  double as_number() const;
  // The exact value of a number read from data or made from a Decimal; nullopt for a
  // number computed as a double (or too long to be held exactly). Requires a number.
  std::optional<Decimal> exact_number() const;
  const std::string& as_string() const;
  const Array& as_array() const;
  Array& as_array();
  const Object& as_object() const;

  // Returns the member named `key`, or nullptr (also when this is not an object).
  const Value* find(std::string_view key) const;
  Value* find(std::string_view key);
  // Sets member `key` (replacing an existing one); requires an object.
  void set(std::string key, Value value);
  // Appends to an array; requires an array.
  void push_back(Value value);

  // Says whether a template condition counts this value as true.
  bool truthy() const;

 private:
  // A number: its double and, when known, its exact value.
  struct Number {
    double value = 0;
    Decimal exact;
    bool is_exact = false;
  };

  // One alternative a type, in the order of Type (a value is 40 bytes: a long document's
  // data holds tens of thousands of them).
  std::variant<std::monostate, bool, Number, std::string, Array, Object> data_;
};

// Parses a list index written in decimal digits; nullopt for anything else or too large.
std::optional<std::size_t> parse_index(std::string_view text);

// Reads a number written in text strictly (JSON's number syntax, see parse_number), as
// a number kept exactly where its digits allow; nullopt for other text and for numbers
// beyond a double's range (1e309).
std::optional<Value> number_from_text(std::string_view text);

// Returns the value at path `path` ("/agenda/3/title") under `root`, or null.
const Value* value_at(const Value& root, const std::string& path);

// Says whether `value` is rich text: {"type": "rich_text", "blocks": [...]}.
bool is_rich_text(const Value& value);

// Names a value's type for messages: "a string", "a list", ...
const char* describe_type(Value::Type type);

// Joins a parent path and a member name or index into a child path ("/a" + "b" -> "/a/b").
std::string child_path(const std::string& parent, std::string_view key);
std::string child_path(const std::string& parent, std::size_t index);

}  // namespace kansli
