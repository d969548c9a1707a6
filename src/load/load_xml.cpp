// Loads XML data into a Value guided by the schema (see load.hpp): elements become
// object members, list items or scalars as the schema says; attributes are members
// too. Every value is located at its element or attribute.
#include <unordered_set>

#include "base/suggest.hpp"
#include "base/utf8.hpp"
#include "load/xml_reader.hpp"

namespace kansli {
namespace {

using xml::Reader;

bool has_child_elements(const pugi::xml_node& node) {
  for (const pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element) return true;
  }
  return false;
}

bool is_text(const pugi::xml_node& node) {
  return node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata;
}

// Returns `text` without the white space at its ends.
std::string trim(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::string trimmed_text(const pugi::xml_node& node) {
  std::string text;
  for (const pugi::xml_node child : node.children()) {
    if (is_text(child)) text += child.value();
  }
  return trim(text);
}

// Types a scalar written as text, as the schema asks; text that does not fit stays
// text, for validation to report with its position.
Value read_scalar(const std::string& text, const SchemaView& schema, const Value* node) {
  if (schema.allows(node, "number") || schema.allows(node, "integer")) {
    // Written as in JSON (no hex, "nan", "inf" or spaces), and kept exactly.
    if (auto number = number_from_text(text)) return std::move(*number);
  }
  if (schema.allows(node, "boolean") && (text == "true" || text == "false")) return Value::boolean(text == "true");
  return Value::string(text);
}

Value read_element(const Reader& reader, const pugi::xml_node& element, const Value* node,
                   const std::string& path);

// Reports a member given twice, at `where`, with the position of the first.
void report_twice(const Reader& reader, const SourcePosition& where, const std::string& what,
                  const std::string& path, const char* hint) {
  const SourcePosition first = reader.source_map.locate(path);
  reader.diagnostics.error(where, what + " is given twice (first at " + std::to_string(first.line) + ":" +
                                      std::to_string(first.column) + ")")
      .hints.push_back(hint);
}

// Reads attributes and child elements as members, in file order; the names seen are
// kept in a set, so a member costs no search of the ones before it.
Value read_object(const Reader& reader, const pugi::xml_node& element, const Value* node,
                  const std::string& path) {
  Value::Object members;
  std::unordered_set<std::string> seen;
  for (const pugi::xml_attribute attribute : element.attributes()) {
    const std::string key = attribute.name();
    const std::string child = child_path(path, key);
    if (!seen.insert(key).second) {
      const std::size_t first_value = find_attribute_offset(reader.text, static_cast<std::size_t>(element.offset_debug()), key);
      report_twice(reader, reader.positions.at(find_attribute_offset(reader.text, first_value, key)),
                   "attribute '" + key + "'", child, "write it once: the second would silently replace the first");
      continue;
    }
    reader.source_map.add(child, reader.attribute_position(element, attribute.name()));
    members.emplace_back(key, read_scalar(attribute.value(), reader.schema, reader.schema.property(node, key)));
  }
  for (const pugi::xml_node child : element.children()) {
    const std::string value = child.value();
    if (child.type() == pugi::node_pcdata && value.find_first_not_of(" \t\r\n") == std::string::npos) continue;
    if (child.type() != pugi::node_element) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        reader.diagnostics.error(reader.text_position(child), "text cannot stand directly inside <" +
                                                                   std::string(element.name()) + ">")
            .hints.push_back("put it in one of the fields of <" + std::string(element.name()) + ">");
      }
      continue;
    }
    const std::string key = child.name();
    if (!seen.insert(key).second) {
      report_twice(reader, reader.element_position(child), "field <" + key + ">", child_path(path, key),
                   "write it once; a list is written as <list-name><item>…</item><item>…</item></list-name>");
      continue;
    }
    members.emplace_back(key, read_element(reader, child, reader.schema.property(node, key), child_path(path, key)));
  }
  return Value::object(std::move(members));
}

// Reports an attribute of `element`, which the schema makes a list or a single value
// (neither has fields): it would otherwise be lost. Returns whether there was one.
bool report_attribute(const Reader& reader, const pugi::xml_node& element, const char* holds) {
  const pugi::xml_attribute attribute = element.first_attribute();
  if (!attribute) return false;
  const std::string name = element.name();
  reader.diagnostics.error(reader.attribute_position(element, attribute.name()),
                           "<" + name + "> holds " + holds + " and has no attribute '" + attribute.name() + "'")
      .hints.push_back("remove the attribute, or move it to the element that has such a field");
  return true;
}

// Reports text written directly inside a list element: a list's entries are
// elements, and text beside them would otherwise be lost.
void report_text_in_list(const Reader& reader, const pugi::xml_node& element, const pugi::xml_node& text) {
  const std::string name = element.name();
  const std::string value = excerpt(trim(text.value()));
  reader.diagnostics.error(reader.text_position(text), "text cannot stand directly inside the list <" + name +
                                                            ">: '" + value + "'")
      .hints.push_back("<" + name + "> is a list: write each entry as an element, <" + name + "><item>" + value +
                       "</item></" + name + ">");
}

Value read_array(const Reader& reader, const pugi::xml_node& element, const Value* node,
                 const std::string& path) {
  Value array = Value::array();
  report_attribute(reader, element, "a list");
  for (const pugi::xml_node child : element.children()) {
    if (is_text(child) && !trim(child.value()).empty()) {
      report_text_in_list(reader, element, child);
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    const std::string item_path = child_path(path, array.as_array().size());
    array.push_back(read_element(reader, child, reader.schema.items(node), item_path));
  }
  return array;
}

// Reports the first element inside `element`, whose schema asks for a single value
// (text, a number, a date): its content would otherwise be lost. Returns whether one was.
bool report_elements_in_scalar(const Reader& reader, const pugi::xml_node& element) {
  for (const pugi::xml_node child : element.children()) {
    if (child.type() != pugi::node_element) continue;
    const std::string name = element.name();
    reader.diagnostics.error(reader.element_position(child), "<" + std::string(child.name()) +
                                                                 "> cannot stand inside <" + name + ">, which holds a single value")
        .hints.push_back("write <" + name + "> as text only; a list of values is written as "
                         "<list-name><item>…</item><item>…</item></list-name>");
    return true;
  }
  return report_attribute(reader, element, "a single value");
}

// Counts how deep `element` is below the document.
std::size_t depth_of(pugi::xml_node element) {
  std::size_t depth = 0;
  while (element.parent()) {
    element = element.parent();
    ++depth;
  }
  return depth;
}

Value read_element(const Reader& reader, const pugi::xml_node& element, const Value* node,
                   const std::string& path) {
  reader.source_map.add(path, reader.element_position(element));
  if (depth_of(element) > kMaxNestingDepth) {
    reader.diagnostics.error(reader.element_position(element),
                             "elements are nested more than " + std::to_string(kMaxNestingDepth) + " levels deep")
        .hints.push_back("kansli's data is never this deep; is the file generated by mistake?");
    return Value();
  }
  if (reader.schema.is_rich_text(node)) return xml::read_rich_text(reader, element);
  if (reader.schema.allows(node, "array")) return read_array(reader, element, node, path);
  const bool object = reader.schema.allows(node, "object") || (!node && (has_child_elements(element) ||
                                                                        element.first_attribute()));
  if (object) return read_object(reader, element, node, path);
  if (report_elements_in_scalar(reader, element)) return Value();
  return read_scalar(trimmed_text(element), reader.schema, node);
}

// Finds a DOCTYPE declaration; kansli never expands entities or fetches anything.
bool refuse_doctype(const std::string& path, const std::string& text, Diagnostics& diagnostics) {
  pugi::xml_document probe;
  probe.load_buffer(text.data(), text.size(), pugi::parse_doctype, pugi::encoding_utf8);
  for (const pugi::xml_node child : probe.children()) {
    if (child.type() != pugi::node_doctype) continue;
    diagnostics.error(position_at(path, text, text.find("<!DOCTYPE")), "DOCTYPE declarations are not allowed in data")
        .hints.push_back("remove the <!DOCTYPE …> line; kansli does not expand entities or fetch anything");
    return true;
  }
  return false;
}

}  // namespace

std::optional<LoadedFile> parse_xml(const std::string& path, const std::string& text,
                                    const SchemaLookup& schemas, Diagnostics& diagnostics) {
  if (const auto bad = find_invalid_utf8(text)) {
    diagnostics.error(position_at(path, text, *bad), "the file is not valid UTF-8")
        .hints.push_back("save the file with UTF-8 encoding");
    return std::nullopt;
  }
  if (report_nul_byte(path, text, diagnostics) || refuse_doctype(path, text, diagnostics)) return std::nullopt;
  const PositionTracker positions(path, text);
  pugi::xml_document document;  // a fragment, so that text and elements beside the root are kept to report
  const auto result = document.load_buffer(text.data(), text.size(),
                                           pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_fragment,
                                           pugi::encoding_utf8);
  if (!result) {
    xml::report_syntax_error(text, result, positions, diagnostics);
    return std::nullopt;
  }
  if (xml::report_top_level(document, text, positions, diagnostics) ||
      xml::report_bad_references(text, positions, diagnostics)) {
    return std::nullopt;
  }
  const pugi::xml_node root = document.document_element();
  const std::string kind = root.name();
  const SchemaView* schema = schemas ? schemas(kind) : nullptr;
  LoadedFile out{path, Value(), SourceMap()};
  out.source_map.set_file(path);
  if (!schema) {
    auto& error = diagnostics.error(positions.at(static_cast<std::size_t>(root.offset_debug() - 1)),
                                    "unknown data kind <" + kind + ">");
    const std::vector<std::string> kinds = {"organisation", "meeting", "report", "roles"};
    if (auto near = closest_match(kind, kinds)) error.hints.push_back("did you mean <" + *near + ">?");
    error.hints.push_back("the root element is one of <organisation>, <meeting>, <report> or <roles>");
    return std::nullopt;
  }
  const int errors_before = diagnostics.error_count();
  xml::Reader reader{path, text, *schema, diagnostics, out.source_map, positions};
  out.root = read_element(reader, root, &schema->root(), "");
  if (!out.root.is_object()) out.root = Value::object();
  if (!out.root.find("kind")) out.root.set("kind", Value::string(kind));
  // "kind" first, as in JSON files, so that both give the same value.
  Value::Object members = {{"kind", *out.root.find("kind")}};
  for (const auto& member : out.root.as_object()) {
    if (member.first != "kind") members.push_back(member);
  }
  out.root = Value::object(std::move(members));
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return out;
}

}  // namespace kansli
