// Implements the text policy (see text_policy.hpp) with utf8proc for NFC and categories.
#include "base/text_policy.hpp"

#include <cstdio>
#include <cstdlib>

#include <utf8proc.h>

#include "base/utf8.hpp"

namespace kansli {
namespace {

std::string code_of(char32_t c) {
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  return code;
}

// The names of the bidirectional controls, or null for any other character.
const char* bidi_control_name(char32_t c) {
  switch (c) {
    case 0x061C: return "an Arabic letter mark";
    case 0x200E: return "a left-to-right mark";
    case 0x200F: return "a right-to-left mark";
    case 0x202A: return "a left-to-right embedding";
    case 0x202B: return "a right-to-left embedding";
    case 0x202C: return "a pop directional formatting";
    case 0x202D: return "a left-to-right override";
    case 0x202E: return "a right-to-left override";
    case 0x2066: return "a left-to-right isolate";
    case 0x2067: return "a right-to-left isolate";
    case 0x2068: return "a first strong isolate";
    case 0x2069: return "a pop directional isolate";
    default: return nullptr;
  }
}

bool is_control(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

bool is_noncharacter(char32_t c) { return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE; }

// Says why `c` is refused, or returns false.
bool refuse(char32_t c, RefusedCharacter& out) {
  const std::string code = code_of(c);
  if (is_control(c)) {
    out.what = "a control character (" + code + ")";
    out.hint = c == 0x0B ? "remove it: a vertical tab is how some programs write a line break; start a new "
                           "paragraph, or end the line with a backslash in Markdown"
                         : "remove it: control characters cannot be printed (they come along when text is "
                           "copied out of some programs)";
  } else if (const char* name = bidi_control_name(c)) {
    out.what = std::string(name) + " (" + code + ")";
    out.hint = "remove the " + std::string(name + 2 + (name[1] == 'n')) + " " + code +
               ": it makes the PDF and the HTML show the text in different orders";
  } else if (is_noncharacter(c)) {
    out.what = "a noncharacter (" + code + ")";
    out.hint = "remove it: it is not a character and cannot be printed";
  } else if (c > 0xFFFF) {
    out.what = "the character " + describe_code_point(c);
    out.hint = "the PDF cannot print emoji and other characters above U+FFFF; remove it or write it out in words";
  } else {
    return false;
  }
  out.code_point = c;
  return true;
}

bool is_invisible(char32_t c) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF: return true;  // format: soft hyphen, zero-width space, joiners, BOM
    default: break;
  }
  // Blank letters and the combining grapheme joiner.
  return c == 0x034F || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
}

}  // namespace

std::optional<RefusedCharacter> find_refused_character(std::string_view text) {
  RefusedCharacter found;
  char32_t c = 0;
  for (std::size_t offset = 0; offset < text.size();) {
    const std::size_t length = next_code_point(text, offset, c);
    if (c >= 0x20 && c < 0x7F) {  // printable ASCII, most of any text
      offset += length;
      continue;
    }
    if (refuse(c, found)) {
      found.offset = offset;
      return found;
    }
    offset += length;
  }
  return std::nullopt;
}

std::string describe_text_before(std::string_view text, std::size_t offset) {
  if (offset == 0) return "at the start of the text";
  std::size_t start = offset;
  for (int count = 0; start > 0 && count < 20;) {
    --start;
    count += (static_cast<unsigned char>(text[start]) & 0xC0) != 0x80;
  }
  std::string shown = start > 0 ? "…" : "";
  for (std::size_t i = start; i < offset; ++i) {
    const char c = text[i];
    shown += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
  }
  return "after '" + shown + "'";
}

bool is_blank_text(std::string_view text) {
  char32_t c = 0;
  for (std::size_t offset = 0; offset < text.size();) {
    offset += next_code_point(text, offset, c);
    if (!is_invisible(c)) return false;
  }
  return true;
}

std::string to_nfc(std::string_view text) {
  bool ascii = true;
  for (const char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii || text.empty()) return std::string(text);
  utf8proc_uint8_t* composed = nullptr;
  const utf8proc_ssize_t length =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
                   &composed, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (length < 0) return std::string(text);  // not valid UTF-8: the loaders refused it before
  std::string out(reinterpret_cast<const char*>(composed), static_cast<std::size_t>(length));
  std::free(composed);
  return out;
}

bool is_line_separator(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

std::string normalize_plain_text(std::string_view text) {
  std::string out = to_nfc(text);
  // Most text has nothing to space (a tab, U+2028 or U+2029, which is E2 80 A8/A9 in UTF-8).
  if (out.find('\t') == std::string::npos && out.find("\xE2\x80\xA8") == std::string::npos &&
      out.find("\xE2\x80\xA9") == std::string::npos) {
    return out;
  }
  std::string spaced;
  char32_t c = 0;
  for (std::size_t offset = 0; offset < out.size();) {
    const std::size_t length = next_code_point(out, offset, c);
    if (c == '\t' || c == 0x2028 || c == 0x2029) spaced += ' ';
    else spaced.append(out, offset, length);
    offset += length;
  }
  return spaced;
}

}  // namespace kansli
