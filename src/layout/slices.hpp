// Slices: the unit of page flow inside the layout stage (internal header).
// A slice also carries the footnotes its lines refer to; pagination puts them at the
// foot of the page the slice lands on.
// Every block is cut into slices that are never split across pages: one per line of a
// paragraph, one per table row, one per list marker line, one for a column group or
// an image. A slice holds its items relative to its own top-left corner. Pagination
// (paginate.cpp) stacks slices onto pages, honouring keep-with-next and page breaks.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "base/overloaded.hpp"
#include "layout/layout.hpp"

namespace kansli::layout {

// A footnote a line refers to: its number and its text.
struct NoteReference {
  int number = 0;
  const doc::Footnote* note = nullptr;
};

struct Slice {
  double height = 0;
  double space_before = 0;  // dropped at the top of a page
  double space_after = 0;
  std::vector<PageItem> items;
  bool keep_with_next = false;  // never end a page after this slice
  bool page_break = false;      // start a new page here (no items)
  bool vertical_space = false;  // only space: dropped at the top of a page
  int table = -1;               // the table this row belongs to, or -1
  bool table_header = false;    // a header row, repeated after a page break
  std::vector<NoteReference> notes;  // footnotes referred to in this slice
};

// Where the body goes on a page: below the page header (measured, so that a long header
// never runs into the text) and above the footer.
struct PageFrame {
  double first_top = 0;  // the first page, which may have a header of its own
  double top = 0;
  double bottom = 0;
  double height() const { return bottom - top; }
};

struct PageNumbers {
  int page = 0;
  int count = 0;
};

// What slicing needs; passed explicitly down every call.
struct SliceContext {
  const Theme& theme;
  const FontMetrics& metrics;
  const ImageCatalog& images;
  const Hyphenator* hyphenator;  // null: no hyphenation
  Diagnostics& diagnostics;
  PageFrame frame;
  PageNumbers numbers;
  std::vector<std::vector<Slice>> table_headers;  // header-row slices per table
  const std::vector<doc::ContentsEntry>& contents;  // the table of contents' entries
  const std::map<std::string, int>& heading_pages;   // heading id -> page, from the previous layout
  int footnotes = 0;       // footnotes numbered so far
  bool in_footnote = false;  // slicing a footnote's own text: notes inside are not numbered
};

// What a container passes to the blocks inside it.
struct BlockDefaults {
  doc::Align align = doc::Align::kStart;
  bool bold = false;    // header cells
  bool ragged = false;  // table cells: never justified, whatever the style says
};

// Breaks one paragraph (or heading) into line slices of at most `width` points.
std::vector<Slice> slice_paragraph(const std::vector<doc::Inline>& inlines, const TextStyle& style,
                                   doc::Align align, bool bold, double width, SliceContext& context);

// Cuts one block into slices for a column `width` points wide, appending them to `out`.
void slice_block(const doc::Block& block, double width, const BlockDefaults& defaults, SliceContext& context,
                 std::vector<Slice>& out);

// Cuts blocks into slices for a column `width` points wide.
std::vector<Slice> slice_blocks(const std::vector<doc::Block>& blocks, double width,
                                const BlockDefaults& defaults, SliceContext& context);

// Cuts a table into one slice per row.
std::vector<Slice> slice_table(const doc::Table& table, double width, SliceContext& context);

// The baseline of a line of text in `style`, from the line's top: the text centred in its
// leading, with the style's ascent (the theme's fonts.ascent).
double line_baseline(const TextStyle& style);

// The theme's paragraph style `name`, or "normal" when it has none of that name.
const TextStyle& paragraph_style(const Theme& theme, const std::string& name);

// Splits `width` among `count` columns: a column with a fixed width (points) gets it, the
// others share the rest in proportion to `weights` (missing or non-positive weights count as 1).
std::vector<double> share_width(std::vector<double> weights, const std::vector<double>& fixed, std::size_t count,
                                double width);

// Cuts a table of contents into slices: each entry's title, a dot leader and its page.
std::vector<Slice> slice_contents(double width, SliceContext& context);

// The page `heading_id` was on in the previous layout, as text ("1" before the first).
std::string page_of(const std::string& heading_id, const SliceContext& context);

// Cuts a footnote into one slice, its number hanging in the margin of its text.
Slice slice_footnote(const NoteReference& reference, double width, SliceContext& context);

// Stacks slices into one slice (for table cells and columns, which never break).
Slice stack_slices(const std::vector<Slice>& slices);

// Moves items by (dx, dy).
void translate(std::vector<PageItem>& items, double dx, double dy);

// The y of `item`'s position: a text run's baseline, the top of anything else.
inline double& item_y(PageItem& item) {
  return std::visit(Overloaded{[](TextRun& run) -> double& { return run.baseline_y; },
                               [](auto& other) -> double& { return other.y; }},
                    item);
}

// Moves `item` by (dx, dy).
inline void move_item(PageItem& item, double dx, double dy) {
  std::visit(Overloaded{[dx, dy](TextRun& run) { run.x += dx; run.baseline_y += dy; },
                        [dx, dy](auto& other) { other.x += dx; other.y += dy; }},
             item);
}



}  // namespace kansli::layout
