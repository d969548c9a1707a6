// Date and ClockTime: the calendar days and times of day of the domain model, with the
// arithmetic the governance rules need (a kallelse 7–10 days before a meeting, justering
// within 14 days, anslag 21 days; domain.md ). Date wraps sv::Date, which
// formats it in Swedish; data writes a date as YYYY-MM-DD and a time as HH:MM. Values,
// no state.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "sv/format.hpp"

namespace kansli::model {

// A real calendar day.
class Date {
 public:
  Date() = default;  // 1970-01-01
  // Requires a real date (as sv::parse_iso_date returns).
  explicit Date(const sv::Date& parts) : parts_(parts) {}
  // Parses "2026-12-10"; nullopt for malformed or impossible dates (2026-02-30).
  static std::optional<Date> parse(std::string_view iso);

  // Year, month and day, as sv's formatting reads them.
  const sv::Date& parts() const { return parts_; }
  // Formats as data writes it: "2026-12-10".
  std::string iso() const { return sv::format_date_iso(parts_); }
  // The days from 1970-01-01 (negative before).
  long day_number() const { return sv::day_number(parts_); }
  // Returns the day `days` days later (earlier, when negative).
  Date plus_days(long days) const { return Date(sv::add_days(parts_, days)); }
  // Returns the day of the week, 0 = Monday ... 6 = Sunday.
  int weekday() const { return sv::weekday(parts_); }

  friend bool operator==(const Date& a, const Date& b) { return a.day_number() == b.day_number(); }
  friend std::strong_ordering operator<=>(const Date& a, const Date& b) { return a.day_number() <=> b.day_number(); }

 private:
  sv::Date parts_{1970, 1, 1};
};

// Returns the days from `earlier` to `later`: 9 from 2026-12-01 to 2026-12-10 (negative
// when `later` is before `earlier`).
inline long days_between(const Date& earlier, const Date& later) { return later.day_number() - earlier.day_number(); }

// A time of day to the minute.
class ClockTime {
 public:
  ClockTime() = default;  // 00:00
  // Parses "HH:MM" from "00:00" to "23:59" ("09:30"); nullopt for anything else ("9:30").
  static std::optional<ClockTime> parse(std::string_view text);

  // The minutes since midnight: 570 for 09:30.
  int minutes() const { return minutes_; }
  // Formats as data writes it: "09:30".
  std::string text() const;

  friend bool operator==(const ClockTime&, const ClockTime&) = default;
  friend std::strong_ordering operator<=>(const ClockTime&, const ClockTime&) = default;

 private:
  explicit ClockTime(int minutes) : minutes_(minutes) {}
  int minutes_ = 0;
};

}  // namespace kansli::model
