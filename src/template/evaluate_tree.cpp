// Builds the document tree from the template AST (see evaluator.hpp): walks
// directives, gathers inline content into paragraphs, and maps each vocabulary
// element to its block or inline.
#include <cmath>
#include <filesystem>

#include "base/suggest.hpp"
#include "base/utf8.hpp"
#include "sv/format.hpp"
#include "template/evaluator.hpp"
#include "template/vocabulary.hpp"

namespace kansli::tmpl {
namespace {

ElementRole role_of(const TemplateNode& node) {
  const ElementSpec* spec = find_element(node.name);
  return spec ? spec->role : ElementRole::kBlock;
}

// Whether any of `inlines` (or what they hold) is a footnote.
bool holds_footnote(const std::vector<doc::Inline>& inlines) {
  for (const auto& in : inlines) {
    if (std::holds_alternative<doc::Footnote>(in.content)) return true;
    const auto* children = doc::inner_inlines(in);
    if (children && holds_footnote(*children)) return true;
  }
  return false;
}

// Whether any of `blocks` (or the blocks inside them) holds a footnote.
bool holds_footnote(const std::vector<doc::Block>& blocks) {
  for (const auto& block : blocks) {
    const auto* text = doc::inlines_of(block);
    bool found = text && holds_footnote(*text);
    doc::for_each_inner_blocks(block,
                               [&](const std::vector<doc::Block>& inner) { found = found || holds_footnote(inner); });
    if (found) return true;
  }
  return false;
}

}  // namespace

doc::Document Evaluator::evaluate_document(const TemplateNode& root) {
  doc::Document document;
  doc::Metadata& m = document.metadata;
  m.title = attribute_text(root, "title").value_or("");
  m.author = attribute_text(root, "author").value_or("");
  m.subject = attribute_text(root, "subject").value_or("");
  m.keywords = attribute_text(root, "keywords").value_or("");
  m.date = attribute_text(root, "date").value_or("");
  std::vector<TemplateNode> body;
  for (const auto& child : root.children) {
    if (child.name == "page-header") evaluate_flow(child.children, document.header);
    else if (child.name == "page-footer") evaluate_flow(child.children, document.footer);
    else if (child.name == "first-page-header") evaluate_flow(child.children, document.first_header);
    else if (child.name == "first-page-footer") evaluate_flow(child.children, document.first_footer);
    else body.push_back(child);
    document.first_page_differs |= child.name == "first-page-header" || child.name == "first-page-footer";
  }
  refuse_furniture_notes(root, document);
  evaluate_flow(body, document.body);
  document.body.shrink_to_fit();  // a long document's body holds thousands of blocks: no spare room
  doc::assign_heading_ids(document);
  doc::mark_lead_ins(document);
  check_page_references(document);
  return document;
}

// A page header or footer has no page foot: a footnote there (one a template writes is refused
// when it is parsed; this is one from data, in rich text) is an error at the section.
void Evaluator::refuse_furniture_notes(const TemplateNode& root, const doc::Document& document) {
  for (const auto& child : root.children) {
    const std::vector<doc::Block>* blocks = child.name == "page-header"         ? &document.header
                                            : child.name == "page-footer"       ? &document.footer
                                            : child.name == "first-page-header" ? &document.first_header
                                            : child.name == "first-page-footer" ? &document.first_footer
                                                                                : nullptr;
    if (!blocks || !holds_footnote(*blocks)) continue;
    diagnostics_.error(child.position, "<" + child.name + "> shows rich text with a footnote, which a page header or "
                                       "footer cannot hold: there is no page foot for its text")
        .hints.push_back("show a field without footnotes there, or move the <rich-text> into the body");
  }
}

// Every <page-ref to="id"> must name a heading of the document.
void Evaluator::check_page_references(const doc::Document& document) {
  const std::vector<std::string> ids = doc::heading_ids(document.body);
  for (const auto& [target, position] : page_references_) {
    if (std::find(ids.begin(), ids.end(), target) != ids.end()) continue;
    auto& error = diagnostics_.error(position, "<page-ref> names no heading with the id '" + target + "'");
    if (auto near = closest_match(target, ids)) error.hints.push_back("did you mean '" + *near + "'?");
    else error.hints.push_back("give the heading an id, e.g. <h2 id=\"" + target + "\">");
  }
}

void Evaluator::walk(const std::vector<TemplateNode>& nodes, const Visit& visit) {
  enum class LastIf { kNone, kTrue, kFalse };
  LastIf previous_if = LastIf::kNone;  // the <if> an <else> may follow
  for (const auto& node : nodes) {
    if (node.kind == TemplateNode::Kind::kElement && node.name == "if") {
      const bool passed = node.condition && test(*node.condition);
      previous_if = passed ? LastIf::kTrue : LastIf::kFalse;
      if (passed) walk(node.children, visit);
    } else if (node.kind == TemplateNode::Kind::kElement && node.name == "else") {
      if (previous_if == LastIf::kNone) diagnostics_.error(node.position, "<else> must follow an <if>");
      else if (previous_if == LastIf::kFalse) walk(node.children, visit);
      previous_if = LastIf::kNone;
    } else if (node.kind == TemplateNode::Kind::kElement && node.name == "for") {
      previous_if = LastIf::kNone;
      walk_loop(node, visit);
    } else {
      if (!node.is_blank()) previous_if = LastIf::kNone;
      visit(node);
    }
  }
}

void Evaluator::walk_loop(const TemplateNode& node, const Visit& visit) {
  if (!node.source) return;
  const auto list = resolve(*node.source, true);
  if (!list || list->value->is_null()) return;
  if (!list->value->is_array()) {
    diagnostics_.error(node.source->position,
                       "'" + node.source->path_text() + "' is " +
                           describe_type(list->value->type()) + ", not a list to loop over");
    return;
  }
  const auto& items = list->value->as_array();
  for (std::size_t i = 0; i < items.size(); ++i) {
    Value loop = Value::object({{"index", Value::number(static_cast<double>(i + 1))},
                                {"first", Value::boolean(i == 0)},
                                {"last", Value::boolean(i + 1 == items.size())},
                                {"count", Value::number(static_cast<double>(items.size()))}});
    scope_.push_back({node.loop_variable, &items[i], child_path(list->path, i)});
    scope_.push_back({"loop", &loop, ""});
    walk(node.children, visit);
    scope_.pop_back();
    scope_.pop_back();
  }
}

void Evaluator::evaluate_flow(const std::vector<TemplateNode>& nodes,
                              std::vector<doc::Block>& out) {
  std::vector<doc::Inline> pending;
  const auto flush = [&] {
    normalize_inlines(pending);
    if (!pending.empty()) out.push_back(doc::make_paragraph(std::move(pending)));
    pending.clear();
  };
  walk(nodes, [&](const TemplateNode& node) {
    if (node.kind == TemplateNode::Kind::kText) return append_text(node, pending);
    const ElementRole role = role_of(node);
    if (role == ElementRole::kInline) {
      if (auto in = build_inline(node)) pending.push_back(std::move(*in));
      return;
    }
    flush();
    if (node.name == "rich-text") return append_rich_text(node, out);
    if (auto block = build_block(node)) out.push_back(std::move(*block));
  });
  flush();
}

void Evaluator::evaluate_inlines(const std::vector<TemplateNode>& nodes,
                                 std::vector<doc::Inline>& out) {
  walk(nodes, [&](const TemplateNode& node) {
    if (node.kind == TemplateNode::Kind::kText) return append_text(node, out);
    if (role_of(node) != ElementRole::kInline) {
      diagnostics_.error(node.position, "<" + node.name + "> cannot stand inside a line of text")
          .hints.push_back("close the paragraph or heading before it");
      return;
    }
    if (auto in = build_inline(node)) out.push_back(std::move(*in));
  });
}

void Evaluator::append_text(const TemplateNode& node, std::vector<doc::Inline>& out) {
  if (auto text = interpolate(node.text)) {
    out.push_back(doc::make_text(sv::bind_spaces(collapse_white_space(*text))));
  }
}

std::optional<doc::Inline> Evaluator::build_inline(const TemplateNode& node) {
  if (node.name == "footnote") {
    // The note's text is its content, set as a paragraph in the footnote style.
    doc::Footnote note;
    std::vector<doc::Inline> text;
    evaluate_inlines(node.children, text);
    normalize_inlines(text);
    if (!text.empty()) note.blocks.push_back(doc::make_paragraph(std::move(text), "small"));
    return doc::Inline{std::move(note)};
  }
  doc::Inline in;
  if (node.name == "br") in.content = doc::LineBreak{};
  else if (node.name == "page-number") in.content = doc::PageNumber{};
  else if (node.name == "page-count") in.content = doc::PageCount{};
  else if (node.name == "page-ref") {
    std::string id = attribute_text(node, "to").value_or("");
    if (id.empty()) diagnostics_.error(node.position, "<page-ref> needs a 'to' attribute naming a heading's id");
    else page_references_.emplace_back(id, node.position);
    in.content = doc::PageReference{std::move(id)};
  }
  else if (node.name == "b") in.content = doc::Strong{};
  else if (node.name == "i") in.content = doc::Emphasis{};
  else if (node.name == "sup") in.content = doc::Superscript{};
  else if (node.name == "link") {
    std::string target = attribute_text(node, "href").value_or("");
    if (target.empty()) diagnostics_.error(node.position, "<link> needs an 'href' attribute");
    else check_link(target, leading_data_path(node.attribute("href")->value), node.attribute("href")->position);
    in.content = doc::Link{std::move(target), {}};
  }
  // The text of a span or link. What a line break or page inline encloses is evaluated
  // (for its errors) and left out, as the writers never showed it.
  std::vector<doc::Inline> left_out;
  auto* children = doc::inner_inlines(in);
  evaluate_inlines(node.children, children ? *children : left_out);
  return in;
}

std::string Evaluator::leading_data_path(const Interpolated& parts) {
  if (parts.empty() || !parts.front().is_expression) return "";
  const auto resolved = resolve(parts.front().expression, true);
  return resolved ? resolved->path : "";
}

doc::Block Evaluator::build_text_block(const TemplateNode& node) {
  if (node.name == "p") {
    doc::Paragraph paragraph;
    paragraph.style = attribute_text(node, "style").value_or("normal");
    const auto& styles = options_.paragraph_styles;
    if (!styles.empty() && std::find(styles.begin(), styles.end(), paragraph.style) == styles.end()) {
      auto& error = diagnostics_.error(node.attribute("style")->position,
                                       "unknown paragraph style '" + paragraph.style + "'");
      if (auto near = closest_match(paragraph.style, styles)) error.hints.push_back("did you mean '" + *near + "'?");
    }
    paragraph.align = align_attribute(node);
    paragraph.heading_level = heading_attribute(node);
    paragraph.keep_with_next = yes_no_attribute(node, "keep-with-next");
    evaluate_inlines(node.children, paragraph.inlines);
    normalize_inlines(paragraph.inlines);
    return doc::Block{std::move(paragraph)};
  }
  doc::Heading heading;
  heading.level = node.name[1] - '0';
  heading.id = attribute_text(node, "id").value_or("");
  evaluate_inlines(node.children, heading.inlines);
  normalize_inlines(heading.inlines);
  return doc::Block{std::move(heading)};
}

// A "yes" or "no" attribute (keep-with-next); nullopt when it is left out or wrong (reported).
std::optional<bool> Evaluator::yes_no_attribute(const TemplateNode& node, const std::string& name) {
  const auto text = attribute_text(node, name);
  if (!text) return std::nullopt;
  if (*text == "yes" || *text == "no") return *text == "yes";
  diagnostics_.error(node.attribute(name)->position, name + "=\"" + *text + "\" is neither yes nor no")
      .hints.push_back("use " + name + "=\"yes\" or " + name + "=\"no\"");
  return std::nullopt;
}

// The `heading` attribute of a <p> (1–3): the HTML writes the paragraph as that heading.
int Evaluator::heading_attribute(const TemplateNode& node) {
  const auto text = attribute_text(node, "heading");
  if (!text) return 0;
  if (*text == "1" || *text == "2" || *text == "3") return (*text)[0] - '0';
  diagnostics_.error(node.attribute("heading")->position, "heading=\"" + *text + "\" is not a heading level")
      .hints.push_back("use heading=\"1\", \"2\" or \"3\"");
  return 0;
}

std::optional<doc::Block> Evaluator::build_block(const TemplateNode& node) {
  if (node.name == "p" || node.name[0] == 'h') return build_text_block(node);
  if (node.name == "image") return build_image(node);
  if (node.name == "contents") {
    doc::Contents contents;
    const std::string levels = attribute_text(node, "levels").value_or("2");
    contents.level = levels.size() == 1 && levels[0] >= '1' && levels[0] <= '3' ? levels[0] - '0' : 0;
    if (contents.level == 0) {
      diagnostics_.error(node.attribute("levels")->position,
                         "'levels' of <contents> must be 1, 2 or 3 (the deepest heading level listed)");
    }
    return doc::Block{contents};
  }
  if (node.name == "rich-text") return std::nullopt;  // handled by evaluate_flow
  if (node.name == "list") return build_list(node);
  if (node.name == "table") return build_table(node);
  if (node.name == "columns") return build_columns(node);
  if (node.name == "rule") return doc::Block{doc::Rule{}};
  if (node.name == "page-break") return doc::Block{doc::PageBreak{}};
  if (node.name == "space") return doc::Block{doc::Space{length_attribute(node, "height").value_or(12)}};
  diagnostics_.error(node.position, "<" + node.name + "> may only stand inside its parent element");
  return std::nullopt;
}

doc::Block Evaluator::build_list(const TemplateNode& node) {
  doc::List list;
  for_each_part(node, "item", [&](const TemplateNode& part) {
    doc::ListItem item;
    evaluate_flow(part.children, item.blocks);
    list.items.push_back(std::move(item));
  });
  const std::string kind = attribute_text(node, "kind").value_or("bullet");
  list.ordered = kind == "numbered";
  if (kind != "bullet" && kind != "numbered") {
    diagnostics_.error(node.attribute("kind")->position,
                       "unknown list kind '" + kind + "'; expected 'bullet' or 'numbered'");
  }
  list.marker = attribute_text(node, "marker").value_or(list.ordered ? "" : "•");
  return doc::Block{std::move(list)};
}

doc::Block Evaluator::build_table(const TemplateNode& node) {
  doc::Table table;
  for_each_part(node, "row", [&](const TemplateNode& part) {
    const auto header = attribute_text(part, "header");
    if (header && (*header == "yes" || *header == "true")) ++table.header_rows;
    doc::Row row;
    for_each_part(part, "cell", [&](const TemplateNode& cell_part) {
      doc::Cell cell;
      cell.align = align_attribute(cell_part);
      evaluate_flow(cell_part.children, cell.blocks);
      row.cells.push_back(std::move(cell));
    });
    table.rows.push_back(std::move(row));
  });
  table.style = attribute_text(node, "style").value_or("grid");
  widths_attribute(node, table.widths, table.fixed_widths);
  return doc::Block{std::move(table)};
}

doc::Block Evaluator::build_columns(const TemplateNode& node) {
  doc::Columns columns;
  for_each_part(node, "column", [&](const TemplateNode& part) {
    doc::Column column;
    column.align = align_attribute(part);
    evaluate_flow(part.children, column.blocks);
    columns.columns.push_back(std::move(column));
  });
  widths_attribute(node, columns.widths, columns.fixed_widths);
  return doc::Block{std::move(columns)};
}

void Evaluator::for_each_part(const TemplateNode& node, const std::string& part_name, const Visit& add) {
  walk(node.children, [&](const TemplateNode& child) {
    if (child.is_blank()) return;
    if (child.name != part_name || child.kind != TemplateNode::Kind::kElement) {
      const std::string what = child.kind == TemplateNode::Kind::kText ? "text" : "<" + child.name + ">";
      diagnostics_.error(child.position, what + " cannot stand directly inside <" + node.name + ">")
          .hints.push_back("put it inside a <" + part_name + ">");
      return;
    }
    add(child);
  });
}

bool Evaluator::check_image(const TemplateAttribute& src, const std::string& template_file, std::string& path) {
  // A path written in the template resolves beside it; one from data (the organisation's
  // logo, which prepare resolved) is taken from the current folder. Both must stay inside
  // the root and be whole PNG or JPEG files.
  const bool literal = src.raw.find('{') == std::string::npos;
  std::string error;
  const auto resolved = options_.images->files().resolve(literal ? template_file : "", path, error);
  const bool opened = resolved && options_.images->open(*resolved, error);
  if (!opened) {
    auto& failure = diagnostics_.error(src.position, "the image " + error);
    if (!literal) failure.hints.push_back("the path is the data's value of " + src.raw);
    failure.hints.push_back(resolved ? "images must be whole PNG or JPEG files: save the image again, or name another"
                                     : "files named in templates, data and themes must be inside the folder kansli "
                                       "works in: run it from a folder that holds them all, or give --root");
    return false;
  }
  path = *resolved;
  return true;
}

doc::Block Evaluator::build_image(const TemplateNode& node) {
  doc::Image image;
  const TemplateAttribute* src = node.attribute("src");
  if (!src) {
    diagnostics_.error(node.position, "<image> needs a 'src' attribute");
    return doc::Block{image};
  }
  std::string path = interpolate(src->value).value_or("");
  if (options_.images && !check_image(*src, node.position.file, path)) return doc::Block{image};
  image.source = path;
  image.alt = attribute_text(node, "alt").value_or("");
  image.width = length_attribute(node, "width").value_or(0);
  image.height = length_attribute(node, "height").value_or(0);
  return doc::Block{std::move(image)};
}

}  // namespace kansli::tmpl
