// Implements the tree helpers and the textual dump (see document.hpp).
#include "doc/document.hpp"

#include <cstdio>

namespace kansli::doc {
namespace {

const char* block_name(BlockKind kind) {
  switch (kind) {
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kList: return "list";
    case BlockKind::kItem: return "item";
    case BlockKind::kTable: return "table";
    case BlockKind::kRow: return "row";
    case BlockKind::kCell: return "cell";
    case BlockKind::kColumns: return "columns";
    case BlockKind::kColumn: return "column";
    case BlockKind::kImage: return "image";
    case BlockKind::kRule: return "rule";
    case BlockKind::kSpace: return "space";
    case BlockKind::kPageBreak: return "page-break";
    case BlockKind::kContents: return "contents";
  }
  return "?";
}

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
    switch (in.kind) {
      case InlineKind::kText: out += in.text; break;
      case InlineKind::kStrong: out += "**"; dump_inlines(in.children, out); out += "**"; break;
      case InlineKind::kSuperscript: out += "^("; dump_inlines(in.children, out); out += ")"; break;
      case InlineKind::kFootnote: {
        out += "[^";
        for (const auto& block : in.note) {
          dump_inlines(block.inlines, out);
          for (const auto& inner : block.children) dump_inlines(inner.inlines, out);
        }
        out += "]";
        break;
      }
      case InlineKind::kEmphasis: out += "_"; dump_inlines(in.children, out); out += "_"; break;
      case InlineKind::kLink:
        out += "[";
        dump_inlines(in.children, out);
        out += "](" + in.text + ")";
        break;
      case InlineKind::kLineBreak: out += "\\n"; break;
      case InlineKind::kPageNumber: out += "{page}"; break;
      case InlineKind::kPageCount: out += "{pages}"; break;
      case InlineKind::kPageReference: out += "{page-of " + in.text + "}"; break;
    }
  }
}

std::string block_attributes(const Block& block) {
  std::string out;
  if (!block.style.empty()) out += " style=" + block.style;
  if (block.kind == BlockKind::kHeading || block.kind == BlockKind::kContents ||
      (block.kind == BlockKind::kParagraph && block.level > 0)) {
    out += " level=" + std::to_string(block.level);
  }
  if (!block.id.empty()) out += " id=" + block.id;
  if (block.ordered) out += " ordered";
  if (block.ordered && block.start != 1) out += " start=" + std::to_string(block.start);
  if (block.align != Align::kStart) out += std::string(" align=") + align_name(block.align);
  if (!block.widths.empty()) {
    out += " widths=";
    for (std::size_t i = 0; i < block.widths.size(); ++i) {
      const bool fixed = i < block.fixed_widths.size() && block.fixed_widths[i] > 0;
      out += (i ? "," : "") + (fixed ? format_number(block.fixed_widths[i]) + "pt" : format_number(block.widths[i]));
    }
  }
  if (block.header_rows > 0) out += " header-rows=" + std::to_string(block.header_rows);
  if (!block.source.empty()) out += " source=" + block.source;
  if (!block.alt.empty()) out += " alt=\"" + block.alt + "\"";
  if (block.width > 0) out += " width=" + format_number(block.width);
  if (block.height > 0) out += " height=" + format_number(block.height);
  return out;
}

void dump_blocks(const std::vector<Block>& blocks, int depth, std::string& out) {
  for (const auto& block : blocks) {
    out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + block_name(block.kind) +
           block_attributes(block);
    if (!block.inlines.empty()) {
      out += ": ";
      dump_inlines(block.inlines, out);
    }
    out += "\n";
    dump_blocks(block.children, depth + 1, out);
  }
}

}  // namespace

Inline make_text(std::string text) { return Inline{InlineKind::kText, std::move(text), {}, {}}; }

Block make_paragraph(std::vector<Inline> inlines, std::string style) {
  Block block;
  block.kind = BlockKind::kParagraph;
  block.inlines = std::move(inlines);
  block.style = std::move(style);
  return block;
}

std::string plain_text(const std::vector<Inline>& inlines) {
  std::string out;
  for (const auto& in : inlines) {
    if (in.kind == InlineKind::kText) out += in.text;
    else if (in.kind == InlineKind::kFootnote) continue;
    else if (in.kind == InlineKind::kLineBreak) out += "\n";
    else if (in.kind == InlineKind::kPageNumber) out += "#";
    else if (in.kind == InlineKind::kPageCount || in.kind == InlineKind::kPageReference) out += "##";
    else out += plain_text(in.children);
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
    mark_lead_ins(block.children);
    if (block.kind != BlockKind::kParagraph) continue;
    const std::string text = plain_text(block.inlines);
    block.keep_with_next = !text.empty() && text.back() == ':';
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
