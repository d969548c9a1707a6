// Swedish formatting conventions (domain.md section 4): dates ("12 mars 2026",
// "torsdagen den 12 mars 2026", 2026-03-12), times ("09.00"), numbers with no-break
// space grouping and decimal comma, money ("1 234 567 kr"), the minus sign U+2212,
// and letter case for å, ä and ö. Pure functions; no locale or global state.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "base/money.hpp"

namespace kansli::sv {

struct Date {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Parses "YYYY-MM-DD"; returns nullopt for malformed or impossible dates (2026-02-30).
std::optional<Date> parse_iso_date(std::string_view text);

// Says whether text has the shape YYYY-MM-DD (whether or not the date exists).
bool looks_like_iso_date(std::string_view text);

// Returns the number of days from 1970-01-01 to `date` (negative before), so that the
// days between two dates are a subtraction.
long day_number(const Date& date);
// Returns the date `days` days after 1970-01-01 (before, when negative): day_number's inverse.
Date date_of_day_number(long days);

// Returns the day of the week, 0 = Monday ... 6 = Sunday.
int weekday(const Date& date);

// Formats as "2026-03-12".
std::string format_date_iso(const Date& date);
// Formats as "12 mars 2026".
std::string format_date_long(const Date& date);
// Formats as "torsdagen den 12 mars 2026" (kallelse style).
std::string format_date_with_weekday(const Date& date);
// Returns the weekday name, "torsdag".
std::string weekday_name(const Date& date);

// Parses "9:00", "09:00", "9.00" or "09.00"; returns "09.00", or nullopt when invalid.
std::optional<std::string> format_time(std::string_view text);
// Parses a time as data files write it, "HH:MM" ("09:30"); returns the minutes since
// midnight (570), or nullopt when it is not two digits, a colon and two digits of a
// time from 00:00 to 23:59.
std::optional<int> parse_clock_minutes(std::string_view text);

// Formats with no-break space groups, decimal comma and U+2212 minus: "−1 234,50".
std::string format_number(double value, int decimals);
// Formats a number exactly as it is, Swedish style: "−1 234,505"; very large or small
// numbers that would take more than 24 digits in full keep their exponent ("1e309").
std::string format_decimal(const Decimal& value);
// Formats a number exactly rounded to `decimals` decimals (half away from zero), Swedish
// style as format_number: "1 234,50".
std::string format_decimal(const Decimal& value, int decimals);
// Formats an amount in kronor, exactly: "1 234 567 kr", "1 234,50 kr"; öre are shown
// only when present.
std::string format_money(Money amount);

// Makes spaces that Swedish typography never breaks no-break spaces (U+00A0): between
// digit groups ("2 700 000"), before units ("500 kr", "12 %", "3 tkr"), after "§"
// and "kl." before a number.
std::string bind_spaces(std::string_view text);

// Upper-cases the first letter ("åtta" -> "Åtta"), Latin-1 letters included.
std::string capitalize_first(std::string_view text);
// Upper-cases / lower-cases every Latin-1 letter.
std::string to_upper(std::string_view text);
std::string to_lower(std::string_view text);

}  // namespace kansli::sv
