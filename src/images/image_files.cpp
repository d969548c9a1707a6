// Implements decode_image, read_image and ImageFiles (see images.hpp).
#include <cctype>
#include <string>

#include "images/decoders.hpp"
#include "images/images.hpp"

namespace kansli {

namespace images {

std::string describe_damage(const std::string& format, const std::string& message) {
  std::string detail = message.empty() ? "it cannot be decoded" : message;
  detail[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(detail[0])));
  return "is a damaged " + format + " file (" + detail + ")";
}

std::string describe_too_large(unsigned long width, unsigned long height) {
  if (width <= kMaxImageSide && height <= kMaxImageSide && width * height <= kMaxImagePixels) return "";
  return "is " + std::to_string(width) + " × " + std::to_string(height) +
         " pixels; kansli takes images of at most 20 000 pixels a side and 50 million pixels "
         "(scale it down: about 3000 pixels a side is plenty for a printed page)";
}

}  // namespace images

std::optional<Image> decode_image(std::string_view bytes, std::string& error) {
  Image image;
  const bool png = bytes.substr(0, 8) == "\x89PNG\r\n\x1a\n";
  const bool jpeg = bytes.substr(0, 3) == "\xFF\xD8\xFF";
  if (png) image.format = Image::Format::kPng;
  else if (jpeg) image.format = Image::Format::kJpeg;
  if (!png && !jpeg) {
    error = "is not a PNG or JPEG file";
    return std::nullopt;
  }
  const bool whole = png ? images::decode_png(bytes, image, error) : images::decode_jpeg(bytes, image, error);
  if (!whole) return std::nullopt;
  if (image.width == 0 || image.height == 0) {
    error = "has no pixels";
    return std::nullopt;
  }
  return image;
}

std::optional<Image> read_image(const Files& files, const std::string& path, std::string& error) {
  FileBytes bytes = files.read(path, FileKind::kImage, error);
  auto image = bytes ? decode_image(*bytes, error) : std::nullopt;
  if (!image) {
    error = "'" + path + "' " + error;
    return std::nullopt;
  }
  image->bytes = std::move(bytes);
  return image;
}

std::shared_ptr<const Image> ImageFiles::open(const std::string& path, std::string& error) const {
  const std::lock_guard<std::mutex> lock(mutex_);
  auto found = opened_.find(path);
  if (found == opened_.end()) {
    Result result;
    if (auto image = read_image(files_, path, result.error)) result.image = std::make_shared<const Image>(std::move(*image));
    found = opened_.emplace(path, std::move(result)).first;
  }
  if (!found->second.image) error = found->second.error;
  return found->second.image;
}

}  // namespace kansli
