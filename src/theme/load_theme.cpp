// Reads a theme JSON file into a Theme (see theme.hpp). Each section has a reader
// that checks the keys it knows; anything else is reported with a suggestion. Every
// number is checked against its range (theme/ranges.hpp, listed in docs/theme.md) where
// it is read, and the page against its margins, header and footer once all are read.
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "base/suggest.hpp"
#include "load/load.hpp"
#include "theme/ranges.hpp"
#include "theme/theme.hpp"

namespace kansli {
namespace {

// Reads typed members of one JSON object of the theme and reports problems.
class SectionReader {
 public:
  SectionReader(const LoadedFile& file, const Value& object, std::string path,
                Diagnostics& diagnostics)
      : file_(file), object_(object), path_(std::move(path)), diagnostics_(diagnostics) {}

  // Reads a number within `range`, in the range's unit; `scale` converts it to what the
  // theme keeps (millimetres to points).
  void number(const char* key, double& out, const NumberRange& range, double scale = 1) {
    const Value* v = take(key, Value::Type::kNumber);
    if (!v) return;
    if (!range.allows(v->as_number())) {
      report_out_of_range(key, v->as_number(), range);
      return;
    }
    out = v->as_number() * scale;
  }
  void boolean(const char* key, bool& out) {
    if (const Value* v = take(key, Value::Type::kBool)) out = v->as_bool();
  }
  void string(const char* key, std::string& out) {
    if (const Value* v = take(key, Value::Type::kString)) out = v->as_string();
  }
  const Value* object(const char* key) { return take(key, Value::Type::kObject); }
  std::string child(const char* key) const { return child_path(path_, key); }

  // Reports every member that no reader asked for.
  void reject_unknown() {
    if (!object_.is_object()) return;
    for (const auto& [name, value] : object_.as_object()) {
      bool known = false;
      for (const auto& k : known_) known = known || k == name;
      if (known) continue;
      auto& error = diagnostics_.error(file_.source_map.locate(child_path(path_, name)),
                                       "unknown theme setting '" + name + "'");
      error.data_path = child_path(path_, name);
      if (auto near = closest_match(name, known_)) error.hints.push_back("did you mean '" + *near + "'?");
    }
  }

 private:
  void report_out_of_range(const char* key, double value, const NumberRange& range) {
    const std::string path = child_path(path_, key);
    auto& error = diagnostics_.error(file_.source_map.locate(path),
                                     std::string("theme setting '") + key + "' is " + format_theme_number(value) +
                                         "; it must be " + range.describe());
    error.data_path = path;
  }

  const Value* take(const char* key, Value::Type type) {
    known_.emplace_back(key);
    const Value* v = object_.find(key);
    if (!v) return nullptr;
    if (v->type() != type) {
      auto& error = diagnostics_.error(file_.source_map.locate(child_path(path_, key)),
                                       std::string("theme setting '") + key + "' must be " +
                                           describe_type(type) + ", not " + describe_type(v->type()));
      error.data_path = child_path(path_, key);
      return nullptr;
    }
    return v;
  }

  const LoadedFile& file_;
  const Value& object_;
  std::string path_;
  Diagnostics& diagnostics_;
  std::vector<std::string> known_;
};

std::optional<Color> parse_color(const std::string& text) {
  unsigned r = 0, g = 0, b = 0;
  if (text.size() != 7 || std::sscanf(text.c_str(), "#%2x%2x%2x", &r, &g, &b) != 3) return std::nullopt;
  return Color{r / 255.0, g / 255.0, b / 255.0};
}

TextStyle read_style(const LoadedFile& file, const Value& value, const std::string& path,
                     Diagnostics& diagnostics) {
  TextStyle style;
  SectionReader reader(file, value, path, diagnostics);
  reader.number("size", style.size, kTextSize);
  reader.number("leading", style.leading, kLeading);
  reader.number("space_before", style.space_before, kParagraphSpace);
  reader.number("space_after", style.space_after, kParagraphSpace);
  reader.boolean("bold", style.bold);
  reader.boolean("italic", style.italic);
  reader.boolean("justify", style.justify);
  reader.boolean("hyphenate", style.hyphenate);
  reader.string("color", style.color);
  reader.reject_unknown();
  return style;
}

void read_page(const LoadedFile& file, const Value& page, Theme& theme, Diagnostics& diagnostics) {
  SectionReader reader(file, page, "/page", diagnostics);
  reader.number("width_mm", theme.page_width, kPageSide, kPointsPerMm);
  reader.number("height_mm", theme.page_height, kPageSide, kPointsPerMm);
  reader.number("margin_top_mm", theme.margin_top, kPageMargin, kPointsPerMm);
  reader.number("margin_bottom_mm", theme.margin_bottom, kPageMargin, kPointsPerMm);
  reader.number("margin_left_mm", theme.margin_left, kPageMargin, kPointsPerMm);
  reader.number("margin_right_mm", theme.margin_right, kPageMargin, kPointsPerMm);
  reader.number("header_mm", theme.header_height, kPageMargin, kPointsPerMm);
  reader.number("header_gap_mm", theme.header_gap, kPageMargin, kPointsPerMm);
  reader.number("footer_mm", theme.footer_height, kPageMargin, kPointsPerMm);
  reader.reject_unknown();
}

// Millimetres for a message ("20 mm", "12.5 mm").
std::string in_mm(double points) { return format_theme_number(std::round(points / kPointsPerMm * 10) / 10) + " mm"; }

// What `room` points left for the text come to, for a message.
std::string room_left(double room) { return room <= 0 ? "no room" : "only " + in_mm(room); }

// Reports a page whose margins, header and footer leave less than kLeastBodyMm for the body.
void check_page_room(const LoadedFile& file, const Theme& theme, Diagnostics& diagnostics) {
  const double least = kLeastBodyMm * kPointsPerMm - 1e-9;
  const std::string needs = "; the text needs at least " + format_theme_number(kLeastBodyMm) + " mm";
  const double width = theme.page_width - theme.margin_left - theme.margin_right;
  if (width < least) {
    auto& error = diagnostics.error(file.source_map.locate("/page/width_mm"),
                                    "the page is " + in_mm(theme.page_width) + " wide, and its left and right margins leave " +
                                        room_left(width) + " for the text" + needs);
    error.data_path = "/page/width_mm";
    error.hints.push_back("make 'width_mm' larger or 'margin_left_mm' and 'margin_right_mm' smaller");
  }
  const double height =
      theme.page_height - theme.margin_top - theme.margin_bottom - theme.header_height - theme.footer_height;
  if (height < least) {
    auto& error = diagnostics.error(file.source_map.locate("/page/height_mm"),
                                    "the page is " + in_mm(theme.page_height) + " high, and its margins, header and footer leave " +
                                        room_left(height) + " for the text" + needs);
    error.data_path = "/page/height_mm";
    error.hints.push_back("make 'height_mm' larger or 'margin_top_mm', 'margin_bottom_mm', 'header_mm' and 'footer_mm' smaller");
  }
}

// Resolves a file the theme names, or reports why it may not be used.
std::optional<std::string> resolve_theme_file(const LoadedFile& file, const std::string& path,
                                              const std::string& what, const std::string& data_path,
                                              const PathPolicy& paths, Diagnostics& diagnostics) {
  std::string error;
  auto resolved = paths.resolve(file.path, path, error);
  if (!resolved) {
    auto& failure = diagnostics.error(file.source_map.locate(data_path), what + " " + error);
    failure.data_path = data_path;
    failure.hints.push_back("files named in templates, data and themes must be inside the folder kansli works in: run it from a folder that holds them all, or give --root");
  }
  return resolved;
}

void read_hyphenation(const LoadedFile& file, const Value& hyphenation, const PathPolicy& paths,
                      Theme& theme, Diagnostics& diagnostics) {
  SectionReader reader(file, hyphenation, "/hyphenation", diagnostics);
  std::string patterns;
  reader.string("patterns", patterns);
  double left = theme.hyphenation.left_min, right = theme.hyphenation.right_min;
  reader.number("left_min", left, kHyphenLetters);
  reader.number("right_min", right, kHyphenLetters);
  reader.reject_unknown();
  theme.hyphenation.left_min = static_cast<int>(left);
  theme.hyphenation.right_min = static_cast<int>(right);
  if (patterns.empty()) return;
  if (auto resolved = resolve_theme_file(file, patterns, "the hyphenation patterns", "/hyphenation/patterns",
                                         paths, diagnostics)) {
    theme.hyphenation.patterns = *resolved;
    theme.hyphenation.where = file.source_map.locate("/hyphenation/patterns");
  }
}

void read_fonts(const LoadedFile& file, const Value& fonts, const PathPolicy& paths, Theme& theme,
                Diagnostics& diagnostics) {
  SectionReader reader(file, fonts, "/fonts", diagnostics);
  reader.string("family", theme.font_family);
  reader.number("ascent", theme.font_ascent, kFontAscent);
  for (const char* face : kFontFaces) {
    std::string path;
    reader.string(face, path);
    if (path.empty()) {
      diagnostics.error(file.source_map.locate("/fonts"), std::string("the theme names no '") + face + "' font");
      continue;
    }
    const auto resolved =
        resolve_theme_file(file, path, "the font", std::string("/fonts/") + face, paths, diagnostics);
    if (!resolved) continue;
    theme.font_files[face] = *resolved;
    theme.font_positions[face] = file.source_map.locate(std::string("/fonts/") + face);
  }
  reader.reject_unknown();
}

void read_colors(const LoadedFile& file, const Value& colors, Theme& theme, Diagnostics& diagnostics) {
  for (const auto& [name, value] : colors.as_object()) {
    const std::string path = child_path("/colors", name);
    const auto color = value.is_string() ? parse_color(value.as_string()) : std::nullopt;
    if (!color) {
      diagnostics.error(file.source_map.locate(path), "colour '" + name + "' must be written '#rrggbb'")
          .data_path = path;
      continue;
    }
    theme.colors[name] = *color;
  }
}

void read_styles(const LoadedFile& file, const Value& styles, Theme& theme, Diagnostics& diagnostics) {
  for (const auto& [name, value] : styles.as_object()) {
    const std::string path = child_path("/styles", name);
    TextStyle style = read_style(file, value, path, diagnostics);
    if (!theme.colors.count(style.color)) {
      diagnostics.error(file.source_map.locate(child_path(path, "color")),
                        "style '" + name + "' uses undefined colour '" + style.color + "'");
    }
    if (name == "h1" || name == "h2" || name == "h3") theme.headings[name[1] - '1'] = style;
    else theme.paragraph_styles[name] = style;
  }
  // Every style sets its text on the baseline the fonts give (fonts.ascent).
  for (auto& heading : theme.headings) heading.ascent = theme.font_ascent;
  for (auto& [name, style] : theme.paragraph_styles) style.ascent = theme.font_ascent;
  if (!theme.paragraph_styles.count("normal")) {
    diagnostics.error(file.source_map.locate("/styles"), "the theme defines no 'normal' style");
  }
}

// Reports a section every theme must have ("fonts", "styles") when it is missing.
void require_section(const LoadedFile& file, const char* name, const char* holds, Diagnostics& diagnostics) {
  if (file.root.find(name)) return;
  diagnostics.error(file.source_map.locate(""), std::string("the theme has no '") + name + "' section")
      .hints.push_back(std::string("a theme names ") + holds + " under '" + name +
                       "' (see docs/theme.md, or copy templates/themes/default.json)");
}

void read_sections(const LoadedFile& file, const PathPolicy& paths, Theme& theme, Diagnostics& diagnostics) {
  SectionReader root(file, file.root, "", diagnostics);
  require_section(file, "fonts", "its four font files", diagnostics);
  require_section(file, "styles", "its text styles (at least 'normal')", diagnostics);
  if (const Value* page = root.object("page")) read_page(file, *page, theme, diagnostics);
  check_page_room(file, theme, diagnostics);
  if (const Value* fonts = root.object("fonts")) read_fonts(file, *fonts, paths, theme, diagnostics);
  if (const Value* hyphenation = root.object("hyphenation")) {
    read_hyphenation(file, *hyphenation, paths, theme, diagnostics);
  }
  if (const Value* colors = root.object("colors")) read_colors(file, *colors, theme, diagnostics);
  if (const Value* styles = root.object("styles")) read_styles(file, *styles, theme, diagnostics);
  if (const Value* table = root.object("table")) {
    SectionReader reader(file, *table, "/table", diagnostics);
    reader.number("padding", theme.table_padding, kTablePadding);
    reader.number("border_width", theme.table_border_width, kBorderWidth);
    reader.reject_unknown();
  }
  if (const Value* list = root.object("list")) {
    SectionReader reader(file, *list, "/list", diagnostics);
    reader.number("indent", theme.list_indent, kListIndent);
    reader.reject_unknown();
  }
  if (const Value* columns = root.object("columns")) {
    SectionReader reader(file, *columns, "/columns", diagnostics);
    reader.number("gap", theme.column_gap, kColumnGap);
    reader.reject_unknown();
  }
  root.reject_unknown();
}

}  // namespace

std::string Color::hex() const {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", static_cast<unsigned>(r * 255 + 0.5),
                static_cast<unsigned>(g * 255 + 0.5), static_cast<unsigned>(b * 255 + 0.5));
  return buffer;
}

Color Theme::color(const std::string& name) const {
  const auto found = colors.find(name);
  return found == colors.end() ? Color{} : found->second;
}

std::vector<std::string> Theme::paragraph_style_names() const {
  std::vector<std::string> names;
  for (const auto& [name, style] : paragraph_styles) names.push_back(name);
  return names;
}

namespace {

// Makes the Theme of a theme file that was read; nullopt after reporting what is wrong.
std::optional<Theme> theme_of(const LoadedFile& file, const Files& files, Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  if (!file.root.is_object()) {
    diagnostics.error({file.path, 1, 1}, "a theme must be a JSON object");
    return std::nullopt;
  }
  Theme theme;
  theme.colors["text"] = Color{};
  theme.headings.assign(3, TextStyle{});
  theme.page_position = file.source_map.locate("/page");
  read_sections(file, files.policy(), theme, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return theme;
}

}  // namespace

std::optional<Theme> load_theme(const std::string& path, const Files& files, Diagnostics& diagnostics) {
  const auto file = load_data_file(path, files, diagnostics);
  return file ? theme_of(*file, files, diagnostics) : std::nullopt;
}

std::optional<Theme> parse_theme(const std::string& path, const std::string& text, const Files& files,
                                 Diagnostics& diagnostics) {
  const auto file = parse_json(path, text, diagnostics);
  return file ? theme_of(*file, files, diagnostics) : std::nullopt;
}

}  // namespace kansli
