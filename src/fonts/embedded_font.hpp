// Fonts as a PDF embeds them: a face cut down to the code points a document shows
// (HarfBuzz's hb-subset), with what the PDF's font objects say about it, all read with
// HarfBuzz. The PDF writer turns this into its font objects; widths are the ones FontSet
// measures with, so positions the layout computes are where viewers put the glyphs.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/files.hpp"

namespace kansli {

struct EmbeddedFont {
  std::string postscript_name;        // "DejaVuSans-Bold" (letters, digits and '-' only)
  std::string file;                   // the TrueType font, cut down (FontFile2)
  std::vector<char32_t> code_points;  // sorted, as asked
  std::vector<int> widths;            // of each code point, 1/1000 em, as FontSet measures
  std::vector<std::uint16_t> glyphs;  // of each code point, its glyph in `file` (0: none)
  int ascent = 0, descent = 0, cap_height = 0;  // 1/1000 em
  std::array<int, 4> bbox{};          // xMin, yMin, xMax, yMax of all glyphs, 1/1000 em
  double italic_angle = 0;            // degrees, negative leaning right
  double weight = 400;                // 100 (thin) to 900 (black)
};

// Reads the TrueType font file `font_file` (as Files read it) and cuts it down to
// `code_points` (sorted, below U+10000); nullopt when it cannot be read or cut.
std::optional<EmbeddedFont> embed_font(const FileBytes& font_file, const std::vector<char32_t>& code_points);

}  // namespace kansli
