// Implements FontSet with HarfBuzz (see font_set.hpp).
#include <array>
#include "fonts/font_set.hpp"

#include <fstream>

#include <hb.h>
#include <hb-subset.h>

#include "base/utf8.hpp"

namespace kansli {

struct FontSet::Face {
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;
  unsigned units_per_em = 1000;
  mutable std::unordered_map<char32_t, int> advances;  // cache, in 1/1000 em
  static constexpr int kUnknown = -2;
  mutable std::array<int, 256> latin1 = unknown_advances();  // the same for U+0000..U+00FF

  static std::array<int, 256> unknown_advances() {
    std::array<int, 256> all;
    all.fill(kUnknown);
    return all;
  }

  ~Face() {
    if (font) hb_font_destroy(font);
    if (face) hb_face_destroy(face);
    if (blob) hb_blob_destroy(blob);
  }
};

namespace {

constexpr const char* kFaceNames[] = {"regular", "bold", "italic", "bold_italic"};

}  // namespace

std::unique_ptr<FontSet> FontSet::load(const Theme& theme, Diagnostics& diagnostics) {
  std::unique_ptr<FontSet> set(new FontSet());
  for (std::size_t i = 0; i < 4; ++i) {
    const auto found = theme.font_files.find(kFaceNames[i]);
    const std::string path = found == theme.font_files.end() ? "" : found->second;
    auto face = std::make_unique<Face>();
    if (!std::ifstream(path)) {
      diagnostics.error({path, 0, 0}, std::string("cannot read the ") + kFaceNames[i] + " font")
          .hints.push_back("install the font (make deps) or correct the path in the theme");
      return nullptr;
    }
    face->blob = hb_blob_create_from_file(path.c_str());
    face->face = hb_face_create(face->blob, 0);
    face->units_per_em = hb_face_get_upem(face->face);
    if (hb_face_get_glyph_count(face->face) == 0) {
      diagnostics.error({path, 0, 0}, "the file is not a TrueType font");
      return nullptr;
    }
    face->font = hb_font_create(face->face);
    set->faces_[i] = std::move(face);
  }
  return set;
}

FontSet::~FontSet() = default;

std::optional<std::string> subset_font(const std::string& path, const std::vector<char32_t>& code_points) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
  if (!blob) return std::nullopt;
  hb_face_t* face = hb_face_create(blob, 0);
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  std::optional<std::string> bytes;
  if (input) {
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    for (const char32_t c : code_points) hb_set_add(unicodes, c);
    if (hb_face_t* subset = hb_subset_or_fail(face, input)) {
      hb_blob_t* result = hb_face_reference_blob(subset);
      unsigned length = 0;
      const char* data = hb_blob_get_data(result, &length);
      if (data && length > 0) bytes = std::string(data, length);
      hb_blob_destroy(result);
      hb_face_destroy(subset);
    }
    hb_subset_input_destroy(input);
  }
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return bytes;
}

int FontSet::advance(layout::FontFace which, char32_t code_point) const {
  const Face& face = *faces_[static_cast<std::size_t>(which)];
  if (code_point < 256 && face.latin1[code_point] != Face::kUnknown) return face.latin1[code_point];
  const auto cached = face.advances.find(code_point);
  if (cached != face.advances.end()) return cached->second;
  hb_codepoint_t glyph = 0;
  int width = -1;
  if (hb_font_get_nominal_glyph(face.font, code_point, &glyph)) {
    const hb_position_t units = hb_font_get_glyph_h_advance(face.font, glyph);
    width = static_cast<int>(static_cast<long>(units) * 1000 / static_cast<long>(face.units_per_em));
  }
  if (code_point < 256) face.latin1[code_point] = width;
  else face.advances.emplace(code_point, width);
  return width;
}

double FontSet::measure(layout::FontFace face, std::string_view text, double size) const {
  long total = 0;
  char32_t c = 0;
  for (std::size_t i = 0; i < text.size();) {
    i += next_code_point(text, i, c);
    const int width = advance(face, c);
    total += width > 0 ? width : 0;
  }
  return static_cast<double>(total) * size / 1000.0;
}

bool FontSet::has_glyph(layout::FontFace face, char32_t code_point) const {
  return advance(face, code_point) >= 0;
}

}  // namespace kansli
