// Unit tests of table layout: decimal alignment, fixed and content-based column widths,
// short tables kept on one page, and lead-ins kept with what they introduce.
#include <doctest/doctest.h>

#include <algorithm>

#include "layout_fakes.hpp"

using namespace kansli;
using namespace kansli::test;

namespace {

doc::Cell cell(const std::string& text, doc::Align align = doc::Align::kStart) {
  return doc::Cell{{paragraph(text)}, align};
}

doc::Row row(std::vector<doc::Cell> cells) { return doc::Row{std::move(cells)}; }

doc::Block table(std::vector<doc::Row> rows, int header_rows = 0) {
  doc::Table table;
  table.style = "grid";
  table.rows = std::move(rows);
  table.header_rows = header_rows;
  return doc::Block{std::move(table)};
}

const TextRun* find_text(const layout::Page& page, const std::string& text) {
  for (const TextRun* item : texts(page)) {
    if (item->text == text) return item;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("decimal cells line up on the comma, whole numbers on their last digit") {
  doc::Document document;
  document.body.push_back(table({row({cell("a"), cell("1 234,50 kr", doc::Align::kDecimal)}),
                                 row({cell("b"), cell("12 kr", doc::Align::kDecimal)}),
                                 row({cell("c"), cell("7,125", doc::Align::kDecimal)})}));
  const auto laid_out = lay_out(document);
  const TextRun* money = find_text(laid_out.pages.at(0), "1 234,50 kr");
  const TextRun* whole = find_text(laid_out.pages.at(0), "12 kr");
  const TextRun* three = find_text(laid_out.pages.at(0), "7,125");
  REQUIRE(money);
  REQUIRE(whole);
  REQUIRE(three);
  // Every character is 5 points wide (fake metrics, 10 pt): the comma's x is after the digits before it.
  const double comma = money->x + 5 * 5;  // "1 234" is five characters
  CHECK(whole->x + 2 * 5 == doctest::Approx(comma));  // "12" ends where the comma starts
  CHECK(three->x + 1 * 5 == doctest::Approx(comma));
  // The widest tail (",125") ends at the cell's right edge inside its padding.
  CHECK(three->x + three->width <= 380 - 4 + 1e-9);
}

TEST_CASE("fixed column widths are kept and the others share the rest") {
  doc::Document document;
  doc::Block fixed = table({row({cell("x"), cell("y"), cell("z")})});
  std::get<doc::Table>(fixed.content).widths = {0, 1, 3};
  std::get<doc::Table>(fixed.content).fixed_widths = {100, 0, 0};
  document.body.push_back(fixed);
  const auto laid_out = lay_out(document);
  const TextRun* y = find_text(laid_out.pages.at(0), "y");
  const TextRun* z = find_text(laid_out.pages.at(0), "z");
  REQUIRE(y);
  REQUIRE(z);
  CHECK(y->x == doctest::Approx(20 + 100 + 4));             // after the 100-point column and the padding
  CHECK(z->x == doctest::Approx(20 + 100 + 65 + 4));        // 260 points shared 1:3
}

TEST_CASE("without widths, columns are sized by their content") {
  doc::Document document;
  document.body.push_back(table({row({cell("Nr"), cell("En lång rubrik som tar plats i tabellen")})}));
  const auto laid_out = lay_out(document);
  const TextRun* number = find_text(laid_out.pages.at(0), "Nr");
  const TextRun* title = find_text(laid_out.pages.at(0), "En lång rubrik som tar plats i tabellen");
  REQUIRE(number);
  REQUIRE(title);  // the long text fits on one line
  CHECK(title->x - number->x < 100);  // the number column is narrow, not half the table
}

TEST_CASE("a short table is not split across pages") {
  doc::Document document;
  for (int i = 0; i < 10; ++i) document.body.push_back(paragraph("rad"));  // 160 of the page's 220 points
  document.body.push_back(table({row({cell("a")}), row({cell("b")}), row({cell("c")})}));
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() == 2);
  CHECK(find_text(laid_out.pages[1], "a"));
  CHECK(find_text(laid_out.pages[1], "c"));
}

TEST_CASE("a lead-in ending in a colon moves to the next page with the list it introduces") {
  doc::Document document;
  for (int i = 0; i < 13; ++i) document.body.push_back(paragraph("rad"));  // 208 of 220 points
  document.body.push_back(paragraph("Förbundschef ansvarar för att:"));
  document.body.push_back(doc::Block{doc::List{{doc::ListItem{{paragraph("punkt")}}}, false, 1, "•"}});
  doc::mark_lead_ins(document);  // the rule is the tree's (template evaluation applies it)
  CHECK(std::get<doc::Paragraph>(document.body[13].content).keep_with_next == true);
  CHECK(std::get<doc::Paragraph>(document.body[0].content).keep_with_next == false);
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() == 2);
  CHECK(find_text(laid_out.pages[1], "Förbundschef ansvarar för att:"));
  CHECK(find_text(laid_out.pages[1], "punkt"));
}

TEST_CASE("a row taller than a page continues on the next, cut between its lines") {
  doc::Cell tall;
  for (int i = 0; i < 40; ++i) tall.blocks.push_back(paragraph("rad " + std::to_string(i)));
  const doc::Row header = row({cell("Rubrik"), cell("Text")});
  doc::Document document;
  document.body.push_back(table({header, row({cell("a"), tall})}, 1));
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() >= 3);
  int lines = 0;
  for (const auto& page : laid_out.pages) {
    for (const TextRun* item : texts(page)) {
      CHECK(item->baseline_y <= 300 - 20 - 20);  // above the footer area
      lines += item->text.rfind("rad ", 0) == 0;
    }
    CHECK(find_text(page, "Rubrik"));  // the header row repeats
  }
  CHECK(lines == 40);
}
