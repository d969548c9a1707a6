// Cuts blocks into slices (see slices.hpp): paragraphs and headings by line, lists
// with their markers in a hanging indent, side-by-side columns, images, rules,
// vertical space and page breaks. Tables are in slice_table.cpp.
#include <algorithm>

#include "base/overloaded.hpp"
#include "layout/slices.hpp"

namespace kansli::layout {
namespace {

constexpr double kMarkerGap = 6;

// Returns the baseline of the first text in a slice, or a default for text size `size`.
double first_baseline(const Slice& slice, double fallback) {
  for (const auto& item : slice.items) {
    if (const auto* run = std::get_if<TextRun>(&item)) return run->baseline_y;
  }
  return fallback;
}

std::vector<Slice> slice_list(const doc::List& list, double width, const BlockDefaults& defaults,
                              SliceContext& context) {
  const double indent = context.theme.list_indent;
  const TextStyle& normal = paragraph_style(context.theme, "normal");
  std::vector<Slice> slices;
  long number = list.start;  // counted for empty items too, as HTML numbers them
  for (const auto& item : list.items) {
    auto inner = slice_blocks(item.blocks, width - indent, defaults, context);
    const std::string marker = list.ordered ? std::to_string(number++) + "." : list.marker;
    if (inner.empty()) continue;
    for (auto& slice : inner) translate(slice.items, indent, 0);
    const FontFace face = defaults.bold ? FontFace::kBold : FontFace::kRegular;
    const double marker_width = context.metrics.measure(face, marker, normal.size);
    PageItem marker_item = TextRun{.x = indent - kMarkerGap - marker_width,
                                   .baseline_y = first_baseline(inner.front(), normal.size), .width = marker_width,
                                   .face = face, .size = normal.size, .text = marker,
                                   .color = context.theme.color(normal.color)};
    inner.front().items.push_back(std::move(marker_item));
    for (auto& slice : inner) slices.push_back(std::move(slice));
  }
  return slices;
}

Slice slice_columns(const doc::Columns& columns, double width, SliceContext& context) {
  const std::size_t count = columns.columns.size();
  const double gap = context.theme.column_gap;
  const double gaps = gap * static_cast<double>(count > 0 ? count - 1 : 0);
  const auto widths = share_width(columns.widths, columns.fixed_widths, count, width - gaps);
  Slice group;
  double x = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const doc::Column& column = columns.columns[i];
    Slice box = stack_slices(slice_blocks(column.blocks, widths[i], {column.align, false}, context));
    translate(box.items, x, 0);
    for (auto& item : box.items) group.items.push_back(std::move(item));
    for (const auto& note : box.notes) group.notes.push_back(note);
    group.height = std::max(group.height, box.height);
    x += widths[i] + gap;
  }
  return group;
}

Slice slice_image(const doc::Image& image, double width, const BlockDefaults& defaults,
                  SliceContext& context) {
  Slice slice;
  const auto natural = context.images.size_of(image.source);
  if (!natural || natural->width <= 0 || natural->height <= 0) {
    context.diagnostics.error({}, "cannot read the image '" + image.source + "'")
        .hints.push_back("images must be PNG or JPEG files; check the path");
    return slice;
  }
  const double ratio = natural->height / natural->width;
  double w = image.width, h = image.height;
  if (w <= 0 && h <= 0) w = std::min(natural->width * 0.75, width);
  if (w <= 0) w = h / ratio;
  if (h <= 0) h = w * ratio;
  if (w > width) { h *= width / w; w = width; }
  const double x = defaults.align == doc::Align::kEnd      ? width - w
                   : defaults.align == doc::Align::kCenter ? (width - w) / 2 : 0;
  slice.items.push_back(ImageItem{.x = x, .y = 0, .width = w, .height = h, .path = image.source});
  slice.height = h;
  slice.space_after = 4;
  return slice;
}

Slice slice_rule(double width, const Theme& theme) {
  Slice slice;
  slice.height = 8;
  slice.items.push_back(Line{.x = 0, .y = 4, .dx = width, .dy = 0, .width = theme.table_border_width,
                             .color = theme.color("rule")});
  return slice;
}

void append(std::vector<Slice>& out, std::vector<Slice> more) {
  for (auto& slice : more) out.push_back(std::move(slice));
}

}  // namespace

const TextStyle& paragraph_style(const Theme& theme, const std::string& name) {
  const auto found = theme.paragraph_styles.find(name);
  if (found != theme.paragraph_styles.end()) return found->second;
  return theme.paragraph_styles.at("normal");
}

std::vector<double> share_width(std::vector<double> weights, const std::vector<double>& fixed, std::size_t count,
                                double width) {
  weights.resize(count, 1.0);
  double fixed_total = 0;
  for (std::size_t i = 0; i < count && i < fixed.size(); ++i) fixed_total += std::max(fixed[i], 0.0);
  const double squeeze = fixed_total > width ? width / fixed_total : 1.0;  // fixed columns wider than the page
  double rest = width, total = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const bool is_fixed = i < fixed.size() && fixed[i] > 0;
    if (is_fixed) rest -= fixed[i] * squeeze;
    else total += weights[i] = weights[i] > 0 ? weights[i] : 1.0;
  }
  rest = std::max(rest, 0.0);
  for (std::size_t i = 0; i < count; ++i) {
    const bool is_fixed = i < fixed.size() && fixed[i] > 0;
    weights[i] = is_fixed ? fixed[i] * squeeze : (total > 0 ? rest * weights[i] / total : 0);
  }
  return weights;
}

void slice_block(const doc::Block& block, double width, const BlockDefaults& defaults, SliceContext& context,
                 std::vector<Slice>& out) {
  std::visit(Overloaded{
                 [&](const doc::Paragraph& paragraph) {
                   TextStyle style = paragraph_style(context.theme, paragraph.style);
                   style.justify = style.justify && !defaults.ragged;
                   const doc::Align align = paragraph.align == doc::Align::kStart ? defaults.align : paragraph.align;
                   auto lines = slice_paragraph(paragraph.inlines, style, align, defaults.bold, width, context);
                   if (!lines.empty() && paragraph.keep_with_next.value_or(false)) lines.back().keep_with_next = true;
                   append(out, std::move(lines));
                 },
                 [&](const doc::Heading& heading) {
                   const TextStyle& style = context.theme.headings.at(static_cast<std::size_t>(heading.level - 1));
                   auto lines = slice_paragraph(heading.inlines, style, defaults.align, false, width, context);
                   for (auto& line : lines) line.keep_with_next = true;
                   if (!lines.empty()) {
                     lines.front().items.push_back(Anchor{.x = 0, .y = 0, .heading_id = heading.id,
                                                         .title = doc::plain_text(heading.inlines),
                                                         .level = heading.level});
                   }
                   append(out, std::move(lines));
                 },
                 [&](const doc::List& list) { append(out, slice_list(list, width, defaults, context)); },
                 [&](const doc::Table& table) { append(out, slice_table(table, width, context)); },
                 [&](const doc::Columns& columns) { out.push_back(slice_columns(columns, width, context)); },
                 [&](const doc::Image& image) { out.push_back(slice_image(image, width, defaults, context)); },
                 [&](const doc::Rule&) { out.push_back(slice_rule(width, context.theme)); },
                 [&](const doc::Contents&) { append(out, slice_contents(width, context)); },
                 [&](const doc::Space& space) {
                   Slice slice;
                   slice.height = space.height;
                   slice.vertical_space = true;
                   out.push_back(slice);
                 },
                 [&](const doc::PageBreak&) {
                   Slice page_break;
                   page_break.page_break = true;
                   out.push_back(page_break);
                 },
             },
             block.content);
}

std::vector<Slice> slice_blocks(const std::vector<doc::Block>& blocks, double width,
                                const BlockDefaults& defaults, SliceContext& context) {
  std::vector<Slice> out;
  for (const auto& block : blocks) slice_block(block, width, defaults, context, out);
  return out;
}

Slice slice_footnote(const NoteReference& reference, double width, SliceContext& context) {
  doc::List list;  // a one-item list whose bullet is the note's number
  list.marker = std::to_string(reference.number);
  list.items.push_back(doc::ListItem{reference.note->blocks});
  const bool was_in_footnote = context.in_footnote;
  context.in_footnote = true;
  Slice note = stack_slices(slice_list(list, width, {}, context));
  context.in_footnote = was_in_footnote;
  return note;
}

Slice stack_slices(const std::vector<Slice>& slices) {
  Slice box;
  double y = 0;
  for (std::size_t i = 0; i < slices.size(); ++i) {
    if (slices[i].page_break) continue;
    if (i > 0) y += slices[i].space_before;
    for (PageItem item : slices[i].items) {
      item_y(item) += y;
      box.items.push_back(std::move(item));
    }
    for (const auto& note : slices[i].notes) box.notes.push_back(note);
    y += slices[i].height;
    if (i + 1 < slices.size()) y += slices[i].space_after;
  }
  box.height = y;
  return box;
}

void translate(std::vector<PageItem>& items, double dx, double dy) {
  for (auto& item : items) move_item(item, dx, dy);
}

}  // namespace kansli::layout
