// Page content streams (internal to write_pdf): the PDF operators that draw one laid-out
// page, made and compressed without libharu, so that pages can be made on any thread
// while libharu loads the fonts. The stream names its fonts /F1, /F2, … and its images
// /X1, /X2, … in the order it lists them; write_pdf registers them with libharu in that
// order (libharu numbers a page's resources as they are added).
#pragma once

#include <string>
#include <vector>

#include "layout/layout.hpp"

namespace kansli::pdf {

struct PageContent {
  std::string deflated;                  // the content stream, zlib-compressed (FlateDecode)
  std::vector<layout::FontFace> fonts;   // the face of /F1, /F2, …
  std::vector<std::string> images;       // the image file of /X1, /X2, …
};

// The operators that draw `page` (fills, then images, then lines, then text; links and
// anchors are not drawn), uncompressed; `page_height` turns layout's y (down from the top)
// into PDF's (up from the bottom).
std::string page_operators(const layout::Page& page, double page_height, PageContent& resources);

// page_operators, compressed into `deflated`.
PageContent make_page_content(const layout::Page& page, double page_height);

}  // namespace kansli::pdf
