// The document tree: what a template evaluates to, and what both writers read.
// Blocks and inlines in the manner of Pandoc, with page-aware inlines (page number,
// page count) for headers and footers. No layout and no formatting happen here:
// every value is already text. Trees own their children by value.
#pragma once

#include <map>
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
  kPageReference,  // text: a heading's id; the page it is on (PDF) or a link to it (HTML)
};

struct Inline {
  InlineKind kind = InlineKind::kText;
  std::string text;
  std::vector<Inline> children;
  std::vector<Block> note;
};

// kDecimal: numbers in a table column lined up on their decimal comma (or their last digit).
enum class Align { kStart, kCenter, kEnd, kDecimal };

enum class BlockKind {
  kParagraph,  // inlines; style names a paragraph style of the theme; level > 0: the HTML
               // writes it as a heading of that level (a title page's title), the PDF as a paragraph
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
  kContents,   // table of contents: the headings after it down to `level`, with their pages
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::vector<Inline> inlines;
  std::vector<Block> children;
  std::string style;
  Align align = Align::kStart;
  int level = 0;
  std::string id;  // headings: the anchor name (unique; see assign_heading_ids)
  bool ordered = false;
  int start = 1;  // an ordered list: the number of its first item
  std::vector<double> widths;        // relative column widths (0 for a fixed column)
  std::vector<double> fixed_widths;  // fixed column widths in points (0 for a relative column);
                                     // a table with neither is sized by its content
  int header_rows = 0;
  std::string source;
  std::string alt;
  double width = 0;
  double height = 0;
  bool keep_with_next = false;  // paragraphs: not the last on a page when more follows (see mark_lead_ins)
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
  bool first_page_differs = false;  // the first page has first_header and first_footer instead
  std::vector<Block> first_header;
  std::vector<Block> first_footer;
  std::vector<Block> body;
};

// One line of a table of contents.
struct ContentsEntry {
  std::string id;
  int level = 1;
  const std::vector<Inline>* title = nullptr;  // the heading's inlines (notes are left out when shown)
};

// Gives every heading without an id one made from its title ("Bilaga 1. Medel" -> "bilaga-1-medel"),
// and makes all ids unique by numbering repeats ("-2", "-3").
void assign_heading_ids(Document& document);

// Marks every paragraph that ends in ':' (a lead-in: "… ansvarar för att:") to keep with
// the list or text it introduces, in every part of the document.
void mark_lead_ins(Document& document);

// The entries of the body's table of contents: the headings after its first kContents
// block, down to that block's level. Empty when there is no such block.
std::vector<ContentsEntry> contents_entries(const std::vector<Block>& body);

// Whether the body needs page numbers of headings (a table of contents or a page reference).
bool refers_to_pages(const std::vector<Block>& body);

// Heading id -> the heading's plain title (for links named by their heading).
std::map<std::string, std::string> heading_titles(const std::vector<Block>& body);

// The ids of the body's headings, in order.
std::vector<std::string> heading_ids(const std::vector<Block>& body);


// Helpers for building trees.
Inline make_text(std::string text);
Block make_paragraph(std::vector<Inline> inlines, std::string style = "normal");

// Returns the plain text of inlines (page-aware inlines become "#" and "##").
std::string plain_text(const std::vector<Inline>& inlines);

// Writes an indented, line-per-node text form of the tree, for golden tests and bug reports.
std::string dump_document(const Document& document);

}  // namespace kansli::doc
