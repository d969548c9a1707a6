// Decimal: a number exactly as a data file wrote it ("0.34" is 34 × 10^−2), and the
// one strict reader of numbers written in text (JSON's number syntax, in JSON and in
// XML alike). Doubles cannot hold 0.34 or 9007199254740993; a Decimal can, so amounts
// and whole numbers from data reach the document as written. Pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kansli {

// units × 10^−scale. Canonical: no trailing zeros after the decimal point, and a
// negative scale only when the number is too large for `units` written out in full.
struct Decimal {
  std::int64_t units = 0;
  int scale = 0;

  bool operator==(const Decimal&) const = default;
};

// A number read from text: its nearest double (±infinity beyond a double's range) and,
// when its significant digits fit in 18, its exact value.
struct ParsedNumber {
  double value = 0;
  std::optional<Decimal> exact;
};

// Reads a number in JSON's syntax: an optional minus, digits without a leading zero,
// an optional fraction and exponent ("-12", "0.34", "1.5e3"), and nothing else (no
// spaces, "+", hex, "nan" or "inf"). Returns nullopt for any other text.
std::optional<ParsedNumber> parse_number(std::string_view text);

// Writes `number` in JSON's syntax, as data would write it: "0.345", "-12", "1e309".
std::string to_string(const Decimal& number);

// Returns the double nearest to `number`.
double to_double(const Decimal& number);

}  // namespace kansli
