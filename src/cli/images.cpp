// Implements FileImageCatalog and read_document_images (see images.hpp).
#include "cli/images.hpp"

#include "base/files.hpp"

namespace kansli::cli {
namespace {

unsigned big_endian(const std::string& bytes, std::size_t at, int length) {
  unsigned value = 0;
  for (int i = 0; i < length; ++i) value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

std::optional<layout::ImageSize> png_size(const std::string& bytes) {
  if (bytes.size() < 24 || bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0) return std::nullopt;
  return layout::ImageSize{static_cast<double>(big_endian(bytes, 16, 4)),
                           static_cast<double>(big_endian(bytes, 20, 4))};
}

std::optional<layout::ImageSize> jpeg_size(const std::string& bytes) {
  if (bytes.size() < 4 || bytes.compare(0, 2, "\xFF\xD8") != 0) return std::nullopt;
  std::size_t at = 2;
  while (at + 9 < bytes.size() && static_cast<unsigned char>(bytes[at]) == 0xFF) {
    const unsigned marker = static_cast<unsigned char>(bytes[at + 1]);
    const unsigned length = big_endian(bytes, at + 2, 2);
    const bool frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    if (frame) {
      return layout::ImageSize{static_cast<double>(big_endian(bytes, at + 7, 2)),
                               static_cast<double>(big_endian(bytes, at + 5, 2))};
    }
    at += 2 + length;
  }
  return std::nullopt;
}

void collect_images(const std::vector<doc::Block>& blocks, std::map<std::string, std::string>& out) {
  for (const auto& block : blocks) {
    if (block.kind == doc::BlockKind::kImage && !out.count(block.source)) {
      std::string error;
      if (auto bytes = read_file(block.source, error)) out.emplace(block.source, std::move(*bytes));
    }
    collect_images(block.children, out);
  }
}

}  // namespace

std::optional<layout::ImageSize> FileImageCatalog::size_of(const std::string& path) const {
  const auto cached = sizes_.find(path);
  if (cached != sizes_.end()) return cached->second;
  std::string error;
  const auto bytes = read_file(path, error);
  std::optional<layout::ImageSize> size;
  if (bytes) size = png_size(*bytes);
  if (bytes && !size) size = jpeg_size(*bytes);
  sizes_.emplace(path, size);
  return size;
}

std::map<std::string, std::string> read_document_images(const doc::Document& document) {
  std::map<std::string, std::string> images;
  collect_images(document.header, images);
  collect_images(document.body, images);
  collect_images(document.footer, images);
  collect_images(document.first_header, images);
  collect_images(document.first_footer, images);
  return images;
}

}  // namespace kansli::cli
