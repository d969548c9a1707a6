// Fonts for the PDF writer (internal to write_pdf): loads each face the document uses
// into libharu, cut down to its glyphs first, and repairs what libharu 2.3.0 gets wrong
// for Unicode fonts (the ToUnicode map, and which glyphs are embedded).
#pragma once

#include <array>
#include <memory>
#include <vector>

#include <hpdf.h>

#include "write_pdf/pdf_writer.hpp"

namespace kansli::pdf {

class TemporaryFile;

// The code points each font face draws in the document (by layout::FontFace), sorted.
using UsedCodePoints = std::array<std::vector<char32_t>, 4>;

// Gathers the code points each face draws, page by page.
class CodePointsSeen {
 public:
  CodePointsSeen();
  void add(const layout::Page& page);
  UsedCodePoints sorted() const;

 private:
  // By code point; above U+FFFF there is none (validation refuses them, append_codes writes U+FFFD).
  std::array<std::vector<bool>, 4> seen_;
};

// Loads the faces a document uses into libharu, each cut down to its glyphs when a
// subsetter is given; keeps the temporary files until the document is saved.
class FontLoader {
 public:
  FontLoader();
  ~FontLoader();
  FontLoader(const FontLoader&) = delete;
  FontLoader& operator=(const FontLoader&) = delete;

  // Loads the faces that show at least one code point; false when libharu cannot. Calls
  // libharu only on `doc`, so it may run on a thread of its own while nothing else uses `doc`.
  bool load(HPDF_Doc doc, const Theme& theme, const UsedCodePoints& used, const FontSubsetter& subset);
  // The loaded faces by layout::FontFace (null for a face the document does not use).
  const std::array<HPDF_Font, 4>& fonts() const { return fonts_; }

 private:
  std::array<HPDF_Font, 4> fonts_{};
  std::vector<std::unique_ptr<TemporaryFile>> temporaries_;
};

}  // namespace kansli::pdf
