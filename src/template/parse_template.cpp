// Parses template XML (pugixml) into the template AST: checks every element and
// attribute against the vocabulary, parses interpolations and directives, and
// splices <include src="..."/> partials (resolved relative to the including file).
#include <filesystem>

#include <pugixml.hpp>

#include "base/files.hpp"
#include "base/suggest.hpp"
#include "base/utf8.hpp"
#include "template/check_placement.hpp"
#include "template/template.hpp"
#include "template/vocabulary.hpp"

namespace kansli::tmpl {
namespace {

constexpr int kMaxIncludeDepth = 16;
constexpr std::size_t kMaxTemplateDepth = 64;

// Turns pugixml's status into a lowercase message for users.
std::string describe_xml_error(const pugi::xml_parse_result& result) {
  std::string text = result.description();
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return "malformed template XML: " + text;
}

class TemplateParser {
 public:
  TemplateParser(const Files& files, Diagnostics& diagnostics) : files_(files), diagnostics_(diagnostics) {}

  struct Source {
    Source(std::string path_, std::string text_)
        : path(std::move(path_)), text(std::move(text_)), positions(path, text) {}
    Source(const Source&) = delete;
    std::string path;
    std::string text;
    PositionTracker positions;  // views `text`, so a Source never moves
  };

  // Parses the file at `path`, whose root element must be `root_name`.
  std::optional<TemplateNode> parse_file(const std::string& path, const std::string& root_name,
                                         const SourcePosition& included_from);
  // Parses `source`, whose root element must be `root_name`.
  std::optional<TemplateNode> parse_source(const Source& source, const std::string& root_name);

 private:
  SourcePosition position_of(const Source& source, std::ptrdiff_t offset) const {
    return source.positions.at(offset < 0 ? 0 : static_cast<std::size_t>(offset));
  }
  // pugixml's offset of an element is that of its name; users count from the '<'.
  SourcePosition element_position(const Source& source, const pugi::xml_node& node) const {
    return position_of(source, node.offset_debug() - 1);
  }
  // Refuses text that is not UTF-8, holds NUL bytes or declares a DOCTYPE (entities).
  bool check_text(const Source& source) {
    if (const auto bad = find_invalid_utf8(source.text)) {
      diagnostics_.error(position_of(source, static_cast<std::ptrdiff_t>(*bad)), "the template is not valid UTF-8")
          .hints.push_back("save the file with UTF-8 encoding");
      return false;
    }
    const std::size_t nul = source.text.find('\0');
    const std::size_t doctype = source.text.find("<!DOCTYPE");
    if (nul == std::string::npos && doctype == std::string::npos) return true;
    const bool is_nul = nul != std::string::npos;
    diagnostics_.error(position_of(source, static_cast<std::ptrdiff_t>(is_nul ? nul : doctype)),
                       is_nul ? "the template contains a NUL byte" : "DOCTYPE declarations are not allowed in templates")
        .hints.push_back(is_nul ? "save the template as UTF-8 text" : "remove the <!DOCTYPE …>; kansli expands no entities");
    return false;
  }

  SourcePosition attribute_position(const Source& source, const pugi::xml_node& node,
                                    const char* name) const;
  void convert_children(const Source& source, const pugi::xml_node& node, TemplateNode& out);
  void convert_element(const Source& source, const pugi::xml_node& node,
                       std::vector<TemplateNode>& out);
  bool check_attributes(const Source& source, const pugi::xml_node& node, const ElementSpec& spec,
                        TemplateNode& element);
  void parse_directive(TemplateNode& element);
  void include(const Source& source, const TemplateNode& element, std::vector<TemplateNode>& out);

  const Files& files_;
  Diagnostics& diagnostics_;
  std::vector<std::string> include_stack_;
};

std::optional<TemplateNode> TemplateParser::parse_file(const std::string& path,
                                                       const std::string& root_name,
                                                       const SourcePosition& included_from) {
  std::string error;
  const FileBytes text = files_.read(path, FileKind::kTemplate, error);
  if (!text) {
    if (included_from.known()) {
      diagnostics_.error(included_from, "the include '" + path + "' " + error)
          .hints.push_back("an include names a partial template file (<partial>…</partial>), relative to the "
                           "file that includes it");
    }
    else diagnostics_.error({}, "the template '" + path + "' " + error);
    return std::nullopt;
  }
  const Source source(path, *text);
  return parse_source(source, root_name);
}

std::optional<TemplateNode> TemplateParser::parse_source(const Source& source, const std::string& root_name) {
  const std::string& path = source.path;
  if (!check_text(source)) return std::nullopt;
  pugi::xml_document xml;
  const auto result = xml.load_buffer(source.text.data(), source.text.size(),
                                      pugi::parse_default | pugi::parse_ws_pcdata,
                                      pugi::encoding_utf8);
  if (!result) {
    diagnostics_.error(position_of(source, result.offset), describe_xml_error(result))
        .hints.push_back("every element must be closed (<p>…</p> or <br/>), attribute values "
                         "quoted, and '&' and '<' in text written as &amp; and &lt;");
    return std::nullopt;
  }
  const pugi::xml_node root = xml.document_element();
  if (root_name != root.name()) {
    diagnostics_.error(element_position(source, root),
                       "the root element is <" + std::string(root.name()) + ">, expected <" +
                           root_name + ">");
    return std::nullopt;
  }
  TemplateNode node;
  node.name = root.name();
  node.position = element_position(source, root);
  if (const ElementSpec* spec = find_element(root_name)) check_attributes(source, root, *spec, node);
  include_stack_.push_back(path);
  convert_children(source, root, node);
  include_stack_.pop_back();
  return node;
}

SourcePosition TemplateParser::attribute_position(const Source& source, const pugi::xml_node& node,
                                                  const char* name) const {
  const std::size_t offset = find_attribute_offset(source.text, static_cast<std::size_t>(node.offset_debug()), name);
  return position_of(source, static_cast<std::ptrdiff_t>(offset));
}

void TemplateParser::convert_children(const Source& source, const pugi::xml_node& node,
                                      TemplateNode& out) {
  for (const pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element) {
      convert_element(source, child, out.children);
    } else if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      TemplateNode text;
      text.kind = TemplateNode::Kind::kText;
      text.position = position_of(source, child.offset_debug());
      if (auto parts = parse_interpolated(child.value(), text.position, diagnostics_)) {
        text.text = std::move(*parts);
        out.children.push_back(std::move(text));
      }
    }
  }
}

void TemplateParser::convert_element(const Source& source, const pugi::xml_node& node,
                                     std::vector<TemplateNode>& out) {
  TemplateNode element;
  element.name = node.name();
  element.position = element_position(source, node);
  std::size_t depth = 0;
  for (pugi::xml_node up = node; up.parent(); up = up.parent()) ++depth;
  if (depth > kMaxTemplateDepth) {
    diagnostics_.error(element.position, "elements are nested more than " + std::to_string(kMaxTemplateDepth) +
                                             " levels deep");
    return;
  }
  const ElementSpec* spec = find_element(element.name);
  if (spec && spec->role == ElementRole::kRoot) {
    diagnostics_.error(element.position, "<" + element.name + "> may only be a file's root element");
    return;
  }
  if (!spec) {
    auto& error = diagnostics_.error(element.position, "unknown element <" + element.name + ">");
    if (auto near = closest_match(element.name, element_names())) {
      error.hints.push_back("did you mean <" + *near + ">?");
    } else {
      error.hints.push_back("the elements a template may use are listed in docs/template-language.md");
    }
    return;
  }
  if (!check_attributes(source, node, *spec, element)) return;
  if (element.name == "include") return include(source, element, out);
  parse_directive(element);
  convert_children(source, node, element);
  out.push_back(std::move(element));
}

bool TemplateParser::check_attributes(const Source& source, const pugi::xml_node& node,
                                      const ElementSpec& spec, TemplateNode& element) {
  bool ok = true;
  for (const pugi::xml_attribute attribute : node.attributes()) {
    const std::string name = attribute.name();
    const SourcePosition position = attribute_position(source, node, attribute.name());
    bool known = false;
    for (const auto& allowed : spec.attributes) known = known || allowed == name;
    if (!known) {
      auto& error = diagnostics_.error(
          position, "element <" + element.name + "> has no attribute '" + name + "'");
      if (auto near = closest_match(name, spec.attributes)) {
        error.hints.push_back("did you mean '" + *near + "'?");
      }
      ok = false;
      continue;
    }
    auto value = parse_interpolated(attribute.value(), position, diagnostics_);
    if (!value) { ok = false; continue; }
    element.attributes.push_back({name, attribute.value(), std::move(*value), position});
  }
  return ok;
}

void TemplateParser::parse_directive(TemplateNode& element) {
  if (element.name == "rich-text") {
    const TemplateAttribute* of = element.attribute("of");
    if (!of) diagnostics_.error(element.position, "<rich-text> needs an 'of' attribute naming a data path");
    else element.source = parse_expression(of->raw, of->position, diagnostics_);
    return;
  }
  if (element.name != "if" && element.name != "for") return;
  const char* required = element.name == "if" ? "test" : "each";
  const TemplateAttribute* attribute = element.attribute(required);
  if (!attribute) {
    diagnostics_.error(element.position,
                       "<" + element.name + "> needs a '" + required + "' attribute");
    return;
  }
  if (element.name == "if") {
    element.condition = parse_condition(attribute->raw, attribute->position, diagnostics_);
    return;
  }
  const std::size_t in = attribute->raw.find(" in ");
  const std::string variable = in == std::string::npos ? "" : attribute->raw.substr(0, in);
  if (variable.empty() || variable.find_first_of(" .") != std::string::npos) {
    diagnostics_.error(attribute->position,
                       "malformed loop '" + attribute->raw + "'; expected 'name in path'");
    return;
  }
  element.loop_variable = variable;
  element.source = parse_expression(attribute->raw.substr(in + 4),
                                         advance(attribute->position, attribute->raw, in + 4),
                                         diagnostics_);
}

void TemplateParser::include(const Source& source, const TemplateNode& element,
                             std::vector<TemplateNode>& out) {
  const TemplateAttribute* src = element.attribute("src");
  if (!src) {
    diagnostics_.error(element.position, "<include> needs a 'src' attribute");
    return;
  }
  if (static_cast<int>(include_stack_.size()) >= kMaxIncludeDepth) {
    diagnostics_.error(src->position, "includes are nested too deeply (a partial includes itself?)");
    return;
  }
  std::string error;
  const auto path = files_.resolve(source.path, src->raw, error);
  if (!path) {
    diagnostics_.error(src->position, "the include " + error).hints.push_back("files named in templates, data and themes must be inside the folder kansli works in: run it from a folder that holds them all, or give --root");
    return;
  }
  auto partial = parse_file(*path, "partial", src->position);
  if (!partial) return;
  for (auto& child : partial->children) out.push_back(std::move(child));
}

}  // namespace

bool TemplateNode::is_blank() const {
  if (kind != Kind::kText) return false;
  for (const auto& part : text) {
    if (part.is_expression) return false;
    if (part.literal.find_first_not_of(" \t\r\n") != std::string::npos) return false;
  }
  return true;
}

const TemplateAttribute* TemplateNode::attribute(const std::string& wanted) const {
  for (const auto& a : attributes) {
    if (a.name == wanted) return &a;
  }
  return nullptr;
}

std::optional<Template> parse_template_text(const std::string& path, const std::string& text,
                                            const Files& files, Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  TemplateParser parser(files, diagnostics);
  auto root = parser.parse_source({path, text}, "document");
  if (root) check_placement(*root, diagnostics);
  if (!root || diagnostics.error_count() > errors_before) return std::nullopt;
  return Template{path, std::move(*root)};
}

std::optional<Template> parse_template(const std::string& path, const Files& files,
                                       Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  TemplateParser parser(files, diagnostics);
  auto root = parser.parse_file(path, "document", {});
  if (root) check_placement(*root, diagnostics);
  if (!root || diagnostics.error_count() > errors_before) return std::nullopt;
  return Template{path, std::move(*root)};
}

}  // namespace kansli::tmpl
