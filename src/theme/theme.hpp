// Theme: the one style definition (page, margins, fonts, sizes, colours, spacing)
// that both writers read, so that a document's HTML and PDF look alike.
// Read from a JSON file (templates/themes/*.json) through the load stage;
// every unknown key or wrong type is a diagnostic.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/files.hpp"

namespace kansli {

struct Color {
  double r = 0, g = 0, b = 0;  // 0..1
  std::string hex() const;    // "#1f4e79"
  bool operator==(const Color& other) const { return r == other.r && g == other.g && b == other.b; }
};

struct TextStyle {
  double size = 10;          // points
  double leading = 14;       // line height, points
  double space_before = 0;   // points
  double space_after = 0;    // points
  bool bold = false;
  bool italic = false;
  bool justify = false;     // justified lines (else ragged right) when the text is not aligned otherwise
  bool hyphenate = false;   // words may be hyphenated at the end of a line
  std::string color = "text";  // a name in Theme::colors
  double ascent = 0.8;  // how far the baseline lies below the text's top, as a fraction of size (fonts.ascent)
};

// Hyphenation patterns (libhyphen's .dic format) and the shortest parts a hyphen may leave.
struct HyphenationSettings {
  std::string patterns;  // resolved path; empty: no hyphenation
  int left_min = 2;      // letters before the hyphen
  int right_min = 3;     // letters after it
  SourcePosition where;  // where the theme names the patterns, for errors about the file
};

// The four faces a theme names under "fonts", in the order of layout::FontFace.
inline constexpr const char* kFontFaces[] = {"regular", "bold", "italic", "bold_italic"};

// What the margins, the header and the footer must leave for the body, each way.
inline constexpr double kLeastBodyMm = 20;
inline constexpr double kPointsPerMm = 72.0 / 25.4;

struct Theme {
  double page_width = 595.28;   // A4, points
  double page_height = 841.89;
  double margin_top = 56.7, margin_bottom = 42.5, margin_left = 70.9, margin_right = 56.7;
  double header_height = 70;    // at least this much below the top margin for the page header
  double header_gap = 14;       // between the page header's last line and the body
  double footer_height = 28;    // reserved above the bottom margin for the page footer
  std::string font_family = "DejaVu Sans";  // the name writers give the fonts
  double font_ascent = 0.8;  // the fonts' ascent as a fraction of the size; every TextStyle carries it
  std::map<std::string, std::string> font_files;  // each of kFontFaces -> path
  std::map<std::string, SourcePosition> font_positions;  // where the theme names each face, for errors
  std::map<std::string, Color> colors;            // text, accent, rule, table_header, ...
  std::map<std::string, TextStyle> paragraph_styles;  // normal, small, title, ...
  std::vector<TextStyle> headings;                    // h1, h2, h3
  double table_padding = 4;
  double table_border_width = 0.5;
  double list_indent = 18;
  double column_gap = 12;  // between the columns of <columns>, points
  HyphenationSettings hyphenation;
  SourcePosition page_position;  // where the theme sets the page (or its file), for layout's errors about it

  // Returns the named colour, or black when it is not defined (names are checked on load).
  Color color(const std::string& name) const;
  // Returns the paragraph style names, for template checking.
  std::vector<std::string> paragraph_style_names() const;
};

// Reads the theme at `path` through `files`; font paths resolve relative to the theme file
// and must be allowed by its path policy. Every number must lie in its range
// (docs/theme.md), and the page must leave room for the body; a theme that breaks a rule is
// reported at the setting and not returned.
std::optional<Theme> load_theme(const std::string& path, const Files& files, Diagnostics& diagnostics);

// Reads theme JSON `text`, named `path` in messages and for resolving the files it names (fuzzing).
std::optional<Theme> parse_theme(const std::string& path, const std::string& text, const Files& files,
                                 Diagnostics& diagnostics);

}  // namespace kansli
