// The text dump of laid-out pages (see layout.hpp): one item a line, positions rounded to
// a tenth of a point; golden tests compare it, so its format stays as it is.
#include <cstdio>

#include "base/overloaded.hpp"
#include "layout/layout.hpp"

namespace kansli::layout {
namespace {

// Appends one dump line's start: the kind, the position and the size (a line's (dx, dy)).
void dump_box(const char* kind, double x, double y, double width, double height, std::string& out) {
  char buffer[128];
  std::snprintf(buffer, sizeof buffer, "  %s %.1f %.1f %.1f %.1f", kind, x, y, width, height);
  out += buffer;
}

// Appends ` "text"` and ` -> target`, each when not empty, and ends the line.
void dump_strings(const std::string& text, const std::string& target, std::string& out) {
  if (!text.empty()) out += " \"" + text + "\"";
  if (!target.empty()) out += " -> " + target;
  out += "\n";
}

// Appends one item as a line of the dump: kind, position and size, then a text's face and
// size, then its text, file, address or heading (quoted) and the heading it marks or goes to.
void dump_item(const PageItem& item, std::string& out) {
  static constexpr const char* kFaces[] = {"regular", "bold", "italic", "bold-italic"};
  static const std::string kNone;
  std::visit(Overloaded{
                 [&](const TextRun& run) {
                   dump_box("text", run.x, run.baseline_y, run.width, 0, out);
                   char buffer[128];
                   std::snprintf(buffer, sizeof buffer, " %s %.1f", kFaces[static_cast<int>(run.face)], run.size);
                   out += buffer;
                   dump_strings(run.text, kNone, out);
                 },
                 [&](const Line& line) {
                   dump_box("line", line.x, line.y, line.dx, line.dy, out);
                   dump_strings(kNone, kNone, out);
                 },
                 [&](const Fill& fill) {
                   dump_box("fill", fill.x, fill.y, fill.width, fill.height, out);
                   dump_strings(kNone, kNone, out);
                 },
                 [&](const ImageItem& image) {
                   dump_box("image", image.x, image.y, image.width, image.height, out);
                   dump_strings(image.path, kNone, out);
                 },
                 [&](const UriLink& link) {
                   dump_box("link", link.x, link.y, link.width, link.height, out);
                   dump_strings(link.uri, kNone, out);
                 },
                 [&](const HeadingLink& link) {
                   dump_box("link", link.x, link.y, link.width, link.height, out);
                   dump_strings(kNone, link.heading_id, out);
                 },
                 [&](const Anchor& anchor) {
                   dump_box("anchor", anchor.x, anchor.y, 0, 0, out);
                   dump_strings(anchor.title, anchor.heading_id, out);
                 },
             },
             item);
}

}  // namespace

std::string dump_pages(const LaidOutDocument& laid_out) {
  std::string out;
  for (std::size_t p = 0; p < laid_out.pages.size(); ++p) {
    out += "page " + std::to_string(p + 1) + "\n";
    for (const auto& item : laid_out.pages[p].items) dump_item(item, out);
  }
  return out;
}

}  // namespace kansli::layout
