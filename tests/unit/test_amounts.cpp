// Unit tests of amounts and numbers from data (issue 12, item 11): numbers are read
// strictly and exactly in JSON and XML, amounts are whole öre within ±10^15 kr, sums
// are exact and checked, and money is formatted the Swedish way.
#include <cmath>
#include <limits>

#include <doctest/doctest.h>

#include "load/load.hpp"
#include "sv/format.hpp"
#include "temp_files.hpp"
#include "template/template.hpp"

using namespace kansli;

namespace {

Money ore(std::int64_t n) { return *Money::from_ore(n); }

Money amount(std::string_view text) {
  const AmountReading reading = read_amount(text);
  INFO(text, ": ", reading.problem);
  REQUIRE(reading.money);
  return *reading.money;
}

std::string refusal(std::string_view text) {
  const AmountReading reading = read_amount(text);
  CHECK_FALSE(reading.money);
  return reading.problem;
}

const char* kSchema = R"({
  "type": "object",
  "properties": {
    "kind": {"const": "report"},
    "seats": {"type": "integer"},
    "amount": {"type": "number", "format": "amount"}
  }
})";

// Loads `xml` with a schema where "seats" is a whole number and "amount" an amount.
Value load_xml(const std::string& xml) {
  Diagnostics diagnostics;
  const auto schema_file = parse_json("schema.json", kSchema, diagnostics);
  REQUIRE(schema_file);
  const SchemaView schema(schema_file->root);
  const SchemaLookup lookup = [&](const std::string&) { return &schema; };
  auto file = parse_xml("r.xml", xml, lookup, diagnostics);
  REQUIRE(file);
  return file->root;
}

Value load_json(const std::string& json) {
  Diagnostics diagnostics;
  auto file = parse_json("r.json", json, diagnostics);
  REQUIRE(file);
  return file->root;
}

// Prints `expression` ("x | money") in a template, with the model `model_json`; returns
// the paragraph's text, or the messages.
std::string print(const char* expression, const char* model_json) {
  Diagnostics diagnostics;
  const std::string path = testing::write_temp_file("print.xml", std::string("<document><p>{") + expression + "}</p></document>");
  auto model_file = parse_json("model.json", model_json, diagnostics);
  REQUIRE(model_file);
  const DataModel model{model_file->root, {{"", model_file->source_map}}};
  const Files everywhere{PathPolicy("/")};
  const ImageFiles images(everywhere);
  auto tmpl = tmpl::parse_template(path, everywhere, diagnostics);
  REQUIRE(tmpl);
  const auto document = tmpl::evaluate_template(*tmpl, model, {{"normal", "small"}, &images, {}, ""}, diagnostics);
  std::string messages;
  for (const auto& d : diagnostics.all()) messages += format_diagnostic(d);
  if (!document) return messages;
  const std::string dump = doc::dump_document(*document);
  return dump.substr(dump.find(": ", dump.find("body\n")) + 2);
}

std::string money_filter(const char* model_json) { return print("x | money", model_json); }

}  // namespace

TEST_CASE("numbers are read in JSON's syntax only: no nan, inf, hex, spaces or trailing text") {
  for (const char* bad : {"nan", "NaN", "inf", "-inf", "Infinity", "0x10", "0X1A", "+1", "01", "1.", ".5", "1e", "1e+",
                          " 1", "1 ", "1,5", "1 500", "12abc", "", "-", "1_000", "0b1", "1.5.2"}) {
    INFO(bad);
    CHECK_FALSE(parse_number(bad));
  }
  for (const char* good : {"0", "-0", "12", "0.34", "1.5e3", "1E+2", "2e-2", "-7.25"}) {
    INFO(good);
    CHECK(parse_number(good));
  }
}

TEST_CASE("numbers keep their exact value: 0.34, 9007199254740993, trailing zeros, exponents") {
  CHECK(parse_number("0.34")->exact == Decimal{34, 2});
  CHECK(parse_number("0.340")->exact == Decimal{34, 2});
  CHECK(parse_number("9007199254740993")->exact == Decimal{9007199254740993, 0});
  CHECK(parse_number("1.5e3")->exact == Decimal{1500, 0});
  CHECK(parse_number("-2e-2")->exact == Decimal{-2, 2});
  CHECK(parse_number("0.000")->exact == Decimal{0, 0});
  CHECK(parse_number("1e309")->exact == Decimal{100000000000000000, -292});
  CHECK(std::isinf(parse_number("1e309")->value));
  CHECK_FALSE(parse_number("1234567890123456789012")->exact);  // more digits than an int64 holds
  CHECK(to_string(Decimal{34, 2}) == "0.34");
  CHECK(to_string(Decimal{-2345, 3}) == "-2.345");
  CHECK(to_string(Decimal{1, -309}) == "1e309");
}

TEST_CASE("an amount is a number of kronor with at most two decimals, read to the öre") {
  CHECK(amount("0.34") == ore(34));
  CHECK(amount("0.340") == ore(34));
  CHECK(amount("1500") == ore(150000));
  CHECK(amount("1500.5") == ore(150050));
  CHECK(amount("90071992547409.93") == ore(9007199254740993));
  CHECK(refusal("0.345") == "has more than two decimals: 0.345");
  CHECK(refusal("0.001") == "has more than two decimals: 0.001");
  CHECK(refusal("1,50") == "is not a number: '1,50'");
  CHECK(refusal("0x10") == "is not a number: '0x10'");
  CHECK(refusal("nan") == "is not a number: 'nan'");
}

TEST_CASE("amounts lie within ±10^15 kr, the edges included") {
  CHECK(amount("1000000000000000") == ore(Money::kMaxOre));
  CHECK(amount("-1000000000000000") == ore(-Money::kMaxOre));
  CHECK(amount("1e15") == ore(Money::kMaxOre));
  CHECK(refusal("1000000000000000.01") == "is out of range: 1000000000000000.01");
  CHECK(refusal("9007199254740993") == "is out of range: 9007199254740993");
  CHECK(refusal("1e309") == "is out of range: 1e309");
  CHECK(refusal("1e100") == "is out of range: 1e100");
  CHECK_FALSE(Money::from_ore(Money::kMaxOre + 1));
  CHECK_FALSE(Money::from_ore(std::numeric_limits<std::int64_t>::min()));
}

TEST_CASE("sums are exact: 0,34 + 1 + 2,68 kr is 4,02 kr") {
  const MoneySum total = sum({amount("0.34"), amount("1"), amount("2.68")});
  REQUIRE(total.total);
  CHECK(*total.total == ore(402));
  CHECK(sv::format_money(*total.total) == "4,02\u00A0kr");
  // Ten times 0,10 kr is exactly 1 kr (as doubles it is 0.9999999999999999).
  CHECK(*sum(std::vector<Money>(10, amount("0.10"))).total == ore(100));
}

TEST_CASE("a sum beyond the range is refused, naming the amount that took it there") {
  const MoneySum total = sum({amount("600000000000000"), amount("300000000000000"), amount("200000000000000"),
                              amount("1")});
  CHECK_FALSE(total.total);
  CHECK(total.overflow_at == 2);
  CHECK_FALSE(ore(Money::kMaxOre).plus(ore(1)));
  CHECK(ore(Money::kMaxOre).plus(ore(-1)) == ore(Money::kMaxOre - 1));
}

TEST_CASE("an amount becomes the exact number of kronor it is") {
  CHECK(ore(40200).kronor() == Decimal{402, 0});
  CHECK(ore(402).kronor() == Decimal{402, 2});
  CHECK(ore(150050).kronor() == Decimal{15005, 1});
  const Value total = Value::amount(ore(9007199254740993));
  CHECK(total.exact_number() == Decimal{9007199254740993, 2});
  CHECK(read_amount(*total.exact_number()).money == ore(9007199254740993));
}

TEST_CASE("money is formatted with grouped kronor, öre only when present, and a real minus") {
  CHECK(sv::format_money(ore(0)) == "0\u00A0kr");
  CHECK(sv::format_money(ore(5)) == "0,05\u00A0kr");
  CHECK(sv::format_money(ore(123456700)) == "1\u00A0234\u00A0567\u00A0kr");
  CHECK(sv::format_money(ore(123450)) == "1\u00A0234,50\u00A0kr");
  CHECK(sv::format_money(ore(-123450)) == "\u22121\u00A0234,50\u00A0kr");
  CHECK(sv::format_money(ore(9007199254740993)) == "90\u00A0071\u00A0992\u00A0547\u00A0409,93\u00A0kr");
  CHECK(sv::format_money(ore(Money::kMaxOre)) == "1\u00A0000\u00A0000\u00A0000\u00A0000\u00A0000\u00A0kr");
  CHECK(sv::format_decimal(Decimal{-1234505, 3}) == "\u22121\u00A0234,505");
}

TEST_CASE("JSON numbers reach the value exactly") {
  const Value root = load_json(R"({"a": 0.34, "b": 9007199254740993, "c": -12, "d": 0.345, "e": 1.5e3})");
  CHECK(root.find("a")->exact_number() == Decimal{34, 2});
  CHECK(root.find("b")->exact_number() == Decimal{9007199254740993, 0});
  CHECK(root.find("c")->exact_number() == Decimal{-12, 0});
  CHECK(root.find("d")->exact_number() == Decimal{345, 3});
  CHECK(root.find("e")->exact_number() == Decimal{1500, 0});
  CHECK(root.find("a")->as_number() == 0.34);
}

TEST_CASE("XML numbers are read strictly: nan, inf, hex, 1e309 and trailing text stay text") {
  for (const char* bad : {"nan", "inf", "-inf", "0x10", "1e309", "6 st", "6x", "1,5", "+6"}) {
    INFO(bad);
    const Value root = load_xml(std::string("<report><seats>") + bad + "</seats><amount>" + bad + "</amount></report>");
    CHECK(root.find("seats")->is_string());
    CHECK(root.find("amount")->is_string());
  }
  const Value root = load_xml("<report><seats> 6 </seats><amount>9007199254740993</amount></report>");
  CHECK(root.find("seats")->exact_number() == Decimal{6, 0});
  CHECK(root.find("amount")->exact_number() == Decimal{9007199254740993, 0});
  const Value attribute = load_xml(R"(<report amount="0.34"/>)");
  CHECK(attribute.find("amount")->exact_number() == Decimal{34, 2});
}

TEST_CASE("the money filter prints an amount exactly, and refuses one that is not") {
  CHECK(money_filter(R"({"x": 0.34})") == "0,34\u00A0kr\n");
  CHECK(money_filter(R"({"x": 90071992547409.93})") == "90\u00A0071\u00A0992\u00A0547\u00A0409,93\u00A0kr\n");
  CHECK(money_filter(R"({"x": 2700000})") == "2\u00A0700\u00A0000\u00A0kr\n");
  const std::string refused = money_filter(R"({"x": 9007199254740993})");
  CHECK(refused.find("filter 'money' needs an amount in kronor with at most two decimals, within ±10^15 kr, got "
                     "9\u00A0007\u00A0199\u00A0254\u00A0740\u00A0993") != std::string::npos);
  CHECK(money_filter(R"({"x": 0.345})").find("filter 'money' needs an amount") != std::string::npos);
}

TEST_CASE("numbers from data print exactly, and round exactly") {
  CHECK(print("x", R"({"x": 9007199254740993})") == "9\u00A0007\u00A0199\u00A0254\u00A0740\u00A0993\n");
  CHECK(print("x | number", R"({"x": 9007199254740993})") == "9\u00A0007\u00A0199\u00A0254\u00A0740\u00A0993\n");
  CHECK(print("x | number:2", R"({"x": 2.675})") == "2,68\n");  // the double is 2.67499999…
  CHECK(print("x | percent:1", R"({"x": 12.25})") == "12,3\u00A0%\n");
  CHECK(print("x", R"({"x": 0.345})") == "0,35\n");
  CHECK(sv::format_decimal(Decimal{-2675, 3}, 2) == "\u22122,68");
  CHECK(sv::format_decimal(Decimal{-1, 3}, 0) == "0");
  CHECK(sv::format_decimal(Decimal{5, 0}, 2) == "5,00");
  CHECK(sv::format_decimal(Decimal{15, 1}, 3) == "1,500");
  CHECK(sv::format_decimal(Decimal{123456789012345678, 40}, 2) == "0,00");
}
