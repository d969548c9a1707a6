// Page content streams (internal to write_pdf): the PDF operators that draw one laid-out
// page, made without libharu, so that pages can be made on a thread of their own while
// layout goes on. The stream names its fonts /F1, /F2, … and its images
// /X1, /X2, … in the order it lists them; write_pdf registers them with libharu in that
// order (libharu numbers a page's resources as they are added).
#pragma once

#include <string>
#include <vector>

#include "layout/layout.hpp"
#include "write_pdf/deflate.hpp"

namespace kansli::pdf {

// A page's content stream, zlib-compressed (FlateDecode), and the resources it names.
struct PageContent {
  DeflatedParts parts;                   // the body, until the header and footer join it
  std::string deflated;                  // the whole stream
  std::vector<layout::FontFace> fonts;   // the face of /F1, /F2, …
  std::vector<std::string> images;       // the image file of /X1, /X2, …
  std::size_t body_images = 0;           // how many of them the body names (they come first)
};

// The operators that draw `page` (fills, then images, then lines, then text; links and
// anchors are not drawn), uncompressed; `page_height` turns layout's y (down from the top)
// into PDF's (up from the bottom). Fonts and images are numbered on from those `resources`
// already lists, so that a page's streams share them.
std::string page_operators(const layout::Page& page, double page_height, PageContent& resources);

}  // namespace kansli::pdf
