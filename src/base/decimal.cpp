// Implements the strict number reader and Decimal (see decimal.hpp).
#include "base/decimal.hpp"

#include <cstdlib>

namespace kansli {
namespace {

constexpr std::size_t kMaxExactDigits = 18;  // any 18 digits fit in an int64
constexpr int kMaxScale = 400;               // beyond, a double is 0 or infinite anyway

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Consumes a run of digits from `text` at `at`; returns how many there were.
std::size_t take_digits(std::string_view text, std::size_t& at) {
  const std::size_t start = at;
  while (at < text.size() && is_digit(text[at])) ++at;
  return at - start;
}

// Says whether `text` is a JSON number, and splits it into its parts.
struct NumberParts {
  bool negative = false;
  std::string_view whole, fraction, exponent;  // exponent with its sign, if any
};

std::optional<NumberParts> split_number(std::string_view text) {
  NumberParts parts;
  std::size_t at = 0;
  if (at < text.size() && text[at] == '-') parts.negative = true, ++at;
  std::size_t start = at;
  const std::size_t whole = take_digits(text, at);
  if (whole == 0 || (whole > 1 && text[start] == '0')) return std::nullopt;
  parts.whole = text.substr(start, whole);
  if (at < text.size() && text[at] == '.') {
    start = ++at;
    const std::size_t fraction = take_digits(text, at);
    if (fraction == 0) return std::nullopt;
    parts.fraction = text.substr(start, fraction);
  }
  if (at < text.size() && (text[at] == 'e' || text[at] == 'E')) {
    start = ++at;
    if (at < text.size() && (text[at] == '+' || text[at] == '-')) ++at;
    if (take_digits(text, at) == 0) return std::nullopt;
    parts.exponent = text.substr(start, at - start);
  }
  if (at != text.size()) return std::nullopt;
  return parts;
}

// The exponent's value, saturated far beyond any scale that matters.
long read_exponent(std::string_view exponent) {
  if (exponent.empty()) return 0;
  const bool negative = exponent[0] == '-';
  long value = 0;
  for (const char c : exponent) {
    if (is_digit(c) && value < 1'000'000) value = value * 10 + (c - '0');
  }
  return negative ? -value : value;
}

// The exact value of the parts, or nullopt when it has more than 18 significant digits.
std::optional<Decimal> exact_value(const NumberParts& parts) {
  std::string digits = std::string(parts.whole) + std::string(parts.fraction);
  long scale = static_cast<long>(parts.fraction.size()) - read_exponent(parts.exponent);
  // Trailing zeros first (they may bring the digits within reach), then leading ones.
  std::size_t end = digits.size();
  while (end > 0 && digits[end - 1] == '0') --end, --scale;
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos || first >= end) return Decimal{0, 0};
  digits = digits.substr(first, end - first);
  // Write the number out in full when it then still fits (1.5e3 is 1500, not 15e2).
  while (scale < 0 && digits.size() < kMaxExactDigits) digits += '0', ++scale;
  if (digits.size() > kMaxExactDigits || scale > kMaxScale || scale < -kMaxScale) return std::nullopt;
  std::int64_t units = 0;
  for (const char c : digits) units = units * 10 + (c - '0');
  return Decimal{parts.negative ? -units : units, static_cast<int>(scale)};
}

}  // namespace

std::optional<ParsedNumber> parse_number(std::string_view text) {
  const auto parts = split_number(text);
  if (!parts) return std::nullopt;
  // strtod reads the validated text (no locale-dependent characters are left in it).
  const std::string terminated(text);
  return ParsedNumber{std::strtod(terminated.c_str(), nullptr), exact_value(*parts)};
}

std::string to_string(const Decimal& number) {
  const bool negative = number.units < 0;
  std::string digits = std::to_string(negative ? -number.units : number.units);
  std::string out = negative ? "-" : "";
  if (number.scale < 0) {  // too large to write out: the shortest exponent form
    long exponent = -number.scale;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back(), ++exponent;
    return out + digits + "e" + std::to_string(exponent);
  }
  const std::size_t scale = static_cast<std::size_t>(number.scale);
  if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
  out += digits.substr(0, digits.size() - scale);
  if (scale > 0) out += "." + digits.substr(digits.size() - scale);
  return out;
}

double to_double(const Decimal& number) {
  return parse_number(to_string(number))->value;
}

}  // namespace kansli
