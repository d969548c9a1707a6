// Implements Date and ClockTime (see date.hpp).
#include "model/date.hpp"

namespace kansli::model {

std::optional<Date> Date::parse(std::string_view iso) {
  const auto parts = sv::parse_iso_date(iso);
  if (!parts) return std::nullopt;
  return Date(*parts);
}

std::optional<ClockTime> ClockTime::parse(std::string_view text) {
  const auto minutes = sv::parse_clock_minutes(text);
  if (!minutes) return std::nullopt;
  return ClockTime(*minutes);
}

std::string ClockTime::text() const {
  const int hours = minutes_ / 60, rest = minutes_ % 60;
  return std::string{static_cast<char>('0' + hours / 10), static_cast<char>('0' + hours % 10), ':',
                     static_cast<char>('0' + rest / 10), static_cast<char>('0' + rest % 10)};
}

}  // namespace kansli::model
