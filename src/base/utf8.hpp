// UTF-8 helpers: decoding to code points, encoding, validation.
// All text inside kansli is UTF-8 std::string; these are the only decoders.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kansli {

// Returns the byte offset of the first invalid UTF-8 sequence, or nullopt if valid.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Decodes valid UTF-8 into code points (invalid bytes become U+FFFD).
std::vector<char32_t> decode_utf8(std::string_view text);

// Decodes the code point at byte `offset` of `text` into `code_point` and returns its length
// in bytes; an invalid byte decodes as U+FFFD, one byte long. For loops that must not allocate.
std::size_t decode_code_point(std::string_view text, std::size_t offset, char32_t& code_point);
inline std::size_t next_code_point(std::string_view text, std::size_t offset, char32_t& code_point) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) {  // ASCII, most of the text: no call
    code_point = byte;
    return 1;
  }
  return decode_code_point(text, offset, code_point);
}

// Appends the UTF-8 encoding of `code_point` to `out`.
void append_utf8(std::string& out, char32_t code_point);

// Names a character for a message: "'ö' (U+00F6)".
std::string describe_code_point(char32_t code_point);

// Replaces each run of XML white space (space, tab, CR, LF) by one space.
std::string collapse_white_space(std::string_view text);

// Returns the number of code points in valid UTF-8 text.
std::size_t count_code_points(std::string_view text);

// Returns the start of `text` for a message: all of it when it has at most `max_bytes`
// bytes, else at most `max_bytes` bytes cut at a character boundary, followed by "…".
std::string excerpt(std::string_view text, std::size_t max_bytes = 40);

}  // namespace kansli
