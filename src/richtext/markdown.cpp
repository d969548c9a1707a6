// Implements markdown_to_rich_text with cmark-gfm (see markdown.hpp).
#include "richtext/markdown.hpp"

#include <algorithm>
#include <memory>
#include <vector>

#include <cmark-gfm.h>

#include "base/utf8.hpp"

namespace kansli {
namespace {

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

Value node_of(const char* type) { return Value::object({{"type", Value::string(type)}}); }

std::string literal(cmark_node* node) {
  const char* text = cmark_node_get_literal(node);
  return text ? text : "";
}

// Says whether `html` (a block or an inline of raw HTML) is nothing but comments and white space.
bool only_comments(std::string html) {
  for (std::size_t start; (start = html.find("<!--")) != std::string::npos;) {
    const std::size_t end = html.find("-->", start + 4);
    if (end == std::string::npos) return false;
    html.erase(start, end + 3 - start);
  }
  return html.find_first_not_of(" \t\r\n") == std::string::npos;
}

// The first line of `html`, shortened for a message.
std::string quoted_html(const std::string& html) {
  return "'" + excerpt(std::string_view(html).substr(0, html.find('\n'))) + "'";
}

// Converts cmark nodes; footnote references find their definitions by ordinal. A footnote's
// text is copied to each reference (the rich text value has no shared notes), within a budget.
class Converter {
 public:
  Converter(const std::string& text, std::vector<cmark_node*> footnotes)
      : text_(text), footnotes_(std::move(footnotes)), budget_(2 * text.size() + (std::size_t{1} << 20)) {}

  Value blocks(cmark_node* parent) {
    Value out = Value::array();
    if (++depth_ > kMaxDepth) {
      out.push_back(flattened(parent));
    } else {
      for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) block(node, out);
    }
    --depth_;
    return out;
  }

  std::vector<MarkdownProblem> take_problems() { return std::move(problems_); }

  // Beyond kMaxDepth the structure is dropped but every word is kept, as one paragraph.
  static Value flattened(cmark_node* parent) {
    std::string collected = collected_text(parent);
    Value paragraph = node_of("paragraph");
    paragraph.set("content", Value::array({text(collected)}));
    return paragraph;
  }

 private:
  // The words under `parent`, separated by spaces.
  static std::string collected_text(cmark_node* parent) {
    std::string collected;
    cmark_iter* iter = cmark_iter_new(parent);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_TEXT) {
        collected += (collected.empty() ? "" : " ") + literal(node);
      }
    }
    cmark_iter_free(iter);
    return collected;
  }

  void block(cmark_node* node, Value& out) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING: out.push_back(paragraph(inlines(node))); break;
      case CMARK_NODE_LIST: {
        Value list = node_of("list");
        const bool ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        list.set("ordered", Value::boolean(ordered));
        // "3. …" starts the list at 3 (a list continued after a paragraph); CommonMark
        // allows at most nine digits, so the number fits an int.
        if (ordered && cmark_node_get_list_start(node) != 1) {
          list.set("start", Value::number(cmark_node_get_list_start(node)));
        }
        Value items = Value::array();
        for (cmark_node* item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
          items.push_back(blocks(item));
        }
        list.set("items", std::move(items));
        out.push_back(std::move(list));
        break;
      }
      case CMARK_NODE_BLOCK_QUOTE: {
        Value inner = blocks(node);  // named: iterating a temporary's array would dangle
        for (auto& block : inner.as_array()) out.push_back(std::move(block));
        break;
      }
      case CMARK_NODE_CODE_BLOCK: out.push_back(paragraph(code_lines(literal(node)))); break;
      case CMARK_NODE_HTML_BLOCK: html(node); break;
      default: break;  // thematic breaks and footnote definitions (read by reference)
    }
  }

  static Value paragraph(Value content) {
    Value paragraph = node_of("paragraph");
    paragraph.set("content", std::move(content));
    return paragraph;
  }

  static Value text(std::string content) {
    return Value::object({{"type", Value::string("text")}, {"text", Value::string(std::move(content))}});
  }

  // A code block (indented or fenced) as the lines it was written in: rich text has no code.
  static Value code_lines(std::string code) {
    while (!code.empty() && code.back() == '\n') code.pop_back();
    Value content = Value::array();
    std::size_t start = 0;
    for (std::size_t end; (end = code.find('\n', start)) != std::string::npos; start = end + 1) {
      content.push_back(text(code.substr(start, end - start)));
      content.push_back(node_of("line_break"));
    }
    content.push_back(text(code.substr(start)));
    return content;
  }

  // Raw HTML: comments are left out, anything else is a problem.
  void html(cmark_node* node) {
    const std::string html = literal(node);
    if (only_comments(html) || problems_.size() >= kMaxProblems) return;
    const int line = cmark_node_get_start_line(node);
    if (line == html_line_) return;  // one report a line: "<b>" and its "</b>"
    html_line_ = line;
    const bool line_break = html.rfind("<br", 0) == 0;
    report(node, "HTML is not supported in rich text: " + quoted_html(html),
           line_break ? "for a line break, end the line with a backslash (\\)"
                      : "write the text without HTML tags (Markdown gives *emphasis*, **strong**, "
                        "[links](https://…), lists and footnotes); to show a '<' as it is, write \\<");
  }

  Value inlines(cmark_node* parent) {
    Value out = Value::array();
    if (++depth_ > kMaxDepth) {
      out.push_back(text(collected_text(parent)));
    } else {
      for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) inline_node(node, out);
    }
    --depth_;
    return out;
  }

  void inline_node(cmark_node* node, Value& out) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE: out.push_back(text(literal(node))); break;
      case CMARK_NODE_HTML_INLINE: html(node); break;
      case CMARK_NODE_SOFTBREAK: out.push_back(text(" ")); break;
      case CMARK_NODE_LINEBREAK: out.push_back(node_of("line_break")); break;
      case CMARK_NODE_EMPH: out.push_back(span("emphasis", node)); break;
      case CMARK_NODE_STRONG: out.push_back(span("strong", node)); break;
      case CMARK_NODE_IMAGE: {
        Value inner = inlines(node);
        for (auto& item : inner.as_array()) out.push_back(std::move(item));
        break;
      }
      case CMARK_NODE_LINK: {
        Value link = span("link", node);
        const char* url = cmark_node_get_url(node);
        link.set("href", Value::string(url ? url : ""));
        out.push_back(std::move(link));
        break;
      }
      case CMARK_NODE_FOOTNOTE_REFERENCE: footnote(node, out); break;
      default: break;
    }
  }

  // A footnote reference, with a copy of its definition's blocks. References inside a
  // footnote are refused (and not followed, so a footnote that refers to itself or back to
  // the one it is in cannot recurse).
  void footnote(cmark_node* node, Value& out) {
    const std::size_t ordinal = parse_index(literal(node)).value_or(0);
    if (ordinal < 1 || ordinal > footnotes_.size()) return;
    if (open_note_ != 0) return report_nested(node, open_note_, ordinal);
    if (note_sizes_.empty()) note_sizes_.resize(footnotes_.size(), 0);
    std::size_t& size = note_sizes_[ordinal - 1];
    if (size == 0) size = collected_text(footnotes_[ordinal - 1]).size() + 1;
    if (size > budget_) {
      if (budget_ == 0) return;  // reported once
      budget_ = 0;
      return report(node, "footnote " + label(ordinal) + " is referred to so often that its text, "
                          "copied to each reference, would grow beyond what kansli lays out",
                    "refer to a long footnote once, or shorten it");
    }
    budget_ -= size;
    open_note_ = ordinal;
    Value note = node_of("footnote");
    note.set("blocks", blocks(footnotes_[ordinal - 1]));
    open_note_ = 0;
    out.push_back(std::move(note));
  }

  void report_nested(cmark_node* node, std::size_t outer, std::size_t inner) {
    if (problems_.size() >= kMaxProblems) return;  // enough to fix first; finding labels costs
    if (outer == inner) {
      return report(node, "footnote " + label(outer) + " refers to itself",
                    "remove " + label(outer) + " from the footnote's own text");
    }
    const bool back = refers_to(inner, outer);
    report(node, "footnote " + label(outer) + (back ? " and footnote " + label(inner) + " refer to each other"
                                                    : " refers to footnote " + label(inner)),
           "a footnote cannot have footnotes of its own: write the text of " + label(inner) + " into " +
               label(outer) + ", or refer to " + label(inner) + " from the text");
  }

  // Says whether the definition of footnote `from` refers to footnote `to`.
  bool refers_to(std::size_t from, std::size_t to) const {
    bool found = false;
    cmark_iter* iter = cmark_iter_new(footnotes_[from - 1]);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      found = found || (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE &&
                        parse_index(literal(node)) == to);
    }
    cmark_iter_free(iter);
    return found;
  }

  // The label a footnote's definition was written with ("[^källa]"), read from the text at
  // the definition's start (cmark-gfm does not keep it on the node).
  std::string label(std::size_t ordinal) const {
    cmark_node* definition = footnotes_[ordinal - 1];
    std::size_t offset = 0;
    for (int line = 1; line < cmark_node_get_start_line(definition) && offset != std::string::npos; ++line) {
      offset = text_.find('\n', offset);
      if (offset != std::string::npos) ++offset;
    }
    const std::size_t start = offset == std::string::npos ? offset : text_.find("[^", offset);
    const std::size_t end = start == std::string::npos ? start : text_.find(']', start);
    if (end == std::string::npos || end - start > 60) return "[^" + std::to_string(ordinal) + "]";
    return text_.substr(start, end + 1 - start);
  }

  void report(cmark_node* node, std::string message, std::string hint) {
    if (text_.find('\n') != std::string::npos) {
      message += " (line " + std::to_string(cmark_node_get_start_line(node)) + " of the text)";
    }
    problems_.push_back({std::move(message), std::move(hint)});
  }

  Value span(const char* type, cmark_node* node) {
    Value item = node_of(type);
    item.set("content", inlines(node));
    return item;
  }

  static constexpr int kMaxDepth = 64;
  static constexpr std::size_t kMaxProblems = 20;
  const std::string& text_;
  std::vector<cmark_node*> footnotes_;
  std::size_t budget_;         // bytes of footnote text still to be copied to references
  std::vector<std::size_t> note_sizes_;  // each footnote's bytes of text, once counted
  std::size_t open_note_ = 0;  // the ordinal of the footnote being converted, or 0
  int depth_ = 0;
  int html_line_ = 0;  // the line of the last HTML reported
  std::vector<MarkdownProblem> problems_;
};

}  // namespace

ConvertedMarkdown markdown_to_rich_text(const std::string& text) {
  std::unique_ptr<cmark_node, NodeDeleter> document(
      cmark_parse_document(text.data(), text.size(), CMARK_OPT_FOOTNOTES));
  std::vector<cmark_node*> footnotes;
  for (cmark_node* node = cmark_node_first_child(document.get()); node; node = cmark_node_next(node)) {
    if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) footnotes.push_back(node);
  }
  Converter converter(text, std::move(footnotes));
  Value blocks = converter.blocks(document.get());
  return {Value::object({{"type", Value::string("rich_text")}, {"blocks", std::move(blocks)}}), converter.take_problems()};
}

}  // namespace kansli
