// Unit tests of line breaking: Knuth–Plass against first fit, justification, hyphenation
// through the Hyphenator interface, soft hyphens and forced line breaks.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "layout/knuth_plass.hpp"
#include "layout_fakes.hpp"

using namespace kansli;
using namespace kansli::test;
using layout::BreakItem;

namespace {

// One em-wide box per character, a one-em space between words.
std::vector<BreakItem> items_of(const std::string& text) {
  std::vector<BreakItem> items;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find(' ', start), text.size());
    items.push_back({BreakItem::Kind::kBox, static_cast<double>(end - start)});
    if (end == text.size()) break;
    items.push_back({BreakItem::Kind::kGlue, 1});
    start = end + 1;
  }
  items.push_back({BreakItem::Kind::kGlue, 0, 1e6});
  items.push_back({BreakItem::Kind::kPenalty, 0, 0, 0, -layout::kInfinitePenalty});
  return items;
}

// Allows a hyphen after every third letter of words longer than six.
class EveryThirdLetter : public layout::Hyphenator {
 public:
  void add_hyphenation_points(std::string_view word, std::vector<std::size_t>& points) const override {
    if (word.size() <= 6) return;
    for (std::size_t i = 3; i + 3 <= word.size(); i += 3) points.push_back(i);
  }
};

// The lines of a laid-out page: text items grouped by baseline, left to right.
std::map<double, std::vector<const TextRun*>> lines_of(const layout::Page& page) {
  std::map<double, std::vector<const TextRun*>> lines;
  for (const TextRun* item : texts(page)) lines[item->baseline_y].push_back(item);
  for (auto& [y, items] : lines) {
    std::sort(items.begin(), items.end(), [](const TextRun* a, const TextRun* b) { return a->x < b->x; });
  }
  return lines;
}

std::string line_text(const std::vector<const TextRun*>& items) {
  std::string text;
  for (const TextRun* item : items) text += (text.empty() ? "" : " ") + item->text;
  return text;
}

Theme theme_with(bool justify, bool hyphenate) {
  Theme theme = test_theme();
  theme.paragraph_styles["normal"].justify = justify;
  theme.paragraph_styles["normal"].hyphenate = hyphenate;
  return theme;
}

}  // namespace

TEST_CASE("total fit balances lines that first fit leaves ragged") {
  const auto items = items_of("aaa bb cc ddddd");
  layout::BreakSettings settings;
  settings.line_width = 6;
  settings.line_end_stretch = 6;
  // First fit fills the first line: "aaa bb" / "cc" / "ddddd".
  CHECK(layout::first_fit_breaks(items, 6) == std::vector<std::size_t>{3, 5, 8});
  // Total fit trades a short first line for a fuller second: "aaa" / "bb cc" / "ddddd".
  CHECK(layout::find_breaks(items, settings) == std::vector<std::size_t>{1, 5, 8});
}

TEST_CASE("no breaks within the tolerance is reported as none") {
  layout::BreakSettings settings;
  settings.line_width = 4;  // "aaa bb" cannot be set in lines of 4 without stretching a lot
  settings.tolerance = 1;
  CHECK(layout::find_breaks(items_of("aaa bb"), settings).empty());
  settings.tolerance = 10000;
  CHECK(layout::find_breaks(items_of("aaa bb"), settings) == std::vector<std::size_t>{1, 4});
}

TEST_CASE("justified lines reach the right margin, except the last") {
  doc::Document document;
  document.body.push_back(paragraph(kLongText + " " + kLongText));
  const auto laid_out = lay_out(document, nullptr, nullptr, theme_with(true, false));
  REQUIRE(laid_out.pages.size() == 1);
  const auto lines = lines_of(laid_out.pages.front());
  REQUIRE(lines.size() >= 3);
  std::size_t index = 0;
  for (const auto& [y, items] : lines) {
    const double right = items.back()->x + items.back()->width;
    if (++index < lines.size()) CHECK(right == doctest::Approx(380).epsilon(0.0001));
    else CHECK(right < 380);
    CHECK(items.front()->x == doctest::Approx(20));
  }
}

TEST_CASE("long words are hyphenated at the hyphenator's points, with a hyphen drawn") {
  doc::Document document;
  document.body.push_back(paragraph("Samordningsförbundets rehabiliteringsinsatser samverkansstrukturerna"));
  Theme theme = theme_with(false, true);
  theme.page_width = 200;  // 160 points: 32 characters a line
  const EveryThirdLetter hyphenator;
  const auto laid_out = lay_out(document, nullptr, &hyphenator, theme);
  const auto lines = lines_of(laid_out.pages.at(0));
  std::string joined;
  bool hyphenated = false;
  for (const auto& [y, items] : lines) {
    std::string text = line_text(items);
    CHECK(items.back()->x + items.back()->width <= 180 + 1e-9);
    if (!text.empty() && text.back() == '-') {
      hyphenated = true;
      text.pop_back();
      joined += text;
    } else {
      joined += text + " ";
    }
  }
  CHECK(hyphenated);
  CHECK(joined == "Samordningsförbundets rehabiliteringsinsatser samverkansstrukturerna ");
}

TEST_CASE("without a hyphenator, or in a style that does not hyphenate, words stay whole") {
  doc::Document document;
  document.body.push_back(paragraph("Samordningsförbundets rehabiliteringsinsatser samverkansstrukturerna"));
  Theme theme = theme_with(false, false);
  theme.page_width = 200;
  const EveryThirdLetter hyphenator;
  for (const auto* with : {static_cast<const layout::Hyphenator*>(nullptr), static_cast<const layout::Hyphenator*>(&hyphenator)}) {
    const auto laid_out = lay_out(document, nullptr, with, theme);
    for (const auto& [y, items] : lines_of(laid_out.pages.at(0))) {
      CHECK(line_text(items).back() != '-');
    }
  }
}

TEST_CASE("a soft hyphen is a break point, drawn only at a line's end") {
  doc::Document document;
  document.body.push_back(paragraph("aaaa bbbb cccc dddd eeee Verk\u00ADsamhets\u00ADplanen och budget\u00ADen"));
  Theme theme = theme_with(false, false);
  theme.page_width = 200;  // 32 characters a line
  const auto laid_out = lay_out(document, nullptr, nullptr, theme);
  const auto lines = lines_of(laid_out.pages.at(0));
  REQUIRE(lines.size() == 2);
  CHECK(line_text(lines.begin()->second) == "aaaa bbbb cccc dddd eeee Verk-");
  CHECK(line_text(std::next(lines.begin())->second) == "samhetsplanen och budgeten");
}

TEST_CASE("a line break ends a line, and an empty paragraph keeps its line") {
  doc::Document document;
  doc::Block lines = doc::make_paragraph({doc::make_text("first"), doc::Inline{doc::LineBreak{}},
                                          doc::make_text("second")});
  document.body.push_back(lines);
  document.body.push_back(doc::make_paragraph({}));
  document.body.push_back(paragraph("third"));
  const auto laid_out = lay_out(document);
  const auto found = lines_of(laid_out.pages.at(0));
  REQUIRE(found.size() == 3);
  CHECK(std::prev(found.end())->first - std::next(found.begin())->first > 2 * 12 - 1e-9);  // the empty line
}

TEST_CASE("a line's baseline lies at the style's ascent, the text centred in its line height") {
  doc::Document document;
  document.body.push_back(paragraph("Ord"));
  const auto baseline_with = [&](double ascent) {
    Theme theme = theme_with(false, false);
    auto& normal = theme.paragraph_styles["normal"];
    normal.ascent = ascent;
    const auto laid_out = lay_out(document, nullptr, nullptr, theme);
    REQUIRE(!laid_out.pages.empty());
    const auto lines = lines_of(laid_out.pages.front());
    REQUIRE(!lines.empty());
    return std::pair{lines.begin()->first, normal};
  };
  const auto [low, style] = baseline_with(0.8);
  const auto [lower, unused] = baseline_with(1.0);
  CHECK(lower - low == doctest::Approx(0.2 * style.size));
}
