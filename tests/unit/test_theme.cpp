// Unit tests of theme loading: the shipped theme loads; mistakes are located.
#include <doctest/doctest.h>

#include "temp_files.hpp"
#include "theme/theme.hpp"

using namespace kansli;
using kansli::testing::write_temp_file;

namespace {

// A theme's "fonts" section (every theme must have one), for themes written by the tests.
const std::string kFonts = R"("fonts": {"regular": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  "bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "italic": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
  "bold_italic": "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"})";

std::string messages_of(const Diagnostics& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics.all()) out += format_diagnostic(d);
  return out;
}

}  // namespace

TEST_CASE("the shipped theme loads with its styles, fonts and A4 page") {
  Diagnostics diagnostics;
  const auto theme = load_theme(KANSLI_SOURCE_DIR "/templates/themes/default.json", Files{PathPolicy("/")}, diagnostics);
  INFO(messages_of(diagnostics));
  REQUIRE(theme);
  CHECK(theme->page_width == doctest::Approx(595.28).epsilon(0.001));
  CHECK(theme->page_height == doctest::Approx(841.89).epsilon(0.001));
  CHECK(theme->paragraph_styles.count("normal") == 1);
  CHECK(theme->headings.at(0).bold);
  CHECK(theme->font_files.at("bold_italic").find("DejaVuSans-BoldOblique.ttf") != std::string::npos);
  CHECK(theme->color("accent").hex() == "#1f4e79");
}

TEST_CASE("a misspelt theme setting is located and a spelling suggested") {
  const std::string path = write_temp_file("theme-typo.json", R"({
  "page": {"margin_lft_mm": 20},
  "styles": {"normal": {"size": 10}},
)" + kFonts + "}");
  Diagnostics diagnostics;
  CHECK_FALSE(load_theme(path, Files{PathPolicy("/")}, diagnostics));
  CHECK(messages_of(diagnostics) == path + ":2:12: error: unknown theme setting 'margin_lft_mm' (at /page/margin_lft_mm)\n"
                                           "  hint: did you mean 'margin_left_mm'?\n");
}

TEST_CASE("a style's colour must be defined") {
  const std::string path = write_temp_file("theme-colour.json", R"({"styles": {"normal": {"color": "blue"}}, )" + kFonts + "}");
  Diagnostics diagnostics;
  CHECK_FALSE(load_theme(path, Files{PathPolicy("/")}, diagnostics));
  CHECK(messages_of(diagnostics) == path + ":1:24: error: style 'normal' uses undefined colour 'blue'\n");
}
