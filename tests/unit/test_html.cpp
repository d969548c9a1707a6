// Unit tests of the HTML writer: escaping, structure and accessibility.
#include <doctest/doctest.h>

#include "write_html/html_writer.hpp"

using namespace kansli;

namespace {

Theme test_theme() {
  Theme theme;
  theme.paragraph_styles["normal"] = TextStyle{};
  theme.headings.assign(3, TextStyle{});
  return theme;
}

std::string html_of(const doc::Document& document) { return write_html(document, test_theme(), {}); }

}  // namespace

TEST_CASE("text from data is escaped") {
  doc::Document document;
  document.metadata.title = "A & \"B\"";
  document.body.push_back(doc::make_paragraph({doc::make_text("<script>alert(1)</script> 'x'")}));
  const std::string html = html_of(document);
  CHECK(html.find("<title>A &amp; &quot;B&quot;</title>") != std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &#39;x&#39;") != std::string::npos);
  CHECK(html.find("<script>") == std::string::npos);
}

TEST_CASE("the page is Swedish, with landmarks") {
  doc::Document document;
  document.header.push_back(doc::make_paragraph({doc::make_text("Förbundet")}));
  document.body.push_back(doc::make_paragraph({doc::make_text("Innehåll")}));
  const std::string html = html_of(document);
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"sv\">", 0) == 0);
  CHECK(html.find("<header>\n<p class=\"s-normal\">Förbundet</p>\n</header>") != std::string::npos);
  CHECK(html.find("<main>\n<p class=\"s-normal\">Innehåll</p>\n</main>") != std::string::npos);
}

TEST_CASE("header paragraphs with page numbers are left out") {
  doc::Document document;
  const doc::Inline number{doc::PageNumber{}};
  document.header.push_back(doc::make_paragraph({doc::make_text("Sida "), number}));
  document.body.push_back(doc::make_paragraph({doc::make_text("x")}));
  CHECK(html_of(document).find("Sida") == std::string::npos);
}

TEST_CASE("table header rows become th cells in thead") {
  doc::Table table;
  table.style = "grid";
  table.header_rows = 1;
  for (const char* text : {"Ärende", "Budget"}) {
    doc::Cell cell;
    cell.blocks.push_back(doc::make_paragraph({doc::make_text(text)}));
    table.rows.push_back(doc::Row{{cell}});
  }
  doc::Document document;
  document.body.push_back(doc::Block{table});
  const std::string html = html_of(document);
  CHECK(html.find("<thead>\n<tr><th scope=\"col\"><p class=\"s-normal\">Ärende</p>\n</th></tr>\n</thead>") !=
        std::string::npos);
  CHECK(html.find("<tbody>\n<tr><td><p class=\"s-normal\">Budget</p>\n</td></tr>\n</tbody>") != std::string::npos);
}

TEST_CASE("images are inlined with their alt text") {
  doc::Image image;
  image.source = "logo.png";
  image.alt = "Logotyp";
  doc::Document document;
  document.body.push_back(doc::Block{image});
  const std::string html = write_html(document, test_theme(), {{"logo.png", "\x89PNG\r\n\x1a\n"}});
  CHECK(html.find("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"Logotyp\">") != std::string::npos);
}
