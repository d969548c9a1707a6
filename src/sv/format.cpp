// Implements the Swedish formatting functions (see format.hpp).
#include "sv/format.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

#include "base/utf8.hpp"

namespace kansli::sv {
namespace {

constexpr const char* kMonths[] = {"januari", "februari", "mars",      "april",
                                   "maj",     "juni",     "juli",      "augusti",
                                   "september", "oktober", "november", "december"};
constexpr const char* kWeekdays[] = {"måndag", "tisdag", "onsdag", "torsdag",
                                     "fredag", "lördag", "söndag"};
constexpr const char* kNoBreakSpace = "\u00A0";
constexpr const char* kMinusSign = "\u2212";

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// Parses exactly `width` decimal digits.
std::optional<int> parse_digits(std::string_view text, std::size_t width) {
  if (text.size() != width) return std::nullopt;
  int value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// Groups the digits of a non-negative integer in threes with no-break spaces.
std::string group_digits(const std::string& digits) {
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += kNoBreakSpace;
    out += digits[i];
  }
  return out;
}

char32_t upper_of(char32_t c) {
  if (c >= U'a' && c <= U'z') return c - 32;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  return c;
}

char32_t lower_of(char32_t c) {
  if (c >= U'A' && c <= U'Z') return c + 32;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  return c;
}

template <typename Map>
std::string map_code_points(std::string_view text, Map map, bool first_only) {
  std::string out;
  bool done = false;
  for (const char32_t c : decode_utf8(text)) {
    append_utf8(out, done ? c : map(c));
    if (first_only) done = true;
  }
  return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Says whether `rest` starts with `word` followed by a word boundary.
bool starts_with_word(std::string_view rest, std::string_view word) {
  if (rest.substr(0, word.size()) != word) return false;
  if (rest.size() == word.size()) return true;
  const char after = rest[word.size()];
  return !(std::isalnum(static_cast<unsigned char>(after)) || static_cast<unsigned char>(after) >= 0x80);
}

bool binds(std::string_view before, std::string_view after) {
  if (before.empty() || after.empty()) return false;
  if (is_digit(before.back())) {
    if (is_digit(after.front())) return true;
    for (const char* unit : {"kr", "tkr", "mnkr", "mdkr", "kronor", "%"}) {
      if (starts_with_word(after, unit)) return true;
    }
  }
  if (!is_digit(after.front())) return false;
  const bool section = before.size() >= 2 && before.substr(before.size() - 2) == "\u00A7";
  const bool clock = before.size() >= 3 && before.substr(before.size() - 3) == "kl." &&
                     (before.size() == 3 || before[before.size() - 4] == ' ');
  return section || clock;
}

}  // namespace

std::string bind_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ' ' && binds(text.substr(0, i), text.substr(i + 1))) out += kNoBreakSpace;
    else out += text[i];
  }
  return out;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto year = parse_digits(text.substr(0, 4), 4);
  const auto month = parse_digits(text.substr(5, 2), 2);
  const auto day = parse_digits(text.substr(8, 2), 2);
  if (!year || !month || !day || *month < 1 || *month > 12) return std::nullopt;
  if (*day < 1 || *day > days_in_month(*year, *month)) return std::nullopt;
  return Date{*year, *month, *day};
}

bool looks_like_iso_date(std::string_view text) {
  return text.size() == 10 && text[4] == '-' && text[7] == '-' && parse_digits(text.substr(0, 4), 4) &&
         parse_digits(text.substr(5, 2), 2) && parse_digits(text.substr(8, 2), 2);
}

long day_number(const Date& date) {
  // Days from civil (H. Hinnant).
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (date.month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + date.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<long>(era) * 146097 + doe - 719468;
}

Date date_of_day_number(long days) {
  // Civil from days (H. Hinnant).
  const long z = days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return Date{static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

int weekday(const Date& date) {
  // 1970-01-01 (day 0) was a Thursday.
  return static_cast<int>(((day_number(date) % 7) + 7 + 3) % 7);
}

std::string format_date_iso(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

std::string format_date_long(const Date& date) {
  return std::to_string(date.day) + " " + kMonths[date.month - 1] + " " +
         std::to_string(date.year);
}

std::string weekday_name(const Date& date) { return kWeekdays[weekday(date)]; }

std::string format_date_with_weekday(const Date& date) {
  return weekday_name(date) + "en den " + format_date_long(date);
}

std::optional<std::string> format_time(std::string_view text) {
  const std::size_t separator = text.find_first_of(":.");
  if (separator == std::string_view::npos || separator == 0 || separator > 2) return std::nullopt;
  const auto hours = parse_digits(text.substr(0, separator), separator);
  const auto minutes = parse_digits(text.substr(separator + 1), 2);
  if (!hours || !minutes || *hours > 23 || *minutes > 59) return std::nullopt;
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d.%02d", *hours, *minutes);
  return std::string(buffer);
}

std::optional<int> parse_clock_minutes(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const auto hours = parse_digits(text.substr(0, 2), 2);
  const auto minutes = parse_digits(text.substr(3), 2);
  if (!hours || !minutes || *hours > 23 || *minutes > 59) return std::nullopt;
  return *hours * 60 + *minutes;
}

std::string format_number(double value, int decimals) {
  const double scale = std::pow(10.0, decimals);
  const double rounded = std::round(std::fabs(value) * scale);
  const bool negative = value < 0 && rounded > 0;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.0f", rounded);
  std::string digits = buffer;
  if (static_cast<int>(digits.size()) <= decimals) {
    digits.insert(0, static_cast<std::size_t>(decimals) + 1 - digits.size(), '0');
  }
  const std::size_t split = digits.size() - static_cast<std::size_t>(decimals);
  std::string out = negative ? kMinusSign : "";
  out += group_digits(digits.substr(0, split));
  if (decimals > 0) out += "," + digits.substr(split);
  return out;
}

std::string format_decimal(const Decimal& value) {
  const std::string plain = to_string(value);  // "-1234.505", "1e309"
  const bool negative = plain[0] == '-';
  const std::string digits = plain.substr(negative ? 1 : 0);
  if (digits.find('e') != std::string::npos || digits.size() > 24) return plain;
  const std::size_t point = digits.find('.');
  std::string out = negative ? kMinusSign : "";
  out += group_digits(digits.substr(0, point));
  if (point != std::string::npos) out += "," + digits.substr(point + 1);
  return out;
}

std::string format_decimal(const Decimal& value, int decimals) {
  Decimal rounded = value;
  if (value.scale > decimals) {  // drop digits, rounding half away from zero
    const int drop = value.scale - decimals;
    std::int64_t magnitude = value.units < 0 ? -value.units : value.units;
    if (drop > 18) {
      magnitude = 0;  // at most 18 digits, all dropped: less than a tenth of the last place kept
    } else {
      std::int64_t divisor = 1;
      for (int i = 0; i < drop; ++i) divisor *= 10;
      magnitude = magnitude / divisor + (magnitude % divisor >= divisor / 2 ? 1 : 0);
    }
    rounded = {value.units < 0 ? -magnitude : magnitude, decimals};
  }
  std::string out = format_decimal(rounded);
  if (decimals <= 0 || out.find('e') != std::string::npos) return out;
  const std::size_t comma = out.find(',');
  const std::size_t shown = comma == std::string::npos ? 0 : out.size() - comma - 1;
  if (comma == std::string::npos) out += ',';
  return out + std::string(static_cast<std::size_t>(decimals) - shown, '0');
}

std::string format_money(Money amount) {
  const std::int64_t ore = amount.ore();
  const std::int64_t magnitude = ore < 0 ? -ore : ore;  // within ±10^17: no overflow
  std::string out = ore < 0 ? kMinusSign : "";
  out += group_digits(std::to_string(magnitude / 100));
  if (magnitude % 100 != 0) {
    const std::int64_t cents = magnitude % 100;
    out += std::string(",") + static_cast<char>('0' + cents / 10) + static_cast<char>('0' + cents % 10);
  }
  return out + kNoBreakSpace + "kr";
}

std::string capitalize_first(std::string_view text) {
  return map_code_points(text, upper_of, true);
}

std::string to_upper(std::string_view text) { return map_code_points(text, upper_of, false); }

std::string to_lower(std::string_view text) { return map_code_points(text, lower_of, false); }

}  // namespace kansli::sv
