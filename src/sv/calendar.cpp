// Implements the Swedish calendar of days off (see calendar.hpp).
#include "sv/calendar.hpp"

#include <algorithm>

namespace kansli::sv {
namespace {

constexpr int kSaturday = 5;
constexpr int kSunday = 6;

// Returns the first Saturday on or after `date`.
Date saturday_from(const Date& date) { return add_days(date, (kSaturday - weekday(date) + 7) % 7); }

bool same_day(const Date& a, const Date& b) { return day_number(a) == day_number(b); }

// Joins two holidays that fall on one day into one entry with both names; only the
// pairs that can meet are named (Kristi himmelsfärdsdag is a Thursday from 30 April to
// 3 June, pingstdagen a Sunday from 10 May to 13 June; the other holidays never meet).
void join_holidays_on_one_day(std::vector<NamedDay>& days) {
  for (std::size_t i = 1; i < days.size(); ++i) {
    if (!same_day(days[i - 1].date, days[i].date)) continue;
    const bool may_day = days[i - 1].name == "första maj" || days[i].name == "första maj";
    days[i - 1].name = may_day ? "första maj och Kristi himmelsfärdsdag" : "pingstdagen och nationaldagen";
    days.erase(days.begin() + static_cast<std::ptrdiff_t>(i));
    --i;
  }
}

}  // namespace

Date easter_sunday(int year) {
  // The anonymous Gregorian algorithm (Meeus, Jones, Butcher): the Paschal full moon by
  // the Gregorian epact tables, then the Sunday after it.
  const int golden = year % 19;
  const int century = year / 100, year_of_century = year % 100;
  const int leap_skips = century / 4, century_rest = century % 4;
  const int moon_correction = (century - (century + 8) / 25 + 1) / 3;
  const int epact = (19 * golden + century - leap_skips - moon_correction + 15) % 30;
  const int weekday_offset =
      (32 + 2 * century_rest + 2 * (year_of_century / 4) - epact - year_of_century % 4) % 7;
  const int late_moon = (golden + 11 * epact + 22 * weekday_offset) / 451;
  const int month_day = epact + weekday_offset - 7 * late_moon + 114;
  return Date{year, month_day / 31, month_day % 31 + 1};
}

std::vector<NamedDay> named_days(int year) {
  const Date easter = easter_sunday(year);
  std::vector<NamedDay> days = {
      {Date{year, 1, 1}, "nyårsdagen", true},
      {Date{year, 1, 6}, "trettondedag jul", true},
      {add_days(easter, -2), "långfredagen", true},
      {easter, "påskdagen", true},
      {add_days(easter, 1), "annandag påsk", true},
      {Date{year, 5, 1}, "första maj", true},
      {add_days(easter, 39), "Kristi himmelsfärdsdag", true},
      {add_days(easter, 49), "pingstdagen", true},
      {Date{year, 6, 6}, "nationaldagen", true},
      {add_days(saturday_from(Date{year, 6, 20}), -1), "midsommarafton", false},
      {saturday_from(Date{year, 6, 20}), "midsommardagen", true},
      {saturday_from(Date{year, 10, 31}), "alla helgons dag", true},
      {Date{year, 12, 24}, "julafton", false},
      {Date{year, 12, 25}, "juldagen", true},
      {Date{year, 12, 26}, "annandag jul", true},
      {Date{year, 12, 31}, "nyårsafton", false},
  };
  std::stable_sort(days.begin(), days.end(),
                   [](const NamedDay& a, const NamedDay& b) { return day_number(a.date) < day_number(b.date); });
  join_holidays_on_one_day(days);
  return days;
}

std::optional<std::string_view> holiday_name(const Date& date) {
  for (const NamedDay& day : named_days(date.year)) {
    if (same_day(day.date, date)) return day.name;
  }
  return std::nullopt;
}

bool is_public_holiday(const Date& date) {
  if (weekday(date) == kSunday) return true;
  for (const NamedDay& day : named_days(date.year)) {
    if (same_day(day.date, date)) return day.public_holiday;
  }
  return false;
}

bool is_deadline_free_day(const Date& date) { return weekday(date) >= kSaturday || holiday_name(date).has_value(); }

Date next_deadline_day(const Date& date) {
  Date day = date;
  while (is_deadline_free_day(day)) day = add_days(day, 1);
  return day;
}

}  // namespace kansli::sv
