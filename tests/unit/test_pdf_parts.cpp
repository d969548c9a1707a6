// Unit tests for the PDF writer's own parts: zlib streams made in parts, the resource
// names of a page's content stream, and the memory functions that replace libharu's.
#include <doctest/doctest.h>

#include <hpdf.h>
#include <hpdf_utils.h>
#include <zlib.h>

#include "write_pdf/deflate.hpp"
#include "write_pdf/page_content.hpp"
#include "write_pdf/png_image.hpp"

using namespace kansli;

namespace {

// Inflates a zlib stream (checking its Adler-32); empty when it is not one.
std::string inflate_zlib(const std::string& deflated, std::size_t size) {
  std::string out(size, '\0');
  uLongf length = static_cast<uLongf>(size);
  const int status = uncompress(reinterpret_cast<Bytef*>(out.data()), &length,
                                reinterpret_cast<const Bytef*>(deflated.data()), static_cast<uLong>(deflated.size()));
  if (status != Z_OK) return "";
  out.resize(length);
  return out;
}

std::string repeated(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

layout::PageItem text_item(layout::FontFace face, const std::string& text, double y) {
  return layout::TextRun{.x = 50, .baseline_y = y, .face = face, .size = 10, .text = text, .color = {}};
}

// A PNG file of `width` × `height` pixels of `color_type` (2: RGB, 6: RGBA), its rows
// unfiltered; CRCs are left zero (they are not read).
std::string png_file(unsigned width, unsigned height, int color_type, bool interlaced = false, std::size_t cut = 0) {
  const auto chunk = [](const std::string& type, const std::string& body) {
    std::string out;
    for (const int shift : {24, 16, 8, 0}) out += static_cast<char>((body.size() >> shift) & 0xFF);
    return out + type + body + std::string(4, '\0');
  };
  std::string header;
  for (const unsigned n : {width, height}) {
    for (const int shift : {24, 16, 8, 0}) header += static_cast<char>((n >> shift) & 0xFF);
  }
  header += std::string{8, static_cast<char>(color_type), 0, 0, static_cast<char>(interlaced ? 1 : 0)};
  const std::size_t row = 1 + width * (color_type == 6 ? 4 : 3);
  std::string pixels;
  for (unsigned y = 0; y < height; ++y) pixels += std::string(1, '\0') + std::string(row - 1, static_cast<char>(y * 40));
  std::string data = pdf::deflate_bytes(pixels);
  data.resize(data.size() - cut);
  return "\x89PNG\r\n\x1a\n" + chunk("IHDR", header) + chunk("IDAT", data) + chunk("IEND", "");
}

}  // namespace

TEST_CASE("positions are written with at most three decimals and no trailing zeros") {
  layout::Page page;
  page.items = {text_item(layout::FontFace::kRegular, "a", 100), text_item(layout::FontFace::kRegular, "b", 141.95)};
  std::get<layout::TextRun>(page.items[0]).x = 12.125;
  std::get<layout::TextRun>(page.items[1]).x = 12.0004;
  pdf::PageContent content;
  const std::string ops = pdf::page_operators(page, 800.05, content);
  CHECK(ops.find("12.125 700.05 Td") != std::string::npos);
  CHECK(ops.find("-0.125 -41.95 Td") != std::string::npos);  // from the first piece to the second, rounded
}

TEST_CASE("a PNG goes into the PDF as it is only when PDF can read its data so, and whole") {
  const auto rgb = pdf::read_png_as_is(png_file(3, 2, 2));
  REQUIRE(rgb);
  CHECK(rgb->width == 3);
  CHECK(rgb->height == 2);
  CHECK(rgb->colors == 3);
  CHECK(inflate_zlib(rgb->data, 100).size() == 2 * (1 + 9));
  CHECK_FALSE(pdf::read_png_as_is(png_file(3, 2, 6)));        // alpha: libharu splits it into a mask
  CHECK_FALSE(pdf::read_png_as_is(png_file(3, 2, 2, true)));  // interlaced
  CHECK_FALSE(pdf::read_png_as_is(png_file(3, 2, 2, false, 6)));  // data cut short
  CHECK_FALSE(pdf::read_png_as_is("GIF89a"));
}

TEST_CASE("a stream compressed in parts inflates to all its parts in order, checksum included") {
  const std::string body = repeated("BT /F1 10 Tf 50 700 Td (Sammanträde) Tj ET\n", 200);
  const std::string furniture = "BT /F2 8 Tf 50 30 Td (Sida 3 \\(48\\)) Tj ET\n";
  pdf::DeflatedParts parts;
  parts.add(body.substr(0, 3000));
  parts.add(body.substr(3000));
  const std::string joined = parts.finish(furniture);
  CHECK(inflate_zlib(joined, body.size() + furniture.size() + 100) == body + furniture);
  CHECK(joined.size() < (body.size() + furniture.size()) / 5);
  // A damaged checksum is caught: the Adler-32 really covers all the parts.
  std::string damaged = joined;
  damaged.back() = static_cast<char>(damaged.back() ^ 1);
  CHECK(inflate_zlib(damaged, body.size() + furniture.size() + 100).empty());
}

TEST_CASE("a stream in one part is zlib's own compress2 output, and an empty last part ends it") {
  const std::string text = repeated("0.5 w 68.031 751.705 m 538.583 751.705 l S\n", 50);
  uLongf size = compressBound(static_cast<uLong>(text.size()));
  std::string expected(size, '\0');
  REQUIRE(compress2(reinterpret_cast<Bytef*>(expected.data()), &size, reinterpret_cast<const Bytef*>(text.data()),
                    static_cast<uLong>(text.size()), Z_DEFAULT_COMPRESSION) == Z_OK);
  expected.resize(size);
  CHECK(pdf::deflate_bytes(text) == expected);
  // At the fast level (font programs), too, header included.
  size = compressBound(static_cast<uLong>(text.size()));
  std::string fast(size, '\0');
  REQUIRE(compress2(reinterpret_cast<Bytef*>(fast.data()), &size, reinterpret_cast<const Bytef*>(text.data()),
                    static_cast<uLong>(text.size()), pdf::kFastLevel) == Z_OK);
  fast.resize(size);
  CHECK(pdf::deflate_bytes(text, pdf::kFastLevel) == fast);
  pdf::DeflatedParts parts;
  parts.add(text);
  CHECK(inflate_zlib(parts.finish(""), text.size() + 10) == text);
}

TEST_CASE("a page's streams number fonts in the order they first appear, the header's after the body's") {
  layout::Page body, furniture;
  body.items = {text_item(layout::FontFace::kBold, "Rubrik", 100), text_item(layout::FontFace::kRegular, "Text", 120),
                text_item(layout::FontFace::kBold, "Mer", 140)};
  furniture.items = {text_item(layout::FontFace::kItalic, "Sida 1", 800),
                     text_item(layout::FontFace::kRegular, "Sida", 810)};
  pdf::PageContent content;
  const std::string body_ops = pdf::page_operators(body, 842, content);
  const std::string furniture_ops = pdf::page_operators(furniture, 842, content);
  REQUIRE(content.fonts.size() == 3);
  CHECK(content.fonts[0] == layout::FontFace::kBold);
  CHECK(content.fonts[1] == layout::FontFace::kRegular);
  CHECK(content.fonts[2] == layout::FontFace::kItalic);
  CHECK(body_ops.find("/F1 10 Tf") < body_ops.find("/F2 10 Tf"));
  CHECK(furniture_ops.find("/F3 10 Tf") < furniture_ops.find("/F2 10 Tf"));
  CHECK(body_ops.rfind("BT\n", 0) == 0);
  CHECK(furniture_ops.find("50 42 Td") != std::string::npos);  // the header's text starts again from the origin
}

TEST_CASE("the memory functions that replace libharu's keep its contract: the bytes, and the end of the range") {
  const HPDF_BYTE in[] = {'S', 'i', 'd', 'a', ' ', '3'};
  HPDF_BYTE out[8] = {};
  CHECK(HPDF_MemCpy(out, in, 6) == out + 6);
  CHECK(std::string(reinterpret_cast<const char*>(out), 6) == "Sida 3");
  CHECK(HPDF_MemCpy(out, in, 0) == out);
  CHECK(HPDF_MemSet(out + 1, 'x', 3) == out + 4);
  CHECK(std::string(reinterpret_cast<const char*>(out), 6) == "Sxxx 3");
  CHECK(HPDF_MemSet(out, 0, 0) == out);
}
