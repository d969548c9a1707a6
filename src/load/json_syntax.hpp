// Internal to the load stage: words the syntax errors of nlohmann's JSON parser for
// people. nlohmann says what went wrong in its own terms and how many bytes it had
// read; this finds the character at fault (the token nlohmann reports as a string
// holds everything read since the last string or number, so it cannot place one) and
// says what would be right for each kind of error.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kansli::json {

struct SyntaxError {
  std::size_t offset = 0;  // the byte at fault, or the end of the text
  std::string message;     // "malformed JSON: …"
  std::string hint;
};

// Describes the parse error nlohmann raised as `what` (exception id `id`: 101 for syntax,
// 406 for a number too large) after it had read `consumed` bytes of `text`.
SyntaxError describe_syntax_error(std::string_view text, std::size_t consumed, int id, const std::string& what);

}  // namespace kansli::json
