// The table of contents (see slices.hpp): each entry is its heading's title (without
// footnote marks), indented by level, then a dot leader and the page number flush
// right. The dots sit on a grid shared by all entries, so their columns line up. Each
// entry is a link to its heading. Page numbers come from the previous layout pass;
// layout_document repeats the layout until they stop changing.
#include <algorithm>
#include <cmath>

#include "layout/slices.hpp"

namespace kansli::layout {
namespace {

constexpr double kLeaderGap = 6;  // between the title and the dots, and the dots and the number

std::vector<doc::Inline> without_footnotes(const std::vector<doc::Inline>& inlines) {
  std::vector<doc::Inline> out;
  for (const auto& in : inlines) {
    if (std::holds_alternative<doc::Footnote>(in.content)) continue;
    doc::Inline copy = in;
    if (auto* children = doc::inner_inlines(copy)) *children = without_footnotes(*children);
    out.push_back(std::move(copy));
  }
  return out;
}

TextStyle contents_style(const Theme& theme) {
  if (theme.paragraph_styles.count("contents")) return theme.paragraph_styles.at("contents");
  TextStyle style = paragraph_style(theme, "normal");
  style.space_before = 0;
  style.space_after = style.size * 0.2;
  style.justify = false;
  style.hyphenate = false;
  return style;
}

// The right end of the text on a line.
double text_end(const Slice& line) {
  double end = 0;
  for (const auto& item : line.items) {
    if (const auto* run = std::get_if<TextRun>(&item)) end = std::max(end, run->x + run->width);
  }
  return end;
}

}  // namespace

std::string page_of(const std::string& heading_id, const SliceContext& context) {
  const auto found = context.heading_pages.find(heading_id);
  return found == context.heading_pages.end() ? "1" : std::to_string(found->second);
}

std::vector<Slice> slice_contents(double width, SliceContext& context) {
  const TextStyle style = contents_style(context.theme);
  const Color color = context.theme.color(style.color);
  const double number_room = context.metrics.measure(FontFace::kRegular, "000", style.size);
  const double dot_step = context.metrics.measure(FontFace::kRegular, " .", style.size);
  int top_level = 3;
  for (const auto& entry : context.contents) top_level = std::min(top_level, entry.level);
  std::vector<Slice> slices;
  for (const auto& entry : context.contents) {
    const double indent = (entry.level - top_level) * context.theme.list_indent;
    auto lines = slice_paragraph(without_footnotes(*entry.title), style, doc::Align::kStart, false,
                                 width - indent - number_room - kLeaderGap, context);
    if (lines.empty()) continue;
    for (auto& line : lines) translate(line.items, indent, 0);
    Slice& last = lines.back();
    const std::string page = page_of(entry.id, context);
    const double page_width = context.metrics.measure(FontFace::kRegular, page, style.size);
    const double baseline = line_baseline(style);
    const double first_dot = std::ceil((text_end(last) + kLeaderGap) / dot_step) * dot_step;
    const int dots = static_cast<int>((width - page_width - kLeaderGap - first_dot) / dot_step);
    if (dots > 0) {
      std::string leader;
      for (int i = 0; i < dots; ++i) leader += " .";
      last.items.push_back(TextRun{.x = first_dot - dot_step, .baseline_y = baseline, .width = dots * dot_step,
                                   .face = FontFace::kRegular, .size = style.size, .text = leader, .color = color});
    }
    last.items.push_back(TextRun{.x = width - page_width, .baseline_y = baseline, .width = page_width,
                                 .face = FontFace::kRegular, .size = style.size, .text = page, .color = color});
    const double height = style.leading * static_cast<double>(lines.size());
    lines.front().items.push_back(
        HeadingLink{.x = indent, .y = 0, .width = width - indent, .height = height, .heading_id = entry.id});
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) lines[i].keep_with_next = true;
    for (auto& line : lines) slices.push_back(std::move(line));
  }
  return slices;
}

}  // namespace kansli::layout
