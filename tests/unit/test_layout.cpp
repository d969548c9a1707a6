// Unit tests of the layout stage with fake font metrics: wrapping, no-break spaces,
// pagination, keep-with-next, repeated table headers and page numbers.
#include <doctest/doctest.h>

#include "layout/layout.hpp"
#include "layout_fakes.hpp"

using namespace kansli;
using namespace kansli::test;


TEST_CASE("no line is wider than its column") {
  doc::Document document;
  for (int i = 0; i < 12; ++i) document.body.push_back(paragraph(kLongText));
  document.body.push_back(paragraph(std::string(150, 'x')));  // one word longer than a line
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() > 1);
  for (const auto& page : laid_out.pages) {
    for (const TextRun* item : texts(page)) {
      CHECK(item->x >= 20 - 1e-9);
      CHECK(item->x + item->width <= 380 + 1e-9);
      CHECK(item->baseline_y <= 300 - 20 - 20 + 1e-9);  // above the footer area
    }
  }
}

TEST_CASE("a word wider than its column is cut between characters, and every character is kept") {
  doc::Document document;
  std::string word;  // 150 letters, some of two bytes: cuts fall between characters
  for (int i = 0; i < 5; ++i) word += "abcdefghijklmnopqrstuvwxyzåäö" + std::to_string(i);
  document.body.push_back(paragraph("Före " + word + " efter"));
  const auto laid_out = lay_out(document);
  const auto lines = texts(laid_out.pages.at(0));
  CHECK(lines.size() >= 4);  // "Före", then the word on three lines at least (with "efter" after its end)
  std::string joined;
  for (const TextRun* line : lines) joined += line->text;
  CHECK(joined == "Före" + word + " efter");
}

TEST_CASE("a no-break space never breaks a line") {
  doc::Document document;
  // 70 characters fit on a line; the amount straddles the 70th.
  document.body.push_back(paragraph(std::string(60, 'a') + " 1\u00A0234\u00A0567\u00A0kr och mer"));
  const auto laid_out = lay_out(document);
  const auto lines = texts(laid_out.pages.at(0));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0]->text == std::string(60, 'a'));
  CHECK(lines[1]->text == "1\u00A0234\u00A0567\u00A0kr och mer");
}

TEST_CASE("a heading is never the last thing on a page") {
  doc::Document document;
  for (int i = 0; i < 13; ++i) document.body.push_back(paragraph("Rad " + std::to_string(i)));
  document.body.push_back(heading("Rubrik"));
  document.body.push_back(paragraph(kLongText));
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() == 2);
  const auto first = texts(laid_out.pages[0]);
  CHECK(first.back()->text != "Rubrik");
  CHECK(texts(laid_out.pages[1]).front()->text == "Rubrik");
}

TEST_CASE("a paragraph leaves no orphan line at the foot of a page") {
  doc::Document document;
  for (int i = 0; i < 15; ++i) document.body.push_back(paragraph("Rad " + std::to_string(i)));
  document.body.push_back(paragraph(kLongText + " " + kLongText));
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() == 2);
  // Either two or more lines of the paragraph are on page 1, or none is.
  int on_first = 0;
  for (const TextRun* item : texts(laid_out.pages[0])) on_first += item->text.rfind("Rad", 0) != 0;
  CHECK(on_first != 1);
}

TEST_CASE("table header rows repeat on every page") {
  doc::Table table;
  table.header_rows = 1;
  for (int r = 0; r < 40; ++r) {
    doc::Row row;
    for (const std::string& text : {r == 0 ? std::string("Ärende") : "Punkt " + std::to_string(r), std::string("x")}) {
      row.cells.push_back(doc::Cell{{paragraph(text)}});
    }
    table.rows.push_back(row);
  }
  doc::Document document;
  document.body.push_back(doc::Block{table});
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() >= 3);
  for (const auto& page : laid_out.pages) {
    const auto items = texts(page);
    REQUIRE_FALSE(items.empty());
    CHECK(items.front()->text == "Ärende");
  }
}

TEST_CASE("the footer shows page X of Y") {
  doc::Document document;
  for (int i = 0; i < 40; ++i) document.body.push_back(paragraph("Rad"));
  const doc::Inline number{doc::PageNumber{}};
  const doc::Inline count{doc::PageCount{}};
  document.footer.push_back(doc::make_paragraph({doc::make_text("Sida "), number, doc::make_text(" ("), count,
                                                 doc::make_text(")")}));
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() == 3);
  CHECK(texts(laid_out.pages[1]).back()->text == "Sida 2 (3)");
}

TEST_CASE("a page break starts a new page") {
  doc::Document document;
  document.body.push_back(paragraph("Ett"));
  document.body.push_back(page_break());
  document.body.push_back(paragraph("Två"));
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() == 2);
  CHECK(texts(laid_out.pages[1]).front()->text == "Två");
}

TEST_CASE("a character the font lacks is an error naming it") {
  doc::Document document;
  document.body.push_back(paragraph("Glad \U0001F600"));
  std::string messages;
  lay_out(document, &messages);
  CHECK(messages == "error: the font 'Test Sans' has no glyph for '\U0001F600' (U+1F600), in \"\U0001F600\"\n"
                    "  hint: replace the character in the data, or choose a theme font that has it\n");
}

TEST_CASE("images keep their aspect ratio") {
  doc::Image image;
  image.source = "logo.png";
  image.height = 30;
  doc::Document document;
  document.body.push_back(doc::Block{image});
  const auto laid_out = lay_out(document);
  const auto* item = std::get_if<layout::ImageItem>(&laid_out.pages.at(0).items.at(0));
  REQUIRE(item != nullptr);
  CHECK(item->width == doctest::Approx(60));
  CHECK(item->height == doctest::Approx(30));
}

TEST_CASE("every footnote is at the foot of the page its reference is on") {
  doc::Document document;
  for (int i = 0; i < 30; ++i) {
    const doc::Inline note{doc::Footnote{{paragraph("Not " + std::to_string(i + 1) + ".")}}};
    document.body.push_back(doc::make_paragraph({doc::make_text("Rad " + std::to_string(i + 1)), note}));
  }
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() >= 2);
  int found = 0;
  for (const auto& page : laid_out.pages) {
    for (const TextRun* item : texts(page)) {
      if (item->text.rfind("Rad ", 0) != 0) continue;
      const std::string n = item->text.substr(4);
      bool note_here = false;
      double note_y = 0;
      for (const TextRun* other : texts(page)) {
        if (other->text == "Not " + n + ".") note_here = true, note_y = other->baseline_y;
      }
      CHECK_MESSAGE(note_here, "note " << n);
      CHECK(note_y > item->baseline_y);  // below the text
      CHECK(note_y <= 300 - 20 - 20);  // above the footer area
      ++found;
    }
  }
  CHECK(found == 30);
}
