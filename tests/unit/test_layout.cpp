// Unit tests of the layout stage with fake font metrics: wrapping, no-break spaces,
// pagination, keep-with-next, repeated table headers and page numbers.
#include <doctest/doctest.h>

#include "layout/layout.hpp"

using namespace kansli;
using layout::PageItem;

namespace {

// Every code point is half an em wide; the font lacks U+1F600.
class FakeMetrics : public layout::FontMetrics {
 public:
  double measure(layout::FontFace, std::string_view text, double size) const override {
    double count = 0;
    for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count * size * 0.5;
  }
  bool has_glyph(layout::FontFace, char32_t c) const override { return c != 0x1F600; }
};

class FakeImages : public layout::ImageCatalog {
 public:
  std::optional<layout::ImageSize> size_of(const std::string&) const override {
    return layout::ImageSize{200, 100};
  }
};

Theme test_theme() {
  Theme theme;
  theme.font_family = "Test Sans";
  theme.page_width = 400;
  theme.page_height = 300;
  theme.margin_top = theme.margin_bottom = theme.margin_left = theme.margin_right = 20;
  theme.header_height = 20;
  theme.footer_height = 20;
  theme.paragraph_styles["normal"] = TextStyle{10, 12, 0, 4};
  theme.headings = {TextStyle{16, 20, 6, 4, true}, TextStyle{12, 15, 6, 4, true}, TextStyle{10, 12, 4, 2, true}};
  return theme;
}

doc::Block paragraph(const std::string& text) { return doc::make_paragraph({doc::make_text(text)}); }

doc::Block heading(const std::string& text) {
  doc::Block block;
  block.kind = doc::BlockKind::kHeading;
  block.level = 1;
  block.inlines = {doc::make_text(text)};
  return block;
}

layout::LaidOutDocument lay_out(const doc::Document& document, std::string* messages = nullptr) {
  Diagnostics diagnostics;
  auto pages = layout::layout_document(document, test_theme(), FakeMetrics(), FakeImages(), diagnostics);
  if (messages) for (const auto& d : diagnostics.all()) *messages += format_diagnostic(d);
  return pages.value_or(layout::LaidOutDocument{});
}

std::vector<const PageItem*> texts(const layout::Page& page) {
  std::vector<const PageItem*> out;
  for (const auto& item : page.items) if (item.kind == PageItem::Kind::kText) out.push_back(&item);
  return out;
}

const std::string kLongText =
    "Samordningsförbundet ska bidra till att skapa en struktur så att samverkan mellan parterna "
    "fungerar över tid och långsiktigt förstärka de ordinarie samverkansstrukturerna.";

}  // namespace

TEST_CASE("no line is wider than its column") {
  doc::Document document;
  for (int i = 0; i < 12; ++i) document.body.push_back(paragraph(kLongText));
  document.body.push_back(paragraph(std::string(150, 'x')));  // one word longer than a line
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() > 1);
  for (const auto& page : laid_out.pages) {
    for (const PageItem* item : texts(page)) {
      CHECK(item->x >= 20 - 1e-9);
      CHECK(item->x + item->width <= 380 + 1e-9);
      CHECK(item->y <= 300 - 20 - 20 + 1e-9);  // above the footer area
    }
  }
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
  for (const PageItem* item : texts(laid_out.pages[0])) on_first += item->text.rfind("Rad", 0) != 0;
  CHECK(on_first != 1);
}

TEST_CASE("table header rows repeat on every page") {
  doc::Block table;
  table.kind = doc::BlockKind::kTable;
  table.header_rows = 1;
  for (int r = 0; r < 40; ++r) {
    doc::Block row;
    row.kind = doc::BlockKind::kRow;
    for (const std::string& text : {r == 0 ? std::string("Ärende") : "Punkt " + std::to_string(r), std::string("x")}) {
      doc::Block cell;
      cell.kind = doc::BlockKind::kCell;
      cell.children.push_back(paragraph(text));
      row.children.push_back(cell);
    }
    table.children.push_back(row);
  }
  doc::Document document;
  document.body.push_back(table);
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
  doc::Inline number{doc::InlineKind::kPageNumber, "", {}, {}};
  doc::Inline count{doc::InlineKind::kPageCount, "", {}, {}};
  document.footer.push_back(doc::make_paragraph({doc::make_text("Sida "), number, doc::make_text(" ("), count,
                                                 doc::make_text(")")}));
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() == 3);
  CHECK(texts(laid_out.pages[1]).back()->text == "Sida 2 (3)");
}

TEST_CASE("a page break starts a new page") {
  doc::Document document;
  document.body.push_back(paragraph("Ett"));
  doc::Block page_break;
  page_break.kind = doc::BlockKind::kPageBreak;
  document.body.push_back(page_break);
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
  CHECK(messages == "error: the font 'Test Sans' has no glyph for '\U0001F600' (U+1F600)\n"
                    "  hint: replace the character in the data, or choose a theme font that has it\n");
}

TEST_CASE("images keep their aspect ratio") {
  doc::Block image;
  image.kind = doc::BlockKind::kImage;
  image.source = "logo.png";
  image.height = 30;
  doc::Document document;
  document.body.push_back(image);
  const auto laid_out = lay_out(document);
  const auto& item = laid_out.pages.at(0).items.at(0);
  CHECK(item.kind == PageItem::Kind::kImage);
  CHECK(item.width == doctest::Approx(60));
  CHECK(item.height == doctest::Approx(30));
}

TEST_CASE("every footnote is at the foot of the page its reference is on") {
  doc::Document document;
  for (int i = 0; i < 30; ++i) {
    doc::Inline note{doc::InlineKind::kFootnote, "", {}, {paragraph("Not " + std::to_string(i + 1) + ".")}};
    document.body.push_back(doc::make_paragraph({doc::make_text("Rad " + std::to_string(i + 1)), note}));
  }
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() >= 2);
  int found = 0;
  for (const auto& page : laid_out.pages) {
    for (const PageItem* item : texts(page)) {
      if (item->text.rfind("Rad ", 0) != 0) continue;
      const std::string n = item->text.substr(4);
      bool note_here = false;
      double note_y = 0;
      for (const PageItem* other : texts(page)) {
        if (other->text == "Not " + n + ".") note_here = true, note_y = other->y;
      }
      CHECK_MESSAGE(note_here, "note " << n);
      CHECK(note_y > item->y);  // below the text
      CHECK(note_y <= 300 - 20 - 20);  // above the footer area
      ++found;
    }
  }
  CHECK(found == 30);
}
