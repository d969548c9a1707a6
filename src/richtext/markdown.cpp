// Implements markdown_to_rich_text with cmark-gfm (see markdown.hpp).
#include "richtext/markdown.hpp"

#include <memory>
#include <vector>

#include <cmark-gfm.h>

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

// Converts cmark nodes; footnote references find their definitions by ordinal.
class Converter {
 public:
  explicit Converter(std::vector<cmark_node*> footnotes) : footnotes_(std::move(footnotes)) {}

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

  // Beyond kMaxDepth the structure is dropped but every word is kept, as one paragraph.
  static Value flattened(cmark_node* parent) {
    std::string collected;
    cmark_iter* iter = cmark_iter_new(parent);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
      cmark_node* node = cmark_iter_get_node(iter);
      if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_TEXT) {
        collected += (collected.empty() ? "" : " ") + literal(node);
      }
    }
    cmark_iter_free(iter);
    Value paragraph = node_of("paragraph");
    paragraph.set("content", Value::array({text(collected)}));
    return paragraph;
  }

 private:
  void block(cmark_node* node, Value& out) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING: {
        Value paragraph = node_of("paragraph");
        paragraph.set("content", inlines(node));
        out.push_back(std::move(paragraph));
        break;
      }
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
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_BLOCK: {
        Value paragraph = node_of("paragraph");
        paragraph.set("content", Value::array({text(literal(node))}));
        out.push_back(std::move(paragraph));
        break;
      }
      default: break;  // thematic breaks and footnote definitions (read by reference)
    }
  }

  static Value text(std::string content) {
    return Value::object({{"type", Value::string("text")}, {"text", Value::string(std::move(content))}});
  }

  Value inlines(cmark_node* parent) {
    Value out = Value::array();
    if (++depth_ > kMaxDepth) {
      out.push_back(text(flattened(parent).find("content")->as_array()[0].find("text")->as_string()));
    } else {
      for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) inline_node(node, out);
    }
    --depth_;
    return out;
  }

  void inline_node(cmark_node* node, Value& out) {
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
      case CMARK_NODE_CODE:
      case CMARK_NODE_HTML_INLINE: out.push_back(text(literal(node))); break;
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
      case CMARK_NODE_FOOTNOTE_REFERENCE: {
        const std::size_t ordinal = parse_index(literal(node)).value_or(0);
        Value note = node_of("footnote");
        note.set("blocks", ordinal >= 1 && ordinal <= footnotes_.size() ? blocks(footnotes_[ordinal - 1])
                                                                        : Value::array());
        out.push_back(std::move(note));
        break;
      }
      default: break;
    }
  }

  Value span(const char* type, cmark_node* node) {
    Value item = node_of(type);
    item.set("content", inlines(node));
    return item;
  }

  static constexpr int kMaxDepth = 64;
  std::vector<cmark_node*> footnotes_;
  int depth_ = 0;
};

}  // namespace

Value markdown_to_rich_text(const std::string& text) {
  std::unique_ptr<cmark_node, NodeDeleter> document(
      cmark_parse_document(text.data(), text.size(), CMARK_OPT_FOOTNOTES));
  std::vector<cmark_node*> footnotes;
  for (cmark_node* node = cmark_node_first_child(document.get()); node; node = cmark_node_next(node)) {
    if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION) footnotes.push_back(node);
  }
  Converter converter(std::move(footnotes));
  return Value::object({{"type", Value::string("rich_text")}, {"blocks", converter.blocks(document.get())}});
}

}  // namespace kansli
