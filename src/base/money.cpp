// Implements Money and reading amounts (see money.hpp).
#include "base/money.hpp"

namespace kansli {
namespace {

AmountReading refuse(std::string problem, std::string hint) {
  return {std::nullopt, std::move(problem), std::move(hint)};
}

std::string out_of_range_hint() {
  return std::string("amounts are at most ") + kMaxAmountText + ", in kronor with at most two decimals";
}

}  // namespace

std::optional<Money> Money::from_ore(std::int64_t ore) {
  if (ore > kMaxOre || ore < -kMaxOre) return std::nullopt;
  return Money(ore);
}

Decimal Money::kronor() const {
  Decimal kronor{ore_, 2};
  while (kronor.scale > 0 && kronor.units % 10 == 0) kronor.units /= 10, --kronor.scale;
  return kronor;
}

std::optional<Money> Money::plus(Money other) const {
  std::int64_t total = 0;
  if (__builtin_add_overflow(ore_, other.ore_, &total)) return std::nullopt;
  return from_ore(total);
}

AmountReading read_amount(const Decimal& kronor) {
  if (kronor.scale > 2) {
    return refuse("has more than two decimals: " + to_string(kronor),
                  "amounts are in kronor with at most two decimals (öre), e.g. 1500 or 1500.50");
  }
  std::int64_t ore = kronor.units;
  for (int scale = kronor.scale; scale < 2 && ore != 0; ++scale) {
    if (__builtin_mul_overflow(ore, 10, &ore)) return refuse("is out of range: " + to_string(kronor), out_of_range_hint());
  }
  if (const auto money = Money::from_ore(ore)) return {money, "", ""};
  return refuse("is out of range: " + to_string(kronor), out_of_range_hint());
}

AmountReading read_amount(std::string_view text) {
  const auto number = parse_number(text);
  if (!number) {
    return refuse("is not a number: '" + std::string(text) + "'",
                  "write amounts in kronor with a decimal point and no spaces, e.g. 1500 or 1500.50");
  }
  if (!number->exact) return refuse("is out of range: " + std::string(text), out_of_range_hint());
  return read_amount(*number->exact);
}

MoneySum sum(const std::vector<Money>& amounts) {
  Money total = *Money::from_ore(0);
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    const auto next = total.plus(amounts[i]);
    if (!next) return {std::nullopt, i};
    total = *next;
  }
  return {total, 0};
}

}  // namespace kansli
