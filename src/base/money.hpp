// Money: an amount as an exact whole number of öre (1 kr = 100 öre), never a float.
// Amounts are read from numbers written in kronor with at most two decimals, lie within
// ±kMaxKronor kr, and are added with a check that the sum stays in that range. This
// is what data may say; formatting ("1 234,50 kr") is Swedish and lives in sv/format.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/decimal.hpp"

namespace kansli {

// The largest amount in words, for messages.
inline constexpr const char* kMaxAmountText = "1 000 000 000 000 000 kr (10^15)";

class Money {
 public:
  // The largest amount, 10^15 kr (a thousand million million kronor); totals included.
  static constexpr std::int64_t kMaxKronor = 1'000'000'000'000'000;
  static constexpr std::int64_t kMaxOre = kMaxKronor * 100;

  Money() = default;  // 0 kr
  // Returns `ore` öre, or nullopt beyond ±kMaxOre.
  static std::optional<Money> from_ore(std::int64_t ore);

  std::int64_t ore() const { return ore_; }
  // The amount as the exact decimal number of kronor it is (12.50 kr is 125 × 10^−1).
  Decimal kronor() const;
  // Returns the sum, or nullopt when it leaves the range.
  std::optional<Money> plus(Money other) const;

  bool operator==(const Money&) const = default;

 private:
  explicit Money(std::int64_t ore) : ore_(ore) {}
  std::int64_t ore_ = 0;
};

// An amount read from a number, or why the number is not one.
struct AmountReading {
  std::optional<Money> money;
  std::string problem;  // "" when money is set; else lowercase words for a message
  std::string hint;
};

// Reads a number of kronor: at most two decimals ("0.345" is refused, "0.340" is 34
// öre) and within the range.
AmountReading read_amount(const Decimal& kronor);
// Reads a number of kronor written in JSON's syntax ("1500", "1500.50"); anything else
// (spaces, a decimal comma, "nan", hex) is refused.
AmountReading read_amount(std::string_view text);

// The sum of some amounts, or where adding them up left the range.
struct MoneySum {
  std::optional<Money> total;   // nullopt when the sum left the range
  std::size_t overflow_at = 0;  // then: the index of the amount that took it out
};

// Adds up `amounts`, checking each step.
MoneySum sum(const std::vector<Money>& amounts);

}  // namespace kansli
