// kansli's own data checks (real dates from 1900 to 2099, HH:MM times, unique ids, the text
// policy: no refused characters, no blank text; amounts; link targets the link policy allows,
// in rich text and in "uri" fields) and the conversion of Markdown to rich text, both walking
// data alongside its schema (see violations.hpp and validate.hpp).
#include <map>

#include "base/links.hpp"
#include "base/money.hpp"
#include "base/text_policy.hpp"
#include "base/utf8.hpp"

#include "richtext/markdown.hpp"
#include "sv/format.hpp"
#include "validate/validate.hpp"
#include "validate/violations.hpp"

namespace kansli {
namespace validation {
namespace {

std::string format_of(const SchemaView& schema, const Value* node) {
  node = schema.resolve(node);
  const Value* format = node ? node->find("format") : nullptr;
  return format && format->is_string() ? format->as_string() : "";
}

// The years a date in data may have: governance documents are about the present, so a
// year such as 0000 or 0206 is a slip of the keyboard, not a date to print.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2099;

void check_date(const std::string& text, const std::string& path, std::vector<Violation>& out) {
  const auto date = sv::parse_iso_date(text);
  if (!date) {
    out.push_back({path, sv::looks_like_iso_date(text) ? "'" + text + "' is not a real date"
                                                       : "'" + text + "' is not a date",
                   {"write dates as YYYY-MM-DD, e.g. 2026-03-12"}});
  } else if (date->year < kFirstYear || date->year > kLastYear) {
    out.push_back({path, "'" + text + "' is outside the years kansli accepts (" + std::to_string(kFirstYear) + "–" +
                             std::to_string(kLastYear) + ")",
                   {"is the year mistyped? write dates as YYYY-MM-DD, e.g. 2026-03-12"}});
  }
}

void check_text(const std::string& text, const std::string& format, const std::string& path,
                std::vector<Violation>& out) {
  if (format == "date") check_date(text, path, out);
  if (format == "uri") {
    if (auto refusal = refuse_link(text)) out.push_back({path, refusal->message, {refusal->hint}});
  }
  const bool time = sv::parse_clock_minutes(text).has_value();
  if (format == "clock-time" && !time) {
    out.push_back({path, "'" + text + "' is not a time", {"write times as HH:MM, e.g. 09:00 or 13:30"}});
  }
}

// Whether `node` (resolved) is free text, which must not be blank: not an id, date, time
// or choice, which have checks of their own. An empty string the schema's minLength
// refuses is left to that message.
bool is_free_text(const SchemaView& schema, const Value* node, const std::string& text) {
  node = schema.resolve(node);
  if (!node) return false;
  for (const char* keyword : {"pattern", "format", "enum", "const"}) {
    if (node->find(keyword)) return false;
  }
  const Value* minimum = node->find("minLength");
  return !(text.empty() && minimum && minimum->is_number() && minimum->as_number() >= 1);
}

// Checks that a number given for an amount is one: at most two decimals (öre) and
// within the range (see base/money.hpp), read from the digits the data wrote.
void check_amount(const Value& number, const std::string& path, std::vector<Violation>& out) {
  const auto exact = number.exact_number();
  const AmountReading reading = exact ? read_amount(*exact) : AmountReading{};
  if (reading.money) return;
  const std::string field = "'" + field_name(path) + "' ";
  if (!exact) {
    out.push_back({path, field + "has too many digits for an amount",
                   {std::string("amounts are at most ") + kMaxAmountText + ", in kronor with at most two decimals"}});
    return;
  }
  out.push_back({path, field + reading.problem, {reading.hint}});
}

// Checks the target of every link inside a rich text value (in footnotes too) against
// the link policy (base/links.hpp), reporting each refused one at the field.
void check_rich_text_links(const Value& value, const std::string& path, std::vector<Violation>& out) {
  if (value.is_array()) for (const auto& item : value.as_array()) check_rich_text_links(item, path, out);
  if (!value.is_object()) return;
  const Value* type = value.find("type");
  const Value* href = value.find("href");
  if (type && type->is_string() && type->as_string() == "link") {
    const std::string target = href && href->is_string() ? href->as_string() : "";
    if (auto refusal = refuse_link(target)) out.push_back({path, refusal->message, {refusal->hint}});
  }
  for (const auto& [key, member] : value.as_object()) {
    if (member.is_array() || member.is_object()) check_rich_text_links(member, path, out);
  }
}

// The same for rich text still in Markdown: only text that can hold a link ('[' for
// links and footnotes, '<' for autolinks) is converted to look.
void check_markdown_links(const std::string& text, const std::string& path, std::vector<Violation>& out) {
  if (text.find_first_of("[<") == std::string::npos) return;
  check_rich_text_links(markdown_to_rich_text(text).rich_text, path, out);
}

void check_ids(const Value& list, const std::string& path, std::vector<Violation>& out) {
  std::map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < list.as_array().size(); ++i) {
    const Value* id = list.as_array()[i].find("id");
    if (!id || !id->is_string()) continue;
    const auto [seen, inserted] = first.emplace(id->as_string(), i);
    if (inserted) continue;
    out.push_back({child_path(child_path(path, i), "id"), "duplicate id '" + id->as_string() + "'",
                   {"the same id is used at " + child_path(path, seen->second) + "; ids must be unique"}});
  }
}

// `required`: the field is required, or an item of a list (where a blank item is a mistake).
void walk(const Value& value, const Value* node, const SchemaView& schema, const std::string& path, bool required,
          std::vector<Violation>& out) {
  if (value.is_string()) {
    check_characters(value.as_string(), path, out);
    if (is_free_text(schema, node, value.as_string())) {
      check_blank(value.as_string(), path, required, out, schema.description(node));
    }
    if (schema.is_rich_text(node)) check_markdown_links(value.as_string(), path, out);
    return check_text(value.as_string(), format_of(schema, node), path, out);
  }
  if (value.is_number() && format_of(schema, node) == "amount") return check_amount(value, path, out);
  if (is_rich_text(value)) {
    check_rich_text_links(value, path, out);
    return check_rich_text(value, path, required, out, schema.description(node));
  }
  if (value.is_array()) {
    check_ids(value, path, out);
    for (std::size_t i = 0; i < value.as_array().size(); ++i) {
      walk(value.as_array()[i], schema.items(node), schema, child_path(path, i), true, out);
    }
  } else if (value.is_object()) {
    for (const auto& [key, member] : value.as_object()) {
      walk(member, schema.property(node, key), schema, child_path(path, key), schema.is_required(node, key), out);
    }
  }
}

// Converts Markdown, checks what it became (characters from entities such as &#x202E;,
// blank text) and puts every text into its one form.
void convert(Value& value, const Value* node, const SchemaView& schema, const std::string& path, bool required,
             std::vector<Violation>& out) {
  if (schema.is_rich_text(node) && value.is_string()) {
    ConvertedMarkdown converted = markdown_to_rich_text(value.as_string());
    for (auto& problem : converted.problems) out.push_back({path, std::move(problem.message), {std::move(problem.hint)}});
    if (converted.problems.empty()) check_rich_text(converted.rich_text, path, required, out, schema.description(node));
    value = std::move(converted.rich_text);
  }
  if (is_rich_text(value)) {
    normalize_rich_text(value);
  } else if (value.is_string()) {
    value = Value::string(normalize_plain_text(value.as_string()));
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.as_array().size(); ++i) {
      convert(value.as_array()[i], schema.items(node), schema, child_path(path, i), true, out);
    }
  } else if (value.is_object()) {
    for (const auto& name : std::vector<std::string>(schema.property_names(node))) {
      if (Value* member = value.find(name)) {
        convert(*member, schema.property(node, name), schema, child_path(path, name), schema.is_required(node, name), out);
      }
    }
  }
}

}  // namespace

void check_formats_and_ids(const Value& data, const SchemaView& schema, std::vector<Violation>& out) {
  walk(data, &schema.root(), schema, "", true, out);
}

void convert_text(Value& data, const SchemaView& schema, std::vector<Violation>& out) {
  convert(data, &schema.root(), schema, "", true, out);
}

}  // namespace validation

bool convert_rich_text(LoadedFile& data, const SchemaSet& schemas, Diagnostics& diagnostics) {
  const Value* kind = data.root.find("kind");
  const SchemaView* schema = kind && kind->is_string() ? schemas.view(kind->as_string()) : nullptr;
  if (!schema) return true;
  std::vector<validation::Violation> violations;
  validation::convert_text(data.root, *schema, violations);
  const bool converted = violations.empty();
  validation::report_violations(std::move(violations), data, diagnostics);
  return converted;
}

}  // namespace kansli
