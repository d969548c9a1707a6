// Implements PNG images kept as they are (see png_image.hpp).
#include "write_pdf/png_image.hpp"

#include <cstdint>
#include <vector>

#include <zlib.h>

namespace kansli::pdf {
namespace {

std::uint32_t big_endian(std::string_view bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

// Whether `data` inflates to exactly `size` bytes (a damaged PNG must not reach the PDF).
bool inflates_to(const std::string& data, std::size_t size) {
  z_stream z{};
  if (inflateInit(&z) != Z_OK) return false;
  std::vector<unsigned char> buffer(16384);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  int status = Z_OK;
  while (status == Z_OK) {
    z.next_out = buffer.data();
    z.avail_out = static_cast<uInt>(buffer.size());
    status = inflate(&z, Z_NO_FLUSH);
  }
  const bool whole = status == Z_STREAM_END && z.total_out == size;
  inflateEnd(&z);
  return whole;
}

}  // namespace

std::optional<PngImage> read_png_as_is(std::string_view bytes) {
  if (bytes.size() < 8 || bytes.substr(0, 8) != "\x89PNG\r\n\x1a\n") return std::nullopt;
  PngImage image;
  int color_type = -1;
  for (std::size_t at = 8; at + 12 <= bytes.size();) {
    const std::uint32_t length = big_endian(bytes, at);
    if (length > bytes.size() - at - 12) return std::nullopt;  // a chunk past the end
    const std::string_view type = bytes.substr(at + 4, 4), body = bytes.substr(at + 8, length);
    if (type == "IHDR" && length == 13) {
      image.width = big_endian(body, 0);
      image.height = big_endian(body, 4);
      image.bit_depth = static_cast<unsigned char>(body[8]);
      color_type = static_cast<unsigned char>(body[9]);
      if (body[12] != 0) return std::nullopt;  // interlaced: PDF's predictor cannot read it
    } else if (type == "PLTE") {
      image.palette = std::string(body);
    } else if (type == "IDAT") {
      image.data += body;
    } else if (type == "tRNS") {
      return std::nullopt;  // transparency: needs a soft mask
    } else if (type == "IEND") {
      break;
    }
    at += 12 + length;
  }
  // Gray (0), RGB (2) or indexed (3); with an alpha channel (4, 6) libharu splits it off.
  if (color_type != 0 && color_type != 2 && color_type != 3) return std::nullopt;
  if (color_type == 3 && image.palette.empty()) return std::nullopt;
  if (image.bit_depth > 8) return std::nullopt;  // 16 bits a sample needs PDF 1.5
  if (color_type != 3) image.palette.clear();
  if (image.width == 0 || image.height == 0 || image.width > 1u << 16 || image.height > 1u << 16) return std::nullopt;
  image.colors = color_type == 2 ? 3 : 1;
  const std::size_t row = (static_cast<std::size_t>(image.width) * image.colors * image.bit_depth + 7) / 8;
  if (!inflates_to(image.data, image.height * (row + 1))) return std::nullopt;  // each row starts with its filter byte
  return image;
}

}  // namespace kansli::pdf
