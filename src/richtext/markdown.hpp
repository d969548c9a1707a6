// Rich text from Markdown (cmark-gfm, with footnotes): converts a JSON string field
// into the same rich text value the XML loader builds from XHTML-like elements:
// {"type": "rich_text", "blocks": [...]} (docs/data-format.md, "Rich text").
// Code blocks become plain paragraphs (line by line), HTML comments are left out, and what
// rich text cannot hold (other HTML, a footnote inside a footnote) is reported as a problem.
#pragma once

#include <string>
#include <vector>

#include "load/value.hpp"

namespace kansli {

// Something in the Markdown that rich text cannot hold, in words for the user.
struct MarkdownProblem {
  std::string message;
  std::string hint;
};

struct ConvertedMarkdown {
  Value rich_text;
  std::vector<MarkdownProblem> problems;  // empty when the text converted as written
};

// Parses Markdown `text` into a rich text value. What cannot be converted (HTML, a footnote
// referred to from inside a footnote) is left out and reported in `problems`.
ConvertedMarkdown markdown_to_rich_text(const std::string& text);

}  // namespace kansli
