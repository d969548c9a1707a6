// Implements the theme's number ranges (see ranges.hpp).
#include "theme/ranges.hpp"

#include <charconv>
#include <cmath>

namespace kansli {

bool NumberRange::allows(double value) const {
  return std::isfinite(value) && value >= min && value <= max && (!whole || value == std::floor(value));
}

std::string NumberRange::describe() const {
  std::string text = whole ? "a whole number between " : "between ";
  text += format_theme_number(min) + " and " + format_theme_number(max);
  if (*unit) text += std::string(" ") + unit;
  return text;
}

std::string format_theme_number(double value) {
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  return std::string(buffer, end);
}

}  // namespace kansli
