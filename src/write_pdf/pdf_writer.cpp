// Implements write_pdf with libharu (see pdf_writer.hpp).
#include "write_pdf/pdf_writer.hpp"

#include <array>
#include <cstdio>
#include <map>

#include <hpdf.h>

#include "sv/format.hpp"

namespace kansli {
namespace {

using layout::FontFace;
using layout::PageItem;

constexpr const char* kFaceKeys[] = {"regular", "bold", "italic", "bold_italic"};

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

// Draws pages into a libharu document, loading fonts and images once each.
class PageWriter {
 public:
  PageWriter(HPDF_Doc doc, const Theme& theme, double page_height)
      : doc_(doc), theme_(theme), height_(page_height) {}

  void draw(const layout::Page& page, double width) {
    HPDF_Page out = HPDF_AddPage(doc_);
    HPDF_Page_SetWidth(out, static_cast<HPDF_REAL>(width));
    HPDF_Page_SetHeight(out, static_cast<HPDF_REAL>(height_));
    for (const auto kind : {PageItem::Kind::kFill, PageItem::Kind::kImage, PageItem::Kind::kLine,
                            PageItem::Kind::kText, PageItem::Kind::kLink}) {
      for (const auto& item : page.items) {
        if (item.kind == kind) draw_item(out, item);
      }
    }
  }

 private:
  HPDF_REAL flip(double y) const { return static_cast<HPDF_REAL>(height_ - y); }
  static HPDF_REAL r(double v) { return static_cast<HPDF_REAL>(v); }

  void draw_item(HPDF_Page page, const PageItem& item) {
    switch (item.kind) {
      case PageItem::Kind::kFill:
        HPDF_Page_SetRGBFill(page, r(item.color.r), r(item.color.g), r(item.color.b));
        HPDF_Page_Rectangle(page, r(item.x), flip(item.y + item.height), r(item.width), r(item.height));
        HPDF_Page_Fill(page);
        break;
      case PageItem::Kind::kLine:
        HPDF_Page_SetLineWidth(page, r(item.size));
        HPDF_Page_SetRGBStroke(page, r(item.color.r), r(item.color.g), r(item.color.b));
        HPDF_Page_MoveTo(page, r(item.x), flip(item.y));
        HPDF_Page_LineTo(page, r(item.x + item.width), flip(item.y + item.height));
        HPDF_Page_Stroke(page);
        break;
      case PageItem::Kind::kImage:
        if (HPDF_Image image = image_for(item.text)) {
          HPDF_Page_DrawImage(page, image, r(item.x), flip(item.y + item.height), r(item.width),
                              r(item.height));
        }
        break;
      case PageItem::Kind::kText:
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, font_for(item.face), r(item.size));
        HPDF_Page_SetRGBFill(page, r(item.color.r), r(item.color.g), r(item.color.b));
        HPDF_Page_TextOut(page, r(item.x), flip(item.y), item.text.c_str());
        HPDF_Page_EndText(page);
        break;
      case PageItem::Kind::kLink: {
        const HPDF_Rect rect{r(item.x), flip(item.y + item.height), r(item.x + item.width), flip(item.y)};
        HPDF_Annotation link = HPDF_Page_CreateURILinkAnnot(page, rect, item.text.c_str());
        HPDF_LinkAnnot_SetBorderStyle(link, 0, 0, 0);
        break;
      }
    }
  }

  HPDF_Font font_for(FontFace face) {
    const auto index = static_cast<std::size_t>(face);
    if (!fonts_[index]) {
      const std::string& path = theme_.font_files.at(kFaceKeys[index]);
      const char* name = HPDF_LoadTTFontFromFile(doc_, path.c_str(), HPDF_TRUE);
      fonts_[index] = name ? HPDF_GetFont(doc_, name, "UTF-8") : nullptr;
    }
    return fonts_[index];
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
  const Theme& theme_;
  double height_;
  std::array<HPDF_Font, 4> fonts_{};
  std::map<std::string, HPDF_Image> images_;
};

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

std::optional<std::string> write_pdf(const layout::LaidOutDocument& laid_out, const Theme& theme,
                                     const std::string& creator, Diagnostics& diagnostics) {
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
  // 2. Pages.
  PageWriter writer(pdf.get(), theme, laid_out.height);
  for (const auto& page : laid_out.pages) writer.draw(page, laid_out.width);
  // 3. Bytes.
  std::string bytes = errors.code == HPDF_OK ? read_stream(pdf.get()) : "";
  if (errors.code != HPDF_OK) {
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
