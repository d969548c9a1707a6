// Paragraph layout: breaks a paragraph's text elements into lines with Knuth–Plass
// (first within the tolerance, then accepting any badness, then first fit as a last
// resort; a paragraph that fits on one line is not searched), and emits one slice per
// line with orphan and widow control. Justified lines place every word themselves, since
// PDF viewers ignore word spacing for these fonts.
#include <cmath>

#include "layout/inline_words.hpp"

namespace kansli::layout {
namespace {

constexpr double kTolerance = 200;           // as TeX's \tolerance
constexpr double kFillStretchLimit = 1e5;    // glue stretching more is a paragraph's or line's end fill
constexpr double kAnyBadness = 10000;        // the second pass: loose lines rather than none
constexpr double kRaggedStretchEms = 2;      // ragged right: each line may fall short by about 2 em

std::vector<BreakItem> break_items(const std::vector<TextElement>& elements) {
  std::vector<BreakItem> items;
  items.reserve(elements.size());
  for (const auto& element : elements) items.push_back(element.item);
  return items;
}

// The break at the end, when the whole paragraph fits on one line without a forced break.
std::vector<std::size_t> single_line(const std::vector<BreakItem>& items, double width) {
  double natural = 0;
  for (std::size_t i = 0; i + 1 < items.size(); ++i) {
    if (items[i].kind == BreakItem::Kind::kPenalty && items[i].penalty <= -kInfinitePenalty) return {};
    if (items[i].kind != BreakItem::Kind::kPenalty && items[i].stretch < kFillStretchLimit) natural += items[i].width;
  }
  if (natural > width) return {};
  return {items.size() - 1};
}

// Breaks lines: a paragraph that fits on one line needs no search; otherwise Knuth–Plass
// within the tolerance, then accepting any badness, then first fit as the last resort.
std::vector<std::size_t> choose_breaks(const std::vector<TextElement>& elements, const ElementOptions& options,
                                       double size) {
  const auto items = break_items(elements);
  if (auto breaks = single_line(items, options.line_width); !breaks.empty()) return breaks;
  BreakSettings settings;
  settings.line_width = options.line_width;
  settings.line_end_stretch = options.justify ? 0 : kRaggedStretchEms * size;
  auto breaks = find_breaks(items, settings);
  if (breaks.empty()) {
    settings.tolerance = kAnyBadness;
    breaks = find_breaks(items, settings);
  }
  return breaks.empty() ? first_fit_breaks(items, options.line_width) : breaks;
}

// The elements of one line: from `begin` (after the previous break) to the break at `end`.
struct LineSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Emits the text and link items of one line.
Slice emit_line(const TextElements& paragraph, LineSpan span, double width, doc::Align align, bool justify,
                const TextStyle& style) {
  const std::vector<TextElement>& elements = paragraph.elements;
  std::size_t begin = span.begin;
  while (begin < span.end && elements[begin].item.kind != BreakItem::Kind::kBox) ++begin;
  std::size_t end = span.end;  // one past the last box
  while (end > begin && elements[end - 1].item.kind != BreakItem::Kind::kBox) --end;
  const TextElement& at_break = elements[span.end];
  double natural = 0, stretch = 0, shrink = 0;
  std::size_t pieces = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const BreakItem& item = elements[i].item;
    if (item.kind == BreakItem::Kind::kPenalty) continue;
    pieces += elements[i].piece_count;
    natural += item.width;
    stretch += item.stretch;
    shrink += item.shrink;
  }
  if (at_break.hyphen) natural += at_break.item.width;
  const bool last_line = at_break.item.penalty <= -kInfinitePenalty;
  const double ratio = justify && !(last_line && natural <= width) ? adjustment_ratio(natural, stretch, shrink, width) : 0;
  double x = align == doc::Align::kCenter ? (width - natural) / 2 : align == doc::Align::kEnd ? width - natural : 0;
  const double baseline = line_baseline(style);
  Slice slice;
  slice.height = style.leading;
  slice.items.reserve(pieces + 1);  // an item a piece at most (and a hyphen), unless there are links
  double natural_gap = 0;  // the natural width of the space before the next piece
  const auto put = [&](const Piece& piece, std::string_view text) {
    for (const auto& note : piece.notes) slice.notes.push_back(note);
    TextRun* last = slice.items.empty() ? nullptr : std::get_if<TextRun>(&slice.items.back());
    const double gap = last ? x - (last->x + last->width) : 0;
    const bool joins = last && last->face == piece.face &&
                       last->size == piece.size && last->baseline_y == baseline - piece.rise &&
                       last->color == piece.color && piece.link.empty() &&
                       (std::abs(gap) < 0.001 || std::abs(gap - natural_gap) < 0.001);
    if (joins) {
      if (gap > 0.001) last->text += ' ';
      last->text += text;
      last->width = x + piece.width - last->x;
    } else {
      slice.items.push_back(TextRun{.x = x, .baseline_y = baseline - piece.rise, .width = piece.width,
                                    .face = piece.face, .size = piece.size, .text = std::string(text),
                                    .color = piece.color});
    }
    if (!piece.link.empty()) {
      slice.items.push_back(
          UriLink{.x = x, .y = 0, .width = piece.width, .height = style.leading, .uri = std::string(piece.link)});
    }
    x += piece.width;
    natural_gap = 0;
  };
  for (std::size_t i = begin; i < end; ++i) {
    const TextElement& element = elements[i];
    if (element.item.kind == BreakItem::Kind::kBox) {
      for (std::uint32_t k = 0; k < element.piece_count; ++k) {
        const Piece& piece = paragraph.pieces[element.first_piece + k];
        put(piece, paragraph.text_of(piece));
      }
    } else if (element.item.kind == BreakItem::Kind::kGlue) {
      natural_gap += element.item.width;
      x += element.item.width + ratio * (ratio > 0 ? element.item.stretch : element.item.shrink);
    }
  }
  if (at_break.hyphen && end > begin) {
    const TextElement& last_box = elements[end - 1];
    const Piece& before = paragraph.pieces[last_box.first_piece + last_box.piece_count - 1];
    put(Piece{0, 1, before.face, before.size, before.rise, before.color, {}, at_break.item.width, {}}, "-");
  }
  return slice;
}

}  // namespace

double line_baseline(const TextStyle& style) { return (style.leading - style.size) / 2 + style.size * style.ascent; }

std::vector<Slice> slice_paragraph(const std::vector<doc::Inline>& inlines, const TextStyle& style,
                                   doc::Align align, bool bold, double width, SliceContext& context) {
  const bool justify = style.justify && align == doc::Align::kStart;
  const InlineStyle inline_style{bold || style.bold, style.italic, style.size, 0, context.theme.color(style.color), ""};
  const ElementOptions options{width, style.hyphenate, justify};
  const TextElements paragraph = build_text_elements(inlines, inline_style, options, context);
  const auto breaks = choose_breaks(paragraph.elements, options, style.size);
  std::vector<Slice> slices;
  slices.reserve(breaks.size());
  std::size_t begin = 0;
  for (const std::size_t end : breaks) {
    Slice line = emit_line(paragraph, {begin, end}, width, align, justify, style);
    begin = end + 1;
    if (line.items.empty() && end + 1 == paragraph.elements.size() && !slices.empty()) continue;  // nothing after a final break
    slices.push_back(std::move(line));
  }
  if (slices.empty()) return slices;
  slices.front().space_before = style.space_before;
  slices.back().space_after = style.space_after;
  // Orphans and widows: the first two and the last two lines stay together.
  if (slices.size() >= 2) slices.front().keep_with_next = true;
  if (slices.size() >= 3) slices[slices.size() - 2].keep_with_next = true;
  return slices;
}

}  // namespace kansli::layout
