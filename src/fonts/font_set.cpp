// Implements FontSet and embed_font with HarfBuzz (see font_set.hpp, embedded_font.hpp).
#include "fonts/font_set.hpp"

#include <array>
#include <cctype>
#include <cstdint>
#include <climits>

#include <hb.h>
#include <hb-ot.h>
#include <hb-subset.h>

#include "fonts/embedded_font.hpp"

#include "base/utf8.hpp"

namespace kansli {

namespace {

// The advance of `glyph` in 1/1000 em, truncated as libharu's and our width arrays are.
int advance_in_thousandths(hb_font_t* font, unsigned units_per_em, hb_codepoint_t glyph) {
  const hb_position_t units = hb_font_get_glyph_h_advance(font, glyph);
  return static_cast<int>(static_cast<long>(units) * 1000 / static_cast<long>(units_per_em));
}

// Owns the HarfBuzz objects of one font file.
struct HbFont {
  explicit HbFont(hb_face_t* face_) : face(face_), font(face ? hb_font_create(face) : nullptr) {}
  ~HbFont() {
    if (font) hb_font_destroy(font);
    if (face) hb_face_destroy(face);
  }
  HbFont(const HbFont&) = delete;
  HbFont& operator=(const HbFont&) = delete;
  hb_face_t* face;
  hb_font_t* font;
};

// The face of a font file's bytes, which it keeps while it lives; null when there are none.
hb_face_t* read_face(const FileBytes& bytes) {
  if (!bytes || bytes->empty() || bytes->size() > UINT_MAX) return nullptr;
  auto* kept = new FileBytes(bytes);
  hb_blob_t* blob = hb_blob_create_or_fail(bytes->data(), static_cast<unsigned>(bytes->size()), HB_MEMORY_MODE_READONLY,
                                           kept, [](void* data) { delete static_cast<FileBytes*>(data); });
  if (!blob) {
    delete kept;
    return nullptr;
  }
  hb_face_t* face = hb_face_create(blob, 0);
  hb_blob_destroy(blob);  // the face holds a reference of its own
  return face;
}

}  // namespace

struct FontSet::Face {
  explicit Face(hb_face_t* face) : hb(face), units_per_em(face ? hb_face_get_upem(face) : 1000) {}
  const HbFont hb;
  const unsigned units_per_em;
  mutable std::unordered_map<char32_t, int> advances;  // cache, in 1/1000 em
  static constexpr int kUnknown = -2;
  mutable std::array<int, 256> latin1 = unknown_advances();  // the same for U+0000..U+00FF

  static std::array<int, 256> unknown_advances() {
    std::array<int, 256> all;
    all.fill(kUnknown);
    return all;
  }
};

std::unique_ptr<FontSet> FontSet::load(const Theme& theme, const Files& files, Diagnostics& diagnostics) {
  std::unique_ptr<FontSet> set(new FontSet());
  for (std::size_t i = 0; i < 4; ++i) {
    const auto found = theme.font_files.find(kFontFaces[i]);
    const std::string path = found == theme.font_files.end() ? "" : found->second;
    // Errors about a face are located where the theme names it.
    const auto named = theme.font_positions.find(kFontFaces[i]);
    const SourcePosition where = named == theme.font_positions.end() ? SourcePosition{} : named->second;
    const auto report = [&](const std::string& problem) -> Diagnostic& {
      auto& error = diagnostics.error(where, std::string("the ") + kFontFaces[i] + " font '" + path + "' " + problem);
      if (where.known()) error.data_path = std::string("/fonts/") + kFontFaces[i];
      return error;
    };
    std::string error;
    const FileBytes bytes = files.read(path, FileKind::kFont, error);
    if (!bytes) {
      report(error).hints.push_back("install the font (make deps) or correct the path in the theme");
      return nullptr;
    }
    auto face = std::make_unique<Face>(read_face(bytes));
    if (!face->hb.face || hb_face_get_glyph_count(face->hb.face) == 0) {
      report("is not a TrueType font").hints.push_back(
          "name a .ttf file, such as /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf (Debian package fonts-dejavu-core)");
      return nullptr;
    }
    set->faces_[i] = std::move(face);
  }
  return set;
}

FontSet::~FontSet() = default;

namespace {

// The face cut down to `code_points`, or null.
hb_face_t* subset_face(hb_face_t* face, const std::vector<char32_t>& code_points) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) return nullptr;
  hb_set_t* unicodes = hb_subset_input_unicode_set(input);
  for (const char32_t c : code_points) hb_set_add(unicodes, c);
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING);
  hb_face_t* subset = hb_subset_or_fail(face, input);
  hb_subset_input_destroy(input);
  return subset;
}

// xMin, yMin, xMax, yMax from the 'head' table (four big-endian int16 at byte 36).
std::array<int, 4> font_box(hb_face_t* face) {
  std::array<int, 4> box{};
  hb_blob_t* head = hb_face_reference_table(face, HB_TAG('h', 'e', 'a', 'd'));
  unsigned length = 0;
  const char* data = hb_blob_get_data(head, &length);
  if (data && length >= 44) {
    for (std::size_t i = 0; i < 4; ++i) {
      const auto high = static_cast<unsigned char>(data[36 + 2 * i]), low = static_cast<unsigned char>(data[37 + 2 * i]);
      box[i] = static_cast<std::int16_t>(static_cast<std::uint16_t>(high << 8 | low));
    }
  }
  hb_blob_destroy(head);
  return box;
}

std::string postscript_name(hb_face_t* face) {
  char name[128] = "";
  unsigned length = sizeof name;
  hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length, name);
  std::string kept;
  for (const char* c = name; *c; ++c) {
    if (std::isalnum(static_cast<unsigned char>(*c)) || *c == '-') kept += *c;
  }
  return kept.empty() ? "Font" : kept;
}

}  // namespace

std::optional<EmbeddedFont> embed_font(const FileBytes& font_file, const std::vector<char32_t>& code_points) {
  const HbFont original(read_face(font_file));
  if (!original.face) return std::nullopt;
  const HbFont subset(subset_face(original.face, code_points));
  if (!subset.face) return std::nullopt;
  const unsigned upem = hb_face_get_upem(original.face);
  const auto thousandths = [upem](long units) { return static_cast<int>(units * 1000 / static_cast<long>(upem)); };
  EmbeddedFont out;
  out.postscript_name = postscript_name(original.face);
  out.code_points = code_points;
  for (const char32_t c : code_points) {
    hb_codepoint_t glyph = 0, new_glyph = 0;
    const bool known = hb_font_get_nominal_glyph(original.font, c, &glyph);
    out.widths.push_back(known ? advance_in_thousandths(original.font, upem, glyph) : 0);
    out.glyphs.push_back(hb_font_get_nominal_glyph(subset.font, c, &new_glyph) ? static_cast<std::uint16_t>(new_glyph) : 0);
  }
  hb_position_t value = 0;
  if (hb_ot_metrics_get_position(original.font, HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, &value)) out.ascent = thousandths(value);
  if (hb_ot_metrics_get_position(original.font, HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, &value)) out.descent = thousandths(value);
  if (hb_ot_metrics_get_position(original.font, HB_OT_METRICS_TAG_CAP_HEIGHT, &value)) out.cap_height = thousandths(value);
  const std::array<int, 4> box = font_box(original.face);
  for (std::size_t i = 0; i < 4; ++i) out.bbox[i] = thousandths(box[i]);
  out.italic_angle = hb_style_get_value(original.font, HB_STYLE_TAG_SLANT_ANGLE);
  out.weight = hb_style_get_value(original.font, HB_STYLE_TAG_WEIGHT);
  hb_blob_t* bytes = hb_face_reference_blob(subset.face);
  unsigned length = 0;
  const char* data = hb_blob_get_data(bytes, &length);
  if (data) out.file.assign(data, length);
  hb_blob_destroy(bytes);
  if (out.file.empty()) return std::nullopt;
  return out;
}

int FontSet::advance(layout::FontFace which, char32_t code_point) const {
  const Face& face = *faces_[static_cast<std::size_t>(which)];
  if (code_point < 256) {
    const int known = face.latin1[code_point];
    if (known != Face::kUnknown) return known;
  }
  return advance_from_font(face, code_point);
}

int FontSet::advance_from_font(const Face& face, char32_t code_point) {
  if (code_point >= 256) {
    const auto cached = face.advances.find(code_point);
    if (cached != face.advances.end()) return cached->second;
  }
  hb_codepoint_t glyph = 0;
  const int width = hb_font_get_nominal_glyph(face.hb.font, code_point, &glyph)
                        ? advance_in_thousandths(face.hb.font, face.units_per_em, glyph)
                        : -1;
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
