// Reads a theme JSON file into a Theme (see theme.hpp). Each section has a reader
// that checks the keys it knows; anything else is reported with a suggestion.
#include <cstdio>
#include <filesystem>

#include "base/suggest.hpp"
#include "load/load.hpp"
#include "theme/theme.hpp"

namespace kansli {
namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

// Reads typed members of one JSON object of the theme and reports problems.
class SectionReader {
 public:
  SectionReader(const LoadedFile& file, const Value& object, std::string path,
                Diagnostics& diagnostics)
      : file_(file), object_(object), path_(std::move(path)), diagnostics_(diagnostics) {}

  void number(const char* key, double& out, double scale = 1) {
    if (const Value* v = take(key, Value::Type::kNumber)) out = v->as_number() * scale;
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
  reader.number("size", style.size);
  reader.number("leading", style.leading);
  reader.number("space_before", style.space_before);
  reader.number("space_after", style.space_after);
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
  reader.number("width_mm", theme.page_width, kPointsPerMm);
  reader.number("height_mm", theme.page_height, kPointsPerMm);
  reader.number("margin_top_mm", theme.margin_top, kPointsPerMm);
  reader.number("margin_bottom_mm", theme.margin_bottom, kPointsPerMm);
  reader.number("margin_left_mm", theme.margin_left, kPointsPerMm);
  reader.number("margin_right_mm", theme.margin_right, kPointsPerMm);
  reader.number("header_mm", theme.header_height, kPointsPerMm);
  reader.number("header_gap_mm", theme.header_gap, kPointsPerMm);
  reader.number("footer_mm", theme.footer_height, kPointsPerMm);
  reader.reject_unknown();
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
  reader.number("left_min", left);
  reader.number("right_min", right);
  reader.reject_unknown();
  if (left < 1 || right < 1 || left > 10 || right > 10) {
    diagnostics.error(file.source_map.locate("/hyphenation"),
                      "hyphenation 'left_min' and 'right_min' must be between 1 and 10 letters");
  }
  theme.hyphenation.left_min = static_cast<int>(left);
  theme.hyphenation.right_min = static_cast<int>(right);
  if (patterns.empty()) return;
  if (auto resolved = resolve_theme_file(file, patterns, "the hyphenation patterns", "/hyphenation/patterns",
                                         paths, diagnostics)) {
    theme.hyphenation.patterns = *resolved;
  }
}

void read_fonts(const LoadedFile& file, const Value& fonts, const PathPolicy& paths, Theme& theme,
                Diagnostics& diagnostics) {
  SectionReader reader(file, fonts, "/fonts", diagnostics);
  reader.string("family", theme.font_family);
  for (const char* face : kFontFaces) {
    std::string path;
    reader.string(face, path);
    if (path.empty()) {
      diagnostics.error(file.source_map.locate("/fonts"), std::string("the theme names no '") + face + "' font");
      continue;
    }
    const auto resolved =
        resolve_theme_file(file, path, "the font", std::string("/fonts/") + face, paths, diagnostics);
    if (resolved) theme.font_files[face] = *resolved;
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
  if (!theme.paragraph_styles.count("normal")) {
    diagnostics.error(file.source_map.locate("/styles"), "the theme defines no 'normal' style");
  }
}

void read_sections(const LoadedFile& file, const PathPolicy& paths, Theme& theme, Diagnostics& diagnostics) {
  SectionReader root(file, file.root, "", diagnostics);
  if (const Value* page = root.object("page")) read_page(file, *page, theme, diagnostics);
  if (const Value* fonts = root.object("fonts")) read_fonts(file, *fonts, paths, theme, diagnostics);
  if (const Value* hyphenation = root.object("hyphenation")) {
    read_hyphenation(file, *hyphenation, paths, theme, diagnostics);
  }
  if (const Value* colors = root.object("colors")) read_colors(file, *colors, theme, diagnostics);
  if (const Value* styles = root.object("styles")) read_styles(file, *styles, theme, diagnostics);
  if (const Value* table = root.object("table")) {
    SectionReader reader(file, *table, "/table", diagnostics);
    reader.number("padding", theme.table_padding);
    reader.number("border_width", theme.table_border_width);
    reader.reject_unknown();
  }
  if (const Value* list = root.object("list")) {
    SectionReader reader(file, *list, "/list", diagnostics);
    reader.number("indent", theme.list_indent);
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

std::optional<Theme> load_theme(const std::string& path, const Files& files, Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  auto file = load_data_file(path, files, diagnostics);
  if (!file) return std::nullopt;
  if (!file->root.is_object()) {
    diagnostics.error({path, 1, 1}, "a theme must be a JSON object");
    return std::nullopt;
  }
  Theme theme;
  theme.colors["text"] = Color{};
  theme.headings.assign(3, TextStyle{});
  read_sections(*file, files.policy(), theme, diagnostics);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return theme;
}

}  // namespace kansli
