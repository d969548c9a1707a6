// Unit tests of Swedish formatting (domain.md section 4).
#include <doctest/doctest.h>

#include "sv/format.hpp"

using namespace kansli::sv;

TEST_CASE("parse_iso_date accepts real dates and rejects impossible ones") {
  CHECK(parse_iso_date("2024-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2026-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2026-02-30").has_value());
  CHECK_FALSE(parse_iso_date("2026-13-01").has_value());
  CHECK_FALSE(parse_iso_date("2026-1-01").has_value());
  CHECK_FALSE(parse_iso_date("12 mars 2026").has_value());
}

TEST_CASE("weekdays follow the calendar") {
  CHECK(weekday_name(*parse_iso_date("2026-12-10")) == "torsdag");
  CHECK(weekday_name(*parse_iso_date("2026-11-23")) == "måndag");
  CHECK(weekday_name(*parse_iso_date("2000-01-01")) == "lördag");
  CHECK(weekday_name(*parse_iso_date("2026-12-27")) == "söndag");
}

TEST_CASE("dates are written the Swedish way") {
  const Date date = *parse_iso_date("2026-03-12");
  CHECK(format_date_iso(date) == "2026-03-12");
  CHECK(format_date_long(date) == "12 mars 2026");
  CHECK(format_date_with_weekday(date) == "torsdagen den 12 mars 2026");
  CHECK(capitalize_first(format_date_with_weekday(*parse_iso_date("2026-12-05"))) ==
        "Lördagen den 5 december 2026");
}

TEST_CASE("times use a full stop and two-digit hours") {
  CHECK(format_time("9:00").value() == "09.00");
  CHECK(format_time("13.30").value() == "13.30");
  CHECK_FALSE(format_time("24:00").has_value());
  CHECK_FALSE(format_time("9:5").has_value());
}

TEST_CASE("a data file's HH:MM time is read as minutes since midnight") {
  CHECK(parse_clock_minutes("09:30") == 570);
  CHECK(parse_clock_minutes("00:00") == 0);
  CHECK(parse_clock_minutes("23:59") == 23 * 60 + 59);
  CHECK_FALSE(parse_clock_minutes("24:00").has_value());
  CHECK_FALSE(parse_clock_minutes("12:60").has_value());
  CHECK_FALSE(parse_clock_minutes("9:30").has_value());    // two-digit hours
  CHECK_FALSE(parse_clock_minutes("09.30").has_value());   // a colon, as in data files
  CHECK_FALSE(parse_clock_minutes("09:3x").has_value());
  CHECK_FALSE(parse_clock_minutes("+9:30").has_value());
}

TEST_CASE("numbers group with no-break spaces, use a decimal comma and U+2212") {
  CHECK(format_number(1234567, 0) == "1\u00A0234\u00A0567");
  CHECK(format_number(12.5, 1) == "12,5");
  CHECK(format_number(-1234, 0) == "\u22121\u00A0234");
  CHECK(format_number(0.05, 1) == "0,1");
  CHECK(format_number(-0.001, 0) == "0");
  CHECK(format_number(999, 2) == "999,00");
}

TEST_CASE("money shows kronor, and öre only when there are some") {
  CHECK(format_money(*kansli::Money::from_ore(85000000)) == "850\u00A0000\u00A0kr");
  CHECK(format_money(*kansli::Money::from_ore(123450)) == "1\u00A0234,50\u00A0kr");
  CHECK(format_money(*kansli::Money::from_ore(-20000000)) == "\u2212200\u00A0000\u00A0kr");
}

TEST_CASE("bind_spaces keeps numbers, units, § and kl. together") {
  CHECK(bind_spaces("om 2 700 000 kr i år") == "om 2\u00A0700\u00A0000\u00A0kr i år");
  CHECK(bind_spaces("enligt § 12 och 5 %") == "enligt §\u00A012 och 5\u00A0%");
  CHECK(bind_spaces("kl. 09.00 i Hagfors") == "kl.\u00A009.00 i Hagfors");
  CHECK(bind_spaces("2 kronor") == "2\u00A0kronor");
  CHECK(bind_spaces("3 krukor") == "3 krukor");
  CHECK(bind_spaces("år 2027 och") == "år 2027 och");
}

TEST_CASE("case mapping handles å, ä and ö") {
  CHECK(to_upper("tjänsteutlåtande") == "TJÄNSTEUTLÅTANDE");
  CHECK(to_lower("ÅSA ÖBERG") == "åsa öberg");
  CHECK(capitalize_first("ärende") == "Ärende");
}
