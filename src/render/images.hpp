// Image files for the writers, from the images ImageFiles read and checked whole: sizes
// for layout and bytes for the HTML writer (the PDF writer asks ImageFiles itself).
#pragma once

#include <map>
#include <string>

#include "doc/document.hpp"
#include "images/images.hpp"
#include "layout/layout.hpp"

namespace kansli {

// Tells layout the size of each image, read and checked once by `images`.
class FileImageCatalog : public layout::ImageCatalog {
 public:
  explicit FileImageCatalog(const ImageFiles& images) : images_(images) {}
  std::optional<layout::ImageSize> size_of(const std::string& path) const override;

 private:
  const ImageFiles& images_;
};

// The bytes of every image the document shows (unreadable ones are skipped: the template
// reported them).
std::map<std::string, std::string> read_document_images(const doc::Document& document, const ImageFiles& images);

}  // namespace kansli
