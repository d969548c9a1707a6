// FontSet: the theme's four TrueType faces, loaded with HarfBuzz, measuring text for
// layout. Widths are computed as the PDF writer's fonts will draw them: each glyph's
// advance truncated to 1/1000 em (libharu's widths array), so that positions the
// layout computes are exactly where viewers put the glyphs.
// Threads: not to be shared while text is measured: each face caches its advances without
// a lock (layout measures on one thread; the PDF writer reads the font files through Files).
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>
#include <unordered_map>

#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "layout/layout.hpp"
#include "theme/theme.hpp"

namespace kansli {

class FontSet : public layout::FontMetrics {
 public:
  // Loads the faces named by the theme through `files`; reports a missing or unreadable font file.
  static std::unique_ptr<FontSet> load(const Theme& theme, const Files& files, Diagnostics& diagnostics);
  ~FontSet() override;
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  double measure(layout::FontFace face, std::string_view text, double size) const override;
  bool has_glyph(layout::FontFace face, char32_t code_point) const override;

 private:
  struct Face;
  FontSet() = default;
  // Returns the advance of `code_point` in 1/1000 em, or -1 when the face has no glyph:
  // from the face's cache (a table for Latin-1, the most of any text), or the font.
  int advance(layout::FontFace face, char32_t code_point) const;
  // The advance read from the font, and remembered in the face's cache.
  [[gnu::noinline]] static int advance_from_font(const Face& face, char32_t code_point);

  std::array<std::unique_ptr<Face>, 4> faces_;
};

}  // namespace kansli
