// Images: PNG and JPEG files checked whole before any stage uses them. A PNG is decoded
// with libpng and a JPEG with libjpeg(-turbo), every row, so that a truncated or damaged
// file is a located error (the field or template line that names it) rather than an abort
// inside libpng or half a picture in the PDF. Errors of the C libraries are caught
// (setjmp/longjmp in the decoders) and returned, never thrown through C.
// `ImageFiles` reads each image through the one door for files (Files) and decodes it once;
// the layout's sizes, the HTML's bytes and the PDF's bytes all come from it.
// Threads: `ImageFiles` may be shared between threads (its cache is behind a mutex, held while
// an image is decoded); `decode_image` keeps no state.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "base/files.hpp"

namespace kansli {

struct Image {
  enum class Format { kPng, kJpeg };
  Format format = Format::kPng;
  unsigned width = 0, height = 0;  // pixels
  FileBytes bytes;                 // the file as read
};

// The largest width or height an image may have, and the most pixels (a few kilobytes of
// compressed data could otherwise stand for gigabytes of pixels to decode).
constexpr unsigned kMaxImageSide = 20000;
constexpr unsigned long kMaxImagePixels = 50'000'000;

// Decodes `bytes` (a PNG or JPEG file) in full; nullopt with `error` set (a phrase such
// as "is not a PNG or JPEG file", "is a damaged PNG file (…)" or "is 30000 × 20000 pixels;
// …", to follow the image's name) when it is not a whole, readable image kansli takes. Width and height are set on success.
std::optional<Image> decode_image(std::string_view bytes, std::string& error);

// Reads the image at `path` (already resolved) through `files` and decodes it; nullopt
// with `error` set (the quoted path and what is wrong: "'logo.png' is a damaged PNG file
// (…)") when it cannot be used.
std::optional<Image> read_image(const Files& files, const std::string& path, std::string& error);

// Images read and checked once each; may be used from several threads.
class ImageFiles {
 public:
  explicit ImageFiles(const Files& files) : files_(files) {}
  ImageFiles(const ImageFiles&) = delete;
  ImageFiles& operator=(const ImageFiles&) = delete;

  const Files& files() const { return files_; }

  // The image at `path` (already resolved), read and decoded the first time it is asked
  // for; null with `error` set (as read_image) when it cannot be used.
  std::shared_ptr<const Image> open(const std::string& path, std::string& error) const;

 private:
  struct Result {
    std::shared_ptr<const Image> image;
    std::string error;
  };
  const Files& files_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, Result> opened_;
};

}  // namespace kansli
