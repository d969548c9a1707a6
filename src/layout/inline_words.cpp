// Builds text elements from inlines (see inline_words.hpp). A word is collected as
// pieces until a space; then its break points are found and it is cut into boxes with
// penalties between them.
#include "layout/inline_words.hpp"

#include <algorithm>
#include <set>

#include "base/overloaded.hpp"
#include "base/utf8.hpp"

namespace kansli::layout {
namespace {

constexpr double kFillStretch = 1e6;      // the end of a paragraph or a forced line break
constexpr double kHyphenPenalty = 50;     // as TeX's \hyphenpenalty and \exhyphenpenalty

FontFace face_of(const InlineStyle& style) {
  if (style.bold) return style.italic ? FontFace::kBoldItalic : FontFace::kBold;
  return style.italic ? FontFace::kItalic : FontFace::kRegular;
}

bool is_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7);
}

// The bytes of text in `inlines` and the inlines inside them.
std::size_t text_bytes(const std::vector<doc::Inline>& inlines) {
  std::size_t bytes = 0;
  for (const auto& in : inlines) {
    if (const auto* text = std::get_if<doc::Text>(&in.content)) bytes += text->text.size();
    else if (const auto* children = doc::inner_inlines(in)) bytes += text_bytes(*children);
  }
  return bytes;
}

bool is_lower(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7); }

// A place inside a word where a line may end.
struct WordBreak {
  std::size_t offset = 0;  // bytes into the word's text
  bool hyphen = false;     // a hyphen is drawn when the line ends here
  bool flagged = false;
  double penalty = kHyphenPenalty;
};

class ElementBuilder {
 public:
  ElementBuilder(const ElementOptions& options, SliceContext& context) : options_(options), context_(context) {}

  void add(const std::vector<doc::Inline>& inlines, const InlineStyle& style) {
    for (const auto& in : inlines) {
      InlineStyle inner = style;
      std::visit(Overloaded{
                     [&](const doc::Text& text) { add_text(text.text, style); },
                     [&](const doc::PageNumber&) { add_text(std::to_string(context_.numbers.page), style); },
                     [&](const doc::PageCount&) { add_text(std::to_string(context_.numbers.count), style); },
                     [&](const doc::PageReference& reference) { add_text(page_of(reference.id, context_), style); },
                     [&](const doc::LineBreak&) { close_word(); add_forced_break(); },
                     [&](const doc::Strong& span) { inner.bold = true; add(span.children, inner); },
                     [&](const doc::Emphasis& span) { inner.italic = true; add(span.children, inner); },
                     [&](const doc::Superscript& span) { add(span.children, superscript(style)); },
                     [&](const doc::Footnote& note) {
                       if (context_.in_footnote) return;  // a note within a note is not numbered again
                       pending_notes_.push_back({++context_.footnotes, &note});
                       add_text(std::to_string(context_.footnotes), superscript(style));
                     },
                     [&](const doc::Link& link) {
                       inner.link = link.target;
                       inner.color = context_.theme.color("accent");
                       add(link.children, inner);
                     },
                 },
                 in.content);
    }
  }

  void reserve(std::size_t text_bytes, std::size_t elements) {
    out_.text.reserve(text_bytes);
    out_.elements.reserve(elements);
    out_.pieces.reserve(elements / 2);
  }

  TextElements finish() {
    close_word();
    while (!out_.elements.empty() && out_.elements.back().item.kind == BreakItem::Kind::kGlue) out_.elements.pop_back();
    add_forced_break();
    return std::move(out_);
  }

 private:
  static InlineStyle superscript(InlineStyle style) {
    style.rise += style.size * 0.33;
    style.size *= 0.65;
    return style;
  }

  void add_text(std::string_view text, const InlineStyle& style) {
    std::size_t start = 0;
    while (start <= text.size()) {
      const std::size_t space = std::min(text.find(' ', start), text.size());
      if (space > start) add_piece(text.substr(start, space - start), style);
      if (space == text.size()) break;
      close_word();
      add_space(style);
      start = space + 1;
    }
  }

  // Where the collected word's text starts in the paragraph's text: at its first piece (or,
  // with none yet, at the end).
  std::size_t word_start() const { return word_.empty() ? out_.text.size() : word_.front().offset; }

  // Adds a piece of the word being collected; its text (without soft hyphens) goes on
  // the paragraph's text, so that a word's text is always the end of it.
  void add_piece(std::string_view text, const InlineStyle& style) {
    Piece piece{0, 0, face_of(style), style.size, style.rise, style.color, style.link, 0, std::move(pending_notes_)};
    pending_notes_.clear();
    const std::size_t word_start = this->word_start();
    piece.offset = static_cast<std::uint32_t>(out_.text.size());
    static constexpr std::string_view kSoftHyphenUtf8 = "\xC2\xAD";
    std::size_t from = 0;
    for (std::size_t at = text.find(kSoftHyphenUtf8); at != std::string::npos; at = text.find(kSoftHyphenUtf8, from)) {
      out_.text.append(text, from, at - from);
      soft_hyphens_.push_back(out_.text.size() - word_start);
      from = at + kSoftHyphenUtf8.size();
    }
    out_.text.append(text, from, std::string::npos);
    piece.length = static_cast<std::uint32_t>(out_.text.size() - piece.offset);
    if (piece.length == 0 && piece.notes.empty()) return;
    check_glyphs(piece.face, out_.text_of(piece));
    word_.push_back(std::move(piece));
  }

  void add_space(const InlineStyle& style) {
    if (out_.elements.empty() || out_.elements.back().item.kind == BreakItem::Kind::kGlue) return;
    const double width = context_.metrics.measure(face_of(style), " ", style.size);
    TextElement space;
    space.item = {BreakItem::Kind::kGlue, width, options_.justify ? width / 2 : 0, options_.justify ? width / 3 : 0};
    out_.elements.push_back(std::move(space));
  }

  void add_forced_break() {
    TextElement fill;
    fill.item = {BreakItem::Kind::kGlue, 0, kFillStretch, 0};
    out_.elements.push_back(std::move(fill));
    TextElement end;
    end.item = {BreakItem::Kind::kPenalty, 0, 0, 0, -kInfinitePenalty};
    out_.elements.push_back(std::move(end));
  }

  // Cuts the collected word at its break points into boxes and penalties.
  void close_word() {
    if (word_.empty()) return;
    const auto& breaks = word_breaks();
    std::size_t start = 0;
    for (const auto& point : breaks) {
      take_until(point.offset - start, taken_);
      add_boxes(taken_);
      start = point.offset;
      TextElement penalty;
      penalty.item = {BreakItem::Kind::kPenalty, 0, 0, 0, point.penalty, point.flagged};
      if (point.hyphen) {
        const Piece& before = out_.pieces.back();
        penalty.item.width = context_.metrics.measure(before.face, "-", before.size);
        penalty.hyphen = true;
      }
      out_.elements.push_back(std::move(penalty));
    }
    add_boxes(word_);
    soft_hyphens_.clear();
  }

  // Moves the first `length` bytes of the word's pieces to `taken`. A piece cut in two
  // keeps its notes in its second part.
  void take_until(std::size_t length, std::vector<Piece>& taken) {
    taken.clear();
    while (length > 0 && !word_.empty()) {
      Piece& first = word_.front();
      if (first.length <= length) {
        length -= first.length;
        taken.push_back(std::move(first));
        word_.erase(word_.begin());
        continue;
      }
      taken.push_back(Piece{first.offset, static_cast<std::uint32_t>(length), first.face, first.size, first.rise,
                            first.color, first.link, 0, {}});
      first.offset += static_cast<std::uint32_t>(length);
      first.length -= static_cast<std::uint32_t>(length);
      length = 0;
    }
  }

  // The places where the collected word (the end of the paragraph's text) may break, in
  // order (in `word_breaks_`, kept from word to word to save allocating it).
  const std::vector<WordBreak>& word_breaks() {
    const std::string_view text = std::string_view(out_.text).substr(word_start());
    bool linked = false;
    for (const auto& piece : word_) linked = linked || !piece.link.empty();
    std::vector<WordBreak>& breaks = word_breaks_;
    breaks.clear();
    if (!soft_hyphens_.empty()) {
      for (const std::size_t offset : soft_hyphens_) breaks.push_back({offset, true, true});
    } else if (options_.hyphenate && !linked && context_.hyphenator) {
      add_hyphenation(text, breaks);
    }
    add_hard_breaks(text, breaks);
    std::sort(breaks.begin(), breaks.end(), [](const WordBreak& a, const WordBreak& b) { return a.offset < b.offset; });
    // Only breaks inside the word, each once.
    std::size_t kept = 0;
    for (const auto& point : breaks) {
      if (point.offset == 0 || point.offset >= text.size()) continue;
      if (kept == 0 || breaks[kept - 1].offset != point.offset) breaks[kept++] = point;
    }
    breaks.resize(kept);
    return breaks;
  }

  // Hyphenation points of each run of letters that has a lower-case letter.
  void add_hyphenation(std::string_view text, std::vector<WordBreak>& breaks) {
    std::size_t run_start = 0;
    bool in_run = false, has_lower = false;
    const auto end_run = [&](std::size_t end) {
      if (in_run && has_lower) {
        points_.clear();
        context_.hyphenator->add_hyphenation_points(text.substr(run_start, end - run_start), points_);
        for (const std::size_t point : points_) breaks.push_back({run_start + point, true, true});
      }
      in_run = has_lower = false;
    };
    char32_t c = 0;
    for (std::size_t offset = 0, length = 0; offset < text.size(); offset += length) {
      length = next_code_point(text, offset, c);
      if (is_letter(c)) {
        if (!in_run) run_start = offset;
        in_run = true;
        has_lower = has_lower || is_lower(c);
      } else {
        end_run(offset);
      }
    }
    end_run(text.size());
  }

  // After a hyphen or slash between letters ("Värmland/Dalsland", "rehabiliterings-insatser").
  static void add_hard_breaks(std::string_view text, std::vector<WordBreak>& breaks) {
    char32_t previous = 0, c = 0, next = 0;
    for (std::size_t offset = 0; offset < text.size();) {
      offset += next_code_point(text, offset, c);
      if ((c == '-' || c == '/') && offset < text.size() && is_letter(previous)) {
        next_code_point(text, offset, next);
        if (is_letter(next)) breaks.push_back({offset, false, c == '-'});
      }
      previous = c;
    }
  }

  // Adds one box of `pieces` (moved out; the vector is left empty), or several with zero
  // penalties between them when it is wider than a line.
  void add_boxes(std::vector<Piece>& pieces) {
    if (pieces.empty()) return;
    double width = 0;
    for (auto& piece : pieces) {
      piece.width = context_.metrics.measure(piece.face, out_.text_of(piece), piece.size);
      width += piece.width;
    }
    if (width > options_.line_width) {
      const auto parts = cut_between_characters(pieces);
      for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out_.elements.push_back({BreakItem{BreakItem::Kind::kPenalty}, 0, 0, false});
        add_box(parts[i].begin(), parts[i].end());
      }
    } else {
      add_box(std::make_move_iterator(pieces.begin()), std::make_move_iterator(pieces.end()));
    }
    pieces.clear();
  }

  template <typename Iterator>
  void add_box(Iterator begin, Iterator end) {
    TextElement box;
    box.item.kind = BreakItem::Kind::kBox;
    box.first_piece = static_cast<std::uint32_t>(out_.pieces.size());
    for (; begin != end; ++begin) {
      out_.pieces.push_back(*begin);
      box.item.width += out_.pieces.back().width;
    }
    box.piece_count = static_cast<std::uint32_t>(out_.pieces.size() - box.first_piece);
    out_.elements.push_back(box);
  }

  // Cuts pieces into parts that each fit on a line, between characters.
  std::vector<std::vector<Piece>> cut_between_characters(const std::vector<Piece>& pieces) const {
    std::vector<std::vector<Piece>> parts(1);
    double used = 0;
    for (const auto& piece : pieces) {
      Piece current = piece;
      current.length = 0;
      current.width = 0;
      const std::string_view text = out_.text_of(piece);
      char32_t c = 0;
      for (std::size_t at = 0, length = 0; at < text.size(); at += length) {
        length = next_code_point(text, at, c);
        const double w = context_.metrics.measure(piece.face, text.substr(at, length), piece.size);
        if (used + w > options_.line_width && used > 0) {
          if (current.length > 0) parts.back().push_back(current);
          parts.emplace_back();
          current.offset = piece.offset + static_cast<std::uint32_t>(at);
          current.length = 0;
          current.width = 0;
          used = 0;
        }
        current.length += static_cast<std::uint32_t>(length);
        current.width += w;
        used += w;
      }
      if (current.length > 0) parts.back().push_back(current);
    }
    return parts;
  }

  void check_glyphs(FontFace face, std::string_view text) {
    char32_t c = 0;
    for (std::size_t offset = 0; offset < text.size();) {
      offset += next_code_point(text, offset, c);
      if (context_.metrics.has_glyph(face, c) || !reported_.insert(c).second) continue;
      context_.diagnostics.error({}, "the font '" + context_.theme.font_family + "' has no glyph for " +
                                         describe_code_point(c) + ", in \"" + std::string(text) + "\"")
          .hints.push_back("replace the character in the data, or choose a theme font that has it");
    }
  }

  const ElementOptions& options_;
  SliceContext& context_;
  TextElements out_;
  std::vector<Piece> taken_;                 // scratch for close_word
  std::vector<Piece> word_;                  // the word being collected
  std::vector<WordBreak> word_breaks_;       // scratch for word_breaks
  std::vector<std::size_t> points_;          // scratch for add_hyphenation
  std::vector<std::size_t> soft_hyphens_;    // byte offsets of its soft hyphens
  std::vector<NoteReference> pending_notes_;  // notes for the next piece
  std::set<char32_t> reported_;
};

}  // namespace

TextElements build_text_elements(const std::vector<doc::Inline>& inlines, const InlineStyle& style,
                                             const ElementOptions& options, SliceContext& context) {
  ElementBuilder builder(options, context);
  const std::size_t bytes = text_bytes(inlines);
  builder.reserve(bytes + 8, bytes / 3 + 4);  // about a box and a space for each word of six letters
  builder.add(inlines, style);
  return builder.finish();
}

}  // namespace kansli::layout
