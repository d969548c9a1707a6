// Implements the tree helpers and the textual dump (see document.hpp).
#include "doc/document.hpp"

#include <cstdio>

namespace kansli::doc {
namespace {

const char* align_name(Align align) {
  switch (align) {
    case Align::kStart: return "start";
    case Align::kCenter: return "center";
    case Align::kEnd: return "end";
    case Align::kDecimal: return "decimal";
  }
  return "?";
}

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

void dump_inlines(const std::vector<Inline>& inlines, std::string& out) {
  for (const auto& in : inlines) {
    std::visit(Overloaded{
                   [&](const Text& text) { out += text.text; },
                   [&](const Strong& span) { out += "**"; dump_inlines(span.children, out); out += "**"; },
                   [&](const Superscript& span) { out += "^("; dump_inlines(span.children, out); out += ")"; },
                   [&](const Footnote& note) {
                     out += "[^";
                     for (const auto& block : note.blocks) {
                       if (const auto* text = inlines_of(block)) dump_inlines(*text, out);  // a note's list is left out
                     }
                     out += "]";
                   },
                   [&](const Emphasis& span) { out += "_"; dump_inlines(span.children, out); out += "_"; },
                   [&](const Link& link) {
                     out += "[";
                     dump_inlines(link.children, out);
                     out += "](" + link.target + ")";
                   },
                   [&](const LineBreak&) { out += "\\n"; },
                   [&](const PageNumber&) { out += "{page}"; },
                   [&](const PageCount&) { out += "{pages}"; },
                   [&](const PageReference& reference) { out += "{page-of " + reference.id + "}"; },
               },
               in.content);
  }
}

std::string style_attribute(const std::string& style) { return style.empty() ? "" : " style=" + style; }

std::string align_attribute(Align align) {
  return align == Align::kStart ? "" : std::string(" align=") + align_name(align);
}

std::string widths_attribute(const std::vector<double>& widths, const std::vector<double>& fixed_widths) {
  if (widths.empty()) return "";
  std::string out = " widths=";
  for (std::size_t i = 0; i < widths.size(); ++i) {
    const bool fixed = i < fixed_widths.size() && fixed_widths[i] > 0;
    out += (i ? "," : "") + (fixed ? format_number(fixed_widths[i]) + "pt" : format_number(widths[i]));
  }
  return out;
}

// Writes one node's line: its name and attributes, then its text when it has any.
void dump_line(int depth, const std::string& node, const std::vector<Inline>& inlines, std::string& out) {
  out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + node;
  if (!inlines.empty()) {
    out += ": ";
    dump_inlines(inlines, out);
  }
  out += "\n";
}

void dump_line(int depth, const std::string& node, std::string& out) { dump_line(depth, node, {}, out); }

void dump_blocks(const std::vector<Block>& blocks, int depth, std::string& out) {
  for (const auto& block : blocks) {
    std::visit(
        Overloaded{
            [&](const Paragraph& paragraph) {
              std::string node = "paragraph" + style_attribute(paragraph.style);
              if (paragraph.heading_level > 0) node += " level=" + std::to_string(paragraph.heading_level);
              dump_line(depth, node + align_attribute(paragraph.align), paragraph.inlines, out);
            },
            [&](const Heading& heading) {
              const std::string id = heading.id.empty() ? "" : " id=" + heading.id;
              dump_line(depth, "heading level=" + std::to_string(heading.level) + id, heading.inlines, out);
            },
            [&](const List& list) {
              std::string node = "list" + style_attribute(list.marker);
              if (list.ordered) node += " ordered";
              if (list.ordered && list.start != 1) node += " start=" + std::to_string(list.start);
              dump_line(depth, node, out);
              for (const auto& item : list.items) {
                dump_line(depth + 1, "item", out);
                dump_blocks(item.blocks, depth + 2, out);
              }
            },
            [&](const Table& table) {
              std::string node = "table" + style_attribute(table.style);
              node += widths_attribute(table.widths, table.fixed_widths);
              if (table.header_rows > 0) node += " header-rows=" + std::to_string(table.header_rows);
              dump_line(depth, node, out);
              for (const auto& row : table.rows) {
                dump_line(depth + 1, "row", out);
                for (const auto& cell : row.cells) {
                  dump_line(depth + 2, "cell" + align_attribute(cell.align), out);
                  dump_blocks(cell.blocks, depth + 3, out);
                }
              }
            },
            [&](const Columns& columns) {
              dump_line(depth, "columns" + widths_attribute(columns.widths, columns.fixed_widths), out);
              for (const auto& column : columns.columns) {
                dump_line(depth + 1, "column" + align_attribute(column.align), out);
                dump_blocks(column.blocks, depth + 2, out);
              }
            },
            [&](const Image& image) {
              std::string node = "image";
              if (!image.source.empty()) node += " source=" + image.source;
              if (!image.alt.empty()) node += " alt=\"" + image.alt + "\"";
              if (image.width > 0) node += " width=" + format_number(image.width);
              if (image.height > 0) node += " height=" + format_number(image.height);
              dump_line(depth, node, out);
            },
            [&](const Rule&) { dump_line(depth, "rule", out); },
            [&](const Space& space) {
              dump_line(depth, space.height > 0 ? "space height=" + format_number(space.height) : "space", out);
            },
            [&](const PageBreak&) { dump_line(depth, "page-break", out); },
            [&](const Contents& contents) {
              dump_line(depth, "contents level=" + std::to_string(contents.level), out);
            },
        },
        block.content);
  }
}

}  // namespace

Inline make_text(std::string text) { return Inline{Text{std::move(text)}}; }

Block make_paragraph(std::vector<Inline> inlines, std::string style) {
  return Block{Paragraph{std::move(inlines), std::move(style)}};
}

const std::vector<Inline>* inlines_of(const Block& block) {
  using Line = const std::vector<Inline>*;
  return std::visit(Overloaded{
                        [](const Paragraph& paragraph) -> Line { return &paragraph.inlines; },
                        [](const Heading& heading) -> Line { return &heading.inlines; },
                        [](const List&) -> Line { return nullptr; },
                        [](const Table&) -> Line { return nullptr; },
                        [](const Columns&) -> Line { return nullptr; },
                        [](const Image&) -> Line { return nullptr; },
                        [](const Rule&) -> Line { return nullptr; },
                        [](const Space&) -> Line { return nullptr; },
                        [](const PageBreak&) -> Line { return nullptr; },
                        [](const Contents&) -> Line { return nullptr; },
                    },
                    block.content);
}

std::string plain_text(const std::vector<Inline>& inlines) {
  std::string out;
  for (const auto& in : inlines) {
    std::visit(Overloaded{
                   [&](const Text& text) { out += text.text; },
                   [&](const Strong& span) { out += plain_text(span.children); },
                   [&](const Emphasis& span) { out += plain_text(span.children); },
                   [&](const Superscript& span) { out += plain_text(span.children); },
                   [&](const Link& link) { out += plain_text(link.children); },
                   [](const Footnote&) {},
                   [&](const LineBreak&) { out += "\n"; },
                   [&](const PageNumber&) { out += "#"; },
                   [&](const PageCount&) { out += "##"; },
                   [&](const PageReference&) { out += "##"; },
               },
               in.content);
  }
  return out;
}

std::string dump_document(const Document& document) {
  const Metadata& m = document.metadata;
  std::string out = "document title=\"" + m.title + "\" lang=" + m.language;
  if (!m.date.empty()) out += " date=" + m.date;
  out += "\n";
  if (!document.header.empty()) { out += "header\n"; dump_blocks(document.header, 1, out); }
  if (!document.footer.empty()) { out += "footer\n"; dump_blocks(document.footer, 1, out); }
  if (document.first_page_differs) {
    out += "first-page-header\n";
    dump_blocks(document.first_header, 1, out);
    out += "first-page-footer\n";
    dump_blocks(document.first_footer, 1, out);
  }
  out += "body\n";
  dump_blocks(document.body, 1, out);
  return out;
}

namespace {

void mark_lead_ins(std::vector<Block>& blocks) {
  for (auto& block : blocks) {
    for_each_inner_blocks(block, [](std::vector<Block>& inner) { mark_lead_ins(inner); });
    auto* paragraph = std::get_if<Paragraph>(&block.content);
    if (!paragraph) continue;
    const std::string text = plain_text(paragraph->inlines);
    if (!paragraph->keep_with_next) paragraph->keep_with_next = !text.empty() && text.back() == ':';
  }
}

}  // namespace

void mark_lead_ins(Document& document) {
  for (auto* blocks : {&document.header, &document.body, &document.footer, &document.first_header,
                       &document.first_footer}) {
    mark_lead_ins(*blocks);
  }
}

}  // namespace kansli::doc
