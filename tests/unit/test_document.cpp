// Unit tests of the document tree: the dump of every kind of block and inline, plain text,
// the walk through containers, and the rules the tree applies itself (heading ids, lead-ins).
#include <doctest/doctest.h>

#include "doc/document.hpp"

using namespace kansli;

namespace {

doc::Block text_paragraph(const std::string& text) { return doc::make_paragraph({doc::make_text(text)}); }

// One inline of every kind, in a paragraph.
doc::Block paragraph_of_every_inline() {
  doc::Paragraph paragraph;
  paragraph.inlines = {doc::make_text("a "),
                       doc::Inline{doc::Strong{{doc::make_text("b")}}},
                       doc::Inline{doc::Emphasis{{doc::make_text("c")}}},
                       doc::Inline{doc::Superscript{{doc::make_text("2")}}},
                       doc::Inline{doc::Footnote{{text_paragraph("Not."), doc::Block{doc::List{}}}}},
                       doc::Inline{doc::Link{"https://example.se", {doc::make_text("d")}}},
                       doc::Inline{doc::LineBreak{}},
                       doc::Inline{doc::PageNumber{}},
                       doc::Inline{doc::PageCount{}},
                       doc::Inline{doc::PageReference{"bilaga"}}};
  paragraph.style = "small";
  paragraph.align = doc::Align::kCenter;
  paragraph.heading_level = 1;
  return doc::Block{std::move(paragraph)};
}

// One block of every kind.
std::vector<doc::Block> every_block() {
  doc::Table table;
  table.rows = {doc::Row{{doc::Cell{{text_paragraph("A")}, doc::Align::kStart},
                          doc::Cell{{text_paragraph("1,5")}, doc::Align::kDecimal}}}};
  table.widths = {0, 1};
  table.fixed_widths = {25, 0};
  table.header_rows = 1;
  table.style = "plain";
  doc::Columns columns;
  columns.columns = {doc::Column{{text_paragraph("V")}, doc::Align::kStart},
                     doc::Column{{text_paragraph("H")}, doc::Align::kEnd}};
  columns.widths = {1, 2};
  columns.fixed_widths = {0, 0};
  doc::Image image{"logo.png", "Logotyp", 40, 0};
  return {paragraph_of_every_inline(),
          doc::Block{doc::Heading{{doc::make_text("Bilaga")}, 2, "bilaga"}},
          doc::Block{doc::List{{doc::ListItem{{text_paragraph("ett")}}}, true, 3, ""}},
          doc::Block{doc::List{{doc::ListItem{}}, false, 1, "–"}},
          doc::Block{table},
          doc::Block{columns},
          doc::Block{image},
          doc::Block{doc::Rule{}},
          doc::Block{doc::Space{6}},
          doc::Block{doc::PageBreak{}},
          doc::Block{doc::Contents{3}}};
}

}  // namespace

TEST_CASE("the dump writes every kind of block and inline") {
  doc::Document document;
  document.metadata.title = "Prov";
  document.body = every_block();
  CHECK(doc::dump_document(document) ==
        "document title=\"Prov\" lang=sv\n"
        "body\n"
        "  paragraph style=small level=1 align=center: a **b**_c_^(2)[^Not.][d](https://example.se)\\n{page}{pages}"
        "{page-of bilaga}\n"
        "  heading level=2 id=bilaga: Bilaga\n"
        "  list ordered start=3\n"
        "    item\n"
        "      paragraph style=normal: ett\n"
        "  list style=–\n"
        "    item\n"
        "  table style=plain widths=25pt,1 header-rows=1\n"
        "    row\n"
        "      cell\n"
        "        paragraph style=normal: A\n"
        "      cell align=decimal\n"
        "        paragraph style=normal: 1,5\n"
        "  columns widths=1,2\n"
        "    column\n"
        "      paragraph style=normal: V\n"
        "    column align=end\n"
        "      paragraph style=normal: H\n"
        "  image source=logo.png alt=\"Logotyp\" width=40\n"
        "  rule\n"
        "  space height=6\n"
        "  page-break\n"
        "  contents level=3\n");
}

TEST_CASE("plain text leaves footnotes out and stands in for page numbers") {
  const doc::Block block = paragraph_of_every_inline();
  CHECK(doc::plain_text(*doc::inlines_of(block)) == "a bc2d\n#####");  // # a page, ## a page count or reference
  CHECK(doc::inlines_of(doc::Block{doc::Rule{}}) == nullptr);
}

TEST_CASE("the blocks inside a block are its items', cells' and columns', never a footnote's") {
  std::vector<std::string> texts;
  for (const auto& block : every_block()) {
    doc::for_each_inner_blocks(block, [&](const std::vector<doc::Block>& inner) {
      for (const auto& child : inner) texts.push_back(doc::plain_text(*doc::inlines_of(child)));
    });
  }
  CHECK(texts == std::vector<std::string>{"ett", "A", "1,5", "V", "H"});
}

TEST_CASE("headings get unique ids and lead-ins are marked, inside lists and tables too") {
  doc::Document document;
  document.body.push_back(doc::Block{doc::Heading{{doc::make_text("Beslut")}, 2, ""}});
  doc::Table table;
  table.rows = {doc::Row{{doc::Cell{{doc::Block{doc::Heading{{doc::make_text("Beslut")}, 3, ""}},
                                     text_paragraph("Styrelsen beslutar att:")},
                                    doc::Align::kStart}}}};
  document.body.push_back(doc::Block{table});
  document.body.push_back(doc::Block{doc::List{{doc::ListItem{{text_paragraph("Inledning:")}}}, false, 1, "•"}});
  doc::assign_heading_ids(document);
  doc::mark_lead_ins(document);
  CHECK(doc::heading_ids(document.body) == std::vector<std::string>{"beslut", "beslut-2"});
  const auto& cell = std::get<doc::Table>(document.body[1].content).rows[0].cells[0];
  CHECK(std::get<doc::Paragraph>(cell.blocks[1].content).keep_with_next == true);
  const auto& item = std::get<doc::List>(document.body[2].content).items[0];
  CHECK(std::get<doc::Paragraph>(item.blocks[0].content).keep_with_next == true);
}
