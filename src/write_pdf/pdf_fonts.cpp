// Implements FontLoader (see pdf_fonts.hpp).
#include "write_pdf/pdf_fonts.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>
#include <string>

#include <unistd.h>

#include <hpdf_font.h>
#include <hpdf_streams.h>

#include "base/utf8.hpp"
#include "write_pdf/deflate.hpp"
#include "write_pdf/pdf_streams.hpp"

namespace kansli::pdf {

// A file holding `bytes` until it goes out of scope: libharu 2.3.0 loads fonts only from files.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& bytes) {
    path_ = (std::filesystem::temp_directory_path() / "kansli-font-XXXXXX").string();
    const int fd = mkstemp(path_.data());
    if (fd < 0) {
      path_.clear();
      return;
    }
    const bool written = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
    ::close(fd);
    if (!written) {
      std::remove(path_.c_str());
      path_.clear();
    }
  }
  ~TemporaryFile() {
    if (!path_.empty()) std::remove(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

namespace {

using layout::PageItem;

constexpr const char* kFaceKeys[] = {"regular", "bold", "italic", "bold_italic"};

}  // namespace

CodePointsSeen::CodePointsSeen() {
  for (auto& face : seen_) face.assign(0x10000, false);
}

void CodePointsSeen::add(const layout::Page& page) {
  for (const auto& item : page.items) {
    if (item.kind != PageItem::Kind::kText) continue;
    auto& face = seen_[static_cast<std::size_t>(item.face)];
    char32_t c = 0;
    for (std::size_t i = 0; i < item.text.size();) {
      i += next_code_point(item.text, i, c);
      if (c < 0x10000) face[c] = true;
    }
  }
}

UsedCodePoints CodePointsSeen::sorted() const {
  UsedCodePoints used;
  for (std::size_t i = 0; i < 4; ++i) {
    for (char32_t c = 0; c < 0x10000; ++c) {
      if (seen_[i][c]) used[i].push_back(c);
    }
  }
  return used;
}

namespace {

// libharu 2.3.0 writes each font's ToUnicode CMap with 'begincidrange', which a ToUnicode
// CMap may not use (poppler: "Invalid 'begincidrange' operator in ToUnicode CMap"). With its
// UTF-8 encoder the character codes are the Unicode values themselves, so the right map is
// the identity: one bfrange for each block of 256 code points the face shows. The stream
// is rewritten in place, compressed.
void write_identity_to_unicode(HPDF_Font font, const std::vector<char32_t>& used) {
  const auto* attr = static_cast<HPDF_FontAttr>(font->attr);
  if (!attr || !attr->cmap_stream || !attr->cmap_stream->stream) return;
  std::set<unsigned> blocks;
  for (const char32_t c : used) {
    if (c <= 0xFFFF && (c < 0xD800 || c > 0xDFFF)) blocks.insert(static_cast<unsigned>(c) >> 8);
  }
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  std::vector<unsigned> list(blocks.begin(), blocks.end());
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
  set_deflated(attr->cmap_stream, deflate_bytes(cmap));
}

// libharu maps every two-byte code (U+0000 to U+FFFF) to a glyph: 128 KiB a face. Codes
// above the highest the face shows are never used, so the map ends there; it is
// compressed now, on the font thread, rather than while the document is saved.
void shorten_glyph_map(HPDF_Font font, const std::vector<char32_t>& used) {
  const auto* attr = static_cast<HPDF_FontAttr>(font->attr);  // libharu keeps the map in the Type0 font's
  if (attr && attr->map_stream && attr->map_stream->stream && !used.empty()) {
    deflate_now(attr->map_stream, 2 * (static_cast<std::size_t>(used.back()) + 1));
  }
}

// libharu embeds only the outlines of glyphs its own text functions have measured; text is
// written into the content streams directly (PageWriter::draw_texts), so every character
// the face shows is measured once here.
void mark_glyphs_used(HPDF_Font font, const std::vector<char32_t>& used) {
  std::string all;
  for (const char32_t c : used) append_utf8(all, c);
  HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(all.data()), static_cast<HPDF_UINT>(all.size()));
}

}  // namespace

FontLoader::FontLoader() = default;
FontLoader::~FontLoader() = default;

bool FontLoader::load(HPDF_Doc doc, const Theme& theme, const UsedCodePoints& used, const FontSubsetter& subset) {
  for (std::size_t i = 0; i < 4; ++i) {
    if (used[i].empty()) continue;
    std::string path = theme.font_files.at(kFaceKeys[i]);
    if (const auto bytes = subset ? subset(path, used[i]) : std::nullopt) {
      temporaries_.push_back(std::make_unique<TemporaryFile>(*bytes));
      if (!temporaries_.back()->path().empty()) path = temporaries_.back()->path();
    }
    const char* name = HPDF_LoadTTFontFromFile(doc, path.c_str(), HPDF_TRUE);
    fonts_[i] = name ? HPDF_GetFont(doc, name, "UTF-8") : nullptr;
    if (!fonts_[i]) return false;
    write_identity_to_unicode(fonts_[i], used[i]);
    shorten_glyph_map(fonts_[i], used[i]);
    mark_glyphs_used(fonts_[i], used[i]);
  }
  return true;
}

}  // namespace kansli::pdf
