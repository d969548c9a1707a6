// Text elements: a paragraph's inlines flattened into styled pieces and cut into the
// boxes, spaces and break points that line breaking works on (layout-internal header).
// Break points inside words come from soft hyphens, the hyphenator and hard hyphens or
// slashes between letters; a box wider than the line is cut between characters.
// No-break spaces (U+00A0) are part of a word, so "1 234 kr" and "§ 12" never break.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "layout/knuth_plass.hpp"
#include "layout/slices.hpp"

namespace kansli::layout {

// A run of text in one style.
struct Piece {
  std::string text;
  FontFace face = FontFace::kRegular;
  double size = 0;
  double rise = 0;  // above the baseline (superscripts)
  Color color;
  std::string link;
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
// rather than one vector a box.
struct TextElements {
  std::vector<TextElement> elements;
  std::vector<Piece> pieces;
};

struct InlineStyle {
  bool bold = false;
  bool italic = false;
  double size = 10;
  double rise = 0;
  Color color;
  std::string link;
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
