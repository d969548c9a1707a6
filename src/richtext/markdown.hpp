// Rich text from Markdown (cmark-gfm, with footnotes): converts a JSON string field
// into the same rich text value the XML loader builds from XHTML-like elements:
// {"type": "rich_text", "blocks": [...]} (docs/data-format.md, "Rich text").
#pragma once

#include <string>

#include "load/value.hpp"

namespace kansli {

// Parses Markdown `text` into a rich text value. Never fails: all text is valid Markdown.
Value markdown_to_rich_text(const std::string& text);

}  // namespace kansli
