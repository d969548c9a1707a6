// Implements page content streams (see page_content.hpp).
#include "write_pdf/page_content.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "base/check.hpp"
#include "base/utf8.hpp"

namespace kansli::pdf {
namespace {

// The largest number append_number writes (its thousandths must fit a long). Pages are at
// most 14 400 points a side, as the theme and templates are checked where they are read;
// this leaves room for content that overflows its page.
constexpr double kLargestNumber = 1e12;

// Appends `value` with at most three decimals and no trailing zeros ("12.5", "-3", "0.125").
// Precondition: `value` is finite and within ±kLargestNumber (input cannot make it otherwise).
void append_number(std::string& out, double value) {
  KANSLI_CHECK(std::isfinite(value) && std::fabs(value) <= kLargestNumber, "a coordinate or size that is not finite or too large for a PDF page");
  long thousandths = std::lround(value * 1000);
  if (thousandths < 0) {
    out += '-';
    thousandths = -thousandths;
  }
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, thousandths / 1000).ptr;
  out.append(digits, end);
  long fraction = thousandths % 1000;
  if (fraction == 0) return;
  out += '.';
  for (long unit = 100; fraction > 0; unit /= 10) {
    out += static_cast<char>('0' + fraction / unit);
    fraction %= unit;
  }
}

// Appends "x y " (a point, or a width and height).
void append_point(std::string& out, double x, double y) {
  append_number(out, x);
  out += ' ';
  append_number(out, y);
  out += ' ';
}

// Appends a colour operator ("rg" for filling, "RG" for stroking).
void append_color(std::string& out, const Color& color, const char* op) {
  for (const double v : {color.r, color.g, color.b}) {
    append_number(out, v);
    out += ' ';
  }
  out += op;
  out += '\n';
}

// Appends UTF-8 `text` as a PDF string of two-byte codes: with libharu's UTF-8 encoder and
// Identity-H the code of a character is its Unicode value (characters above U+FFFF, which
// validation refuses in data, become U+FFFD). Parentheses, backslash, CR and LF are escaped.
void append_codes(std::string& out, std::string_view text) {
  out += '(';
  char32_t c = 0;
  for (std::size_t i = 0; i < text.size();) {
    i += next_code_point(text, i, c);
    if (c > 0xFFFF) c = 0xFFFD;
    for (const unsigned char byte : {static_cast<unsigned char>(c >> 8), static_cast<unsigned char>(c & 0xFF)}) {
      if (byte == '(' || byte == ')' || byte == '\\') out += '\\';
      if (byte == '\n') out += "\\n";
      else if (byte == '\r') out += "\\r";
      else out += static_cast<char>(byte);
    }
  }
  out += ')';
}

// The number (1-based) of `value` in `names`, added when new: /F1 is the first font listed.
template <typename T>
std::size_t resource_number(std::vector<T>& names, const T& value) {
  const auto found = std::find(names.begin(), names.end(), value);
  if (found != names.end()) return static_cast<std::size_t>(found - names.begin()) + 1;
  names.push_back(value);
  return names.size();
}

// The fills of a page, setting the colour only when it changes.
void append_fills(std::string& ops, const layout::Page& page, double height) {
  const Color* color = nullptr;
  for (const auto& item : page.items) {
    const auto* fill = std::get_if<layout::Fill>(&item);
    if (!fill) continue;
    if (!color || !(*color == fill->color)) {
      append_color(ops, fill->color, "rg");
      color = &fill->color;
    }
    append_point(ops, fill->x, height - fill->y - fill->height);
    append_point(ops, fill->width, fill->height);
    ops += "re f\n";
  }
}

// The lines of a page, setting the colour and line width only when they change.
void append_lines(std::string& ops, const layout::Page& page, double height) {
  const Color* color = nullptr;
  double line_width = -1;
  for (const auto& item : page.items) {
    const auto* line = std::get_if<layout::Line>(&item);
    if (!line) continue;
    if (!color || !(*color == line->color)) {
      append_color(ops, line->color, "RG");
      color = &line->color;
    }
    if (line->width != line_width) {
      append_number(ops, line->width);
      ops += " w\n";
      line_width = line->width;
    }
    append_point(ops, line->x, height - line->y);
    ops += "m ";
    append_point(ops, line->x + line->dx, height - line->y - line->dy);
    ops += "l S\n";
  }
}

// Each image scaled into its box: "q w 0 0 h x y cm /Xn Do Q".
void append_images(std::string& ops, const layout::Page& page, double height, PageContent& resources) {
  for (const auto& item : page.items) {
    const auto* image = std::get_if<layout::ImageItem>(&item);
    if (!image) continue;
    ops += "q\n";
    append_number(ops, image->width);
    ops += " 0 0 ";
    append_point(ops, image->height, image->x);
    append_number(ops, height - image->y - image->height);
    ops += " cm\n/X" + std::to_string(resource_number(resources.images, image->path)) + " Do\nQ\n";
  }
}

// All of a page's text in one text object, changing font and colour only when they change
// (justified lines put every word apart, so a page has many pieces): each piece is
// "x y Td (codes) Tj" with Td from the previous piece.
void append_texts(std::string& ops, const layout::Page& page, double height, PageContent& resources) {
  bool open = false;
  int face = -1;
  double size = 0;
  const Color* color = nullptr;
  double x = 0, y = 0;  // the text line matrix's origin (Td moves it)
  for (const auto& item : page.items) {
    const auto* run = std::get_if<layout::TextRun>(&item);
    if (!run) continue;
    if (!open) ops += "BT\n";
    open = true;
    if (static_cast<int>(run->face) != face || run->size != size) {
      ops += "/F" + std::to_string(resource_number(resources.fonts, run->face)) + ' ';
      append_number(ops, run->size);
      ops += " Tf\n";
      face = static_cast<int>(run->face);
      size = run->size;
    }
    if (!color || !(*color == run->color)) {
      append_color(ops, run->color, "rg");
      color = &run->color;
    }
    const double to_x = run->x, to_y = height - run->baseline_y;
    append_point(ops, to_x - x, to_y - y);
    ops += "Td ";
    append_codes(ops, run->text);
    ops += " Tj\n";
    x = to_x;
    y = to_y;
  }
  if (open) ops += "ET\n";
}

}  // namespace

std::string page_operators(const layout::Page& page, double page_height, PageContent& resources) {
  // Fills under images under lines under text. Anchors and links draw nothing (they become
  // bookmarks and link annotations in pdf_writer); a new kind of item is drawn here.
  static_assert(std::variant_size_v<layout::PageItem> == 7, "draw the new kind of page item here");
  std::string ops;
  append_fills(ops, page, page_height);
  append_images(ops, page, page_height, resources);
  append_lines(ops, page, page_height);
  append_texts(ops, page, page_height, resources);
  return ops;
}

}  // namespace kansli::pdf
