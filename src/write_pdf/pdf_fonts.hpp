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

// Loads the faces a document uses into libharu, each cut down to its glyphs when a
// subsetter is given; keeps the temporary files until the document is saved.
class FontLoader {
 public:
  FontLoader();
  ~FontLoader();
  FontLoader(const FontLoader&) = delete;
  FontLoader& operator=(const FontLoader&) = delete;

  // Loads the faces; false when libharu cannot.
  bool load(HPDF_Doc doc, const Theme& theme, const layout::LaidOutDocument& laid_out, const FontSubsetter& subset);
  // The loaded faces by layout::FontFace (null for a face the document does not use).
  const std::array<HPDF_Font, 4>& fonts() const { return fonts_; }

 private:
  std::array<HPDF_Font, 4> fonts_{};
  std::vector<std::unique_ptr<TemporaryFile>> temporaries_;
};

}  // namespace kansli::pdf
