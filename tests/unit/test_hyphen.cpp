// Unit tests of PatternHyphenator with Debian's Swedish patterns (hyphen-sv).
#include <doctest/doctest.h>

#include "hyphen/pattern_hyphenator.hpp"

using namespace kansli;

namespace {

std::string hyphenated(const layout::Hyphenator& hyphenator, const std::string& word) {
  std::string out;
  std::size_t previous = 0;
  for (const std::size_t point : hyphenator.hyphenation_points(word)) {
    out += word.substr(previous, point - previous) + "-";
    previous = point;
  }
  return out + word.substr(previous);
}

std::unique_ptr<PatternHyphenator> swedish(int left = 2, int right = 3) {
  Diagnostics diagnostics;
  auto hyphenator = PatternHyphenator::load({"/usr/share/hyphen/hyph_sv_SE.dic", left, right}, diagnostics);
  REQUIRE(hyphenator);
  return hyphenator;
}

}  // namespace

TEST_CASE("Swedish words are hyphenated between syllables, å ä ö included") {
  const auto hyphenator = swedish();
  CHECK(hyphenated(*hyphenator, "Samordningsförbundet") == "Sam-ord-nings-för-bun-det");
  CHECK(hyphenated(*hyphenator, "rehabiliteringsinsatser") == "re-ha-bi-li-te-rings-in-sat-ser");
  CHECK(hyphenated(*hyphenator, "Försäkringskassan") == "För-säk-rings-kas-san");
  CHECK(hyphenated(*hyphenator, "Ägarsamrådet") == "Ägar-sam-rå-det");
}

TEST_CASE("the shortest parts before and after a hyphen are respected") {
  const auto hyphenator = swedish(3, 4);
  CHECK(hyphenated(*hyphenator, "Samordningsförbundet") == "Sam-ord-nings-för-bundet");
  CHECK(hyphenator->hyphenation_points("ordet").empty());
}

TEST_CASE("words with letters outside Latin-1 are left whole") {
  const auto hyphenator = swedish();
  CHECK(hyphenator->hyphenation_points("förbundsordningenŁ").empty());
}

TEST_CASE("patterns that cannot be read are an error naming the file") {
  Diagnostics diagnostics;
  CHECK_FALSE(PatternHyphenator::load({"/nonexistent/hyph_xx.dic", 2, 3}, diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(format_diagnostic(diagnostics.all().front()).find("/nonexistent/hyph_xx.dic") != std::string::npos);
}
