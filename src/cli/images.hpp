// Image files for the writers: sizes for layout (read from PNG and JPEG headers)
// and bytes for the HTML writer. Part of the CLI, which owns all file access.
#pragma once

#include <map>
#include <string>

#include "doc/document.hpp"
#include "layout/layout.hpp"

namespace kansli::cli {

// Reads image sizes from file headers.
class FileImageCatalog : public layout::ImageCatalog {
 public:
  std::optional<layout::ImageSize> size_of(const std::string& path) const override;

 private:
  mutable std::map<std::string, std::optional<layout::ImageSize>> sizes_;  // read once per file
};

// Reads the bytes of every image the document shows (unreadable ones are skipped;
// layout reports them).
std::map<std::string, std::string> read_document_images(const doc::Document& document);

}  // namespace kansli::cli
