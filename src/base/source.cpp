// Implements positions (see source.hpp).
#include "base/source.hpp"

#include <algorithm>

namespace kansli {

namespace {

bool starts_code_point(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; }

}  // namespace

PositionTracker::PositionTracker(std::string file, std::string_view text)
    : file_(std::move(file)), text_(text) {
  line_starts_.push_back(0);
  code_points_.reserve(text_.size() / kCodePointStride + 1);
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (i % kCodePointStride == 0) code_points_.push_back(code_points);
    const char c = text_[i];
    if (starts_code_point(c)) ++code_points;
    const bool line_ends = c == '\n' || (c == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n'));
    if (line_ends) line_starts_.push_back(i + 1);
  }
  if (text_.size() % kCodePointStride == 0) code_points_.push_back(code_points);  // for the end itself
}

std::size_t PositionTracker::code_points_before(std::size_t offset) const {
  const std::size_t checkpoint = offset / kCodePointStride;  // offset <= size, so always there
  std::size_t count = code_points_[checkpoint];
  for (std::size_t i = checkpoint * kCodePointStride; i < offset; ++i) count += starts_code_point(text_[i]) ? 1 : 0;
  return count;
}

SourcePosition PositionTracker::at(std::size_t offset) const {
  const LineColumn where = line_column(offset);
  return {file_, where.line, where.column};
}

LineColumn PositionTracker::line_column(std::size_t offset) const {
  if (offset > text_.size()) offset = text_.size();
  const auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  const std::size_t line_start = *(next_line - 1);
  const std::size_t column = code_points_before(offset) - code_points_before(line_start) + 1;
  return {static_cast<int>(next_line - line_starts_.begin()), static_cast<int>(column)};
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
