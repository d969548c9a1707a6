// Internal to the load stage: shared state of one XML data file being read
// (its text for positions, the schema, the result), used by load_xml.cpp and
// xml_rich_text.cpp.
#pragma once

#include <pugixml.hpp>

#include "load/load.hpp"

namespace kansli::xml {

struct Reader {
  const std::string& path;
  const std::string& text;
  const SchemaView& schema;
  Diagnostics& diagnostics;
  SourceMap& source_map;
  const PositionTracker& positions;

  SourcePosition element_position(const pugi::xml_node& node) const {
    return positions.at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug() - 1, 0)));
  }
  // The position of the first character of a text node that is not white space.
  SourcePosition text_position(const pugi::xml_node& node) const {
    std::size_t offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(node.offset_debug(), 0));
    while (offset < text.size() && std::string(" \t\r\n").find(text[offset]) != std::string::npos) ++offset;
    return positions.at(offset);
  }
  SourcePosition attribute_position(const pugi::xml_node& node, const char* name) const {
    return positions.at(find_attribute_offset(text, static_cast<std::size_t>(node.offset_debug()), name));
  }
};

// Reports pugixml's parse error `result` at the character at fault, in words for its kind.
void report_syntax_error(std::string_view text, const pugi::xml_parse_result& result, const PositionTracker& positions,
                         Diagnostics& diagnostics);

// Reports what stands beside the one root element of a document parsed as a fragment
// (a second element, text) or that there is none; returns whether it reported any.
bool report_top_level(const pugi::xml_document& document, std::string_view text, const PositionTracker& positions,
                      Diagnostics& diagnostics);

// Reports every entity or character reference in `text` that XML does not define or
// allow (&ouml;, &#0;, &#xD800;, &#x110000;), at its '&'; returns whether it reported any.
bool report_bad_references(std::string_view text, const PositionTracker& positions, Diagnostics& diagnostics);

// Converts the XHTML-like content of `element` into the rich text value
// {"type": "rich_text", "blocks": [...]} (docs/data-format.md, "Rich text").
Value read_rich_text(const Reader& reader, const pugi::xml_node& element);

}  // namespace kansli::xml
