// The table of template elements (see vocabulary.hpp).
#include "template/vocabulary.hpp"

namespace kansli::tmpl {
namespace {

const std::vector<ElementSpec>& all_elements() {
  static const std::vector<ElementSpec> kElements = {
      {"document", ElementRole::kRoot, {"title", "author", "subject", "keywords", "date"}},
      {"partial", ElementRole::kRoot, {}},
      {"page-header", ElementRole::kSection, {}},
      {"page-footer", ElementRole::kSection, {}},
      {"first-page-header", ElementRole::kSection, {}},
      {"first-page-footer", ElementRole::kSection, {}},
      {"h1", ElementRole::kBlock, {"id"}},
      {"h2", ElementRole::kBlock, {"id"}},
      {"h3", ElementRole::kBlock, {"id"}},
      {"contents", ElementRole::kBlock, {"levels"}},
      {"p", ElementRole::kBlock, {"style", "align", "heading", "keep-with-next"}},
      {"list", ElementRole::kBlock, {"kind", "marker"}},
      {"table", ElementRole::kBlock, {"widths", "style"}},
      {"columns", ElementRole::kBlock, {"widths"}},
      {"image", ElementRole::kBlock, {"src", "alt", "width", "height"}},
      {"rule", ElementRole::kBlock, {}},
      {"rich-text", ElementRole::kBlock, {"of", "style", "marker"}},
      {"space", ElementRole::kBlock, {"height"}},
      {"page-break", ElementRole::kBlock, {}},
      {"item", ElementRole::kStructure, {}},
      {"row", ElementRole::kStructure, {"header"}},
      {"cell", ElementRole::kStructure, {"align"}},
      {"column", ElementRole::kStructure, {"align"}},
      {"b", ElementRole::kInline, {}},
      {"i", ElementRole::kInline, {}},
      {"sup", ElementRole::kInline, {}},
      {"footnote", ElementRole::kInline, {}},
      {"link", ElementRole::kInline, {"href"}},
      {"br", ElementRole::kInline, {}},
      {"page-number", ElementRole::kInline, {}},
      {"page-count", ElementRole::kInline, {}},
      {"page-ref", ElementRole::kInline, {"to"}},
      {"if", ElementRole::kDirective, {"test"}},
      {"else", ElementRole::kDirective, {}},
      {"for", ElementRole::kDirective, {"each"}},
      {"include", ElementRole::kDirective, {"src"}},
  };
  return kElements;
}

}  // namespace

const ElementSpec* find_element(const std::string& name) {
  for (const auto& spec : all_elements()) {
    if (name == spec.name) return &spec;
  }
  return nullptr;
}

std::vector<std::string> element_names() {
  std::vector<std::string> names;
  for (const auto& spec : all_elements()) names.emplace_back(spec.name);
  return names;
}

}  // namespace kansli::tmpl
