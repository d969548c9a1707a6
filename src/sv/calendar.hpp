// The Swedish calendar of days off, for legal deadlines (domain.md ):
//   - Easter Sunday by the Gregorian computus, as the Swedish almanac has it (not the
//     astronomical full moon: the two differ in some years, 2019 among them);
//   - the allmänna helgdagar of lag (1989:253): nyårsdagen, trettondedag jul,
//     långfredagen, påskdagen, annandag påsk, första maj, Kristi himmelsfärdsdag,
//     pingstdagen, nationaldagen, midsommardagen, alla helgons dag, juldagen, annandag
//     jul and every Sunday;
//   - the days lag (1930:173) 2 § treats as a helgdag when a deadline ends on them:
//     every Saturday, midsommarafton, julafton and nyårsafton.
// The list is the law as in force since 2005 (when nationaldagen became a helgdag and
// annandag pingst stopped being one); the functions compute it for any Gregorian year,
// so for years before 2005 they answer what today's law would say, not what held then.
// Pure functions of a valid date (sv::Date from parse_iso_date or date arithmetic).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "sv/format.hpp"

namespace kansli::sv {

// The first year the holiday list below is the law for (lag 1989:253 as amended by SFS
// 2004:1320, in force 2005-01-01).
constexpr int kHolidayLawSince = 2005;

// Returns Easter Sunday (påskdagen) of `year` by the Gregorian computus.
Date easter_sunday(int year);

// A day with a name in the calendar: an allmän helgdag, or one of the eves that a
// deadline may not end on either.
struct NamedDay {
  Date date;
  std::string_view name;  // Swedish, lower case as in running text: "långfredagen"
  bool public_holiday = false;  // an allmän helgdag (lag 1989:253); otherwise an eve
};

// Returns the named days of `year` in date order: the allmänna helgdagar that are not
// merely Sundays, and midsommarafton, julafton and nyårsafton. Two holidays on one day
// (Kristi himmelsfärdsdag on första maj, pingstdagen on nationaldagen) are one entry
// whose name gives both.
std::vector<NamedDay> named_days(int year);

// Returns the Swedish name of the allmän helgdag or eve that `date` is ("julafton"), or
// nullopt for any other day, ordinary Saturdays and Sundays included.
std::optional<std::string_view> holiday_name(const Date& date);

// Says whether `date` is an allmän helgdag (lag 1989:253), Sundays included.
bool is_public_holiday(const Date& date);

// Says whether a deadline may not end on `date` (lag 1930:173 2 §): an allmän helgdag,
// a Saturday, midsommarafton, julafton or nyårsafton. Every other day is a vardag.
bool is_deadline_free_day(const Date& date);

// Returns `date` itself when it is a vardag, otherwise the next vardag after it: where a
// deadline that falls on `date` ends.
Date next_deadline_day(const Date& date);

}  // namespace kansli::sv
