// Turns rich text values (from Markdown or XHTML-like XML, docs/data-format.md)
// into document blocks for <rich-text of="path" style="…"/> (see evaluator.hpp).
// A plain text value becomes one paragraph.
#include "sv/format.hpp"
#include "template/evaluator.hpp"

namespace kansli::tmpl {
namespace {

std::string type_of(const Value& node) {
  const Value* type = node.find("type");
  return type && type->is_string() ? type->as_string() : "";
}

const Value& member_or_empty(const Value& node, const char* key) {
  static const Value kEmpty = Value::array();
  const Value* member = node.find(key);
  return member && member->is_array() ? *member : kEmpty;
}

}  // namespace

void Evaluator::append_rich_text(const TemplateNode& node, std::vector<doc::Block>& out) {
  if (!node.source) return;
  const auto resolved = resolve(*node.source, false);
  if (!resolved) return;
  const Value& value = *resolved->value;
  check_shown_rich(value, resolved->path, node.source->position);
  check_rich_links(value, resolved->path, node.source->position);
  const std::string style = attribute_text(node, "style").value_or("normal");
  const std::string marker = attribute_text(node, "marker").value_or("•");
  if (value.is_string()) {
    std::vector<doc::Inline> inlines = {doc::make_text(sv::bind_spaces(value.as_string()))};
    normalize_inlines(inlines);
    if (!inlines.empty()) out.push_back(doc::make_paragraph(std::move(inlines), style));
    return;
  }
  if (!is_rich_text(value)) {
    if (value.is_null()) return;
    diagnostics_.error(node.source->position, "'" + node.source->path_text() + "' is " +
                                                  describe_type(value.type()) + ", not text");
    return;
  }
  for (auto& block : rich_blocks(member_or_empty(value, "blocks"), style, marker)) out.push_back(std::move(block));
}

std::vector<doc::Block> Evaluator::rich_blocks(const Value& blocks, const std::string& style,
                                               const std::string& marker) {
  std::vector<doc::Block> out;
  for (const auto& node : blocks.as_array()) {
    if (type_of(node) == "paragraph") {
      auto inlines = rich_inlines(member_or_empty(node, "content"), style);
      normalize_inlines(inlines);
      if (!inlines.empty()) out.push_back(doc::make_paragraph(std::move(inlines), style));
    } else if (type_of(node) == "list") {
      doc::List list;
      const Value* ordered = node.find("ordered");
      list.ordered = ordered && ordered->is_bool() && ordered->as_bool();
      list.marker = list.ordered ? "" : marker;
      const Value* start = node.find("start");
      if (list.ordered && start && start->is_number()) list.start = static_cast<int>(start->as_number());
      for (const auto& item : member_or_empty(node, "items").as_array()) {
        list.items.push_back(doc::ListItem{rich_blocks(item, style, marker)});
      }
      out.push_back(doc::Block{std::move(list)});
    }
  }
  return out;
}

std::vector<doc::Inline> Evaluator::rich_inlines(const Value& content, const std::string& style) {
  std::vector<doc::Inline> out;
  for (const auto& node : content.as_array()) {
    const std::string type = type_of(node);
    doc::Inline in;
    if (type == "text") {
      const Value* text = node.find("text");
      in = doc::make_text(sv::bind_spaces(text && text->is_string() ? text->as_string() : ""));
    } else if (type == "line_break") {
      in.content = doc::LineBreak{};
    } else if (type == "footnote") {
      in.content = doc::Footnote{rich_blocks(member_or_empty(node, "blocks"), "small", "•")};
    } else if (type == "strong") {
      in.content = doc::Strong{rich_inlines(member_or_empty(node, "content"), style)};
    } else if (type == "link") {
      const Value* href = node.find("href");
      in.content = doc::Link{href && href->is_string() ? href->as_string() : "",
                             rich_inlines(member_or_empty(node, "content"), style)};
    } else {  // "emphasis"
      in.content = doc::Emphasis{rich_inlines(member_or_empty(node, "content"), style)};
    }
    out.push_back(std::move(in));
  }
  return out;
}

}  // namespace kansli::tmpl
