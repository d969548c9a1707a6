// Implements the template filters (see filters.hpp). Each filter is a small function
// from (input, arguments) to a value or an error text; the table maps names to them.
#include "template/filters.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

#include "base/suggest.hpp"
#include "sv/format.hpp"

namespace kansli::tmpl {
namespace {

// A filter's result: a value, or the reason it could not apply. A reason about the
// value alone (a date that does not exist) reads the same whichever filter found it.
struct Outcome {
  std::optional<Value> value;
  std::string error;
  bool about_value_only = false;
};

using FilterFunction = std::function<Outcome(const Value&, const std::vector<Value>&)>;

Outcome fail(std::string error) { return {std::nullopt, std::move(error)}; }
Outcome ok(std::string text) { return {Value::string(std::move(text)), ""}; }

std::string quote(const Value& v) {
  if (v.is_string()) return "'" + v.as_string() + "'";
  if (v.is_number()) {
    const auto exact = v.exact_number();
    return exact ? sv::format_decimal(*exact) : sv::format_number(v.as_number(), 0);
  }
  return describe_type(v.type());
}

// Wraps a date formatter as a filter that first checks the value is an ISO date.
FilterFunction date_filter(std::string (*format)(const sv::Date&)) {
  return [format](const Value& in, const std::vector<Value>&) {
    const auto date = in.is_string() ? sv::parse_iso_date(in.as_string()) : std::nullopt;
    if (!date && in.is_string() && sv::looks_like_iso_date(in.as_string())) {
      return Outcome{std::nullopt, quote(in) + " is not a real date", true};
    }
    if (!date) return fail("needs a date written YYYY-MM-DD, got " + quote(in));
    return ok(format(*date));
  };
}

// Wraps a number formatter as a filter that checks the value is a number.
FilterFunction number_filter(std::string (*format)(const Value&, int), int decimals) {
  return [format, decimals](const Value& in, const std::vector<Value>& args) {
    if (!in.is_number()) return fail("needs a number, got " + quote(in));
    const double wanted = args.empty() || !args[0].is_number() ? decimals : args[0].as_number();
    return ok(format(in, static_cast<int>(std::clamp(wanted, 0.0, 10.0))));
  };
}

// Wraps a text transformation as a filter that checks the value is text.
FilterFunction text_filter(std::string (*transform)(std::string_view)) {
  return [transform](const Value& in, const std::vector<Value>&) {
    if (!in.is_string()) return fail("needs a text, got " + quote(in));
    return ok(transform(in.as_string()));
  };
}

Outcome time_filter(const Value& in, const std::vector<Value>&) {
  const auto time = in.is_string() ? sv::format_time(in.as_string()) : std::nullopt;
  if (!time) return fail("needs a time written HH:MM, got " + quote(in));
  return ok(*time);
}

Outcome default_filter(const Value& in, const std::vector<Value>& args) {
  if (args.size() != 1) return fail("needs one argument, the text to use instead");
  return {in.truthy() ? in : args[0], ""};
}

Outcome join_filter(const Value& in, const std::vector<Value>& args) {
  if (!in.is_array()) return fail("needs a list, got " + quote(in));
  const std::string separator =
      args.empty() || !args[0].is_string() ? ", " : args[0].as_string();
  std::string out;
  for (const auto& item : in.as_array()) {
    if (!item.is_string()) return fail("needs a list of texts, found " + quote(item));
    out += (out.empty() ? "" : separator) + item.as_string();
  }
  return ok(out);
}

Outcome count_filter(const Value& in, const std::vector<Value>&) {
  if (!in.is_array()) return fail("needs a list, got " + quote(in));
  return {Value::number(static_cast<double>(in.as_array().size())), ""};
}

// Formats an amount exactly: a number from data as written, a computed one to the öre.
Outcome money_filter(const Value& in, const std::vector<Value>&) {
  if (!in.is_number()) return fail("needs an amount (a number), got " + quote(in));
  AmountReading reading;
  if (const auto exact = in.exact_number()) {
    reading = read_amount(*exact);
  } else if (std::isfinite(in.as_number()) && std::fabs(in.as_number()) <= Money::kMaxKronor) {
    reading.money = Money::from_ore(std::llround(in.as_number() * 100));
  }
  if (!reading.money) {
    return fail("needs an amount in kronor with at most two decimals, within ±10^15 kr, got " + quote(in));
  }
  return ok(sv::format_money(*reading.money));
}

std::string percent(const Value& value, int decimals) { return format_number_value(value, decimals) + "\u00A0%"; }
std::string date_iso(const sv::Date& d) { return sv::format_date_iso(d); }
std::string date_long(const sv::Date& d) { return sv::format_date_long(d); }
std::string date_weekday(const sv::Date& d) { return sv::format_date_with_weekday(d); }
std::string weekday(const sv::Date& d) { return sv::weekday_name(d); }
std::string year(const sv::Date& d) { return std::to_string(d.year); }

const std::vector<std::pair<std::string, FilterFunction>>& filter_table() {
  static const std::vector<std::pair<std::string, FilterFunction>> kFilters = {
      {"date", date_filter(date_iso)},
      {"date_long", date_filter(date_long)},
      {"date_weekday", date_filter(date_weekday)},
      {"weekday", date_filter(weekday)},
      {"year", date_filter(year)},
      {"time", time_filter},
      {"money", money_filter},
      {"number", number_filter(format_number_value, 0)},
      {"percent", number_filter(percent, 0)},
      {"upper", text_filter(sv::to_upper)},
      {"lower", text_filter(sv::to_lower)},
      {"capitalize", text_filter(sv::capitalize_first)},
      {"default", default_filter},
      {"join", join_filter},
      {"count", count_filter},
  };
  return kFilters;
}

}  // namespace

std::string format_number_value(const Value& number, int decimals) {
  const auto exact = number.exact_number();
  return exact ? sv::format_decimal(*exact, decimals) : sv::format_number(number.as_number(), decimals);
}

std::vector<std::string> filter_names() {
  std::vector<std::string> names;
  for (const auto& [name, function] : filter_table()) names.push_back(name);
  return names;
}

std::optional<Value> apply_filter(const FilterCall& call, const Value& input,
                                  const std::string& data_path, const DataModel& model,
                                  Diagnostics& diagnostics) {
  for (const auto& [name, function] : filter_table()) {
    if (name != call.name) continue;
    Outcome outcome = function(input, call.arguments);
    if (outcome.value) return outcome.value;
    // A value from a data file is reported where it is written (where a user fixes
    // it); the template position follows as a hint. Other values at the template.
    const SourcePosition where = model.locate(data_path);
    const bool in_data = where.line > 0;
    auto& error = diagnostics.error(in_data ? where : call.position,
                                    outcome.about_value_only ? outcome.error
                                                             : "filter '" + name + "' " + outcome.error);
    error.data_path = model.file_path(data_path);
    if (in_data) error.hints.push_back("the template applies it at " + format_position(call.position));
    return std::nullopt;
  }
  auto& error = diagnostics.error(call.position, "unknown filter '" + call.name + "'");
  if (auto near = closest_match(call.name, filter_names())) {
    error.hints.push_back("did you mean '" + *near + "'?");
  }
  return std::nullopt;
}

}  // namespace kansli::tmpl
