// Reads XHTML-like rich text in XML data (see xml_reader.hpp): <p>, <ul>, <ol>,
// <li>, <em>/<i>, <strong>/<b>, <a href>, <br/> and <footnote>. Loose text and
// inline elements outside a block become a paragraph, as in HTML.
#include "base/utf8.hpp"
#include "load/xml_reader.hpp"

namespace kansli::xml {
namespace {

bool is_inline(const std::string& name) {
  return name == "em" || name == "i" || name == "strong" || name == "b" || name == "a" ||
         name == "br" || name == "footnote";
}

Value node_of(const char* type) { return Value::object({{"type", Value::string(type)}}); }

Value read_blocks(const Reader& reader, const pugi::xml_node& parent);

Value read_inlines(const Reader& reader, const pugi::xml_node& parent);

// Says (and reports) when `node` is nested deeper than data may be.
bool too_deep(const Reader& reader, const pugi::xml_node& node) {
  std::size_t depth = 0;
  for (pugi::xml_node up = node; up.parent(); up = up.parent()) ++depth;
  if (depth <= kMaxNestingDepth) return false;
  reader.diagnostics.error(reader.element_position(node),
                           "rich text is nested more than " + std::to_string(kMaxNestingDepth) + " levels deep");
  return true;
}

// Reads one inline element or text node into `out`.
void read_inline(const Reader& reader, const pugi::xml_node& node, Value& out) {
  if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
    out.push_back(Value::object({{"type", Value::string("text")},
                                 {"text", Value::string(collapse_white_space(node.value()))}}));
    return;
  }
  if (node.type() != pugi::node_element || too_deep(reader, node)) return;
  const std::string name = node.name();
  Value item;
  if (name == "em" || name == "i") item = node_of("emphasis");
  else if (name == "strong" || name == "b") item = node_of("strong");
  else if (name == "br") item = node_of("line_break");
  else if (name == "a") {
    item = node_of("link");
    item.set("href", Value::string(node.attribute("href").value()));
  } else if (name == "footnote") {
    item = node_of("footnote");
    item.set("blocks", read_blocks(reader, node));
    out.push_back(std::move(item));
    return;
  } else {
    reader.diagnostics.error(reader.element_position(node), "<" + name + "> cannot stand inside a line of rich text")
        .hints.push_back("inside a paragraph use <em>, <strong>, <a href=\"…\">, <br/> or <footnote>");
    return;
  }
  if (name != "br") item.set("content", read_inlines(reader, node));
  out.push_back(std::move(item));
}

Value read_inlines(const Reader& reader, const pugi::xml_node& parent) {
  Value content = Value::array();
  for (const pugi::xml_node child : parent.children()) read_inline(reader, child, content);
  return content;
}

// Reads the number an <ol start="3"> begins at into `block` (as Markdown's "3. …" does).
void read_list_start(const Reader& reader, const pugi::xml_node& list, Value& block) {
  const pugi::xml_attribute start = list.attribute("start");
  if (!start || std::string(list.name()) != "ol") return;
  const std::string text = start.value();
  // At most nine digits, as CommonMark allows, so that the number fits an int.
  if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) {
    reader.diagnostics.error(reader.attribute_position(list, "start"), "the start of a numbered list must be a "
                                                                        "whole number, not '" + text + "'")
        .hints.push_back("write the first item's number, e.g. <ol start=\"3\">");
    return;
  }
  if (std::stoi(text) != 1) block.set("start", Value::number(std::stoi(text)));
}

Value read_list(const Reader& reader, const pugi::xml_node& list) {
  Value block = node_of("list");
  if (too_deep(reader, list)) return block;
  block.set("ordered", Value::boolean(std::string(list.name()) == "ol"));
  read_list_start(reader, list, block);
  Value items = Value::array();
  for (const pugi::xml_node child : list.children()) {
    if (child.type() != pugi::node_element) continue;
    if (std::string(child.name()) != "li") {
      reader.diagnostics.error(reader.element_position(child), "a list holds <li> items, not <" +
                                                                   std::string(child.name()) + ">");
      continue;
    }
    items.push_back(read_blocks(reader, child));
  }
  block.set("items", std::move(items));
  return block;
}

// Reads block content; loose inline content is gathered into paragraphs.
Value read_blocks(const Reader& reader, const pugi::xml_node& parent) {
  Value blocks = Value::array();
  Value loose = Value::array();
  const auto flush = [&] {
    if (loose.as_array().empty()) return;
    Value paragraph = node_of("paragraph");
    paragraph.set("content", std::move(loose));
    blocks.push_back(std::move(paragraph));
    loose = Value::array();
  };
  for (const pugi::xml_node child : parent.children()) {
    const std::string name = child.type() == pugi::node_element ? child.name() : "";
    if (name.empty() || is_inline(name)) {
      const bool blank = child.type() == pugi::node_pcdata &&
                         std::string(child.value()).find_first_not_of(" \t\r\n") == std::string::npos;
      if (!blank || !loose.as_array().empty()) read_inline(reader, child, loose);
      continue;
    }
    flush();
    if (name == "p") {
      Value paragraph = node_of("paragraph");
      paragraph.set("content", read_inlines(reader, child));
      blocks.push_back(std::move(paragraph));
    } else if (name == "ul" || name == "ol") {
      blocks.push_back(read_list(reader, child));
    } else {
      reader.diagnostics.error(reader.element_position(child), "<" + name + "> is not allowed in rich text")
          .hints.push_back("rich text uses <p>, <ul>, <ol>, <li>, <em>, <strong>, <a href=\"…\">, <br/> and <footnote>");
    }
  }
  flush();
  return blocks;
}

}  // namespace

Value read_rich_text(const Reader& reader, const pugi::xml_node& element) {
  return Value::object({{"type", Value::string("rich_text")}, {"blocks", read_blocks(reader, element)}});
}

}  // namespace kansli::xml
