// PNG images into the PDF without decoding them (internal to write_pdf). A PDF Flate
// filter with the PNG predictor reads PNG's compressed image data as it is, so an image
// that PDF can show that way (not interlaced, no transparency) keeps its own bytes: no
// decoding and compressing again. Others go through libharu's loader.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kansli::pdf {

struct PngImage {
  unsigned width = 0, height = 0;
  int bit_depth = 8;        // bits per sample
  int colors = 3;           // samples per pixel: 1 (gray or palette index) or 3 (RGB)
  std::string palette;      // RGB triples of an indexed image; empty otherwise
  std::string data;         // the IDAT chunks' zlib stream, checked to inflate to the whole image
};

// The image of the PNG file `bytes`, when PDF can take its data as it is.
std::optional<PngImage> read_png_as_is(std::string_view bytes);

}  // namespace kansli::pdf
