// Implements describe_syntax_error (see json_syntax.hpp). nlohmann's message has the
// form "… syntax error while parsing CONTEXT - DETAIL", where DETAIL is either a lexer
// error ("invalid literal; last read: '…'") or "unexpected TOKEN; expected TOKEN";
// `consumed` is the end of the token at fault (a number's look-ahead is given back).
#include "load/json_syntax.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "base/utf8.hpp"

namespace kansli::json {
namespace {

constexpr const char* kValueHint =
    "a value is a \"text\" in double quotes, a number, true, false, null, a list […] or an object {…}";
constexpr const char* kTooEarlyHint = "the file ends too early: is a closing } or ] missing?";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Characters of a word written without quotes: letters (also beyond ASCII), digits, signs.
bool is_word_char(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) || byte >= 0x80 || c == '-' || c == '+' || c == '.' || c == '_';
}

std::size_t word_start(std::string_view text, std::size_t offset) {
  while (offset > 0 && is_word_char(text[offset - 1])) --offset;
  return offset;
}

// The word (or the one character) at `offset`, at most 40 bytes, ready to quote.
std::string quote_at(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return "the end of the file";
  std::size_t end = offset;
  while (end < text.size() && end - offset < 40 && is_word_char(text[end])) ++end;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;  // whole code points
  if (end == offset) {
    const auto byte = static_cast<unsigned char>(text[offset]);
    if (byte < 0x20 || byte == 0x7F) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", byte);
      return code;
    }
    if (byte == '\'') return "single quote (')";
    end = offset + 1;
  }
  return "'" + std::string(text.substr(offset, end - offset)) + "'";
}

// The last character before `offset` that is not white space, or npos.
std::size_t previous_non_space(std::string_view text, std::size_t offset) {
  while (offset > 0 && is_space(text[offset - 1])) --offset;
  return offset == 0 ? std::string_view::npos : offset - 1;
}

// The opening quote of the string whose text runs up to `offset` (exclusive).
std::size_t string_start(std::string_view text, std::size_t offset) {
  for (std::size_t i = std::min(offset, text.size()); i > 0; --i) {
    if (text[i - 1] != '"') continue;
    std::size_t backslashes = 0;
    while (i - 1 >= backslashes + 1 && text[i - 2 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return i - 1;
  }
  return 0;
}

// The last byte the lexer read (within the text), or 0 for an empty text.
std::size_t last_read(std::string_view text, std::size_t consumed) {
  const std::size_t end = std::min(consumed, text.size());
  return end > 0 ? end - 1 : 0;
}

SyntaxError string_error(std::string_view text, std::size_t consumed, const std::string& detail) {
  const std::size_t last = last_read(text, consumed);
  const bool ends_inside = consumed > text.size();  // the lexer read past the end of the text
  if (ends_inside || detail.find("missing closing quote") != std::string::npos) {
    return {string_start(text, text.size()), "malformed JSON: the text that starts here has no closing quote",
            "end it with \"; a quote inside a text is written \\\""};
  }
  if (detail.find("control character") != std::string::npos) {
    if (last < text.size() && (text[last] == '\n' || text[last] == '\r')) {
      return {last, "malformed JSON: a text runs on past the end of its line",
              "is its closing quote missing? a line break inside a text is written \\n"};
    }
    const std::size_t escape = detail.find("must be escaped to ");
    const std::string written = escape == std::string::npos ? "\\u00XX" : detail.substr(escape + 19);
    return {last, "malformed JSON: control character " + quote_at(text, last) + " in a text",
            "write it as " + written.substr(0, written.find(';'))};
  }
  if (detail.find("forbidden character after backslash") != std::string::npos) {
    const std::size_t backslash = last > 0 ? last - 1 : 0;
    std::size_t end = last + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    return {backslash, "malformed JSON: unknown escape '\\" + std::string(text.substr(last, end - last)) + "'",
            "a backslash starts \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX; a backslash itself is written \\\\"};
  }
  const std::size_t escape = text.rfind("\\u", last);
  const std::size_t at = escape == std::string_view::npos ? last : escape;
  if (detail.find("surrogate") != std::string::npos) {
    return {at, "malformed JSON: '" + std::string(text.substr(at, 6)) + "' is half of a surrogate pair",
            "write the character itself instead of \\u escapes"};
  }
  return {at, "malformed JSON: '\\u' must be followed by four hexadecimal digits",
          "a character can be written as \\u00F6, or simply as itself: ö"};
}

// The start of the number that ends at `end` (exclusive).
std::size_t number_start(std::string_view text, std::size_t end) {
  while (end > 0 && (std::isdigit(static_cast<unsigned char>(text[end - 1])) ||
                     std::string_view("+-.eE").find(text[end - 1]) != std::string_view::npos)) {
    --end;
  }
  return end;
}

SyntaxError lexer_error(std::string_view text, std::size_t consumed, const std::string& context,
                        const std::string& detail) {
  if (detail.rfind("invalid string", 0) == 0) return string_error(text, consumed, detail);
  const std::size_t last = last_read(text, consumed);
  if (detail.rfind("invalid number", 0) == 0) {
    const std::size_t end = consumed > text.size() ? text.size() : last;  // the byte that broke it, or the end
    const std::size_t start = number_start(text, end);
    const std::size_t expected = detail.find("expected ");
    const std::string need = expected == std::string::npos ? "" : detail.substr(expected + 9);
    std::string expected_words = need.substr(0, need.find(';'));
    if (expected_words.rfind("digit", 0) == 0) expected_words = "a " + expected_words;
    return {start, "malformed JSON: the number '" + std::string(text.substr(start, end - start)) + "' is incomplete: expected " + expected_words,
            "numbers are written like 1200, -3 or 0.5: a point for decimals, no spaces"};
  }
  if (detail.rfind("invalid BOM", 0) == 0) {
    return {0, "malformed JSON: the file starts with a broken byte order mark", "save the file as UTF-8"};
  }
  // "invalid literal": a character or word that cannot start any token.
  std::size_t at = last;
  if (at < text.size() && !is_word_char(text[at]) && at > 0 && is_word_char(text[at - 1])) --at;
  if (at < text.size() && is_word_char(text[at])) at = word_start(text, at);
  const std::string word = quote_at(text, at);
  std::string lower = word;
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string hint = kValueHint;
  if (previous_non_space(text, at) == std::string_view::npos) {
    hint = "a JSON data file starts with '{'";
  } else if (context == "object key" && at < text.size() && is_word_char(text[at])) {
    hint = "put the key in double quotes: \"" + word.substr(1, word.size() - 2) + "\"";
  } else if (at > 0 && text[at - 1] == '"') {
    hint = "the quote just before this ends a text: is a closing quote missing earlier?";
  } else if (at < text.size() && text[at] == '\'') {
    hint = "JSON writes texts and keys in double quotes (\"), not single quotes";
  } else if (lower == "'true'" || lower == "'false'" || lower == "'null'") {
    hint = "write " + lower.substr(1, lower.size() - 2) + " in lowercase";
  }
  return {at, "malformed JSON: unexpected " + word, hint};
}

// Where the token nlohmann names ends at `consumed`, and how to say it in words.
struct Token {
  std::size_t offset;
  std::string words;
};

Token token_at(std::string_view text, std::size_t consumed, const std::string& name) {
  const std::size_t end = std::min(consumed, text.size());
  if (name == "end of input") {
    const std::size_t last = previous_non_space(text, text.size());
    return {last == std::string_view::npos ? 0 : last + 1, "end of the file"};
  }
  if (name == "string literal") {  // quoted as written, shortened (see excerpt)
    const std::size_t start = string_start(text, end - 1);
    return {start, excerpt(text.substr(start, end - start))};
  }
  if (name == "number literal") {
    const std::size_t start = number_start(text, end);
    return {start, std::string(text.substr(start, end - start))};
  }
  if (name.size() == 3 && name.front() == '\'') return {end - 1, name};  // '[', '}', ':', ','
  const std::string literal = name.substr(0, name.find(' '));          // true, false, null
  return {end >= literal.size() ? end - literal.size() : 0, literal};
}

// The hint for "unexpected TOKEN" where a value, a key or the end of the file was expected.
std::string unexpected_hint(std::string_view text, const Token& token, const std::string& context,
                            const std::string& expected) {
  const std::size_t before = previous_non_space(text, token.offset);
  const bool after_comma = before != std::string_view::npos && text[before] == ',';
  const char closing = token.offset < text.size() ? text[token.offset] : '\0';
  if (token.words == "end of the file") {
    return before == std::string_view::npos ? "the file is empty; a data file holds one object {…}" : kTooEarlyHint;
  }
  if (expected == "end of input") {
    return "the file has a second value after the first ends: is there a '}' or ']' too many before this, "
           "or something left after the end?";
  }
  if (after_comma && (closing == ']' || closing == '}')) return std::string("remove the comma before '") + closing + "'";
  const bool opened = before != std::string_view::npos && (text[before] == '[' || text[before] == '{');
  if (closing == ',' && (after_comma || opened)) return "remove the extra comma";
  if (context == "object separator") return "write a ':' between the key and its value: \"key\": value";
  if (context == "object key") {
    const bool decimal = after_comma && std::isdigit(static_cast<unsigned char>(closing)) && before > 0 &&
                         std::isdigit(static_cast<unsigned char>(text[before - 1]));
    if (decimal) return "JSON writes decimals with a point: 1.5, not 1,5";
    return "put the key in double quotes: \"key\": value";
  }
  if (context == "object" && closing == ']') return "']' closes a list, but an object {…} is open here";
  if (context == "array" && closing == '}') return "'}' closes an object, but a list […] is open here";
  if (context == "object" || context == "array") return "is a comma missing at the end of the value before this one?";
  return kValueHint;
}

// The words for nlohmann's "expected …" token list.
std::string describe_expected(const std::string& expected) {
  if (expected == "end of input") return "the end of the file";
  if (expected == "'[', '{', or a literal") return "a value";
  if (expected == "string literal") return "a key in double quotes";
  return expected;
}

}  // namespace

SyntaxError describe_syntax_error(std::string_view text, std::size_t consumed, int id, const std::string& what) {
  if (id == 406) {  // "number overflow parsing '1e309'"
    const std::size_t start = number_start(text, std::min(consumed, text.size()));
    return {start, "the number " + quote_at(text, start) + " is too large",
            "numbers in data must lie within ±1.7e308"};
  }
  const std::string marker = "syntax error while parsing ";
  const std::size_t begin = what.find(marker);
  const std::size_t dash = what.find(" - ", begin);
  if (begin == std::string::npos || dash == std::string::npos) return {std::min(consumed, text.size()), "malformed JSON", kValueHint};
  const std::string context = what.substr(begin + marker.size(), dash - begin - marker.size());
  const std::string detail = what.substr(dash + 3);
  if (detail.rfind("unexpected ", 0) != 0) return lexer_error(text, consumed, context, detail);
  const std::size_t semicolon = detail.find("; expected ");
  const std::string name = detail.substr(11, semicolon == std::string::npos ? std::string::npos : semicolon - 11);
  const std::string expected = semicolon == std::string::npos ? "" : detail.substr(semicolon + 11);
  const Token token = token_at(text, consumed, name);
  std::string message = "malformed JSON: unexpected " + token.words;
  if (!expected.empty()) message += "; expected " + describe_expected(expected);
  return {token.offset, message, unexpected_hint(text, token, context, expected)};
}

}  // namespace kansli::json
