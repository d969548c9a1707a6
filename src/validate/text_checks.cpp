// The text policy (base/text_policy.hpp) applied to data: refused characters and blank text
// reported at their field, footnotes inside footnotes refused, and text put into its one
// form (NFC; in rich text, tabs and line feeds as spaces and line separators as line breaks).
#include "base/text_policy.hpp"
#include "base/utf8.hpp"
#include "validate/violations.hpp"

namespace kansli::validation {
namespace {

void check_rich_characters(const Value& value, const std::string& path, std::vector<Violation>& out) {
  if (value.is_string()) check_characters(value.as_string(), path, out);
  if (value.is_array()) for (const auto& item : value.as_array()) check_rich_characters(item, path, out);
  if (!value.is_object()) return;
  for (const auto& [key, member] : value.as_object()) {
    if (key == "type") continue;
    check_rich_characters(member, path, out);
  }
}

// Reports a footnote inside a footnote (in XML: <footnote> in <footnote>): the PDF sets
// notes at the page's foot and has no place for a note's note.
void check_footnotes(const Value& value, bool in_note, const std::string& path, std::vector<Violation>& out) {
  const Value* type = value.is_object() ? value.find("type") : nullptr;
  const bool note = type && type->is_string() && type->as_string() == "footnote";
  if (note && in_note) {
    out.push_back({path, "a footnote holds a footnote of its own",
                   {"a footnote cannot have footnotes: write the inner note's text into the outer one"}});
    return;
  }
  if (value.is_array()) for (const auto& item : value.as_array()) check_footnotes(item, in_note || note, path, out);
  if (value.is_object()) for (const auto& [key, member] : value.as_object()) check_footnotes(member, in_note || note, path, out);
}

// Appends every text of a rich text value.
void gather_text(const Value& value, std::string& text) {
  if (value.is_array()) for (const auto& item : value.as_array()) gather_text(item, text);
  if (!value.is_object()) return;
  const Value* type = value.find("type");
  const Value* content = value.find("text");
  if (type && type->is_string() && type->as_string() == "text" && content && content->is_string()) {
    text += content->as_string();
  }
  for (const auto& [key, member] : value.as_object()) {
    if (member.is_array()) gather_text(member, text);
  }
}

// A text inline in its one form, split at line separators into texts and line breaks.
void normalize_text_inline(const std::string& text, Value& out) {
  const std::string composed = to_nfc(text);
  std::string part;
  char32_t c = 0;
  for (std::size_t offset = 0; offset < composed.size();) {
    const std::size_t length = next_code_point(composed, offset, c);
    if (c == 0x2028 || c == 0x2029) {
      out.push_back(Value::object({{"type", Value::string("text")}, {"text", Value::string(std::move(part))}}));
      out.push_back(Value::object({{"type", Value::string("line_break")}}));
      part.clear();
    } else if (c == '\t' || c == '\n' || c == '\r') {
      part += ' ';
    } else {
      part.append(composed, offset, length);
    }
    offset += length;
  }
  out.push_back(Value::object({{"type", Value::string("text")}, {"text", Value::string(std::move(part))}}));
}

// Normalises the inlines of a "content" list, recursing into every block and inline.
void normalize_rich_list(Value& list);

void normalize_rich_node(Value& node) {
  if (node.is_array()) return normalize_rich_list(node);
  if (!node.is_object()) return;
  for (const char* key : {"blocks", "content", "items"}) {
    if (Value* member = node.find(key)) normalize_rich_node(*member);
  }
}

void normalize_rich_list(Value& list) {
  Value out = Value::array();
  for (auto& item : list.as_array()) {
    const Value* type = item.is_object() ? item.find("type") : nullptr;
    const Value* text = item.is_object() ? item.find("text") : nullptr;
    if (type && type->is_string() && type->as_string() == "text" && text && text->is_string()) {
      normalize_text_inline(text->as_string(), out);
    } else {
      normalize_rich_node(item);
      out.push_back(std::move(item));
    }
  }
  list = std::move(out);
}

}  // namespace

void check_characters(const std::string& text, const std::string& path, std::vector<Violation>& out) {
  const auto refused = find_refused_character(text);
  if (!refused) return;
  out.push_back({path, "the text contains " + refused->what + " " + describe_text_before(text, refused->offset),
                 {refused->hint}});
}

void check_blank(const std::string& text, const std::string& path, bool required, std::vector<Violation>& out,
                 const std::string& meaning) {
  if (!is_blank_text(text)) return;
  const std::string name = field_name(path) + (meaning.empty() ? "'" : "' (" + meaning + ")");
  out.push_back({path, text.empty() ? "'" + field_name(path) + "' is empty"
                                    : "'" + field_name(path) + "' is blank: it holds only spaces or invisible characters",
                 {required ? "write the text of '" + name : "write the text of '" + name + ", or leave the field out"}});
}

void check_rich_text(const Value& rich_text, const std::string& path, bool required, std::vector<Violation>& out,
                     const std::string& meaning) {
  check_rich_characters(rich_text, path, out);
  check_footnotes(rich_text, false, path, out);
  std::string text;
  gather_text(rich_text, text);
  check_blank(text, path, required, out, meaning);
}

void normalize_rich_text(Value& rich_text) { normalize_rich_node(rich_text); }

}  // namespace kansli::validation
