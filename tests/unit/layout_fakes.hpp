// Fakes and helpers shared by the layout unit tests: metrics where every code point is
// half an em wide (the font lacks U+1F600), fixed image sizes, a small test theme.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "layout/layout.hpp"

namespace kansli::test {

using layout::TextRun;

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

inline Theme test_theme() {
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

inline doc::Block paragraph(const std::string& text) { return doc::make_paragraph({doc::make_text(text)}); }

inline doc::Block page_break() { return doc::Block{doc::PageBreak{}}; }

inline doc::Block heading(const std::string& text, int level = 1, const std::string& id = "") {
  return doc::Block{doc::Heading{{doc::make_text(text)}, level, id}};
}

inline layout::LaidOutDocument lay_out(const doc::Document& document, std::string* messages = nullptr,
                                 const layout::Hyphenator* hyphenator = nullptr, const Theme& theme = test_theme(),
                                 int max_passes = 4) {
  Diagnostics diagnostics;
  auto pages =
      layout::layout_document(document, theme, {FakeMetrics(), FakeImages(), hyphenator, max_passes}, diagnostics);
  if (messages) for (const auto& d : diagnostics.all()) *messages += format_diagnostic(d);
  return pages.value_or(layout::LaidOutDocument{});
}

inline std::vector<const TextRun*> texts(const layout::Page& page) {
  std::vector<const TextRun*> out;
  for (const auto& item : page.items) {
    if (const auto* run = std::get_if<TextRun>(&item)) out.push_back(run);
  }
  return out;
}

inline const std::string kLongText =
    "Samordningsförbundet ska bidra till att skapa en struktur så att samverkan mellan parterna "
    "fungerar över tid och långsiktigt förstärka de ordinarie samverkansstrukturerna.";

}  // namespace kansli::test
