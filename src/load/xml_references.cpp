// Checks the entity and character references of an XML data file before pugixml
// decodes them (see xml_reader.hpp). pugixml decodes &#0; to a NUL that ends the text,
// writes surrogates and code points above U+10FFFF as bytes that are not UTF-8, and
// leaves names it does not know (&ouml;, &nbsp;) as they are written; so every
// reference is read here first, and one XML does not allow is an error at its '&'.
#include <algorithm>
#include <array>
#include <utility>
#include <cctype>
#include <cstdio>
#include <string_view>

#include "base/utf8.hpp"
#include "load/xml_reader.hpp"

namespace kansli::xml {
namespace {

// HTML's names for U+00A0 to U+00FF, in order: the ones people write by habit.
constexpr std::array<std::string_view, 96> kLatin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",   "ordf",
    "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",   "acute",  "micro",
    "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12", "frac34", "iquest", "Agrave",
    "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil", "Egrave", "Eacute", "Ecirc",  "Euml",
    "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde", "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",
    "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",  "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute",
    "acirc",  "atilde", "auml",   "aring",  "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave",
    "iacute", "icirc",  "iuml",   "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide",
    "oslash", "ugrave", "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml"};

struct NamedCharacter {
  std::string_view name;
  char32_t code_point;
};
constexpr std::array<NamedCharacter, 22> kOtherNames = {{
    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"ndash", 0x2013},  {"mdash", 0x2014},
    {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},
    {"bdquo", 0x201E},  {"dagger", 0x2020}, {"bull", 0x2022},   {"hellip", 0x2026}, {"permil", 0x2030},
    {"prime", 0x2032},  {"euro", 0x20AC},   {"trade", 0x2122},  {"larr", 0x2190},   {"rarr", 0x2192},
    {"minus", 0x2212},  {"zwnj", 0x200C},
}};

// The character HTML names `name`, or 0.
char32_t html_character(std::string_view name) {
  for (std::size_t i = 0; i < kLatin1Names.size(); ++i) {
    if (kLatin1Names[i] == name) return static_cast<char32_t>(0xA0 + i);
  }
  for (const auto& named : kOtherNames) {
    if (named.name == name) return named.code_point;
  }
  return 0;
}

// Whether XML 1.0 allows the character (its production Char).
bool xml_allows(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

bool is_name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.'; }

// The hint for a named entity XML does not define.
std::string unknown_entity_hint(std::string_view name) {
  const char32_t c = html_character(name);
  const std::string number = "&#" + std::to_string(static_cast<unsigned long>(c)) + ";";
  if (c == 0) {
    return "XML knows only &amp; &lt; &gt; &quot; and &apos;: write the character itself, or its number "
           "as &#246;; a '&' itself is written &amp;";
  }
  const bool invisible = c == 0xA0 || c == 0xAD || (c >= 0x2002 && c <= 0x200C);
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
  if (invisible) return "write " + number + " (" + code + "): XML knows only &amp; &lt; &gt; &quot; and &apos;";
  std::string itself;
  append_utf8(itself, c);
  return "use the character " + itself + " itself or " + number + ": XML knows only &amp; &lt; &gt; &quot; and &apos;";
}

// Checks the reference `reference` ("&…;", or shorter when not closed): an error or "".
std::string check_reference(std::string_view reference, std::string& hint) {
  if (reference.size() < 3 || reference.back() != ';') return "";  // not a reference: pugixml keeps it as text
  const std::string_view body = reference.substr(1, reference.size() - 2);
  if (body[0] != '#') {
    if (body == "amp" || body == "lt" || body == "gt" || body == "quot" || body == "apos") return "";
    hint = unknown_entity_hint(body);
    return "unknown entity '" + std::string(reference) + "'";
  }
  const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  const std::string_view digits = body.substr(hex ? 2 : 1);
  unsigned long value = 0;
  bool valid = !digits.empty();
  for (const char d : digits) {
    const int digit = std::isdigit(static_cast<unsigned char>(d)) ? d - '0'
                      : hex && std::isxdigit(static_cast<unsigned char>(d)) ? std::tolower(d) - 'a' + 10 : -1;
    if (digit < 0) valid = false;
    if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + static_cast<unsigned long>(std::max(digit, 0));
  }
  if (!valid) {
    hint = "a character reference is written &#246; (decimal) or &#xF6; (hexadecimal)";
    return "malformed character reference '" + std::string(reference) + "'";
  }
  if (xml_allows(static_cast<char32_t>(value)) && value <= 0x10FFFF) return "";
  hint = value == 0 ? "XML cannot hold U+0000 in any form; remove it"
         : value > 0x10FFFF ? "Unicode ends at U+10FFFF"
         : value >= 0xD800 && value <= 0xDFFF ? "surrogates are not characters; write the character itself (or its "
                                                "own number), not the halves of its UTF-16 form"
                                              : "XML 1.0 does not allow this control character";
  return "character reference '" + std::string(reference) + "' names a code point XML does not allow";
}

// The end of the markup that starts at `at` and holds no references (a comment, CDATA
// or a processing instruction), or `at` when none starts there.
std::size_t skip_markup(std::string_view text, std::size_t at) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"<!--", "-->"},
                                    {"<![CDATA[", "]]>"},
                                    {"<?", "?>"}}) {
    if (text.substr(at, open.size()) != open) continue;
    const std::size_t end = text.find(close, at + open.size());
    return end == std::string_view::npos ? text.size() : end + close.size();
  }
  return at;
}

}  // namespace

bool report_bad_references(std::string_view text, const PositionTracker& positions, Diagnostics& diagnostics) {
  bool bad = false;
  for (std::size_t at = text.find_first_of("<&"); at != std::string_view::npos; at = text.find_first_of("<&", at)) {
    if (text[at] == '<') {
      const std::size_t end = skip_markup(text, at);
      at = end == at ? at + 1 : end;
      continue;
    }
    std::size_t end = at + 1;
    if (end < text.size() && text[end] == '#') ++end;
    while (end < text.size() && end - at < 32 && is_name_char(text[end])) ++end;
    if (end < text.size() && text[end] == ';') ++end;
    std::string hint;
    const std::string error = check_reference(text.substr(at, end - at), hint);
    if (!error.empty()) {
      diagnostics.error(positions.at(at), error).hints.push_back(hint);
      bad = true;
    }
    at = end;
  }
  return bad;
}

}  // namespace kansli::xml
