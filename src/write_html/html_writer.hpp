// The HTML writer: a document tree to one self-contained HTML5 file (lang="sv",
// landmarks, real headings, table headers, images inlined as data URIs, print CSS, a
// Content-Security-Policy that allows no script and no remote loads),
// styled from the same theme as the PDF. All text is escaped here and only here.
// Page-aware inlines have no meaning on a screen: header and footer paragraphs that
// hold a page number or page count are left out of the HTML.
#pragma once

#include <map>
#include <string>

#include "doc/document.hpp"
#include "theme/theme.hpp"

namespace kansli {

// Writes `document` as HTML; `images` maps each image path in the tree to its bytes.
std::string write_html(const doc::Document& document, const Theme& theme,
                       const std::map<std::string, std::string>& images);

// Escapes text for HTML content and attribute values (& < > " ').
std::string escape_html(std::string_view text);

}  // namespace kansli
