// Source positions: where in which file a value, a template node or an error lives.
// Positions are 1-based (line, column in Unicode code points). Computing a position
// from a byte offset is the only operation; files themselves are read by files.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kansli {

struct SourcePosition {
  std::string file;  // as the user named it; empty when unknown
  int line = 0;      // 1-based; 0 when only the file is known
  int column = 0;    // 1-based, in code points

  bool known() const { return !file.empty(); }
};

// A position within a file that is known from elsewhere.
struct LineColumn {
  int line = 0;
  int column = 0;
};

// Computes the line and column of byte `offset` in `text` (clamped to its end).
SourcePosition position_at(const std::string& file, std::string_view text, std::size_t offset);

// Computes positions in one text for many offsets, in any order. The start of every
// line (after LF, CRLF or a lone CR) and the number of code points before every
// kCodePointStride-th byte are found once, so a position costs a binary search and a
// count of at most kCodePointStride bytes, even when the whole file is one line.
class PositionTracker {
 public:
  PositionTracker(std::string file, std::string_view text);
  // Returns the position of byte `offset` (clamped to the end of the text).
  SourcePosition at(std::size_t offset) const;
  // The same, without the file's name.
  LineColumn line_column(std::size_t offset) const;

 private:
  static constexpr std::size_t kCodePointStride = 128;
  // Counts the code points in the text before byte `offset`.
  std::size_t code_points_before(std::size_t offset) const;

  std::string file_;
  std::string_view text_;
  std::vector<std::size_t> line_starts_;  // byte offset of each line's first byte
  std::vector<std::size_t> code_points_;  // code points before byte i * kCodePointStride
};

// Returns the byte offset of the value of attribute `name` in the start tag that
// begins at `element_offset` of XML `text` (after its quote), or `element_offset`.
std::size_t find_attribute_offset(std::string_view text, std::size_t element_offset,
                                  std::string_view name);

// Formats a position as "file:line:col", "file:line" or "file".
std::string format_position(const SourcePosition& position);

}  // namespace kansli
