// Unit tests of the table of contents: its page numbers equal the pages the headings
// land on (after the relayout passes), entries link to their headings, and dot leaders
// fill the space between title and number.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "layout_fakes.hpp"

using namespace kansli;
using namespace kansli::test;

namespace {

// A contents block followed by `count` sections, long enough that the contents itself
// takes more than one page and pushes every heading on.
doc::Document document_with_contents(int count) {
  doc::Document document;
  document.body.push_back(heading("Innehåll", 1, "innehall"));
  document.body.push_back(doc::Block{doc::Contents{2}});
  for (int i = 1; i <= count; ++i) {
    document.body.push_back(heading("Avsnitt " + std::to_string(i), 2, "s" + std::to_string(i)));
    for (int p = 0; p < i % 4; ++p) document.body.push_back(paragraph(kLongText));
  }
  return document;
}

}  // namespace

TEST_CASE("the page numbers of the table of contents are the pages the headings land on") {
  const doc::Document document = document_with_contents(30);
  std::string messages;
  const auto laid_out = lay_out(document, &messages);
  CHECK(messages.empty());
  std::map<std::string, int> heading_page;
  std::vector<std::pair<std::string, std::string>> entries;  // target, printed number
  for (std::size_t p = 0; p < laid_out.pages.size(); ++p) {
    const auto& items = laid_out.pages[p].items;
    for (const auto& item : items) {
      if (const auto* anchor = std::get_if<layout::Anchor>(&item)) heading_page[anchor->heading_id] = static_cast<int>(p) + 1;
      const auto* link = std::get_if<layout::HeadingLink>(&item);
      if (!link) continue;
      // The entry's number: the text flush right on the link's last line.
      const double bottom = link->y + link->height;
      std::string number;
      for (const TextRun* run : texts(laid_out.pages[p])) {
        const bool flush_right = std::abs(run->x + run->width - 380) < 0.01;
        if (flush_right && run->baseline_y > link->y && run->baseline_y < bottom) number = run->text;
      }
      entries.emplace_back(link->heading_id, number);
    }
  }
  REQUIRE(entries.size() == 30);
  CHECK(heading_page.at("s1") > 2);  // the contents fill more than a page, so the numbers had to settle
  for (const auto& [target, number] : entries) {
    INFO(target);
    CHECK(number == std::to_string(heading_page.at(target)));
  }
}

TEST_CASE("contents entries have dot leaders and list only headings after the contents") {
  const auto laid_out = lay_out(document_with_contents(3));
  int leaders = 0;
  bool lists_itself = false;
  for (const auto& item : laid_out.pages.at(0).items) {
    const auto* run = std::get_if<TextRun>(&item);
    const auto* link = std::get_if<layout::HeadingLink>(&item);
    if (run && run->text.find(" . . .") == 0) ++leaders;
    if (link && link->heading_id == "innehall") lists_itself = true;
  }
  CHECK(leaders == 3);
  CHECK_FALSE(lists_itself);
}

TEST_CASE("a page reference prints the page of its heading") {
  doc::Document document = document_with_contents(12);
  const doc::Inline reference{doc::PageReference{"s12"}};
  document.body.push_back(doc::make_paragraph({doc::make_text("Se sidan"), doc::make_text(" "), reference}));
  const auto laid_out = lay_out(document);
  int page_of_s12 = 0;
  std::string last_line;
  for (std::size_t p = 0; p < laid_out.pages.size(); ++p) {
    for (const auto& item : laid_out.pages[p].items) {
      const auto* anchor = std::get_if<layout::Anchor>(&item);
      const auto* run = std::get_if<TextRun>(&item);
      if (anchor && anchor->heading_id == "s12") page_of_s12 = static_cast<int>(p) + 1;
      if (run && run->text.rfind("Se sidan", 0) == 0) last_line = run->text;
    }
  }
  CHECK(last_line == "Se sidan " + std::to_string(page_of_s12));
}

TEST_CASE("the first page can have its own header") {
  doc::Document document;
  document.header.push_back(paragraph("Löpande sidhuvud"));
  document.first_page_differs = true;
  document.first_header.push_back(paragraph("Försättsblad"));
  document.body.push_back(paragraph("ett"));
  document.body.push_back(page_break());
  document.body.push_back(paragraph("två"));
  const auto laid_out = lay_out(document);
  REQUIRE(laid_out.pages.size() == 2);
  const auto first = texts(laid_out.pages[0]);
  const auto second = texts(laid_out.pages[1]);
  CHECK(std::any_of(first.begin(), first.end(), [](const TextRun* i) { return i->text == "Försättsblad"; }));
  CHECK(std::none_of(first.begin(), first.end(), [](const TextRun* i) { return i->text == "Löpande sidhuvud"; }));
  CHECK(std::any_of(second.begin(), second.end(), [](const TextRun* i) { return i->text == "Löpande sidhuvud"; }));
}

TEST_CASE("page numbers that have not settled after the last pass give a warning, not wrong silence") {
  std::string messages;
  const auto laid_out = lay_out(document_with_contents(30), &messages, nullptr, test_theme(), 1);
  CHECK(!laid_out.pages.empty());
  CHECK(messages ==
        "warning: the page numbers of the table of contents did not settle after 1 layout; some may be off by one\n"
        "  hint: a heading moves between pages as the numbers change; a page break before it settles it\n");
  std::string none;
  lay_out(document_with_contents(30), &none);
  CHECK(none.empty());
}
