// Implements position_at and format_position (see source.hpp).
#include "base/source.hpp"

namespace kansli {

SourcePosition position_at(const std::string& file, std::string_view text, std::size_t offset) {
  if (offset > text.size()) offset = text.size();
  SourcePosition position{file, 1, 1};
  for (std::size_t i = 0; i < offset; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((byte & 0xC0) != 0x80) {  // count lead bytes only: columns are code points
      ++position.column;
    }
  }
  return position;
}

std::string format_position(const SourcePosition& position) {
  std::string text = position.file;
  if (position.line > 0) text += ":" + std::to_string(position.line);
  if (position.column > 0) text += ":" + std::to_string(position.column);
  return text;
}

}  // namespace kansli
