// The template vocabulary: which elements exist, where they may stand and which
// attributes each takes. Used by the parser to reject unknown names with a suggestion.
#pragma once

#include <string>
#include <vector>

namespace kansli::tmpl {

enum class ElementRole {
  kRoot,       // document
  kSection,    // page-header, page-footer, first-page-header, first-page-footer
  kBlock,      // p, h1..h3, list, table, columns, image, rule, space, page-break
  kStructure,  // item, row, cell, column: only inside their parent
  kInline,     // b, i, link, br, page-number, page-count
  kDirective,  // if, else, for, include
};

struct ElementSpec {
  const char* name;
  ElementRole role;
  std::vector<std::string> attributes;
};

// Returns the spec of element `name`, or nullptr when it is not in the vocabulary.
const ElementSpec* find_element(const std::string& name);

// Returns every element name, for suggestions.
std::vector<std::string> element_names();

}  // namespace kansli::tmpl
