// Text elements: a paragraph's inlines flattened into styled pieces and cut into the
// boxes, spaces and break points that line breaking works on (layout-internal header).
// Break points inside words come from soft hyphens, the hyphenator and hard hyphens or
// slashes between letters; a box wider than the line is cut between characters.
// No-break spaces (U+00A0) are part of a word, so "1 234 kr" and "§ 12" never break.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "layout/knuth_plass.hpp"
#include "layout/slices.hpp"

namespace kansli::layout {

// A run of text in one style. Its bytes are TextElements::text[offset, offset + length).
struct Piece {
  std::uint32_t offset = 0;
  std::uint32_t length = 0;
  FontFace face = FontFace::kRegular;
  double size = 0;
  double rise = 0;  // above the baseline (superscripts)
  Color color;
  std::string_view link;  // a link's target (text in the document tree), or empty
  double width = 0;
  std::vector<NoteReference> notes;  // footnotes whose marks are in this piece
};

// One element of a paragraph: its break item and, for a box, where its text is among the
// paragraph's pieces.
struct TextElement {
  BreakItem item;
  std::uint32_t first_piece = 0;  // box: its pieces are TextElements::pieces[first_piece, + piece_count)
  std::uint32_t piece_count = 0;
  bool hyphen = false;  // penalty: a hyphen (item.width wide, in the style of the text
                        // before it) is drawn at the end of a line that breaks here
};

// A paragraph's elements and the pieces of text of its boxes, kept together in one vector
// rather than one vector a box, and their text in one string rather than one a piece.
struct TextElements {
  std::string text;
  std::vector<TextElement> elements;
  std::vector<Piece> pieces;

  std::string_view text_of(const Piece& piece) const { return std::string_view(text).substr(piece.offset, piece.length); }
};

struct InlineStyle {
  bool bold = false;
  bool italic = false;
  double size = 10;
  double rise = 0;
  Color color;
  std::string_view link;  // a link's target (text in the document tree), or empty
};

struct ElementOptions {
  double line_width = 0;
  bool hyphenate = false;  // use the context's hyphenator
  bool justify = false;    // spaces stretch and shrink
};

// Builds the elements of a paragraph; the last two are a fill and a forced break.
TextElements build_text_elements(const std::vector<doc::Inline>& inlines, const InlineStyle& style,
                                             const ElementOptions& options, SliceContext& context);

}  // namespace kansli::layout
