// Implements positions (see source.hpp).
#include "base/source.hpp"

namespace kansli {

SourcePosition PositionTracker::at(std::size_t offset) {
  if (offset > text_.size()) offset = text_.size();
  if (offset < offset_) {  // asked backwards: start again from the top
    offset_ = 0;
    line_ = 1;
    column_ = 1;
  }
  for (; offset_ < offset; ++offset_) {
    const auto byte = static_cast<unsigned char>(text_[offset_]);
    if (byte == '\n') {
      ++line_;
      column_ = 1;
    } else if ((byte & 0xC0) != 0x80) {  // count lead bytes only: columns are code points
      ++column_;
    }
  }
  return {file_, line_, column_};
}

SourcePosition position_at(const std::string& file, std::string_view text, std::size_t offset) {
  return PositionTracker(file, text).at(offset);
}

std::size_t find_attribute_offset(std::string_view text, std::size_t element_offset,
                                  std::string_view name) {
  const std::size_t tag_end = text.find('>', element_offset);
  std::size_t at = element_offset;
  while ((at = text.find(name, at + 1)) != std::string_view::npos && at < tag_end) {
    const bool starts = text[at - 1] == ' ' || text[at - 1] == '\t' || text[at - 1] == '\n';
    const std::size_t after = at + name.size();
    if (starts && after < text.size() && (text[after] == '=' || text[after] == ' ')) {
      const std::size_t quote = text.find_first_of("\"'", after);
      return quote == std::string_view::npos ? element_offset : quote + 1;
    }
  }
  return element_offset;
}

std::string format_position(const SourcePosition& position) {
  std::string text = position.file;
  if (position.line > 0) text += ":" + std::to_string(position.line);
  if (position.column > 0) text += ":" + std::to_string(position.column);
  return text;
}

}  // namespace kansli
