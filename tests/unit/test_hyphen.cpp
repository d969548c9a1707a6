// Unit tests of PatternHyphenator with Debian's Swedish patterns (hyphen-sv).
#include <doctest/doctest.h>

#include "hyphen/pattern_hyphenator.hpp"

using namespace kansli;

namespace {

const Files& everywhere() {
  static const Files files{PathPolicy("/")};
  return files;
}

std::vector<std::size_t> points_of(const layout::Hyphenator& hyphenator, const std::string& word) {
  std::vector<std::size_t> points;
  hyphenator.add_hyphenation_points(word, points);
  return points;
}

std::string hyphenated(const layout::Hyphenator& hyphenator, const std::string& word) {
  std::string out;
  std::size_t previous = 0;
  for (const std::size_t point : points_of(hyphenator, word)) {
    out += word.substr(previous, point - previous) + "-";
    previous = point;
  }
  return out + word.substr(previous);
}

std::unique_ptr<PatternHyphenator> swedish(int left = 2, int right = 3) {
  Diagnostics diagnostics;
  auto hyphenator = PatternHyphenator::load({"/usr/share/hyphen/hyph_sv_SE.dic", left, right, {}}, everywhere(), diagnostics);
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

TEST_CASE("points are added after those already in the caller's vector, a remembered word's too") {
  const auto hyphenator = swedish();
  for (int pass = 0; pass < 2; ++pass) {  // the second time from the remembered words
    std::vector<std::size_t> points = {99};
    hyphenator->add_hyphenation_points("Samordningsförbundet", points);  // Sam-ord-nings-för-bun-det, in bytes
    CHECK(points == std::vector<std::size_t>{99, 3, 6, 11, 15, 18});
  }
}

TEST_CASE("the shortest parts before and after a hyphen are respected") {
  const auto hyphenator = swedish(3, 4);
  CHECK(hyphenated(*hyphenator, "Samordningsförbundet") == "Sam-ord-nings-för-bundet");
  CHECK(points_of(*hyphenator, "ordet").empty());
}

TEST_CASE("words with letters outside Latin-1 are left whole") {
  const auto hyphenator = swedish();
  CHECK(points_of(*hyphenator, "förbundsordningenŁ").empty());
}

TEST_CASE("patterns that cannot be read are an error naming the file") {
  Diagnostics diagnostics;
  CHECK_FALSE(PatternHyphenator::load({"/nonexistent/hyph_xx.dic", 2, 3, {}}, everywhere(), diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(format_diagnostic(diagnostics.all().front()).find("/nonexistent/hyph_xx.dic") != std::string::npos);
}
