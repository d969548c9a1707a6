// The document tree: what a template evaluates to, and what both writers read.
// Blocks and inlines in the manner of Pandoc, with page-aware inlines (page number,
// page count) for headers and footers. No layout and no formatting happen here:
// every value is already text. Trees own their children by value.
// A block and an inline are each one of a closed set of kinds: a std::variant of one
// struct per kind. Code that tells kinds apart visits every kind (base/overloaded.hpp),
// so a new kind is a compile error wherever it is not yet handled. A list holds its
// items, a table its rows and their cells, a column group its columns: none of these
// is a block, so none can stand outside its container.
#pragma once

#include <concepts>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "base/overloaded.hpp"

namespace kansli::doc {

struct Block;
struct Inline;

// The kinds of inline.
struct Text {
  std::string text;
};
struct Strong {
  std::vector<Inline> children;
};
struct Emphasis {
  std::vector<Inline> children;
};
struct Superscript {
  std::vector<Inline> children;
};
struct Footnote {
  std::vector<Block> blocks;  // the note's text (numbered by the writers, in order)
};
struct Link {
  std::string target;             // the URI
  std::vector<Inline> children;  // the link text
};
struct LineBreak {};
struct PageNumber {};  // the number of the page it is laid out on
struct PageCount {};   // the number of pages in the document
struct PageReference {
  std::string id;  // a heading's id: the page it is on (PDF) or a link to it (HTML)
};

struct Inline {
  std::variant<Text, Strong, Emphasis, Superscript, Footnote, Link, LineBreak, PageNumber, PageCount, PageReference>
      content;
};

// kDecimal: numbers in a table column lined up on their decimal comma (or their last digit).
enum class Align { kStart, kCenter, kEnd, kDecimal };

// The kinds of block, and the parts of lists, tables and column groups.
struct Paragraph {
  std::vector<Inline> inlines;
  std::string style = "normal";  // a paragraph style of the theme
  Align align = Align::kStart;
  int heading_level = 0;  // 1..3: the HTML writes it as a heading of that level (a title
                          // page's title), the PDF as a paragraph
  // Not the last on a page when more follows: as the template asked (keep-with-next), or
  // when it did not say (nullopt), as mark_lead_ins finds; layout reads it as false when unset.
  std::optional<bool> keep_with_next;
};
struct Heading {
  std::vector<Inline> inlines;
  int level = 1;   // 1..3
  std::string id;  // the anchor name (unique; see assign_heading_ids)
};
struct ListItem {
  std::vector<Block> blocks;
};
struct List {
  std::vector<ListItem> items;
  bool ordered = false;
  int start = 1;       // an ordered list: the number of its first item
  std::string marker;  // a bulleted list: its bullet ("•", "✓", "–")
};
struct Cell {
  std::vector<Block> blocks;
  Align align = Align::kStart;
};
struct Row {
  std::vector<Cell> cells;
};
struct Table {
  std::vector<Row> rows;
  std::vector<double> widths;        // relative column widths (0 for a fixed column)
  std::vector<double> fixed_widths;  // fixed column widths in points (0 for a relative column);
                                     // a table with neither is sized by its content
  int header_rows = 0;  // the first rows, repeated on every page
  std::string style;    // "grid" (or empty) or "plain"
};
struct Column {
  std::vector<Block> blocks;
  Align align = Align::kStart;
};
struct Columns {  // side-by-side blocks, never split
  std::vector<Column> columns;
  std::vector<double> widths;        // as a table's
  std::vector<double> fixed_widths;
};
struct Image {
  std::string source;  // the file's path
  std::string alt;
  double width = 0;  // in points; 0: derived from the other or from the image
  double height = 0;
};
struct Rule {};  // a horizontal line across the measure
struct Space {
  double height = 0;  // vertical space, in points
};
struct PageBreak {};
struct Contents {  // table of contents: the headings after it down to `level`, with their pages
  int level = 2;
};

struct Block {
  std::variant<Paragraph, Heading, List, Table, Columns, Image, Rule, Space, PageBreak, Contents> content;
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

// The entries of the body's table of contents: the headings after its first Contents
// block, down to that block's level. Empty when there is no such block.
std::vector<ContentsEntry> contents_entries(const std::vector<Block>& body);

// Whether the body needs page numbers of headings (a table of contents or a page reference).
bool refers_to_pages(const std::vector<Block>& body);

// Heading id -> the heading's plain title (for links named by their heading).
std::map<std::string, std::string> heading_titles(const std::vector<Block>& body);

// The ids of the body's headings, in order.
std::vector<std::string> heading_ids(const std::vector<Block>& body);

// Walking the tree.

// Whether `T` is the kind `Kind`, const or not (so that one visitor serves a const and a
// mutable tree).
template <typename T, typename Kind>
concept IsKind = std::same_as<std::remove_const_t<T>, Kind>;

// Calls `visit` with each list of blocks directly inside `block`, in order: a list's
// items', a table's cells', a column group's columns'. `BlockRef` is Block or const Block.
// A footnote is an inline: its blocks are not among these.
template <typename BlockRef, typename Visit>
void for_each_inner_blocks(BlockRef& block, const Visit& visit) {
  std::visit(Overloaded{
                 [&](IsKind<List> auto& list) {
                   for (auto& item : list.items) visit(item.blocks);
                 },
                 [&](IsKind<Table> auto& table) {
                   for (auto& row : table.rows) {
                     for (auto& cell : row.cells) visit(cell.blocks);
                   }
                 },
                 [&](IsKind<Columns> auto& columns) {
                   for (auto& column : columns.columns) visit(column.blocks);
                 },
                 [](IsKind<Paragraph> auto&) {}, [](IsKind<Heading> auto&) {}, [](IsKind<Image> auto&) {},
                 [](IsKind<Rule> auto&) {}, [](IsKind<Space> auto&) {}, [](IsKind<PageBreak> auto&) {},
                 [](IsKind<Contents> auto&) {},
             },
             block.content);
}

// The inlines directly inside `in` (a strong, emphasis, superscript or link's text), or
// null for a kind that holds none (a footnote holds blocks). `InlineRef` is Inline or
// const Inline.
template <typename InlineRef>
auto inner_inlines(InlineRef& in) {
  using Children = std::conditional_t<std::is_const_v<InlineRef>, const std::vector<Inline>*, std::vector<Inline>*>;
  return std::visit(Overloaded{
                        [](IsKind<Strong> auto& span) -> Children { return &span.children; },
                        [](IsKind<Emphasis> auto& span) -> Children { return &span.children; },
                        [](IsKind<Superscript> auto& span) -> Children { return &span.children; },
                        [](IsKind<Link> auto& link) -> Children { return &link.children; },
                        [](IsKind<Text> auto&) -> Children { return nullptr; },
                        [](IsKind<Footnote> auto&) -> Children { return nullptr; },
                        [](IsKind<LineBreak> auto&) -> Children { return nullptr; },
                        [](IsKind<PageNumber> auto&) -> Children { return nullptr; },
                        [](IsKind<PageCount> auto&) -> Children { return nullptr; },
                        [](IsKind<PageReference> auto&) -> Children { return nullptr; },
                    },
                    in.content);
}

// The line of text of a paragraph or a heading; null for the other kinds.
const std::vector<Inline>* inlines_of(const Block& block);

// Helpers for building trees.
Inline make_text(std::string text);
Block make_paragraph(std::vector<Inline> inlines, std::string style = "normal");

// Returns the plain text of inlines (page-aware inlines become "#" and "##").
std::string plain_text(const std::vector<Inline>& inlines);

// Writes an indented, line-per-node text form of the tree, for golden tests and bug reports.
std::string dump_document(const Document& document);

}  // namespace kansli::doc
