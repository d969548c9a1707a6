// The document tree: what a template evaluates to, and what both writers read.
// Blocks and inlines in the manner of Pandoc, with page-aware inlines (page number,
// page count) for headers and footers. No layout and no formatting happen here:
// every value is already text. Trees own their children by value.
#pragma once

#include <string>
#include <vector>

namespace kansli::doc {

struct Block;

enum class InlineKind {
  kText,         // text: the characters
  kStrong,       // children
  kEmphasis,     // children
  kSuperscript,  // children
  kFootnote,     // note: the footnote's blocks (numbered by the writers, in order)
  kLink,        // text: the target URI; children: the link text
  kLineBreak,
  kPageNumber,  // the number of the page it is laid out on
  kPageCount,   // the number of pages in the document
};

struct Inline {
  InlineKind kind = InlineKind::kText;
  std::string text;
  std::vector<Inline> children;
  std::vector<Block> note;
};

enum class Align { kStart, kCenter, kEnd };

enum class BlockKind {
  kParagraph,  // inlines; style names a paragraph style of the theme
  kHeading,    // inlines; level 1..3
  kList,       // children: kItem; ordered; style = marker for bullets ("•", "✓", "–")
  kItem,       // children: blocks
  kTable,      // children: kRow; widths; header_rows; style: "grid" or "plain"
  kRow,        // children: kCell
  kCell,       // children: blocks; align
  kColumns,    // children: kColumn; widths (side-by-side blocks, never split)
  kColumn,     // children: blocks; align
  kImage,      // source (file path), alt, width/height in points (0 = derive)
  kRule,       // a horizontal line across the measure
  kSpace,      // vertical space of `height` points
  kPageBreak,
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::vector<Inline> inlines;
  std::vector<Block> children;
  std::string style;
  Align align = Align::kStart;
  int level = 0;
  bool ordered = false;
  std::vector<double> widths;  // relative column widths
  int header_rows = 0;
  std::string source;
  std::string alt;
  double width = 0;
  double height = 0;
};

struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string language = "sv";
  std::string date;  // ISO date of the document, from the data (never the clock)
};

struct Document {
  Metadata metadata;
  std::vector<Block> header;  // repeated at the top of every page
  std::vector<Block> footer;  // repeated at the foot of every page
  std::vector<Block> body;
};

// Helpers for building trees.
Inline make_text(std::string text);
Block make_paragraph(std::vector<Inline> inlines, std::string style = "normal");

// Returns the plain text of inlines (page-aware inlines become "#" and "##").
std::string plain_text(const std::vector<Inline>& inlines);

// Writes an indented, line-per-node text form of the tree, for golden tests and bug reports.
std::string dump_document(const Document& document);

}  // namespace kansli::doc
