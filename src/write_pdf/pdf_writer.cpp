// Implements write_pdf with libharu (see pdf_writer.hpp).
#include "write_pdf/pdf_writer.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

#include <hpdf.h>
#include <hpdf_pages.h>

#include "base/utf8.hpp"
#include "sv/format.hpp"
#include "write_pdf/pdf_fonts.hpp"

namespace kansli {
namespace {

using layout::FontFace;
using layout::PageItem;

// Records libharu errors; the C callback must not throw.
struct ErrorRecord {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void record_error(HPDF_STATUS code, HPDF_STATUS detail, void* data) {
  auto* record = static_cast<ErrorRecord*>(data);
  if (record->code == HPDF_OK) *record = {code, detail};
}

// Owns a libharu document.
class PdfDocument {
 public:
  explicit PdfDocument(ErrorRecord* errors) : doc_(HPDF_New(record_error, errors)) {}
  ~PdfDocument() { if (doc_) HPDF_Free(doc_); }
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;
  HPDF_Doc get() const { return doc_; }

 private:
  HPDF_Doc doc_;
};

// Appends `value` with at most three decimals and no trailing zeros ("12.5", "-3", "0.125").
void append_number(std::string& out, double value) {
  long thousandths = std::lround(value * 1000);
  if (thousandths < 0) {
    out += '-';
    thousandths = -thousandths;
  }
  out += std::to_string(thousandths / 1000);
  long fraction = thousandths % 1000;
  if (fraction == 0) return;
  char digits[5];
  std::snprintf(digits, sizeof digits, ".%03ld", fraction);
  std::string_view text(digits);
  while (text.back() == '0') text.remove_suffix(1);
  out += text;
}

// Appends "x y " (a point, or a width and height).
void append_point(std::string& out, double x, double y) {
  append_number(out, x);
  out += ' ';
  append_number(out, y);
  out += ' ';
}

// Appends a colour operator ("rg" for filling, "RG" for stroking).
void append_color(std::string& out, const Color& color, const char* op) {
  for (const double v : {color.r, color.g, color.b}) {
    append_number(out, v);
    out += ' ';
  }
  out += op;
  out += '\n';
}

// Appends UTF-8 `text` as a PDF string of two-byte codes: with libharu's UTF-8 encoder and
// Identity-H the code of a character is its Unicode value (characters above U+FFFF, which
// validation refuses in data, become U+FFFD). Parentheses, backslash, CR and LF are escaped.
void append_codes(std::string& out, std::string_view text) {
  out += '(';
  char32_t c = 0;
  for (std::size_t i = 0; i < text.size();) {
    i += next_code_point(text, i, c);
    if (c > 0xFFFF) c = 0xFFFD;
    for (const unsigned char byte : {static_cast<unsigned char>(c >> 8), static_cast<unsigned char>(c & 0xFF)}) {
      if (byte == '(' || byte == ')' || byte == '\\') out += '\\';
      if (byte == '\n') out += "\\n";
      else if (byte == '\r') out += "\\r";
      else out += static_cast<char>(byte);
    }
  }
  out += ')';
}

// Draws pages into a libharu document, with its fonts loaded and images loaded once each.
class PageWriter {
 public:
  PageWriter(HPDF_Doc doc, const std::array<HPDF_Font, 4>& fonts, double page_height)
      : doc_(doc), fonts_(fonts), height_(page_height) {}

  // Fills, then images, then lines, then text, then links. Fills, lines and text are written
  // straight into the content stream (libharu's drawing calls cost about 2 000 instructions
  // each for a scratch buffer they clear); images and fonts go through libharu.
  HPDF_Page draw(const layout::Page& page, double width) {
    HPDF_Page out = HPDF_AddPage(doc_);
    HPDF_Page_SetWidth(out, static_cast<HPDF_REAL>(width));
    HPDF_Page_SetHeight(out, static_cast<HPDF_REAL>(height_));
    write_raw(out, paths(page));
    for (const auto& item : page.items) {
      if (item.kind == PageItem::Kind::kImage) draw_item(out, item);
    }
    write_raw(out, paths(page, PageItem::Kind::kLine));
    draw_texts(out, page);
    for (const auto& item : page.items) {
      if (item.kind == PageItem::Kind::kLink) draw_item(out, item);
    }
    return out;
  }

  // The fills (or, with kLine, the lines) of a page as content-stream operators, setting the
  // colour and line width only when they change.
  std::string paths(const layout::Page& page, PageItem::Kind kind = PageItem::Kind::kFill) const {
    std::string ops;
    const Color* color = nullptr;
    double line_width = -1;
    for (const auto& item : page.items) {
      if (item.kind != kind) continue;
      if (!color || !(*color == item.color)) {
        append_color(ops, item.color, kind == PageItem::Kind::kFill ? "rg" : "RG");
        color = &item.color;
      }
      if (kind == PageItem::Kind::kFill) {
        append_point(ops, item.x, height_ - item.y - item.height);
        append_point(ops, item.width, item.height);
        ops += "re f\n";
        continue;
      }
      if (item.size != line_width) {
        append_number(ops, item.size);
        ops += " w\n";
        line_width = item.size;
      }
      append_point(ops, item.x, height_ - item.y);
      ops += "m ";
      append_point(ops, item.x + item.width, height_ - item.y - item.height);
      ops += "l S\n";
    }
    return ops;
  }

  static void write_raw(HPDF_Page page, const std::string& ops) {
    if (ops.empty()) return;
    HPDF_Stream stream = static_cast<HPDF_PageAttr>(page->attr)->stream;
    HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(ops.data()), static_cast<HPDF_UINT>(ops.size()));
  }

  // All of a page's text in one text object, changing font and colour only when they change
  // (justified lines put every word apart, so a page has many pieces). libharu sets the font
  // (so that it is in the page's resources) and the colour; each piece is then written
  // straight into the content stream as "x y Td (codes) Tj" with Td from the previous piece:
  // libharu's own TextOut measures the text again and costs ten times as much.
  void draw_texts(HPDF_Page page, const layout::Page& laid_out) {
    bool open = false;
    HPDF_Font font = nullptr;
    double size = 0;
    const Color* color = nullptr;
    double x = 0, y = 0;  // the text line matrix's origin (Td moves it)
    std::string content;
    const auto flush = [&] {
      write_raw(page, content);
      content.clear();
    };
    for (const auto& item : laid_out.items) {
      if (item.kind != PageItem::Kind::kText) continue;
      if (!open) HPDF_Page_BeginText(page);
      open = true;
      HPDF_Font wanted = fonts_[static_cast<std::size_t>(item.face)];
      if (wanted != font || item.size != size) {  // libharu adds the font to the page's resources
        flush();
        HPDF_Page_SetFontAndSize(page, wanted, r(item.size));
        font = wanted;
        size = item.size;
      }
      if (!color || !(*color == item.color)) {
        append_color(content, item.color, "rg");
        color = &item.color;
      }
      const double to_x = item.x, to_y = height_ - item.y;
      append_number(content, to_x - x);
      content += ' ';
      append_number(content, to_y - y);
      content += " Td ";
      append_codes(content, item.text);
      content += " Tj\n";
      x = to_x;
      y = to_y;
    }
    flush();
    if (open) HPDF_Page_EndText(page);
  }

 private:
  HPDF_REAL flip(double y) const { return static_cast<HPDF_REAL>(height_ - y); }
  static HPDF_REAL r(double v) { return static_cast<HPDF_REAL>(v); }

  void draw_item(HPDF_Page page, const PageItem& item) {
    switch (item.kind) {
      case PageItem::Kind::kFill:
      case PageItem::Kind::kLine: break;  // paths
      case PageItem::Kind::kImage:
        if (HPDF_Image image = image_for(item.text)) {
          HPDF_Page_DrawImage(page, image, r(item.x), flip(item.y + item.height), r(item.width),
                              r(item.height));
        }
        break;
      case PageItem::Kind::kText: break;  // draw_texts
      case PageItem::Kind::kLink: {
        if (!item.target.empty()) break;  // inside the document: add_internal_links, once all pages exist
        const HPDF_Rect rect{r(item.x), flip(item.y + item.height), r(item.x + item.width), flip(item.y)};
        HPDF_Annotation link = HPDF_Page_CreateURILinkAnnot(page, rect, item.text.c_str());
        HPDF_LinkAnnot_SetBorderStyle(link, 0, 0, 0);
        break;
      }
      case PageItem::Kind::kAnchor: break;  // bookmarks: add_outlines
    }
  }

  HPDF_Image image_for(const std::string& path) {
    const auto found = images_.find(path);
    if (found != images_.end()) return found->second;
    const bool png = path.size() > 4 && (path.substr(path.size() - 4) == ".png" ||
                                         path.substr(path.size() - 4) == ".PNG");
    HPDF_Image image = png ? HPDF_LoadPngImageFromFile(doc_, path.c_str())
                           : HPDF_LoadJpegImageFromFile(doc_, path.c_str());
    images_.emplace(path, image);
    return image;
  }

  HPDF_Doc doc_;
  const std::array<HPDF_Font, 4>& fonts_;
  double height_;
  std::map<std::string, HPDF_Image> images_;
};

// Converts UTF-8 to PDFDocEncoding for bookmark titles (libharu takes them as C
// strings, so not UTF-16): Latin-1 letters stay, dashes, quotes and bullets map to their
// PDFDocEncoding bytes, anything else becomes '?'.
std::string to_pdf_doc_encoding(const std::string& text) {
  std::string out;
  for (const char32_t c : decode_utf8(text)) {
    if (c >= 0x20 && c < 0x7F) out += static_cast<char>(c);
    else if (c == 0xA0) out += ' ';
    else if (c >= 0xA1 && c <= 0xFF && c != 0xAD) out += static_cast<char>(c);
    else if (c == 0x2013) out += '\x85';
    else if (c == 0x2014) out += '\x84';
    else if (c == 0x2022) out += '\x80';
    else if (c == 0x2019) out += '\x90';
    else if (c == 0x201C) out += '\x8D';
    else if (c == 0x201D) out += '\x8E';
    else if (c == 0x2212) out += '\x8A';
    else out += '?';
  }
  return out;
}

// Where the reader lands for a heading: its page, scrolled to just above its top.
HPDF_Destination heading_destination(HPDF_Page page, const PageItem& anchor, double page_height) {
  HPDF_Destination destination = HPDF_Page_CreateDestination(page);
  HPDF_Destination_SetFitH(destination, static_cast<HPDF_REAL>(page_height - anchor.y + 12));
  return destination;
}

// Adds a bookmark for every heading anchor, nested by level; shows them when the PDF opens.
void add_outlines(HPDF_Doc doc, const layout::LaidOutDocument& laid_out, const std::vector<HPDF_Page>& pages) {
  std::vector<std::pair<int, HPDF_Outline>> open;  // the outline of each level above
  for (std::size_t p = 0; p < laid_out.pages.size() && p < pages.size(); ++p) {
    for (const auto& item : laid_out.pages[p].items) {
      if (item.kind != PageItem::Kind::kAnchor) continue;
      const int level = static_cast<int>(item.size);
      while (!open.empty() && open.back().first >= level) open.pop_back();
      HPDF_Outline outline = HPDF_CreateOutline(doc, open.empty() ? nullptr : open.back().second,
                                                to_pdf_doc_encoding(item.text).c_str(), nullptr);
      HPDF_Outline_SetDestination(outline, heading_destination(pages[p], item, laid_out.height));
      if (level == 1) HPDF_Outline_SetOpened(outline, HPDF_TRUE);
      open.emplace_back(level, outline);
    }
  }
  if (!open.empty()) HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
}

// Makes links to headings (a table of contents) clickable: each goes to its heading's anchor.
void add_internal_links(const layout::LaidOutDocument& laid_out, const std::vector<HPDF_Page>& pages) {
  std::map<std::string, std::pair<std::size_t, const PageItem*>> anchors;
  for (std::size_t p = 0; p < laid_out.pages.size() && p < pages.size(); ++p) {
    for (const auto& item : laid_out.pages[p].items) {
      if (item.kind == PageItem::Kind::kAnchor) anchors.emplace(item.target, std::make_pair(p, &item));
    }
  }
  for (std::size_t p = 0; p < laid_out.pages.size() && p < pages.size(); ++p) {
    for (const auto& item : laid_out.pages[p].items) {
      if (item.kind != PageItem::Kind::kLink || item.target.empty()) continue;
      const auto anchor = anchors.find(item.target);
      if (anchor == anchors.end()) continue;
      const auto height = laid_out.height;
      const HPDF_Rect rect{static_cast<HPDF_REAL>(item.x), static_cast<HPDF_REAL>(height - item.y - item.height),
                           static_cast<HPDF_REAL>(item.x + item.width), static_cast<HPDF_REAL>(height - item.y)};
      HPDF_Annotation link = HPDF_Page_CreateLinkAnnot(
          pages[p], rect, heading_destination(pages[anchor->second.first], *anchor->second.second, height));
      HPDF_LinkAnnot_SetBorderStyle(link, 0, 0, 0);
    }
  }
}

// The document's language (/Lang in the catalog), for screen readers and hyphenation in
// viewers. libharu has no call for it, so it goes into the catalog dictionary directly.
void set_language(HPDF_Doc doc, const std::string& language) {
  if (language.empty()) return;
  HPDF_String value = HPDF_String_New(doc->mmgr, language.c_str(), nullptr);
  if (value) HPDF_Dict_Add(doc->catalog, "Lang", value);
}

// The same pages with only their anchors and links to headings (for step 4 of write_pdf).
layout::LaidOutDocument navigation_items(const layout::LaidOutDocument& laid_out) {
  layout::LaidOutDocument kept{laid_out.width, laid_out.height, {}, std::vector<layout::Page>(laid_out.pages.size())};
  for (std::size_t p = 0; p < laid_out.pages.size(); ++p) {
    for (const auto& item : laid_out.pages[p].items) {
      const bool internal_link = item.kind == PageItem::Kind::kLink && !item.target.empty();
      if (item.kind == PageItem::Kind::kAnchor || internal_link) kept.pages[p].items.push_back(item);
    }
  }
  return kept;
}

void set_metadata(HPDF_Doc doc, const doc::Metadata& metadata, const std::string& creator) {
  const std::pair<HPDF_InfoType, const std::string*> texts[] = {
      {HPDF_INFO_TITLE, &metadata.title},     {HPDF_INFO_AUTHOR, &metadata.author},
      {HPDF_INFO_SUBJECT, &metadata.subject}, {HPDF_INFO_KEYWORDS, &metadata.keywords},
      {HPDF_INFO_CREATOR, &creator}};
  for (const auto& [type, text] : texts) {
    if (!text->empty()) HPDF_SetInfoAttr(doc, type, text->c_str());
  }
  if (const auto date = sv::parse_iso_date(metadata.date)) {
    HPDF_Date when{date->year, date->month, date->day, 0, 0, 0, 'Z', 0, 0};
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, when);
  }
}

std::string read_stream(HPDF_Doc doc) {
  HPDF_SaveToStream(doc);
  std::string bytes(HPDF_GetStreamSize(doc), '\0');
  HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(doc, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
  bytes.resize(size);
  return bytes;
}

}  // namespace

std::optional<std::string> write_pdf(layout::LaidOutDocument laid_out, const Theme& theme,
                                     const std::string& creator, Diagnostics& diagnostics,
                                     const FontSubsetter& subset) {
  ErrorRecord errors;
  PdfDocument pdf(&errors);
  if (!pdf.get()) {
    diagnostics.error({}, "cannot start a PDF document (out of memory?)");
    return std::nullopt;
  }
  // 1. Settings: compression, UTF-8 text, metadata.
  HPDF_SetCompressionMode(pdf.get(), HPDF_COMP_ALL);
  HPDF_UseUTFEncodings(pdf.get());
  HPDF_SetCurrentEncoder(pdf.get(), "UTF-8");
  set_metadata(pdf.get(), laid_out.metadata, creator);
  set_language(pdf.get(), laid_out.metadata.language);
  // 2. Fonts, each holding only the glyphs the document uses.
  pdf::FontLoader fonts;
  const bool fonts_loaded = fonts.load(pdf.get(), theme, laid_out, subset);
  // 3. Pages. Each page's items are dropped once drawn (libharu holds the page then), so a
  //    long document is not in memory twice; the anchors and links are kept for step 4.
  const layout::LaidOutDocument navigation = navigation_items(laid_out);
  PageWriter writer(pdf.get(), fonts.fonts(), laid_out.height);
  std::vector<HPDF_Page> pages;
  if (fonts_loaded) {
    for (auto& page : laid_out.pages) {
      pages.push_back(writer.draw(page, laid_out.width));
      std::vector<PageItem>().swap(page.items);
    }
  }
  // 4. Bookmarks from the headings, and links to them.
  add_outlines(pdf.get(), navigation, pages);
  add_internal_links(navigation, pages);
  // 5. Bytes.
  std::string bytes = errors.code == HPDF_OK && fonts_loaded ? read_stream(pdf.get()) : "";
  if (errors.code != HPDF_OK || !fonts_loaded) {
    char code[32];
    std::snprintf(code, sizeof code, "0x%04X/%u", static_cast<unsigned>(errors.code),
                  static_cast<unsigned>(errors.detail));
    diagnostics.error({}, std::string("the PDF library failed (libharu error ") + code + ")")
        .hints.push_back("check that the theme's fonts are TrueType files and images PNG or JPEG");
    return std::nullopt;
  }
  return bytes;
}

}  // namespace kansli
