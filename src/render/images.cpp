// Implements FileImageCatalog and read_document_images (see images.hpp).
#include "render/images.hpp"

namespace kansli {
namespace {

void collect_images(const std::vector<doc::Block>& blocks, const ImageFiles& images,
                    std::map<std::string, std::string>& out) {
  for (const auto& block : blocks) {
    const auto* image = std::get_if<doc::Image>(&block.content);
    if (image && !out.count(image->source)) {
      std::string error;
      if (const auto file = images.open(image->source, error)) out.emplace(image->source, *file->bytes);
    }
    doc::for_each_inner_blocks(block,
                               [&](const std::vector<doc::Block>& inner) { collect_images(inner, images, out); });
  }
}

}  // namespace

std::optional<layout::ImageSize> FileImageCatalog::size_of(const std::string& path) const {
  std::string error;
  const auto image = images_.open(path, error);
  if (!image) return std::nullopt;
  return layout::ImageSize{static_cast<double>(image->width), static_cast<double>(image->height)};
}

std::map<std::string, std::string> read_document_images(const doc::Document& document, const ImageFiles& images) {
  std::map<std::string, std::string> out;
  for (const auto* blocks : {&document.header, &document.body, &document.footer, &document.first_header,
                             &document.first_footer}) {
    collect_images(*blocks, images, out);
  }
  return out;
}

}  // namespace kansli
