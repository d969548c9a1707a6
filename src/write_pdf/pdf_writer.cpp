// Implements write_pdf with libharu (see pdf_writer.hpp).
#include "write_pdf/pdf_writer.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <future>
#include <map>
#include <memory>

#include <hpdf.h>
#include <hpdf_pages.h>

#include "base/utf8.hpp"
#include "sv/format.hpp"
#include "write_pdf/page_content.hpp"
#include "write_pdf/page_pipeline.hpp"
#include "write_pdf/png_image.hpp"
#include "write_pdf/pdf_fonts.hpp"
#include "write_pdf/pdf_streams.hpp"

namespace kansli {
namespace {

// Records libharu errors; the C callback must not throw.
struct ErrorRecord {
  HPDF_STATUS code = HPDF_OK;
  HPDF_STATUS detail = 0;
};

void record_error(HPDF_STATUS code, HPDF_STATUS detail, void* data) {
  auto* record = static_cast<ErrorRecord*>(data);
  if (record->code == HPDF_OK) *record = {code, detail};
}

}  // namespace

// Owns a libharu document and the record of its errors.
class PdfWriter::Document {
 public:
  Document() : doc_(HPDF_New(record_error, &errors_)) {}
  ~Document() { if (doc_) HPDF_Free(doc_); }
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;
  HPDF_Doc get() const { return doc_; }
  const ErrorRecord& errors() const { return errors_; }

 private:
  ErrorRecord errors_;
  HPDF_Doc doc_;
};

namespace {

// The images a document shows, each loaded into libharu once by its file and compressed
// at once (libharu would compress them while saving); a null image could not be read.
using ImageTable = std::map<std::string, HPDF_Image>;

// An image object holding the PNG's own compressed data, read through the PNG predictor.
HPDF_Image add_png_object(HPDF_Doc doc, const pdf::PngImage& png) {
  HPDF_Dict image = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (!image) return nullptr;
  HPDF_Dict_AddName(image, "Type", "XObject");
  HPDF_Dict_AddName(image, "Subtype", "Image");
  HPDF_Dict_AddNumber(image, "Width", static_cast<HPDF_INT32>(png.width));
  HPDF_Dict_AddNumber(image, "Height", static_cast<HPDF_INT32>(png.height));
  HPDF_Dict_AddNumber(image, "BitsPerComponent", png.bit_depth);
  if (png.palette.empty()) {
    HPDF_Dict_AddName(image, "ColorSpace", png.colors == 3 ? "DeviceRGB" : "DeviceGray");
  } else {
    HPDF_Array indexed = HPDF_Array_New(doc->mmgr);
    HPDF_Array_AddName(indexed, "Indexed");
    HPDF_Array_AddName(indexed, "DeviceRGB");
    HPDF_Array_AddNumber(indexed, static_cast<HPDF_INT32>(png.palette.size() / 3) - 1);
    HPDF_Array_Add(indexed, HPDF_Binary_New(doc->mmgr, reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(png.palette.data())),
                                            static_cast<HPDF_UINT>(png.palette.size())));
    HPDF_Dict_Add(image, "ColorSpace", indexed);
  }
  HPDF_Dict parameters = HPDF_Dict_New(doc->mmgr);
  HPDF_Dict_AddNumber(parameters, "Predictor", 15);  // PNG's filters, chosen row by row
  HPDF_Dict_AddNumber(parameters, "Colors", png.colors);
  HPDF_Dict_AddNumber(parameters, "BitsPerComponent", png.bit_depth);
  HPDF_Dict_AddNumber(parameters, "Columns", static_cast<HPDF_INT32>(png.width));
  HPDF_Dict_Add(image, "DecodeParms", parameters);
  pdf::set_deflated(image, png.data);
  return image;
}

// An image checked whole (ImageFiles): a PNG as it is when PDF can take it so, else
// decoded by libharu from its bytes (and compressed again); a JPEG as it is. Null when
// libharu failed.
HPDF_Image load_image(HPDF_Doc doc, const Image& image) {
  const std::string& bytes = *image.bytes;
  const auto* data = reinterpret_cast<const HPDF_BYTE*>(bytes.data());
  const auto size = static_cast<HPDF_UINT>(bytes.size());
  if (image.format == Image::Format::kJpeg) return HPDF_LoadJpegImageFromMem(doc, data, size);
  if (const auto png = pdf::read_png_as_is(bytes)) return add_png_object(doc, *png);
  HPDF_Image loaded = HPDF_LoadPngImageFromMem(doc, data, size);
  if (loaded) pdf::deflate_now(loaded);
  return loaded;
}

ImageTable load_images(HPDF_Doc doc, const std::vector<std::string>& files, const ImageFiles& checked) {
  ImageTable images;
  for (const auto& path : files) {
    std::string error;
    const auto image = checked.open(path, error);
    images.emplace(path, image ? load_image(doc, *image) : nullptr);
  }
  return images;
}

// Whether libharu named the resource at `index` as the content stream does ("F1", "X2").
bool named(const char* name, char prefix, std::size_t index) {
  return name && name == prefix + std::to_string(index + 1);
}

// Adds a page with its content stream, made (and compressed) by the page thread, and
// registers the images the stream names; null when libharu failed or named an image
// otherwise than the stream does.
HPDF_Page add_page(HPDF_Doc doc, const pdf::PageContent& content, const ImageTable& images, const Theme& theme) {
  HPDF_Page page = HPDF_AddPage(doc);
  if (!page) return nullptr;
  HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(theme.page_width));
  HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(theme.page_height));
  pdf::set_deflated(static_cast<HPDF_PageAttr>(page->attr)->contents, content.deflated);
  for (std::size_t i = 0; i < content.images.size(); ++i) {
    const auto image = images.find(content.images[i]);
    if (image == images.end() || !image->second || !named(HPDF_Page_GetXObjectName(page, image->second), 'X', i)) {
      return nullptr;
    }
  }
  return page;
}

// Registers the fonts `content` names with its page, in its order; false when libharu
// named one otherwise than the stream does.
bool add_page_fonts(HPDF_Page page, const pdf::PageContent& content, const std::array<HPDF_Font, 4>& fonts) {
  for (std::size_t i = 0; i < content.fonts.size(); ++i) {
    HPDF_Font font = fonts[static_cast<std::size_t>(content.fonts[i])];
    if (!font || !named(HPDF_Page_GetLocalFontName(page, font), 'F', i)) return false;
  }
  return true;
}

// Shortens a bookmark title or a document information text to at most 1 000 characters
// (ending in "…" when cut): libharu refuses strings over 65 535 bytes (error 0x105B), and a
// reader shows no more than a line of either.
std::string shortened_for_pdf_string(const std::string& text) {
  constexpr std::size_t kMaxCharacters = 1000;
  if (text.size() <= kMaxCharacters) return text;
  std::size_t end = 0;
  for (std::size_t count = 0; end < text.size() && count < kMaxCharacters; ++count) {
    char32_t c = 0;
    end += next_code_point(text, end, c);
  }
  return end < text.size() ? text.substr(0, end) + "…" : text;
}

// Converts UTF-8 to PDFDocEncoding for bookmark titles (libharu takes them as C
// strings, so not UTF-16) and metadata: Latin-1 letters stay, dashes, quotes and bullets
// and the ellipsis map to their PDFDocEncoding bytes, anything else becomes '?' and clears `lossless`.
std::string to_pdf_doc_encoding(const std::string& text, bool* lossless = nullptr) {
  std::string out;
  for (const char32_t c : decode_utf8(text)) {
    if (c >= 0x20 && c < 0x7F) out += static_cast<char>(c);
    else if (c == 0xA0) out += ' ';
    else if (c >= 0xA1 && c <= 0xFF && c != 0xAD) out += static_cast<char>(c);
    else if (c == 0x2013) out += '\x85';
    else if (c == 0x2014) out += '\x84';
    else if (c == 0x2022) out += '\x80';
    else if (c == 0x2026) out += '\x83';
    else if (c == 0x2019) out += '\x90';
    else if (c == 0x201C) out += '\x8D';
    else if (c == 0x201D) out += '\x8E';
    else if (c == 0x2212) out += '\x8A';
    else {
      out += '?';
      if (lossless) *lossless = false;
    }
  }
  return out;
}

// Where the reader lands for a heading: its page, scrolled to just above its top.
HPDF_Destination heading_destination(HPDF_Page page, const layout::Anchor& anchor, double page_height) {
  HPDF_Destination destination = HPDF_Page_CreateDestination(page);
  HPDF_Destination_SetFitH(destination, static_cast<HPDF_REAL>(page_height - anchor.y + 12));
  return destination;
}

// Adds a bookmark for every heading anchor, nested by level; shows them when the PDF opens.
void add_outlines(HPDF_Doc doc, const std::vector<layout::Page>& navigation, double height,
                  const std::vector<HPDF_Page>& pages) {
  std::vector<std::pair<int, HPDF_Outline>> open;  // the outline of each level above
  for (std::size_t p = 0; p < navigation.size() && p < pages.size(); ++p) {
    for (const auto& item : navigation[p].items) {
      const auto* anchor = std::get_if<layout::Anchor>(&item);
      if (!anchor) continue;
      const int level = anchor->level;
      while (!open.empty() && open.back().first >= level) open.pop_back();
      HPDF_Outline outline = HPDF_CreateOutline(doc, open.empty() ? nullptr : open.back().second,
                                                to_pdf_doc_encoding(shortened_for_pdf_string(anchor->title)).c_str(), nullptr);
      HPDF_Outline_SetDestination(outline, heading_destination(pages[p], *anchor, height));
      if (level == 1) HPDF_Outline_SetOpened(outline, HPDF_TRUE);
      open.emplace_back(level, outline);
    }
  }
  if (!open.empty()) HPDF_SetPageMode(doc, HPDF_PAGE_MODE_USE_OUTLINE);
}

// The rectangle of a link's area (a UriLink or HeadingLink) on a page `height` points high.
template <typename LinkArea>
HPDF_Rect link_rect(const LinkArea& area, double height) {
  return {static_cast<HPDF_REAL>(area.x), static_cast<HPDF_REAL>(height - area.y - area.height),
          static_cast<HPDF_REAL>(area.x + area.width), static_cast<HPDF_REAL>(height - area.y)};
}

// Makes links clickable: to a web address, or to a heading's anchor (a table of contents).
void add_links(const std::vector<layout::Page>& navigation, double height, const std::vector<HPDF_Page>& pages) {
  std::map<std::string, std::pair<std::size_t, const layout::Anchor*>> anchors;
  for (std::size_t p = 0; p < navigation.size() && p < pages.size(); ++p) {
    for (const auto& item : navigation[p].items) {
      const auto* anchor = std::get_if<layout::Anchor>(&item);
      if (anchor) anchors.emplace(anchor->heading_id, std::make_pair(p, anchor));
    }
  }
  for (std::size_t p = 0; p < navigation.size() && p < pages.size(); ++p) {
    for (const auto& item : navigation[p].items) {
      HPDF_Annotation link = nullptr;
      if (const auto* uri = std::get_if<layout::UriLink>(&item)) {
        link = HPDF_Page_CreateURILinkAnnot(pages[p], link_rect(*uri, height), uri->uri.c_str());
      } else if (const auto* heading = std::get_if<layout::HeadingLink>(&item)) {
        if (const auto anchor = anchors.find(heading->heading_id); anchor != anchors.end()) {
          link = HPDF_Page_CreateLinkAnnot(pages[p], link_rect(*heading, height),
                                           heading_destination(pages[anchor->second.first], *anchor->second.second, height));
        }
      }
      if (link) HPDF_LinkAnnot_SetBorderStyle(link, 0, 0, 0);
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

// Adds a page for each content stream, dropping each stream once libharu holds a copy;
// false when one could not be added.
bool add_pages(HPDF_Doc doc, std::vector<pdf::PageContent>& contents, const ImageTable& images, const Theme& theme,
               std::vector<HPDF_Page>& pages) {
  for (auto& content : contents) {
    HPDF_Page page = add_page(doc, content, images, theme);
    if (!page) return false;
    pages.push_back(page);
    std::string().swap(content.deflated);
  }
  return true;
}

// Adds the fonts' objects and registers them with each page; the error, or empty.
std::string add_fonts(HPDF_Doc doc, const Theme& theme, const pdf::UsedCodePoints& used,
                      const std::array<std::optional<pdf::PreparedFont>, 4>& prepared,
                      const std::vector<pdf::PageContent>& contents, const std::vector<HPDF_Page>& pages) {
  std::array<HPDF_Font, 4> fonts{};
  for (std::size_t i = 0; i < 4; ++i) {
    if (used[i].empty()) continue;
    const auto face = static_cast<layout::FontFace>(i);
    if (!prepared[i]) return "cannot embed the font " + pdf::font_file(theme, face);
    fonts[i] = pdf::add_font_objects(doc, *prepared[i], face);
  }
  for (std::size_t p = 0; p < pages.size() && p < contents.size(); ++p) {
    if (!add_page_fonts(pages[p], contents[p], fonts)) return "the PDF library failed to name a page's fonts";
  }
  return "";
}

// The document information. libharu writes its strings as they are given, in
// PDFDocEncoding; setting up its UTF-8 encoder (for UTF-16 strings) costs more than the
// rest of the metadata, so that is done only for a text with a character PDFDocEncoding lacks.
void set_metadata(HPDF_Doc doc, const doc::Metadata& metadata, const std::string& creator) {
  const std::pair<HPDF_InfoType, const std::string*> texts[] = {
      {HPDF_INFO_TITLE, &metadata.title},     {HPDF_INFO_AUTHOR, &metadata.author},
      {HPDF_INFO_SUBJECT, &metadata.subject}, {HPDF_INFO_KEYWORDS, &metadata.keywords},
      {HPDF_INFO_CREATOR, &creator}};
  bool lossless = true;
  std::vector<std::string> shortened;
  std::vector<std::string> encoded;
  for (const auto& [type, text] : texts) {
    shortened.push_back(shortened_for_pdf_string(*text));
    encoded.push_back(to_pdf_doc_encoding(shortened.back(), &lossless));
  }
  if (!lossless) {
    HPDF_UseUTFEncodings(doc);
    HPDF_SetCurrentEncoder(doc, "UTF-8");
  }
  for (std::size_t i = 0; i < std::size(texts); ++i) {
    const std::string& text = lossless ? encoded[i] : shortened[i];
    if (!text.empty()) HPDF_SetInfoAttr(doc, texts[i].first, text.c_str());
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

using FontFutures = std::array<std::future<std::optional<pdf::PreparedFont>>, 4>;

// Steps 2 to 4 of PdfWriter::finish, into `pdf`.
std::optional<std::string> save(const PdfWriter::Document& pdf, pdf::MadePages& made, FontFutures& preparing_fonts,
                                const Theme& theme, const ImageFiles& checked_images, const std::string& creator,
                                const doc::Metadata& metadata, Diagnostics& diagnostics) {
  // 2. Settings: compression, metadata.
  HPDF_SetCompressionMode(pdf.get(), HPDF_COMP_ALL);
  set_metadata(pdf.get(), metadata, creator);
  set_language(pdf.get(), metadata.language);
  // 3. Images, the pages with their content streams, bookmarks from the headings, links;
  //    then the fonts.
  const ImageTable images = load_images(pdf.get(), made.image_files, checked_images);
  std::vector<HPDF_Page> pages;
  const bool pages_added = add_pages(pdf.get(), made.contents, images, theme, pages);
  add_outlines(pdf.get(), made.navigation, theme.page_height, pages);
  add_links(made.navigation, theme.page_height, pages);
  std::array<std::optional<pdf::PreparedFont>, 4> prepared;
  for (std::size_t i = 0; i < 4; ++i) {
    if (preparing_fonts[i].valid()) prepared[i] = preparing_fonts[i].get();
  }
  const std::string font_error = add_fonts(pdf.get(), theme, made.used, prepared, made.contents, pages);
  // 4. Bytes.
  const ErrorRecord& errors = pdf.errors();
  std::string bytes = errors.code == HPDF_OK && pages_added && font_error.empty() ? read_stream(pdf.get()) : "";
  if (!font_error.empty()) {
    diagnostics.error({}, font_error).hints.push_back("check that the theme's fonts are TrueType files");
    return std::nullopt;
  }
  if (errors.code != HPDF_OK || !pages_added) {
    char code[32];
    std::snprintf(code, sizeof code, "0x%04X/%u", static_cast<unsigned>(errors.code),
                  static_cast<unsigned>(errors.detail));
    diagnostics.error({}, std::string("the PDF library failed (libharu error ") + code + ")")
        .hints.push_back("check that the theme's images are PNG or JPEG files");
    return std::nullopt;
  }
  return bytes;
}

}  // namespace

PdfWriter::PdfWriter(const Theme& theme, std::string creator, const ImageFiles& images, bool threads)
    : theme_(theme), images_(images), creator_(std::move(creator)), threads_(threads),
      pipeline_(std::make_unique<pdf::PagePipeline>(theme.page_height, threads)) {}

PdfWriter::~PdfWriter() = default;

void PdfWriter::add_body(std::size_t index, layout::Page page) { pipeline_->add(index, false, std::move(page)); }

void PdfWriter::add_furniture(std::size_t index, layout::Page page) { pipeline_->add(index, true, std::move(page)); }

std::optional<std::string> PdfWriter::finish(const doc::Metadata& metadata, Diagnostics& diagnostics) {
  // 1. The pages as the page thread made them; the fonts, cut down to the glyphs they
  //    show, are prepared on threads of their own (one a face) while libharu takes the pages
  //    (without threads, each when it is needed).
  pdf::MadePages made = pipeline_->finish();
  FontFutures preparing_fonts;
  const auto launch = threads_ ? std::launch::async : std::launch::deferred;
  for (std::size_t i = 0; i < 4; ++i) {
    if (made.used[i].empty()) continue;
    std::string error;
    FileBytes font_file = images_.files().read(pdf::font_file(theme_, static_cast<layout::FontFace>(i)), FileKind::kFont, error);
    preparing_fonts[i] = std::async(launch, [font_file = std::move(font_file), &made, i] {
      return pdf::prepare_font(font_file, made.used[i]);
    });
  }
  // libharu's objects are freed on a thread of their own once the bytes are out.
  std::optional<std::string> bytes;
  auto document = std::make_unique<Document>();
  if (document->get()) bytes = save(*document, made, preparing_fonts, theme_, images_, creator_, metadata, diagnostics);
  else diagnostics.error({}, "cannot start a PDF document (out of memory?)");
  if (threads_) freeing_ = std::async(std::launch::async, [document = std::move(document)]() mutable { document.reset(); });
  return bytes;
}

std::optional<std::string> write_pdf(layout::LaidOutDocument laid_out, const Theme& theme,
                                     const std::string& creator, const ImageFiles& images, Diagnostics& diagnostics,
                                     bool threads) {
  PdfWriter writer(theme, creator, images, threads);
  for (std::size_t i = 0; i < laid_out.pages.size(); ++i) writer.add_body(i, std::move(laid_out.pages[i]));
  return writer.finish(laid_out.metadata, diagnostics);
}

}  // namespace kansli
