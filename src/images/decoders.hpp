// The PNG and JPEG decoders behind decode_image (internal to the images library).
#pragma once

#include <string>
#include <string_view>

#include "images/images.hpp"

namespace kansli::images {

// Decode every row of a PNG or JPEG file; false with `error` set (see decode_image) when
// it is damaged. Width and height are set once the header is read.
bool decode_png(std::string_view bytes, Image& image, std::string& error);
bool decode_jpeg(std::string_view bytes, Image& image, std::string& error);

// "is a damaged PNG file (the file ends before the image does)": the library's message,
// lowercased at its start, after the format.
std::string describe_damage(const std::string& format, const std::string& message);

// "is 30000 × 20000 pixels; kansli takes images of at most …" when an image of `width` x
// `height` pixels is larger than kansli takes (kMaxImageSide, kMaxImagePixels), else "".
std::string describe_too_large(unsigned long width, unsigned long height);

}  // namespace kansli::images
