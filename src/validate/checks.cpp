// kansli's own data checks (real dates from 1900 to 2099, HH:MM times, unique ids, no characters above
// U+FFFF) and the conversion
// of Markdown to rich text, both walking data alongside its schema (see
// violations.hpp and validate.hpp).
#include <algorithm>
#include <map>

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
  const bool time = text.size() == 5 && text[2] == ':' && sv::format_time(text);
  if (format == "clock-time" && !time) {
    out.push_back({path, "'" + text + "' is not a time", {"write times as HH:MM, e.g. 09:00 or 13:30"}});
  }
}

// Characters above U+FFFF (emoji, rare CJK, mathematical letters): the PDF writer
// (libharu) would silently print spaces for them, so they are refused where they stand.
void check_characters(const std::string& text, const std::string& path, std::vector<Violation>& out) {
  // Only a four-byte sequence (lead byte 0xF0 and up) is above U+FFFF.
  const auto four_byte = [](char byte) { return static_cast<unsigned char>(byte) >= 0xF0; };
  if (std::none_of(text.begin(), text.end(), four_byte)) return;
  for (const char32_t c : decode_utf8(text)) {
    if (c <= 0xFFFF) continue;
    out.push_back({path, "the character " + describe_code_point(c) + " cannot be printed in the PDF",
                   {"emoji and other characters above U+FFFF are not supported; remove it or write it out in words"}});
    return;  // one report per field
  }
}

// Checks the characters of every text inside a rich text value (XML form) at its field.
void check_rich_text_characters(const Value& value, const std::string& path, std::vector<Violation>& out) {
  if (value.is_string()) check_characters(value.as_string(), path, out);
  if (value.is_array()) for (const auto& item : value.as_array()) check_rich_text_characters(item, path, out);
  if (value.is_object()) for (const auto& [key, member] : value.as_object()) check_rich_text_characters(member, path, out);
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

void walk(const Value& value, const Value* node, const SchemaView& schema, const std::string& path,
          std::vector<Violation>& out) {
  if (value.is_string()) {
    check_characters(value.as_string(), path, out);
    return check_text(value.as_string(), format_of(schema, node), path, out);
  }
  if (is_rich_text(value)) return check_rich_text_characters(value, path, out);
  if (value.is_array()) {
    check_ids(value, path, out);
    for (std::size_t i = 0; i < value.as_array().size(); ++i) {
      walk(value.as_array()[i], schema.items(node), schema, child_path(path, i), out);
    }
  } else if (value.is_object() && !is_rich_text(value)) {
    for (const auto& [key, member] : value.as_object()) {
      walk(member, schema.property(node, key), schema, child_path(path, key), out);
    }
  }
}

void convert(Value& value, const Value* node, const SchemaView& schema) {
  if (schema.is_rich_text(node) && value.is_string()) {
    value = markdown_to_rich_text(value.as_string());
  } else if (value.is_array()) {
    for (auto& item : value.as_array()) convert(item, schema.items(node), schema);
  } else if (value.is_object() && !is_rich_text(value)) {
    for (const auto& name : std::vector<std::string>(schema.property_names(node))) {
      if (Value* member = value.find(name)) convert(*member, schema.property(node, name), schema);
    }
  }
}

}  // namespace

void check_formats_and_ids(const Value& data, const SchemaView& schema, std::vector<Violation>& out) {
  walk(data, &schema.root(), schema, "", out);
}

}  // namespace validation

void convert_rich_text(LoadedFile& data, const SchemaSet& schemas) {
  const Value* kind = data.root.find("kind");
  const SchemaView* schema = kind && kind->is_string() ? schemas.view(kind->as_string()) : nullptr;
  if (schema) validation::convert(data.root, &schema->root(), *schema);
}

}  // namespace kansli
