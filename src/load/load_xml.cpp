// Loads XML data into a Value guided by the schema (see load.hpp): elements become
// object members, list items or scalars as the schema says; attributes are members
// too. Every value is located at its element or attribute.
#include <cstdlib>

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
    char* end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    if (!text.empty() && end == text.c_str() + text.size()) return Value::number(number);
  }
  if (schema.allows(node, "boolean") && (text == "true" || text == "false")) return Value::boolean(text == "true");
  return Value::string(text);
}

Value read_element(const Reader& reader, const pugi::xml_node& element, const Value* node,
                   const std::string& path);

Value read_object(const Reader& reader, const pugi::xml_node& element, const Value* node,
                  const std::string& path) {
  Value object = Value::object();
  for (const pugi::xml_attribute attribute : element.attributes()) {
    const std::string key = attribute.name();
    const std::string child = child_path(path, key);
    reader.source_map.add(child, reader.attribute_position(element, attribute.name()));
    object.set(key, read_scalar(attribute.value(), reader.schema, reader.schema.property(node, key)));
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
    if (object.find(key)) {
      reader.diagnostics.error(reader.element_position(child), "field <" + key + "> is given twice")
          .hints.push_back("write it once; a list is written as <list-name><item>…</item><item>…</item></list-name>");
      continue;
    }
    object.set(key, read_element(reader, child, reader.schema.property(node, key), child_path(path, key)));
  }
  return object;
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

// Returns the start of `text` for a message: at most about 40 bytes, cut at a character.
std::string excerpt(const std::string& text) {
  if (text.size() <= 40) return text;
  std::size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
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

// Reports a pugixml syntax error in words; a file that ends too early is said so.
void report_syntax_error(const std::string& path, const std::string& text, const pugi::xml_parse_result& result,
                         Diagnostics& diagnostics) {
  const std::size_t offset = static_cast<std::size_t>(result.offset);
  const bool at_end = text.find_first_not_of(" \t\r\n", std::min(offset + 1, text.size())) == std::string::npos;
  if (at_end && (result.status == pugi::status_end_element_mismatch || result.status == pugi::status_unrecognized_tag)) {
    diagnostics.error(position_at(path, text, offset), "malformed XML: the file ends before all its elements are closed")
        .hints.push_back("is the end of the file missing? every <x> needs its </x>");
    return;
  }
  std::string description = result.description();
  for (auto& c : description) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  diagnostics.error(position_at(path, text, offset), "malformed XML: " + description)
      .hints.push_back("every element must be closed, attribute values quoted, and '&' and '<' in text "
                       "written as &amp; and &lt;");
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
  pugi::xml_document document;
  const auto result = document.load_buffer(text.data(), text.size(),
                                           pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!result) {
    report_syntax_error(path, text, result, diagnostics);
    return std::nullopt;
  }
  const pugi::xml_node root = document.document_element();
  const std::string kind = root.name();
  const SchemaView* schema = schemas ? schemas(kind) : nullptr;
  LoadedFile out{path, Value(), SourceMap()};
  out.source_map.set_file(path);
  if (!schema) {
    auto& error = diagnostics.error(position_at(path, text, static_cast<std::size_t>(root.offset_debug() - 1)),
                                    "unknown data kind <" + kind + ">");
    const std::vector<std::string> kinds = {"organisation", "meeting", "report", "roles"};
    if (auto near = closest_match(kind, kinds)) error.hints.push_back("did you mean <" + *near + ">?");
    error.hints.push_back("the root element is one of <organisation>, <meeting>, <report> or <roles>");
    return std::nullopt;
  }
  const int errors_before = diagnostics.error_count();
  xml::Reader reader{path, text, *schema, diagnostics, out.source_map, PositionTracker(path, text)};
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
