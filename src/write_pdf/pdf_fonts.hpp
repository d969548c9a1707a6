// Fonts for the PDF writer (internal to write_pdf). Each face a document uses is embedded
// as kansli's own font objects, not libharu's: a Type0 font over a CIDFontType2, encoding
// Identity-H, whose two-byte character codes are the Unicode values (so text copies out
// through an identity ToUnicode map), a glyph map (CIDToGIDMap) into the face cut down by
// HarfBuzz, and widths as FontSet measures. libharu's own Unicode fonts build tables for
// all 65 536 codes (a tenth of a short document's time), embed glyphs only as its own
// text functions measure them, and write an invalid ToUnicode map.
// Preparing a face needs no libharu, so it runs on a thread of its own.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <hpdf.h>

#include "fonts/embedded_font.hpp"
#include "layout/layout.hpp"
#include "theme/theme.hpp"

namespace kansli::pdf {

// The code points each font face draws in the document (by layout::FontFace), sorted.
using UsedCodePoints = std::array<std::vector<char32_t>, 4>;

// Gathers the code points each face draws, page by page (one gatherer a thread; merge()
// joins them).
class CodePointsSeen {
 public:
  CodePointsSeen();
  void add(const layout::Page& page);
  void merge(const CodePointsSeen& other);
  UsedCodePoints sorted() const;

 private:
  // A bit a code point; above U+FFFF there is none (validation refuses them, append_codes
  // writes U+FFFD).
  std::array<std::vector<std::uint64_t>, 4> seen_;
  std::array<char32_t, 4> highest_{};  // the highest seen, so that sorting stops there
};

// A face ready to embed: the font cut down, and its streams compressed.
struct PreparedFont {
  EmbeddedFont font;
  std::string file;        // FontFile2
  std::string glyph_map;   // CIDToGIDMap: two bytes a code, up to the highest code shown
  std::string to_unicode;  // ToUnicode CMap
};

// The theme's font file of `face`.
const std::string& font_file(const Theme& theme, layout::FontFace face);

// Prepares a face, from its font file, to show `code_points` (sorted); nullopt when the
// file is missing (null) or cannot be read or cut.
std::optional<PreparedFont> prepare_font(const FileBytes& font_file, const std::vector<char32_t>& code_points);

// Adds the objects of a prepared face to `doc`; returns its Type0 font (null when libharu
// failed). `face` makes its subset tag (KANSLA+ to KANSLD+).
HPDF_Font add_font_objects(HPDF_Doc doc, const PreparedFont& font, layout::FontFace face);

}  // namespace kansli::pdf
