// Unit tests of the Swedish calendar of days off (sv/calendar.hpp; domain.md R-10 and
// appendix A): Easter against the published dates and a second algorithm, every named
// day of 2024–2030 against the Swedish almanac, and every day of 2026 classified.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "sv/calendar.hpp"
#include "sv/format.hpp"

using namespace kansli::sv;

namespace {

Date day(const char* iso) { return *parse_iso_date(iso); }

std::string iso(const Date& date) { return format_date_iso(date); }

// Easter by a second, independent method: Oudin's algorithm (1940), as given in
// C. Tøndering's calendar FAQ.
Date easter_by_oudin(int year) {
  const int g = year % 19, c = year / 100;
  const int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
  const int i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
  const int j = (year + year / 4 + i + 2 - c + c / 4) % 7;
  const int l = i - j;
  const int month = 3 + (l + 40) / 44;
  return Date{year, month, l + 28 - 31 * (month / 4)};
}

// Checks that the named days of `year` are exactly `expected` ("MM-DD name", in any
// order), in date order, and that every other day of the year has no name.
void check_named_days(int year, std::vector<std::string> expected) {
  CAPTURE(year);
  std::sort(expected.begin(), expected.end());
  std::vector<std::string> named;
  for (const NamedDay& named_day : named_days(year)) {
    named.push_back(iso(named_day.date).substr(5) + " " + std::string(named_day.name));
  }
  CHECK(named == expected);
  std::set<std::string> expected_days;
  for (const std::string& entry : expected) expected_days.insert(std::to_string(year) + "-" + entry.substr(0, 5));
  for (Date date{year, 1, 1}; date.year == year; date = add_days(date, 1)) {
    CAPTURE(iso(date));
    CHECK(holiday_name(date).has_value() == (expected_days.count(iso(date)) == 1));
  }
}

}  // namespace

TEST_CASE("date arithmetic crosses months, leap days and years") {
  CHECK(iso(add_days(day("2026-12-24"), 14)) == "2027-01-07");
  CHECK(iso(add_days(day("2024-02-28"), 1)) == "2024-02-29");
  CHECK(iso(add_days(day("2100-02-28"), 1)) == "2100-03-01");
  CHECK(iso(add_days(day("2000-03-01"), -1)) == "2000-02-29");
  CHECK(iso(date_from_day_number(0)) == "1970-01-01");
  CHECK(iso(date_from_day_number(-1)) == "1969-12-31");
  for (long n = -800000; n <= 800000; n += 997) CHECK(day_number(date_from_day_number(n)) == n);
}

TEST_CASE("Easter Sunday 2000–2030 is the published (Gregorian) date") {
  const char* published[] = {"2000-04-23", "2001-04-15", "2002-03-31", "2003-04-20", "2004-04-11", "2005-03-27",
                             "2006-04-16", "2007-04-08", "2008-03-23", "2009-04-12", "2010-04-04", "2011-04-24",
                             "2012-04-08", "2013-03-31", "2014-04-20", "2015-04-05", "2016-03-27", "2017-04-16",
                             "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09",
                             "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
                             "2030-04-21"};
  int year = 2000;
  for (const char* date : published) CHECK(iso(easter_sunday(year++)) == date);
}

TEST_CASE("Easter is the computus, not the astronomical full moon: 2019 is 21 April, not 24 March") {
  // The astronomical full moon of 21 March 2019 followed the equinox of 20 March; the
  // ecclesiastical full moon of the tables fell on 20 March, before the 21 March of the
  // computus, so Easter waited for the next full moon.
  CHECK(iso(easter_sunday(2019)) == "2019-04-21");
  CHECK(holiday_name(day("2019-04-21")) == "påskdagen");
  CHECK_FALSE(holiday_name(day("2019-03-24")).has_value());
}

TEST_CASE("Easter agrees with a second algorithm and is a Sunday from 22 March to 25 April, 1583–4099") {
  for (int year = 1583; year <= 4099; ++year) {
    CAPTURE(year);
    const Date easter = easter_sunday(year);
    CHECK(day_number(easter) == day_number(easter_by_oudin(year)));
    CHECK(weekday(easter) == 6);
    CHECK(day_number(easter) >= day_number(Date{year, 3, 22}));
    CHECK(day_number(easter) <= day_number(Date{year, 4, 25}));
  }
}

TEST_CASE("the named days of 2024–2030 are the Swedish almanac's") {
  const auto year_of = [](const char* easter_friday, const char* easter, const char* easter_monday,
                          const char* ascension, const char* whitsun, const char* midsummer_eve,
                          const char* midsummer, const char* all_saints) {
    return std::vector<std::string>{"01-01 nyårsdagen",
                                    "01-06 trettondedag jul",
                                    std::string(easter_friday) + " långfredagen",
                                    std::string(easter) + " påskdagen",
                                    std::string(easter_monday) + " annandag påsk",
                                    "05-01 första maj",
                                    std::string(ascension) + " Kristi himmelsfärdsdag",
                                    std::string(whitsun) + " pingstdagen",
                                    "06-06 nationaldagen",
                                    std::string(midsummer_eve) + " midsommarafton",
                                    std::string(midsummer) + " midsommardagen",
                                    std::string(all_saints) + " alla helgons dag",
                                    "12-24 julafton",
                                    "12-25 juldagen",
                                    "12-26 annandag jul",
                                    "12-31 nyårsafton"};
  };
  // långfredag, påskdagen, annandag påsk, Kristi himmelsfärd, pingst, midsommarafton,
  // midsommardagen, alla helgons dag.
  check_named_days(2024, year_of("03-29", "03-31", "04-01", "05-09", "05-19", "06-21", "06-22", "11-02"));
  check_named_days(2025, year_of("04-18", "04-20", "04-21", "05-29", "06-08", "06-20", "06-21", "11-01"));
  check_named_days(2026, year_of("04-03", "04-05", "04-06", "05-14", "05-24", "06-19", "06-20", "10-31"));
  check_named_days(2027, year_of("03-26", "03-28", "03-29", "05-06", "05-16", "06-25", "06-26", "11-06"));
  check_named_days(2028, year_of("04-14", "04-16", "04-17", "05-25", "06-04", "06-23", "06-24", "11-04"));
  check_named_days(2029, year_of("03-30", "04-01", "04-02", "05-10", "05-20", "06-22", "06-23", "11-03"));
  check_named_days(2030, year_of("04-19", "04-21", "04-22", "05-30", "06-09", "06-21", "06-22", "11-02"));
}

TEST_CASE("every day of 2026 is classified as domain.md appendix A lists the non-working days") {
  const std::set<std::string> days_off = {"2026-01-01", "2026-01-06", "2026-04-03", "2026-04-05", "2026-04-06",
                                          "2026-05-01", "2026-05-14", "2026-05-24", "2026-06-06", "2026-06-19",
                                          "2026-06-20", "2026-10-31", "2026-12-24", "2026-12-25", "2026-12-26",
                                          "2026-12-31"};
  int counted = 0;
  for (Date date{2026, 1, 1}; date.year == 2026; date = add_days(date, 1)) {
    CAPTURE(iso(date));
    const bool off = days_off.count(iso(date)) == 1 || weekday(date) >= 5;
    CHECK(is_deadline_free_day(date) == off);
    CHECK(iso(next_deadline_day(date)) == (off ? iso(next_deadline_day(add_days(date, 1))) : iso(date)));
    counted += off ? 0 : 1;
  }
  CHECK(counted == 365 - 104 - 10);  // weekends, and the ten listed days that fall on a weekday
}

TEST_CASE("the days mistaken for holidays are vardagar when they are weekdays") {
  for (int year = 2024; year <= 2030; ++year) {
    const Date easter = easter_sunday(year);
    const Date all_saints = named_days(year)[11].date;
    const Date mistaken[] = {add_days(easter, -3),      // skärtorsdagen
                             Date{year, 4, 30},         // valborgsmässoafton
                             Date{year, 1, 5},          // trettondagsafton
                             add_days(all_saints, -1),  // allhelgonaafton
                             add_days(easter, 50)};     // annandag pingst (a helgdag until 2004)
    for (const Date& date : mistaken) {
      CAPTURE(iso(date));
      CHECK_FALSE(holiday_name(date).has_value());
      CHECK(is_public_holiday(date) == (weekday(date) == 6));
      CHECK(is_deadline_free_day(date) == (weekday(date) >= 5));
    }
  }
  CHECK_FALSE(is_deadline_free_day(day("2026-04-02")));  // skärtorsdagen, a Thursday
  CHECK_FALSE(is_deadline_free_day(day("2026-05-25")));  // annandag pingst, a Monday
}

TEST_CASE("Sundays and helgdagar are public holidays; Saturdays and the eves only stop deadlines") {
  CHECK(is_public_holiday(day("2026-12-27")));  // an ordinary Sunday
  CHECK_FALSE(holiday_name(day("2026-12-27")).has_value());
  CHECK(is_public_holiday(day("2026-06-06")));  // nationaldagen on a Saturday
  CHECK_FALSE(is_public_holiday(day("2026-12-19")));  // an ordinary Saturday
  CHECK(is_deadline_free_day(day("2026-12-19")));
  for (const char* eve : {"2026-06-19", "2026-12-24", "2026-12-31"}) {
    CAPTURE(eve);
    CHECK_FALSE(is_public_holiday(day(eve)));
    CHECK(is_deadline_free_day(day(eve)));
  }
  CHECK(holiday_name(day("2026-12-24")) == "julafton");
  CHECK(holiday_name(day("2026-06-19")) == "midsommarafton");
  CHECK_FALSE(is_deadline_free_day(day("2026-12-28")));
}

TEST_CASE("two holidays on one day are one named day with both names") {
  // Easter 2008 was 23 March, so Kristi himmelsfärdsdag fell on första maj.
  CHECK(holiday_name(day("2008-05-01")) == "första maj och Kristi himmelsfärdsdag");
  CHECK(named_days(2008).size() == 15);
  // Easter 2049 is 18 April, so pingstdagen falls on nationaldagen.
  CHECK(holiday_name(day("2049-06-06")) == "pingstdagen och nationaldagen");
  CHECK(is_public_holiday(day("2049-06-06")));
  CHECK(named_days(2049).size() == 15);
}

TEST_CASE("a deadline on a day off moves to the next vardag") {
  CHECK(iso(next_deadline_day(day("2026-11-25"))) == "2026-11-25");  // a Wednesday stays
  CHECK(iso(next_deadline_day(day("2026-12-24"))) == "2026-12-28");  // julafton, juldagen, annandag, Sunday
  CHECK(iso(next_deadline_day(day("2026-12-31"))) == "2027-01-04");  // nyårsafton, nyårsdagen, weekend
  CHECK(iso(next_deadline_day(day("2026-04-03"))) == "2026-04-07");  // långfredag to annandag påsk
  CHECK(iso(next_deadline_day(day("2026-06-19"))) == "2026-06-22");  // midsommarafton
  CHECK(iso(next_deadline_day(day("2027-01-05"))) == "2027-01-05");  // trettondagsafton is a vardag
}
