// Implements the PDF writer's fonts (see pdf_fonts.hpp).
#include "write_pdf/pdf_fonts.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include <hpdf_doc.h>
#include <hpdf_objects.h>

#include "base/utf8.hpp"
#include "write_pdf/deflate.hpp"
#include "write_pdf/pdf_streams.hpp"

namespace kansli::pdf {
namespace {

// The ToUnicode map: character codes are Unicode values, so it is the identity, one
// bfrange for each block of 256 code points the face shows.
std::string identity_to_unicode(const std::vector<char32_t>& used) {
  std::set<unsigned> blocks;
  for (const char32_t c : used) {
    if (c <= 0xFFFF && (c < 0xD800 || c > 0xDFFF)) blocks.insert(static_cast<unsigned>(c) >> 8);
  }
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  const std::vector<unsigned> list(blocks.begin(), blocks.end());
  for (std::size_t start = 0; start < list.size(); start += 100) {  // at most 100 ranges a section
    const std::size_t end = std::min(list.size(), start + 100);
    cmap += std::to_string(end - start) + " beginbfrange\n";
    for (std::size_t i = start; i < end; ++i) {
      char line[40];
      std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", list[i], list[i], list[i]);
      cmap += line;
    }
    cmap += "endbfrange\n";
  }
  cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return cmap;
}

// The CIDToGIDMap: the glyph of each code (two bytes, big-endian), up to the highest shown.
std::string glyph_map(const EmbeddedFont& font) {
  if (font.code_points.empty()) return "";
  std::string map(2 * (static_cast<std::size_t>(font.code_points.back()) + 1), '\0');
  for (std::size_t i = 0; i < font.code_points.size(); ++i) {
    const std::size_t at = 2 * static_cast<std::size_t>(font.code_points[i]);
    map[at] = static_cast<char>(font.glyphs[i] >> 8);
    map[at + 1] = static_cast<char>(font.glyphs[i] & 0xFF);
  }
  return map;
}

// An empty dictionary that is an indirect object of `doc`.
HPDF_Dict new_object(HPDF_Doc doc) {
  HPDF_Dict dict = HPDF_Dict_New(doc->mmgr);
  return dict && HPDF_Xref_Add(doc->xref, dict) == HPDF_OK ? dict : nullptr;
}

// A stream object of `doc` holding `deflated` as it is.
HPDF_Dict new_stream(HPDF_Doc doc, const std::string& deflated) {
  HPDF_Dict stream = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (stream) set_deflated(stream, deflated);
  return stream;
}

HPDF_Array number_array(HPDF_Doc doc, std::initializer_list<int> numbers) {
  HPDF_Array array = HPDF_Array_New(doc->mmgr);
  for (const int n : numbers) HPDF_Array_AddNumber(array, n);
  return array;
}

// The widths of the codes shown: "c [w1 w2 …]" for each run of consecutive codes.
HPDF_Array width_array(HPDF_Doc doc, const EmbeddedFont& font) {
  HPDF_Array widths = HPDF_Array_New(doc->mmgr);
  HPDF_Array run = nullptr;
  for (std::size_t i = 0; i < font.code_points.size(); ++i) {
    if (!run || font.code_points[i] != font.code_points[i - 1] + 1) {
      HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(font.code_points[i]));
      run = HPDF_Array_New(doc->mmgr);
      HPDF_Array_Add(widths, run);
    }
    HPDF_Array_AddNumber(run, font.widths[i]);
  }
  return widths;
}

HPDF_Dict font_descriptor(HPDF_Doc doc, const PreparedFont& prepared, const std::string& name) {
  const EmbeddedFont& font = prepared.font;
  HPDF_Dict descriptor = new_object(doc);
  HPDF_Dict file = new_stream(doc, prepared.file);
  if (!descriptor || !file) return nullptr;
  HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(font.file.size()));
  HPDF_Dict_AddName(descriptor, "Type", "FontDescriptor");
  HPDF_Dict_AddName(descriptor, "FontName", name.c_str());
  HPDF_Dict_AddNumber(descriptor, "Flags", font.italic_angle != 0 ? 32 + 64 : 32);  // non-symbolic, italic
  HPDF_Dict_Add(descriptor, "FontBBox", number_array(doc, {font.bbox[0], font.bbox[1], font.bbox[2], font.bbox[3]}));
  HPDF_Dict_AddReal(descriptor, "ItalicAngle", static_cast<HPDF_REAL>(font.italic_angle));
  HPDF_Dict_AddNumber(descriptor, "Ascent", font.ascent);
  HPDF_Dict_AddNumber(descriptor, "Descent", font.descent);
  HPDF_Dict_AddNumber(descriptor, "CapHeight", font.cap_height);
  HPDF_Dict_AddNumber(descriptor, "StemV", static_cast<HPDF_INT32>(font.weight / 5));  // fonts do not say; 80 at 400
  HPDF_Dict_Add(descriptor, "FontFile2", file);
  return descriptor;
}

HPDF_Dict cid_system_info(HPDF_Doc doc) {
  HPDF_Dict info = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_Add(info, "Registry", HPDF_String_New(doc->mmgr, "Adobe", nullptr));
  HPDF_Dict_Add(info, "Ordering", HPDF_String_New(doc->mmgr, "Identity", nullptr));
  HPDF_Dict_AddNumber(info, "Supplement", 0);
  return info;
}

}  // namespace

CodePointsSeen::CodePointsSeen() {
  for (auto& face : seen_) face.assign(0x10000 / 64, 0);
}

void CodePointsSeen::add(const layout::Page& page) {
  for (const auto& item : page.items) {
    const auto* run = std::get_if<layout::TextRun>(&item);
    if (!run) continue;
    const auto index = static_cast<std::size_t>(run->face);
    auto& face = seen_[index];
    char32_t c = 0;
    for (std::size_t i = 0; i < run->text.size();) {
      i += next_code_point(run->text, i, c);
      if (c >= 0x10000) continue;
      face[c / 64] |= std::uint64_t{1} << (c % 64);
      highest_[index] = std::max(highest_[index], c);
    }
  }
}

void CodePointsSeen::merge(const CodePointsSeen& other) {
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t word = 0; word <= other.highest_[i] / 64; ++word) seen_[i][word] |= other.seen_[i][word];
    highest_[i] = std::max(highest_[i], other.highest_[i]);
  }
}

UsedCodePoints CodePointsSeen::sorted() const {
  UsedCodePoints used;
  for (std::size_t i = 0; i < 4; ++i) {
    for (char32_t c = 0; c <= highest_[i]; ++c) {
      if ((seen_[i][c / 64] >> (c % 64)) & 1) used[i].push_back(c);
    }
  }
  return used;
}

const std::string& font_file(const Theme& theme, layout::FontFace face) {
  return theme.font_files.at(kFontFaces[static_cast<std::size_t>(face)]);
}

std::optional<PreparedFont> prepare_font(const FileBytes& font_file, const std::vector<char32_t>& code_points) {
  auto font = embed_font(font_file, code_points);
  if (!font) return std::nullopt;
  PreparedFont out;
  out.file = deflate_bytes(font->file, kFastLevel);
  out.glyph_map = deflate_bytes(glyph_map(*font));
  out.to_unicode = deflate_bytes(identity_to_unicode(code_points));
  out.font = std::move(*font);
  return out;
}

HPDF_Font add_font_objects(HPDF_Doc doc, const PreparedFont& prepared, layout::FontFace face) {
  const std::string name = std::string("KANSL") + static_cast<char>('A' + static_cast<int>(face)) + "+" +
                           prepared.font.postscript_name;
  HPDF_Dict type0 = new_object(doc);
  HPDF_Dict cid_font = new_object(doc);
  HPDF_Dict descriptor = font_descriptor(doc, prepared, name);
  HPDF_Dict map = new_stream(doc, prepared.glyph_map);
  HPDF_Dict to_unicode = new_stream(doc, prepared.to_unicode);
  if (!type0 || !cid_font || !descriptor || !map || !to_unicode) return nullptr;
  HPDF_Dict_AddName(cid_font, "Type", "Font");
  HPDF_Dict_AddName(cid_font, "Subtype", "CIDFontType2");
  HPDF_Dict_AddName(cid_font, "BaseFont", name.c_str());
  HPDF_Dict_Add(cid_font, "CIDSystemInfo", cid_system_info(doc));
  HPDF_Dict_Add(cid_font, "FontDescriptor", descriptor);
  HPDF_Dict_Add(cid_font, "W", width_array(doc, prepared.font));
  HPDF_Dict_Add(cid_font, "CIDToGIDMap", map);
  HPDF_Dict_AddName(type0, "Type", "Font");
  HPDF_Dict_AddName(type0, "Subtype", "Type0");
  HPDF_Dict_AddName(type0, "BaseFont", name.c_str());
  HPDF_Dict_AddName(type0, "Encoding", "Identity-H");
  HPDF_Array descendants = HPDF_Array_New(doc->mmgr);
  HPDF_Array_Add(descendants, cid_font);
  HPDF_Dict_Add(type0, "DescendantFonts", descendants);
  HPDF_Dict_Add(type0, "ToUnicode", to_unicode);
  return type0;
}

}  // namespace kansli::pdf
