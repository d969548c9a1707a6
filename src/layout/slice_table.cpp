// Cuts a table into one slice per row (see slices.hpp). Column widths are fixed (points),
// shares of what fixed columns leave, or, when the table gives none, sized by content
// (as browsers do: every column at least its longest word, the rest shared by how much
// text each holds). Cells are laid out as boxes inside their padding; the row is as tall
// as its tallest cell. Cells aligned "decimal" line up on their decimal comma (or last
// digit). "grid" tables get borders and a shaded header; "plain" tables a rule under the
// header only. Header rows are recorded so that pagination can repeat them on every
// page; a table shorter than a third of the page is kept together, and a row taller than a
// page is cut between its lines.
#include <algorithm>
#include <cctype>

#include "layout/slices.hpp"

namespace kansli::layout {
namespace {

void add_line(Slice& slice, double x, double y, double dx, double dy, const Theme& theme) {
  slice.items.push_back(Line{.x = x, .y = y, .dx = dx, .dy = dy, .width = theme.table_border_width,
                             .color = theme.color("rule")});
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

// The narrowest a cell can be (its longest word) and its width on one line.
struct Extent {
  double least = 0, natural = 0;
};

// Only a cell's paragraphs and headings are measured (a heading in the normal style).
Extent cell_extent(const doc::Cell& cell, bool header, const SliceContext& context) {
  Extent extent;
  for (const auto& block : cell.blocks) {
    const auto* inlines = doc::inlines_of(block);
    if (!inlines) continue;
    const auto* paragraph = std::get_if<doc::Paragraph>(&block.content);
    const TextStyle& style = paragraph ? paragraph_style(context.theme, paragraph->style)
                                       : paragraph_style(context.theme, "normal");
    const FontFace face = header || style.bold ? FontFace::kBold : FontFace::kRegular;
    const std::string text = doc::plain_text(*inlines);
    extent.natural = std::max(extent.natural, context.metrics.measure(face, text, style.size));
    std::size_t start = 0;
    while (start < text.size()) {
      const std::size_t space = std::min(text.find(' ', start), text.size());
      extent.least = std::max(extent.least, context.metrics.measure(face, text.substr(start, space - start), style.size));
      start = space + 1;
    }
  }
  return extent;
}

std::vector<double> content_widths(const doc::Table& table, std::size_t count, double width,
                                   const SliceContext& context) {
  const double pad = 2 * context.theme.table_padding;
  std::vector<double> least(count, pad), natural(count, pad);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& cells = table.rows[r].cells;
    for (std::size_t i = 0; i < cells.size() && i < count; ++i) {
      const Extent extent = cell_extent(cells[i], static_cast<int>(r) < table.header_rows, context);
      least[i] = std::max(least[i], extent.least + pad);
      natural[i] = std::max(natural[i], extent.natural + pad + 0.01);
    }
  }
  double sum_least = 0, sum_natural = 0;
  for (std::size_t i = 0; i < count; ++i) {
    sum_least += least[i];
    sum_natural += natural[i];
  }
  std::vector<double> widths(count);
  for (std::size_t i = 0; i < count; ++i) {
    if (sum_natural <= width) widths[i] = natural[i] * width / sum_natural;
    else if (sum_least >= width) widths[i] = least[i] * width / sum_least;
    else widths[i] = least[i] + (natural[i] - least[i]) * (width - sum_least) / (sum_natural - sum_least);
  }
  return widths;
}

// How far the decimal comma (or the end of the last digit) of a right-aligned cell's last
// number lies from the cell's right edge; -1 when it holds no number.
double decimal_trailing(const Slice& box, double inner_width, const FontMetrics& metrics) {
  const TextRun* last = nullptr;
  for (const auto& item : box.items) {
    const auto* run = std::get_if<TextRun>(&item);
    const bool number = run && std::any_of(run->text.begin(), run->text.end(),
                                           [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (number && (!last || run->baseline_y > last->baseline_y ||
                   (run->baseline_y == last->baseline_y && run->x > last->x))) {
      last = run;
    }
  }
  if (!last) return -1;
  const std::string& text = last->text;
  std::size_t point = text.size();
  const std::size_t comma = text.rfind(',');
  if (comma != std::string::npos && comma + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[comma + 1]))) {
    point = comma;
  } else {
    for (std::size_t i = text.size(); i > 0; --i) {
      if (std::isdigit(static_cast<unsigned char>(text[i - 1]))) {
        point = i;
        break;
      }
    }
  }
  return inner_width - (last->x + metrics.measure(last->face, text.substr(0, point), last->size));
}

struct Cell {
  Slice box;
  double trailing = -1;  // decimal cells: see decimal_trailing
};

std::vector<Cell> slice_cells(const doc::Row& row, bool header, const std::vector<double>& widths,
                              SliceContext& context) {
  const double pad = context.theme.table_padding;
  std::vector<Cell> cells(widths.size());
  for (std::size_t i = 0; i < widths.size() && i < row.cells.size(); ++i) {
    const doc::Cell& cell = row.cells[i];
    const bool decimal = cell.align == doc::Align::kDecimal;
    const doc::Align align = decimal ? doc::Align::kEnd : cell.align;
    cells[i].box = stack_slices(slice_blocks(cell.blocks, widths[i] - 2 * pad, {align, header, true}, context));
    if (decimal && !header) cells[i].trailing = decimal_trailing(cells[i].box, widths[i] - 2 * pad, context.metrics);
  }
  return cells;
}

// Moves each decimal cell left so that its comma lines up with the column's widest tail.
void align_decimals(std::vector<std::vector<Cell>>& rows, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    double widest = -1;
    for (const auto& row : rows) widest = std::max(widest, row[i].trailing);
    for (auto& row : rows) {
      if (row[i].trailing >= 0) translate(row[i].box.items, -(widest - row[i].trailing), 0);
    }
  }
}

Slice assemble_row(std::vector<Cell>& cells, bool header, bool grid, const std::vector<double>& widths,
                   const Theme& theme) {
  const double pad = theme.table_padding;
  Slice slice;
  double x = 0;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    translate(cells[i].box.items, x + pad, pad);
    slice.height = std::max(slice.height, cells[i].box.height + 2 * pad);
    x += widths[i];
  }
  if (header && grid) {
    slice.items.push_back(Fill{.x = 0, .y = 0, .width = x, .height = slice.height, .color = theme.color("table_header")});
  }
  for (auto& cell : cells) {
    for (auto& item : cell.box.items) slice.items.push_back(std::move(item));
    for (const auto& note : cell.box.notes) slice.notes.push_back(note);
  }
  return slice;
}

// Where a row taller than a page may be cut: the vertical extent of each text and image in
// it (a cut may cross rules, shading, links and anchors).
std::vector<std::pair<double, double>> item_spans(const Slice& row) {
  std::vector<std::pair<double, double>> spans;
  for (const auto& item : row.items) {
    std::visit(Overloaded{
                   [&](const TextRun& run) { spans.emplace_back(run.baseline_y - run.size, run.baseline_y + run.size * 0.3); },
                   [&](const ImageItem& image) { spans.emplace_back(image.y, image.y + image.height); },
                   [](const Line&) {}, [](const Fill&) {}, [](const UriLink&) {}, [](const HeadingLink&) {},
                   [](const Anchor&) {},
               },
               item);
  }
  return spans;
}

// The top of an item, which decides the piece of a cut row it goes to: a text's top is a
// size above its baseline.
double item_top(const PageItem& item) {
  return std::visit(Overloaded{[](const TextRun& run) { return run.baseline_y - run.size; },
                               [](const auto& other) { return other.y; }},
                    item);
}

// Cuts a row taller than `limit` into pieces at gaps between its lines, so that it
// continues on the next page; each piece is a row of its own (borders are added later).
std::vector<Slice> split_tall_row(Slice row, double limit) {
  if (row.height <= limit || limit <= 0) return {std::move(row)};
  const auto spans = item_spans(row);
  std::vector<double> ends;  // where each piece ends
  for (double start = 0; row.height - start > limit;) {
    double cut = start + limit;
    for (bool moved = true; moved;) {  // up to the nearest gap between lines
      moved = false;
      for (const auto& [top, bottom] : spans) {
        if (top < cut && bottom > cut && top > start) {
          cut = top;
          moved = true;
        }
      }
    }
    if (cut <= start + 1) cut = start + limit;  // one thing taller than a page: cut through it
    ends.push_back(cut);
    start = cut;
  }
  ends.push_back(row.height);
  std::vector<Slice> pieces(ends.size());
  for (auto& item : row.items) {
    const double position = item_top(item);
    std::size_t k = 0;
    while (k + 1 < ends.size() && position >= ends[k]) ++k;
    item_y(item) -= k == 0 ? 0 : ends[k - 1];
    pieces[k].items.push_back(std::move(item));
  }
  for (std::size_t k = 0; k < pieces.size(); ++k) pieces[k].height = ends[k] - (k == 0 ? 0 : ends[k - 1]);
  pieces.front().notes = row.notes;
  return pieces;
}

}  // namespace

std::vector<Slice> slice_table(const doc::Table& table, double width, SliceContext& context) {
  std::size_t count = 0;
  for (const auto& row : table.rows) count = std::max(count, row.cells.size());
  if (count == 0) return {};
  const bool grid = table.style != "plain";
  const auto widths = table.widths.empty() ? content_widths(table, count, width, context)
                                           : share_width(table.widths, table.fixed_widths, count, width);
  const int id = static_cast<int>(context.table_headers.size());
  context.table_headers.emplace_back();
  std::vector<std::vector<Cell>> cells;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    cells.push_back(slice_cells(table.rows[r], static_cast<int>(r) < table.header_rows, widths, context));
  }
  align_decimals(cells, count);
  const double page = context.frame.height();
  std::vector<Slice> slices;
  double total = 0, header_height = 0;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const bool header = static_cast<int>(r) < table.header_rows;
    Slice whole = assemble_row(cells[r], header, grid, widths, context.theme);
    // A row taller than a page (less the repeated header) continues on the next.
    for (Slice& row : header ? std::vector<Slice>{std::move(whole)} : split_tall_row(std::move(whole), page - header_height - 1)) {
      if (grid) add_borders(row, widths, width, context.theme);
      else if (header && static_cast<int>(r) + 1 == table.header_rows) add_line(row, 0, row.height, width, 0, context.theme);
      row.table = id;
      row.table_header = header;
      row.keep_with_next = header;
      if (header) {
        context.table_headers[static_cast<std::size_t>(id)].push_back(row);
        header_height += row.height;
      }
      total += row.height;
      slices.push_back(std::move(row));
    }
  }
  if (total <= page / 3) {
    for (std::size_t r = 0; r + 1 < slices.size(); ++r) slices[r].keep_with_next = true;
  }
  slices.front().space_before = 4;
  slices.back().space_after = 8;
  return slices;
}

}  // namespace kansli::layout
