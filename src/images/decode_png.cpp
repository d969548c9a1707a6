// Decodes a PNG file in full with libpng, row by row (see images.hpp). libpng reports an
// error by calling its error function, which must not return: ours records the message
// and longjmps back to decode_png. Nothing with a destructor lives in the frames the jump
// leaves (libpng's own), and what the decoder keeps is in `PngState`, outside that frame.
#include "images/decoders.hpp"

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

#include <png.h>

namespace kansli::images {
namespace {

struct PngState {
  std::string_view bytes;
  std::size_t at = 0;
  std::vector<png_byte> row;
  char message[200] = "";
};

void on_png_error(png_structp png, png_const_charp message) {
  auto* state = static_cast<PngState*>(png_get_error_ptr(png));
  std::snprintf(state->message, sizeof state->message, "%s", message ? message : "unknown error");
  png_longjmp(png, 1);
}

void on_png_warning(png_structp, png_const_charp) {}  // warnings do not stop the image

void read_png_bytes(png_structp png, png_bytep out, png_size_t length) {
  auto* state = static_cast<PngState*>(png_get_io_ptr(png));
  if (length > state->bytes.size() - state->at) png_error(png, "the file ends before the image does");
  std::memcpy(out, state->bytes.data() + state->at, length);
  state->at += length;
}

// Reads the header and every row of every pass, then the chunks after the image.
bool decode_png_rows(png_structp png, png_infop info, PngState& state, Image& image) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_set_read_fn(png, &state, read_png_bytes);
  png_set_user_limits(png, kMaxImageSide, kMaxImageSide);  // checked before; a safety net
  png_read_info(png, info);
  image.width = png_get_image_width(png, info);
  image.height = png_get_image_height(png, info);
  const int passes = png_set_interlace_handling(png);
  png_read_update_info(png, info);
  state.row.resize(png_get_rowbytes(png, info));
  for (int pass = 0; pass < passes; ++pass) {
    for (png_uint_32 y = 0; y < image.height; ++y) png_read_row(png, state.row.data(), nullptr);
  }
  png_read_end(png, nullptr);
  return true;
}

// The width and height in the IHDR chunk, which a PNG file must begin with (after its
// signature); false when the file is too short to hold them.
bool read_png_size(std::string_view bytes, unsigned long& width, unsigned long& height) {
  if (bytes.size() < 24 || bytes.substr(12, 4) != "IHDR") return false;
  const auto big_endian = [&](std::size_t at) {
    unsigned long value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
    return value;
  };
  width = big_endian(16);
  height = big_endian(20);
  return true;
}

}  // namespace

bool decode_png(std::string_view bytes, Image& image, std::string& error) {
  // Refuse an image too large before libpng reads it (libpng would call it invalid).
  unsigned long width = 0, height = 0;
  if (read_png_size(bytes, width, height)) {
    error = describe_too_large(width, height);
    if (!error.empty()) return false;
  }
  PngState state;
  state.bytes = bytes;
  png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &state, on_png_error, on_png_warning);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  if (!info) {
    png_destroy_read_struct(&png, nullptr, nullptr);
    error = "cannot be decoded: out of memory";
    return false;
  }
  const bool whole = decode_png_rows(png, info, state, image);
  png_destroy_read_struct(&png, &info, nullptr);
  if (!whole) error = describe_damage("PNG", state.message);
  return whole;
}

}  // namespace kansli::images
