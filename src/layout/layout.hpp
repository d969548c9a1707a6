// Layout: turns a document tree and a theme into positioned pages. It measures text
// through the FontMetrics interface (so it is testable without any font library) and
// asks an ImageCatalog for image sizes. It breaks paragraphs into lines, flows blocks
// over pages (keeping headings with what follows, avoiding orphan and widow lines),
// lays out lists, tables (header rows repeated on each page) and side-by-side columns,
// and places the page header and footer with their page numbers.
// Coordinates are points from the page's top-left corner, y growing downwards.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "base/diagnostics.hpp"
#include "doc/document.hpp"
#include "theme/theme.hpp"

namespace kansli::layout {

enum class FontFace { kRegular, kBold, kItalic, kBoldItalic };

// Measures text set in the theme's fonts.
class FontMetrics {
 public:
  virtual ~FontMetrics() = default;
  // Returns the advance width of UTF-8 `text` at `size` points.
  virtual double measure(FontFace face, std::string_view text, double size) const = 0;
  // Says whether the face has a glyph for `code_point`.
  virtual bool has_glyph(FontFace face, char32_t code_point) const = 0;
};

// Finds where words may be hyphenated (libhyphen patterns in the real program).
class Hyphenator {
 public:
  virtual ~Hyphenator() = default;
  // Appends to `points` the byte offsets inside `word` (letters only, UTF-8, as written)
  // before which a hyphenated line may end, ascending; none when the word must not be hyphenated.
  virtual void add_hyphenation_points(std::string_view word, std::vector<std::size_t>& points) const = 0;
};

struct ImageSize {
  double width = 0;  // natural size in pixels (only the ratio matters)
  double height = 0;
};

// Tells the size of an image file, or nullopt when it cannot be read.
class ImageCatalog {
 public:
  virtual ~ImageCatalog() = default;
  virtual std::optional<ImageSize> size_of(const std::string& path) const = 0;
};

// What a page holds: one struct a kind (as Typst's FrameItem), each with only its own
// fields. Code that must handle every kind visits them (std::visit with one case a kind), so
// a kind added here is a compile error there until it is handled; code that reads one kind
// picks it with std::get_if.

// A run of text in one face, size and colour, from (x, baseline_y) `width` points to the right.
struct TextRun {
  double x = 0, baseline_y = 0;
  double width = 0;  // the text's advance width
  FontFace face = FontFace::kRegular;
  double size = 0;  // points
  std::string text;
  Color color;
};

// A straight line drawn from (x, y) to (x + dx, y + dy), `width` points thick.
struct Line {
  double x = 0, y = 0;
  double dx = 0, dy = 0;
  double width = 0;
  Color color;
};

// A filled rectangle (the shading of a table's header).
struct Fill {
  double x = 0, y = 0, width = 0, height = 0;  // top-left and size
  Color color;
};

// An image file scaled into its box.
struct ImageItem {
  double x = 0, y = 0, width = 0, height = 0;  // top-left and size
  std::string path;
};

// An area that opens a web address when clicked.
struct UriLink {
  double x = 0, y = 0, width = 0, height = 0;  // top-left and size
  std::string uri;
};

// An area that goes to a heading of the document when clicked (a table of contents' entry).
struct HeadingLink {
  double x = 0, y = 0, width = 0, height = 0;  // top-left and size
  std::string heading_id;
};

// Where a heading starts (the top-left of its first line). It draws nothing: it is the
// destination of the PDF's bookmarks and of the links to the heading.
struct Anchor {
  double x = 0, y = 0;
  std::string heading_id;
  std::string title;  // the heading's plain text
  int level = 1;
};

using PageItem = std::variant<TextRun, Line, Fill, ImageItem, UriLink, HeadingLink, Anchor>;

struct Page {
  std::vector<PageItem> items;
};

struct LaidOutDocument {
  double width = 0, height = 0;
  doc::Metadata metadata;
  std::vector<Page> pages;
};

// What layout measures and asks with. Without a hyphenator no word is hyphenated.
struct LayoutTools {
  const FontMetrics& metrics;
  const ImageCatalog& images;
  const Hyphenator* hyphenator = nullptr;
  int max_passes = 4;  // layouts to run until the page numbers of a table of contents settle
};

// Receives pages as layout makes them: the body of each page as soon as it is complete
// (in page order), then, once the page count is known, each page's header and footer as
// a page of its own (in page order). A long document is then never in memory whole.
class PageSink {
 public:
  virtual ~PageSink() = default;
  virtual void add_body(std::size_t index, Page page) = 0;
  virtual void add_furniture(std::size_t index, Page page) = 0;
};

// Lays out `document` into `sink`; returns the page count, or nullopt after reporting
// text the fonts cannot show, unreadable images, a page header that leaves the body less than
// kLeastBodyMm (reported at the theme's page settings) and the like (the sink may then have
// received some pages). A document that refers to the pages of its headings (a table of
// contents) is laid out until they settle; only the last layout reaches the sink.
std::optional<std::size_t> layout_document(const doc::Document& document, const Theme& theme,
                                           const LayoutTools& tools, PageSink& sink, Diagnostics& diagnostics);

// Lays out `document` into memory, header and footer items after the body's on each page.
std::optional<LaidOutDocument> layout_document(const doc::Document& document, const Theme& theme,
                                               const LayoutTools& tools, Diagnostics& diagnostics);

// Writes the pages as text (one item a line, positions rounded), for golden tests.
std::string dump_pages(const LaidOutDocument& laid_out);

}  // namespace kansli::layout
