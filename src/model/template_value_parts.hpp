// Internal to the conversion into what templates read (template_value.cpp and
// template_value_minutes.cpp): an object built member by member, and the converters of the
// values every part uses. Each converter takes its value by reference and moves from it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/model.hpp"

namespace kansli::model::convert {

// An object built member by member.
class Object {
 public:
  Object& set(const char* key, Value value) {
    members_.emplace_back(key, std::move(value));
    return *this;
  }
  // Sets `key` when `value` is present, converted by `convert`.
  template <typename T, typename Convert>
  Object& set(const char* key, std::optional<T>& value, Convert convert) {
    if (value) set(key, convert(*value));
    return *this;
  }
  Value done() { return Value::object(std::move(members_)); }

 private:
  Value::Object members_;
};

inline Value text(std::string& text) { return Value::string(std::move(text)); }
inline Value flag(bool& value) { return Value::boolean(value); }
inline Value number(Number& number) { return number.exact ? Value::number(*number.exact) : Value::number(number.value); }
inline Value rich(RichText& text) { return std::move(text.value); }
inline Value date(Date& date) { return Value::string(date.iso()); }
inline Value clock(ClockTime& time) { return Value::string(time.text()); }
template <typename Tag>
inline Value id(Id<Tag>& id) {
  return Value::string(id.text());
}
template <typename E, std::size_t N>
inline Value name(E value, const EnumName<E> (&names)[N]) {
  return Value::string(std::string(name_of(value, names)));
}

template <typename T, typename Convert>
Value list(std::vector<T>& items, Convert convert) {
  Value::Array out;
  out.reserve(items.size());
  for (auto& item : items) out.push_back(convert(item));
  return Value::array(std::move(out));
}
// Returns a converter of lists whose items `convert` converts.
template <typename Convert>
inline auto list_of(Convert convert) {
  return [convert](auto& items) { return list(items, convert); };
}

inline Value texts(std::vector<std::string>& items) { return list(items, text); }
inline Value riches(std::vector<RichText>& items) { return list(items, rich); }

// The minutes' parts (template_value_minutes.cpp).
Value item_minutes(ItemMinutes& minutes);
Value sitting(Sitting& sitting);
Value minutes(Minutes& minutes);

}  // namespace kansli::model::convert
