// The ranges a theme's numbers must lie in (internal to the theme stage; docs/theme.md
// lists them for users). A number outside its range is a located error when the theme
// is read, so that no later stage (layout, the PDF writer) sees an infinite, huge or
// negative size.
#pragma once

#include <string>

namespace kansli {

// The values a theme number may take, in the unit the theme writes it in.
struct NumberRange {
  double min = 0;
  double max = 0;
  const char* unit = "";  // "mm", "points" or "" (a count of letters)
  bool whole = false;     // only whole numbers

  // Says whether `value` is finite, within [min, max] and, if asked, whole.
  bool allows(double value) const;
  // Describes the range for a message: "between 0 and 1000 mm", "a whole number between 1 and 10".
  std::string describe() const;
};

// Writes `value` as briefly as it reads back ("9.5", "1e+300").
std::string format_theme_number(double value);

// The page: a PDF page is at most 5080 mm (14 400 points) on a side.
inline constexpr NumberRange kPageSide{25, 5080, "mm"};
inline constexpr NumberRange kPageMargin{0, 1000, "mm"};  // also the header, its gap and the footer
// The margins, the header and the footer must leave kLeastBodyMm (theme.hpp) for the body.

// Text styles, in points.
inline constexpr NumberRange kTextSize{2, 200, "points"};
inline constexpr NumberRange kLeading{1, 400, "points"};
inline constexpr NumberRange kParagraphSpace{0, 200, "points"};

// Tables and lists, in points.
inline constexpr NumberRange kTablePadding{0, 50, "points"};
inline constexpr NumberRange kBorderWidth{0, 10, "points"};
inline constexpr NumberRange kListIndent{0, 100, "points"};
inline constexpr NumberRange kColumnGap{0, 100, "points"};
inline constexpr NumberRange kFontAscent{0.5, 1.5, "em"};

// Hyphenation: letters before and after a hyphen.
inline constexpr NumberRange kHyphenLetters{1, 10, "", true};

}  // namespace kansli
