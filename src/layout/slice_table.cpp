// Cuts a table into one slice per row (see slices.hpp). Cells are laid out as boxes
// inside their padding; the row is as tall as its tallest cell. "grid" tables get
// borders and a shaded header; "plain" tables a rule under the header only. Header
// rows are recorded so that pagination can repeat them on every page.
#include <algorithm>

#include "layout/slices.hpp"

namespace kansli::layout {
namespace {

void add_line(Slice& slice, double x, double y, double dx, double dy, const Theme& theme) {
  slice.items.push_back({PageItem::Kind::kLine, x, y, dx, dy, FontFace::kRegular,
                         theme.table_border_width, "", theme.color("rule"), {}});
}

void add_borders(Slice& row, const std::vector<double>& widths, double width, const Theme& theme) {
  add_line(row, 0, 0, width, 0, theme);
  add_line(row, 0, row.height, width, 0, theme);
  double x = 0;
  add_line(row, 0, 0, 0, row.height, theme);
  for (const double w : widths) {
    x += w;
    add_line(row, x, 0, 0, row.height, theme);
  }
}

Slice slice_row(const doc::Block& row, bool header, bool grid, const std::vector<double>& widths,
                SliceContext& context) {
  const double pad = context.theme.table_padding;
  Slice slice;
  std::vector<Slice> boxes;
  double x = 0;
  for (std::size_t i = 0; i < widths.size(); ++i) {
    Slice box;
    if (i < row.children.size()) {
      const doc::Block& cell = row.children[i];
      box = stack_slices(slice_blocks(cell.children, widths[i] - 2 * pad, {cell.align, header}, context));
    }
    translate(box.items, x + pad, pad);
    slice.height = std::max(slice.height, box.height + 2 * pad);
    boxes.push_back(std::move(box));
    x += widths[i];
  }
  if (header && grid) {
    const double total = x;
    slice.items.push_back({PageItem::Kind::kFill, 0, 0, total, slice.height, FontFace::kRegular, 0,
                           "", context.theme.color("table_header"), {}});
  }
  for (auto& box : boxes) {
    for (auto& item : box.items) slice.items.push_back(std::move(item));
    for (const auto& note : box.notes) slice.notes.push_back(note);
  }
  return slice;
}

}  // namespace

std::vector<Slice> slice_table(const doc::Block& table, double width, SliceContext& context) {
  std::size_t count = 0;
  for (const auto& row : table.children) count = std::max(count, row.children.size());
  if (count == 0) return {};
  const bool grid = table.style != "plain";
  const auto widths = share_width(table.widths, count, width);
  const int id = static_cast<int>(context.table_headers.size());
  context.table_headers.emplace_back();
  std::vector<Slice> slices;
  for (std::size_t r = 0; r < table.children.size(); ++r) {
    const bool header = static_cast<int>(r) < table.header_rows;
    Slice row = slice_row(table.children[r], header, grid, widths, context);
    if (grid) add_borders(row, widths, width, context.theme);
    else if (header && static_cast<int>(r) + 1 == table.header_rows) {
      add_line(row, 0, row.height, width, 0, context.theme);
    }
    row.table = id;
    row.table_header = header;
    row.keep_with_next = header;
    if (header) context.table_headers[static_cast<std::size_t>(id)].push_back(row);
    slices.push_back(std::move(row));
  }
  slices.front().space_before = 4;
  slices.back().space_after = 8;
  return slices;
}

}  // namespace kansli::layout
