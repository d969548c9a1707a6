// Implements write_html (see html_writer.hpp).
#include "write_html/html_writer.hpp"

#include <cstdio>
#include <set>

#include "base/overloaded.hpp"

namespace kansli {
namespace {

std::string points(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4gpt", value);
  return buffer;
}

std::string encode_base64(const std::string& bytes) {
  static constexpr char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    unsigned chunk = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) chunk |= static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(chunk >> 18) & 63];
    out += kAlphabet[(chunk >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[chunk & 63] : '=';
  }
  return out;
}

std::string css_for_style(const std::string& selector, const TextStyle& style, const Theme& theme) {
  std::string css = selector + "{font-size:" + points(style.size) + ";line-height:" +
                    points(style.leading) + ";margin:" + points(style.space_before) + " 0 " +
                    points(style.space_after) + ";color:" + theme.color(style.color).hex() + ";";
  css += style.bold ? "font-weight:bold;" : "font-weight:normal;";
  if (style.italic) css += "font-style:italic;";
  // Justified text stays ragged on screen: browsers often lack Swedish hyphenation, and
  // justified lines without it leave wide gaps.
  if (style.hyphenate) css += "hyphens:auto;";
  return css + "}\n";
}

std::string stylesheet(const Theme& theme) {
  const double measure = theme.page_width - theme.margin_left - theme.margin_right;
  std::string css = "html{background:#f4f4f4}\nbody{font-family:\"" + theme.font_family +
                    "\",Verdana,sans-serif;color:" + theme.color("text").hex() + ";max-width:" +
                    points(measure) + ";margin:2em auto;padding:" + points(theme.margin_left / 2) +
                    ";background:#fff}\n";
  css += css_for_style("p", theme.paragraph_styles.at("normal"), theme);
  for (const auto& [name, style] : theme.paragraph_styles) css += css_for_style("p.s-" + name, style, theme);
  const auto contents = theme.paragraph_styles.find("contents");
  css += css_for_style("nav.contents li",
                       contents != theme.paragraph_styles.end() ? contents->second : theme.paragraph_styles.at("normal"),
                       theme) +
         "nav.contents li{margin:0 0 1pt}\n";
  for (std::size_t i = 0; i < theme.headings.size(); ++i) {
    css += css_for_style("h" + std::to_string(i + 1), theme.headings[i], theme);
  }
  const std::string border = points(theme.table_border_width) + " solid " + theme.color("rule").hex();
  css += "table{border-collapse:collapse;width:100%;margin:4pt 0 8pt}\n"
         "table.grid td,table.grid th{border:" + border + "}\n"
         "table.grid th{background:" + theme.color("table_header").hex() + "}\n"
         "table.plain thead th{border-bottom:" + border + "}\n"
         "td,th{padding:" + points(theme.table_padding) + ";vertical-align:top;text-align:left}\n"
         "td p,th p{margin:0}\n"
         ".columns{display:grid;column-gap:" + points(theme.column_gap) + ";align-items:start}\n"
         "ul,ol{padding-left:" + points(theme.list_indent) + ";margin:0}\n"
         "hr{border:0;border-top:" + border + "}\n"
         "a{color:" + theme.color("accent").hex() + "}\n"
         ".page-break{break-after:page}\n"
         "nav.contents ul{list-style:none;padding-left:0}nav.contents li.level-2{padding-left:1.2em}"
         "nav.contents li.level-3{padding-left:2.4em}\n"
         ".footnotes{font-size:85%}.footnotes p{display:inline;font-size:inherit}\n"
         "@page{size:" + points(theme.page_width) + " " + points(theme.page_height) + ";margin:" +
         points(theme.margin_top) + " " + points(theme.margin_right) + " " +
         points(theme.margin_bottom) + " " + points(theme.margin_left) + "}\n"
         "@media print{html{background:none}body{margin:0;padding:0;max-width:none}}\n";
  return css;
}

// Styles for paragraphs written as headings (<p heading="1">): "h1.s-title", as "p.s-title"
// but over the heading's own rule. Only for those the body has, so other pages are unchanged.
void add_heading_paragraph_styles(const std::vector<doc::Block>& blocks, const Theme& theme,
                                  std::set<std::string>& selectors, std::string& css) {
  for (const auto& block : blocks) {
    doc::for_each_inner_blocks(block, [&](const std::vector<doc::Block>& inner) {
      add_heading_paragraph_styles(inner, theme, selectors, css);
    });
    const auto* paragraph = std::get_if<doc::Paragraph>(&block.content);
    if (!paragraph || paragraph->heading_level == 0) continue;
    const auto style = theme.paragraph_styles.find(paragraph->style);
    const std::string selector = "h" + std::to_string(paragraph->heading_level) + ".s-" + paragraph->style;
    if (style != theme.paragraph_styles.end() && selectors.insert(selector).second) {
      css += css_for_style(selector, style->second, theme);
    }
  }
}

// The styles of the document's heading paragraphs, wherever they stand (body, headers, footers).
std::string heading_paragraph_styles(const doc::Document& document, const Theme& theme) {
  std::set<std::string> selectors;
  std::string css;
  for (const auto* blocks : {&document.body, &document.header, &document.footer, &document.first_header,
                             &document.first_footer}) {
    add_heading_paragraph_styles(*blocks, theme, selectors, css);
  }
  return css;
}

bool has_page_inline(const std::vector<doc::Inline>& inlines) {
  for (const auto& in : inlines) {
    if (std::holds_alternative<doc::PageNumber>(in.content) || std::holds_alternative<doc::PageCount>(in.content)) {
      return true;
    }
    const auto* children = doc::inner_inlines(in);
    if (children && has_page_inline(*children)) return true;
  }
  return false;
}

// Writes the tree's blocks and inlines as HTML elements.
class HtmlBuilder {
 public:
  HtmlBuilder(const std::map<std::string, std::string>& images, bool skip_page_inlines,
              const std::vector<doc::ContentsEntry>& contents, const std::map<std::string, std::string>& titles)
      : images_(images), skip_page_inlines_(skip_page_inlines), contents_(contents), titles_(titles) {}

  std::string out;
  std::vector<const doc::Footnote*> notes;  // footnotes met so far, numbered in order

  // Writes the footnotes as a numbered list with links back to their references.
  void footnotes() {
    if (notes.empty()) return;
    out += "<section class=\"footnotes\" aria-label=\"Fotnoter\">\n<hr>\n<ol>\n";
    for (std::size_t i = 0; i < notes.size(); ++i) {
      const std::string n = std::to_string(i + 1);
      out += "<li id=\"fn-" + n + "\">";
      blocks(notes[i]->blocks);
      out += "<a href=\"#fnref-" + n + "\" class=\"footnote-back\" aria-label=\"Tillbaka till texten\">↩</a></li>\n";
    }
    out += "</ol>\n</section>\n";
  }

  void inlines(const std::vector<doc::Inline>& list) {
    for (const auto& in : list) {
      std::visit(Overloaded{
                     [&](const doc::Text& text) { out += escape_html(text.text); },
                     [&](const doc::Strong& span) { out += "<strong>"; inlines(span.children); out += "</strong>"; },
                     [&](const doc::Superscript& span) { out += "<sup>"; inlines(span.children); out += "</sup>"; },
                     [&](const doc::Footnote& note) {
                       notes.push_back(&note);
                       const std::string n = std::to_string(notes.size());
                       out += "<sup class=\"footnote-ref\"><a href=\"#fn-" + n + "\" id=\"fnref-" + n + "\">" + n +
                              "</a></sup>";
                     },
                     [&](const doc::Emphasis& span) { out += "<em>"; inlines(span.children); out += "</em>"; },
                     [&](const doc::Link& link) {
                       out += "<a href=\"" + escape_html(link.target) + "\">";
                       inlines(link.children);
                       out += "</a>";
                     },
                     [&](const doc::LineBreak&) { out += "<br>"; },
                     [&](const doc::PageReference& reference) {
                       // No pages in HTML: the reference becomes a link named by the heading's title.
                       const auto title = titles_.find(reference.id);
                       out += "<a href=\"#" + escape_html(reference.id) + "\">";
                       out += escape_html(title == titles_.end() ? reference.id : title->second) + "</a>";
                     },
                     [](const doc::PageNumber&) {},
                     [](const doc::PageCount&) {},
                 },
                 in.content);
    }
  }

  void blocks(const std::vector<doc::Block>& list) {
    for (const auto& block : list) this->block(block);
  }

 private:
  static std::string align_style(doc::Align align) {
    if (align == doc::Align::kCenter) return " style=\"text-align:center\"";
    if (align == doc::Align::kEnd) return " style=\"text-align:right\"";
    if (align == doc::Align::kDecimal) return " style=\"text-align:right;font-variant-numeric:tabular-nums\"";
    return "";
  }

  void block(const doc::Block& block);
  void paragraph(const doc::Paragraph& paragraph);
  void heading(const doc::Heading& heading);
  void contents();
  void table(const doc::Table& table);
  void list(const doc::List& list);
  void columns(const doc::Columns& columns);
  void image(const doc::Image& image);

  const std::map<std::string, std::string>& images_;
  bool skip_page_inlines_;
  const std::vector<doc::ContentsEntry>& contents_;
  const std::map<std::string, std::string>& titles_;  // heading id -> plain title
};

void HtmlBuilder::block(const doc::Block& block) {
  std::visit(Overloaded{
                 [&](const doc::Paragraph& paragraph) { this->paragraph(paragraph); },
                 [&](const doc::Heading& heading) { this->heading(heading); },
                 [&](const doc::List& list) { this->list(list); },
                 [&](const doc::Table& table) { this->table(table); },
                 [&](const doc::Columns& columns) { this->columns(columns); },
                 [&](const doc::Image& image) { this->image(image); },
                 [&](const doc::Rule&) { out += "<hr>\n"; },
                 [&](const doc::Space& space) { out += "<div style=\"height:" + points(space.height) + "\"></div>\n"; },
                 [&](const doc::PageBreak&) { out += "<div class=\"page-break\"></div>\n"; },
                 [&](const doc::Contents&) { contents(); },
             },
             block.content);
}

void HtmlBuilder::paragraph(const doc::Paragraph& paragraph) {
  if (skip_page_inlines_ && has_page_inline(paragraph.inlines)) return;
  const std::string tag = paragraph.heading_level > 0 ? "h" + std::to_string(paragraph.heading_level) : "p";
  out += "<" + tag + " class=\"s-" + escape_html(paragraph.style) + "\"" + align_style(paragraph.align) + ">";
  inlines(paragraph.inlines);
  out += "</" + tag + ">\n";
}

void HtmlBuilder::heading(const doc::Heading& heading) {
  const std::string tag = "h" + std::to_string(heading.level);
  out += "<" + tag + (heading.id.empty() ? "" : " id=\"" + escape_html(heading.id) + "\"") + ">";
  inlines(heading.inlines);
  out += "</" + tag + ">\n";
}

// The table of contents: a list of links to the headings, indented by level.
void HtmlBuilder::contents() {
  out += "<nav class=\"contents\">\n<ul>\n";
  for (const auto& entry : contents_) {
    out += "<li class=\"level-" + std::to_string(entry.level) + "\"><a href=\"#" + escape_html(entry.id) + "\">";
    const auto title = titles_.find(entry.id);
    if (title != titles_.end()) out += escape_html(title->second);
    out += "</a></li>\n";
  }
  out += "</ul>\n</nav>\n";
}

void HtmlBuilder::list(const doc::List& list) {
  const std::string tag = list.ordered ? "ol" : "ul";
  out += "<" + tag;
  if (list.ordered && list.start != 1) out += " start=\"" + std::to_string(list.start) + "\"";
  if (!list.ordered) out += " style=\"list-style-type:&quot;" + escape_html(list.marker) + "  &quot;\"";
  out += ">\n";
  for (const auto& item : list.items) {
    out += "<li>";
    blocks(item.blocks);
    out += "</li>\n";
  }
  out += "</" + tag + ">\n";
}

void HtmlBuilder::table(const doc::Table& table) {
  out += "<table class=\"" + escape_html(table.style) + "\">\n";
  // Relative columns share what fixed ones leave; without widths the browser sizes by content.
  double total = 0;
  for (const double w : table.widths) total += w;
  if (!table.widths.empty()) {
    out += "<colgroup>";
    for (std::size_t i = 0; i < table.widths.size(); ++i) {
      const double fixed = i < table.fixed_widths.size() ? table.fixed_widths[i] : 0;
      char width[32];
      if (fixed > 0) std::snprintf(width, sizeof width, "%.1fpt", fixed);
      else std::snprintf(width, sizeof width, "%.2f%%", total > 0 ? 100.0 * table.widths[i] / total : 0);
      out += std::string("<col style=\"width:") + width + "\">";
    }
    out += "</colgroup>\n";
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const bool header = static_cast<int>(r) < table.header_rows;
    if (r == 0 && header) out += "<thead>\n";
    if (static_cast<int>(r) == table.header_rows) out += "<tbody>\n";
    out += "<tr>";
    for (const auto& cell : table.rows[r].cells) {
      out += header ? "<th scope=\"col\"" : "<td";
      out += align_style(cell.align) + ">";
      blocks(cell.blocks);
      out += header ? "</th>" : "</td>";
    }
    out += "</tr>\n";
    if (header && static_cast<int>(r) + 1 == table.header_rows) out += "</thead>\n";
  }
  if (static_cast<int>(table.rows.size()) > table.header_rows) out += "</tbody>\n";
  out += "</table>\n";
}

void HtmlBuilder::columns(const doc::Columns& columns) {
  std::string template_columns;
  for (std::size_t i = 0; i < columns.columns.size(); ++i) {
    const double w = i < columns.widths.size() ? columns.widths[i] : 1.0;
    char part[32];
    std::snprintf(part, sizeof part, "%s%gfr", i ? " " : "", w);
    template_columns += part;
  }
  out += "<div class=\"columns\" style=\"grid-template-columns:" + template_columns + "\">\n";
  for (const auto& column : columns.columns) {
    out += "<div" + align_style(column.align) + ">";
    blocks(column.blocks);
    out += "</div>\n";
  }
  out += "</div>\n";
}

void HtmlBuilder::image(const doc::Image& image) {
  const auto found = images_.find(image.source);
  if (found == images_.end()) return;
  const bool png = found->second.compare(0, 4, "\x89PNG") == 0;
  out += "<img src=\"data:" + std::string(png ? "image/png" : "image/jpeg") + ";base64," +
         encode_base64(found->second) + "\" alt=\"" + escape_html(image.alt) + "\"";
  if (image.width > 0) out += " style=\"width:" + points(image.width) + "\"";
  else if (image.height > 0) out += " style=\"height:" + points(image.height) + "\"";
  out += ">\n";
}

}  // namespace

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// What the page may load and run: nothing but its own inline style and its inlined
// (data:) images; no script, no remote fonts, images or frames, no form targets. A link
// that slipped past the link policy still cannot run script in the page.
constexpr const char* kContentSecurityPolicy =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
    "img-src data:; base-uri 'none'; form-action 'none'\">\n";

std::string write_html(const doc::Document& document, const Theme& theme,
                       const std::map<std::string, std::string>& images) {
  const doc::Metadata& m = document.metadata;
  std::string html = "<!DOCTYPE html>\n<html lang=\"" + escape_html(m.language) + "\">\n<head>\n"
                     "<meta charset=\"utf-8\">\n" + kContentSecurityPolicy +
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>" + escape_html(m.title) + "</title>\n";
  if (!m.author.empty()) html += "<meta name=\"author\" content=\"" + escape_html(m.author) + "\">\n";
  if (!m.subject.empty()) html += "<meta name=\"description\" content=\"" + escape_html(m.subject) + "\">\n";
  html += "<meta name=\"generator\" content=\"kansli\">\n<style>\n" + stylesheet(theme) +
          heading_paragraph_styles(document, theme) + "</style>\n</head>\n<body>\n";
  // The top of the HTML is the first page: its own header and footer when it has them.
  const std::pair<const char*, const std::vector<doc::Block>*> parts[] = {
      {"header", document.first_page_differs ? &document.first_header : &document.header},
      {"main", &document.body},
      {"footer", document.first_page_differs ? &document.first_footer : &document.footer}};
  const auto contents = doc::contents_entries(document.body);
  const auto titles = doc::heading_titles(document.body);
  for (const auto& [tag, blocks] : parts) {
    HtmlBuilder builder(images, std::string(tag) != "main", contents, titles);
    builder.blocks(*blocks);
    builder.footnotes();
    if (builder.out.empty()) continue;
    html += "<" + std::string(tag) + ">\n" + builder.out + "</" + tag + ">\n";
  }
  return html + "</body>\n</html>\n";
}

}  // namespace kansli
