// Implements positions (see source.hpp).
#include "base/source.hpp"

#include <algorithm>

namespace kansli {

PositionTracker::PositionTracker(std::string file, std::string_view text)
    : file_(std::move(file)), text_(text) {
  line_starts_.push_back(0);
  for (std::size_t at = text_.find('\n'); at != std::string_view::npos; at = text_.find('\n', at + 1)) {
    line_starts_.push_back(at + 1);
  }
}

SourcePosition PositionTracker::at(std::size_t offset) const {
  const LineColumn where = line_column(offset);
  return {file_, where.line, where.column};
}

LineColumn PositionTracker::line_column(std::size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_start = *(next_line - 1);
  int column = 1;
  for (std::size_t i = line_start; i < offset; ++i) {
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // columns count code points
  }
  return {static_cast<int>(next_line - line_starts_.begin()), column};
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
