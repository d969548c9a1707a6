// The text policy: which characters data text may hold, what counts as blank, and the one
// form text takes once read (Unicode NFC, no tabs or line separators). validate applies it
// to every string of every data file (plain and rich text, Markdown after it is parsed), so
// `kansli validate` and `kansli render` agree and later stages may rely on it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kansli {

// A character data text may not hold, where it stands, and what to tell the user.
struct RefusedCharacter {
  char32_t code_point = 0;
  std::size_t offset = 0;  // bytes into the text
  std::string what;        // "a right-to-left override (U+202E)"
  std::string hint;
};

// Returns the first character of valid UTF-8 `text` that data may not hold: control
// characters (all but tab, line feed and carriage return), the bidirectional controls
// (which make the PDF and the HTML show different text), noncharacters, and characters
// above U+FFFF (which the PDF writer cannot print). Nullopt when every character is allowed.
std::optional<RefusedCharacter> find_refused_character(std::string_view text);

// Says what comes before byte `offset` of `text`, for a message: "at the start of the
// text" or "after 'Budget 20'" (at most 20 characters, white space shown as spaces).
std::string describe_text_before(std::string_view text, std::size_t offset);

// Says whether `text` shows nothing: empty, or only white space and invisible characters
// (soft hyphen, zero-width space and joiners, word joiner, byte order mark, ...).
bool is_blank_text(std::string_view text);

// Returns valid UTF-8 `text` in Unicode Normalization Form C: a letter and its combining
// marks (as macOS writes å ä ö) become the one composed character the fonts draw.
std::string to_nfc(std::string_view text);

// Says whether `c` separates lines: line feed, carriage return, line separator U+2028,
// paragraph separator U+2029.
bool is_line_separator(char32_t c);

// Returns plain text (a title, a name: no lines) in its one form: NFC, and a tab, line
// separator or paragraph separator becomes a space (line feeds are white space already).
std::string normalize_plain_text(std::string_view text);

}  // namespace kansli
