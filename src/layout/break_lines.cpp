// Paragraph layout: flattens inlines into styled words, breaks them into lines
// (first fit; a word longer than the line is cut between characters), and emits
// one slice per line with orphan and widow control. No-break spaces (U+00A0) are
// not break points, so "1 234 kr" and "§ 12" stay together.
#include <cstdio>
#include <set>

#include "base/utf8.hpp"
#include "layout/slices.hpp"

namespace kansli::layout {
namespace {

struct Piece {
  std::string text;
  FontFace face = FontFace::kRegular;
  double size = 0;
  double rise = 0;  // above the baseline (superscripts)
  Color color;
  std::string link;
  double width = 0;
};

struct Word {
  std::vector<Piece> pieces;
  double width = 0;
  double space_width = 0;  // the space that follows the word
  bool break_after = false;
  std::vector<NoteReference> notes;  // footnotes whose marks are in this word
};

struct InlineStyle {
  bool bold = false;
  bool italic = false;
  double size = 10;
  double rise = 0;
  Color color;
  std::string link;
};

FontFace face_of(const InlineStyle& style) {
  if (style.bold) return style.italic ? FontFace::kBoldItalic : FontFace::kBold;
  return style.italic ? FontFace::kItalic : FontFace::kRegular;
}

// Builds words from inlines; each call appends to `words` (the last word is open).
class WordBuilder {
 public:
  explicit WordBuilder(SliceContext& context) : context_(context) { words_.emplace_back(); }

  void add(const std::vector<doc::Inline>& inlines, const InlineStyle& style) {
    for (const auto& in : inlines) {
      InlineStyle inner = style;
      switch (in.kind) {
        case doc::InlineKind::kText: add_text(in.text, style); break;
        case doc::InlineKind::kPageNumber: add_text(std::to_string(context_.numbers.page), style); break;
        case doc::InlineKind::kPageCount: add_text(std::to_string(context_.numbers.count), style); break;
        case doc::InlineKind::kLineBreak:
          words_.back().break_after = true;
          words_.emplace_back();
          break;
        case doc::InlineKind::kStrong: inner.bold = true; add(in.children, inner); break;
        case doc::InlineKind::kEmphasis: inner.italic = true; add(in.children, inner); break;
        case doc::InlineKind::kSuperscript: add(in.children, superscript(style)); break;
        case doc::InlineKind::kFootnote:
          if (context_.in_footnote) break;  // a note within a note is not numbered again
          words_.back().notes.push_back({++context_.footnotes, &in});
          add_text(std::to_string(context_.footnotes), superscript(style));
          break;
        case doc::InlineKind::kLink:
          inner.link = in.text;
          inner.color = context_.theme.color("accent");
          add(in.children, inner);
          break;
      }
    }
  }

  static InlineStyle superscript(InlineStyle style) {
    style.rise += style.size * 0.33;
    style.size *= 0.65;
    return style;
  }

  std::vector<Word> finish() {
    std::vector<Word> kept;
    for (auto& word : words_) {
      if (!word.pieces.empty() || word.break_after) kept.push_back(std::move(word));
    }
    return kept;
  }

 private:
  void add_text(const std::string& text, const InlineStyle& style) {
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t space = std::min(text.find(' ', start), text.size());
      if (space > start) add_piece(text.substr(start, space - start), style);
      if (space == text.size()) break;
      words_.back().space_width = measure(face_of(style), " ", style.size);
      words_.emplace_back();
      start = space + 1;
    }
  }

  void add_piece(std::string text, const InlineStyle& style) {
    const FontFace face = face_of(style);
    check_glyphs(face, text);
    const double width = measure(face, text, style.size);
    words_.back().pieces.push_back({std::move(text), face, style.size, style.rise, style.color, style.link, width});
    words_.back().width += width;
  }

  double measure(FontFace face, std::string_view text, double size) const {
    return context_.metrics.measure(face, text, size);
  }

  void check_glyphs(FontFace face, const std::string& text) {
    for (const char32_t c : decode_utf8(text)) {
      if (context_.metrics.has_glyph(face, c) || !reported_.insert(c).second) continue;
      std::string shown;
      append_utf8(shown, c);
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
      context_.diagnostics.error({}, "the font '" + context_.theme.font_family +
                                         "' has no glyph for '" + shown + "' (" + code + ")")
          .hints.push_back("replace the character in the data, or choose a theme font that has it");
    }
  }

  SliceContext& context_;
  std::vector<Word> words_;
  std::set<char32_t> reported_;
};

// Cuts a word wider than `width` into parts that fit, between characters.
std::vector<Word> cut_word(const Word& word, double width, const FontMetrics& metrics) {
  std::vector<Word> parts(1);
  for (const auto& piece : word.pieces) {
    Piece current = piece;
    current.text.clear();
    current.width = 0;
    for (const char32_t c : decode_utf8(piece.text)) {
      std::string glyph;
      append_utf8(glyph, c);
      const double w = metrics.measure(piece.face, glyph, piece.size);
      if (parts.back().width + w > width && parts.back().width > 0) {
        if (!current.text.empty()) parts.back().pieces.push_back(current);
        parts.emplace_back();
        current.text.clear();
        current.width = 0;
      }
      current.text += glyph;
      current.width += w;
      parts.back().width += w;
    }
    if (!current.text.empty()) parts.back().pieces.push_back(current);
  }
  parts.back().space_width = word.space_width;
  parts.back().break_after = word.break_after;
  parts.back().notes = word.notes;
  return parts;
}

// First-fit line breaking.
std::vector<std::vector<Word>> break_into_lines(const std::vector<Word>& words, double width,
                                                const FontMetrics& metrics) {
  std::vector<std::vector<Word>> lines(1);
  double used = 0;
  const auto place = [&](const Word& word) {
    auto& line = lines.back();
    const double needed = line.empty() ? word.width : used + line.back().space_width + word.width;
    if (!line.empty() && needed > width) {
      lines.emplace_back(1, word);
      used = word.width;
    } else {
      line.push_back(word);
      used = needed;
    }
    if (word.break_after) {
      lines.emplace_back();
      used = 0;
    }
  };
  for (const auto& word : words) {
    if (word.width <= width) place(word);
    else for (const auto& part : cut_word(word, width, metrics)) place(part);
  }
  if (lines.size() > 1 && lines.back().empty()) lines.pop_back();
  return lines;
}

// Emits the text and link items of one line at baseline `baseline`.
Slice emit_line(const std::vector<Word>& line, double width, doc::Align align, double leading,
                double size) {
  double line_width = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    line_width += line[i].width + (i + 1 < line.size() ? line[i].space_width : 0);
  }
  double x = align == doc::Align::kCenter ? (width - line_width) / 2
             : align == doc::Align::kEnd  ? width - line_width : 0;
  const double baseline = (leading - size) / 2 + size * 0.8;
  Slice slice;
  slice.height = leading;
  for (std::size_t i = 0; i < line.size(); ++i) {
    for (const auto& note : line[i].notes) slice.notes.push_back(note);
    for (const auto& piece : line[i].pieces) {
      PageItem* last = slice.items.empty() ? nullptr : &slice.items.back();
      const bool joins = last && last->kind == PageItem::Kind::kText && last->face == piece.face &&
                         last->size == piece.size && last->y == baseline - piece.rise &&
                         last->color.hex() == piece.color.hex() && piece.link.empty();
      if (joins) {
        last->text += (x > last->x + last->width + 0.01 ? " " : "") + piece.text;
        last->width = x + piece.width - last->x;
      } else {
        slice.items.push_back({PageItem::Kind::kText, x, baseline - piece.rise, piece.width, 0, piece.face,
                               piece.size, piece.text, piece.color});
      }
      if (!piece.link.empty()) {
        slice.items.push_back({PageItem::Kind::kLink, x, 0, piece.width, leading, piece.face, 0,
                               piece.link, {}});
      }
      x += piece.width;
    }
    x += line[i].space_width;
  }
  return slice;
}

}  // namespace

std::vector<Slice> slice_paragraph(const std::vector<doc::Inline>& inlines, const TextStyle& style,
                                   doc::Align align, bool bold, double width, SliceContext& context) {
  WordBuilder builder(context);
  builder.add(inlines, {bold || style.bold, style.italic, style.size, 0,
                        context.theme.color(style.color), ""});
  const auto lines = break_into_lines(builder.finish(), width, context.metrics);
  std::vector<Slice> slices;
  for (const auto& line : lines) {
    slices.push_back(emit_line(line, width, align, style.leading, style.size));
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
