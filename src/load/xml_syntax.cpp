// Reports what is wrong with the syntax of an XML data file (see xml_reader.hpp):
// pugixml's parse errors, located at the character at fault and worded by kind, and
// what pugixml accepts but XML does not: no root element, a second one, or text
// outside it (the file is parsed as a fragment so that pugixml keeps these).
#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "base/utf8.hpp"
#include "load/xml_reader.hpp"

namespace kansli::xml {
namespace {

struct SyntaxError {
  std::size_t offset;
  std::string message;
  std::string hint;
};

constexpr const char* kGeneralHint =
    "every element must be closed, attribute values quoted, and '&' and '<' in text written as &amp; and &lt;";

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 || c == '_' ||
         c == '-' || c == '.' || c == ':';
}

std::string name_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return "";
  std::size_t end = at;
  while (end < text.size() && end - at < 40 && is_name_char(text[end])) ++end;
  return std::string(text.substr(at, end - at));
}

// The start of the markup `open` ("<!--") that holds `offset`, or `offset`.
std::size_t markup_start(std::string_view text, std::size_t offset, std::string_view open) {
  const std::size_t start = text.rfind(open, offset);
  return start == std::string_view::npos ? offset : start;
}

// The elements open at `end` (a well-formed prefix of `text`), with where each starts.
std::vector<std::pair<std::string, std::size_t>> open_elements(std::string_view text, std::size_t end) {
  std::vector<std::pair<std::string, std::size_t>> open;
  for (std::size_t at = text.find('<'); at < end; at = text.find('<', at + 1)) {
    for (const auto& [start, close] : {std::pair<std::string_view, std::string_view>{"<!--", "-->"},
                                       {"<![CDATA[", "]]>"}, {"<?", "?>"}, {"<!", ">"}}) {
      if (text.substr(at, start.size()) != start) continue;
      at = std::min(text.find(close, at), end);
      break;
    }
    if (at >= end || text[at] != '<') continue;
    if (at + 1 < text.size() && text[at + 1] == '/') {
      if (!open.empty()) open.pop_back();
      continue;
    }
    char quote = 0;
    std::size_t close = at + 1;
    for (; close < end && (quote || text[close] != '>'); ++close) {
      if (text[close] == '"' || text[close] == '\'') quote = quote == text[close] ? 0 : quote ? quote : text[close];
    }
    if (close < end && text[close - 1] != '/') open.emplace_back(name_at(text, at + 1), at);
  }
  return open;
}

SyntaxError mismatch(std::string_view text, std::size_t offset, const PositionTracker& positions) {
  const std::size_t tag = markup_start(text, offset, "</");
  const std::string name = name_at(text, tag + 2);
  const auto open = open_elements(text, tag);
  if (open.empty()) {
    return {tag, "malformed XML: </" + name + "> closes no open element",
            "remove it, or add the <" + name + "> it is meant to close"};
  }
  const LineColumn where = positions.line_column(open.back().second);
  return {tag, "malformed XML: </" + name + "> where </" + open.back().first + "> was expected (<" + open.back().first +
                   "> opened at " + std::to_string(where.line) + ":" + std::to_string(where.column) + ")",
          "every <x> needs its </x>, and elements close in the reverse order they opened"};
}

SyntaxError bad_attribute(std::string_view text, std::size_t offset) {
  const char before = offset > 0 ? text[offset - 1] : '\0';
  if (before == '=') {
    return {offset, "malformed XML: an attribute value without quotes",
            "write the value in quotes: name=\"" + name_at(text, offset) + "\""};
  }
  if ((before == '"' || before == '\'') && offset > 1 && text[offset - 2] == '=') {
    return {offset - 1, "malformed XML: the attribute value that starts here has no closing quote",
            std::string("end it with ") + before};
  }
  if (before == '"' || before == '\'') {
    return {offset, "malformed XML: a space is missing before the attribute '" + name_at(text, offset) + "'",
            "separate attributes with a space: a=\"1\" b=\"2\""};
  }
  const std::size_t at = before == '>' ? offset - 1 : offset;
  return {at, "malformed XML: an attribute without a value", "write name=\"value\""};
}

// Words the error by its kind; `offset` is where pugixml stopped, not at the end.
SyntaxError describe(std::string_view text, const pugi::xml_parse_result& result, const PositionTracker& positions) {
  const std::size_t offset = std::min(static_cast<std::size_t>(std::max<std::ptrdiff_t>(result.offset, 0)), text.size());
  switch (result.status) {
    case pugi::status_end_element_mismatch: return mismatch(text, offset, positions);
    case pugi::status_bad_attribute: return bad_attribute(text, offset);
    case pugi::status_unrecognized_tag:
      return {markup_start(text, offset, "<"), "malformed XML: '<' does not start a tag here",
              "a tag name starts with a letter; in text, '<' is written &lt;"};
    case pugi::status_bad_start_element:
      if (offset < text.size() && text[offset] == '<') {
        return {offset, "malformed XML: a start tag is not closed before the next '<'",
                "end the tag with '>': <name attribute=\"value\">"};
      }
      return {offset, "malformed XML: unexpected '" + std::string(text.substr(std::min(offset, text.size()), 1)) + "' in a start tag",
              "a start tag is written <name attribute=\"value\">; names start with a letter"};
    case pugi::status_bad_end_element:
      return {offset, "malformed XML: unexpected '" + std::string(text.substr(std::min(offset, text.size()), 1)) + "' in an end tag",
              "an end tag holds only its name: </name>"};
    case pugi::status_bad_comment: {
      const std::size_t start = markup_start(text, offset, "<!");
      if (text.substr(start, 4) != "<!--") return {start, "malformed XML: a comment must start with <!--", "write <!-- … -->"};
      return {start, "malformed XML: the comment that starts here is not closed", "end it with -->"};
    }
    case pugi::status_bad_cdata: {
      const std::size_t start = markup_start(text, offset, "<![");
      if (text.substr(start, 9) != "<![CDATA[") return {start, "malformed XML: a CDATA section must start with <![CDATA[", "write <![CDATA[ … ]]>"};
      return {start, "malformed XML: the CDATA section that starts here is not closed", "end it with ]]>"};
    }
    case pugi::status_bad_pi:
      return {markup_start(text, offset, "<?"), "malformed XML: the processing instruction that starts here is not closed",
              "end it with ?>"};
    case pugi::status_bad_doctype:
      return {markup_start(text, offset, "<!"), "DOCTYPE declarations are not allowed in data",
              "remove the <!DOCTYPE …>; kansli does not expand entities or fetch anything"};
    default: break;
  }
  std::string description = result.description();
  for (auto& c : description) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return {offset, "malformed XML: " + description, kGeneralHint};
}

// The start (see excerpt) of the text node's text, without its surrounding white space.
std::string quoted_text(const pugi::xml_node& node) {
  std::string value = node.value();
  const std::size_t first = value.find_first_not_of(" \t\r\n");
  value = value.substr(first, value.find_last_not_of(" \t\r\n") - first + 1);
  return "'" + excerpt(value) + "'";
}

}  // namespace

void report_syntax_error(std::string_view text, const pugi::xml_parse_result& result, const PositionTracker& positions,
                         Diagnostics& diagnostics) {
  const auto offset = static_cast<std::size_t>(result.offset);
  const bool at_end = text.find_first_not_of(" \t\r\n", std::min(offset + 1, text.size())) == std::string_view::npos;
  const bool unclosed = result.status == pugi::status_end_element_mismatch ||
                        result.status == pugi::status_unrecognized_tag || result.status == pugi::status_bad_end_element ||
                        result.status == pugi::status_bad_start_element;
  if (at_end && unclosed) {
    diagnostics.error(positions.at(offset), "malformed XML: the file ends before all its elements are closed")
        .hints.push_back("is the end of the file missing? every <x> needs its </x>");
    return;
  }
  const SyntaxError error = describe(text, result, positions);
  diagnostics.error(positions.at(error.offset), error.message).hints.push_back(error.hint);
}

bool report_top_level(const pugi::xml_document& document, std::string_view text, const PositionTracker& positions,
                      Diagnostics& diagnostics) {
  pugi::xml_node root;
  bool bad = false;
  for (const pugi::xml_node child : document.children()) {
    const bool is_text = child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata;
    if (is_text && std::string_view(child.value()).find_first_not_of(" \t\r\n") == std::string_view::npos) continue;
    if (is_text) {
      const auto start = text.find_first_not_of(" \t\r\n", static_cast<std::size_t>(child.offset_debug()));
      diagnostics.error(positions.at(start), "malformed XML: text " + quoted_text(child) + " outside the root element")
          .hints.push_back("everything in a data file belongs inside its one root element, such as <meeting>…</meeting>");
      bad = true;
    } else if (child.type() == pugi::node_element && root) {
      diagnostics.error(positions.at(static_cast<std::size_t>(child.offset_debug() - 1)), "malformed XML: a second root element <" + std::string(child.name()) +
                                                                   "> after the end of <" + root.name() + ">")
          .hints.push_back("a data file holds one root element: is a </" + std::string(root.name()) +
                           "> too early, or something left after the end?");
      bad = true;
    } else if (child.type() == pugi::node_element) {
      root = child;
    }
  }
  if (!root && !bad) {
    diagnostics.error(positions.at(0), "malformed XML: the file has no root element")
        .hints.push_back("a data file holds one element, such as <meeting>…</meeting>");
    bad = true;
  }
  return bad;
}

}  // namespace kansli::xml
