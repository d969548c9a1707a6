// Implements the placement rules (see check_placement.hpp).
#include "template/check_placement.hpp"

namespace kansli::tmpl {
namespace {

bool is_page_furniture(const std::string& name) {
  return name == "page-header" || name == "page-footer" || name == "first-page-header" || name == "first-page-footer";
}

// `in_furniture`: inside a page header or footer; `in_footnote`: inside a footnote's text.
void check_node(const TemplateNode& node, bool in_furniture, bool in_footnote, Diagnostics& diagnostics) {
  if (node.kind != TemplateNode::Kind::kElement) return;
  if (!in_furniture && (node.name == "page-number" || node.name == "page-count")) {
    diagnostics.error(node.position, "<" + node.name + "/> may only stand in a page header or footer")
        .hints.push_back("the body is laid out before its pages are numbered; move it into <page-header> or "
                         "<page-footer>, or refer to a heading's page with <page-ref to=\"…\"/>");
  }
  if (in_furniture && node.name == "footnote") {
    diagnostics.error(node.position, "<footnote> cannot stand in a page header or footer: there is no page foot for its text")
        .hints.push_back("write the note's text in the header or footer itself, or put the footnote in the body");
  }
  if (in_footnote && node.name == "footnote") {
    diagnostics.error(node.position, "<footnote> cannot stand inside another footnote: a note has no notes of its own")
        .hints.push_back("write the text in the outer footnote itself, or give the body a second footnote");
  }
  for (const auto& child : node.children) {
    check_node(child, in_furniture || is_page_furniture(node.name), in_footnote || node.name == "footnote", diagnostics);
  }
}

}  // namespace

void check_placement(const TemplateNode& root, Diagnostics& diagnostics) { check_node(root, false, false, diagnostics); }

}  // namespace kansli::tmpl
