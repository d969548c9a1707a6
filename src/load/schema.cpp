// Implements SchemaView (see schema.hpp).
#include "load/schema.hpp"

namespace kansli {

const Value* SchemaView::resolve(const Value* node) const {
  for (int depth = 0; node && depth < 16; ++depth) {
    const Value* ref = node->find("$ref");
    if (!ref || !ref->is_string()) return node;
    const std::string& target = ref->as_string();
    const std::string prefix = "#/definitions/";
    if (target.rfind(prefix, 0) != 0) return nullptr;
    const Value* definitions = root_.find("definitions");
    node = definitions ? definitions->find(target.substr(prefix.size())) : nullptr;
  }
  return node;
}

const Value* SchemaView::property(const Value* node, const std::string& key) const {
  node = resolve(node);
  const Value* properties = node ? node->find("properties") : nullptr;
  return properties ? properties->find(key) : nullptr;
}

bool SchemaView::is_required(const Value* node, const std::string& key) const {
  node = resolve(node);
  const Value* required = node ? node->find("required") : nullptr;
  if (!required || !required->is_array()) return false;
  for (const auto& name : required->as_array()) {
    if (name.is_string() && name.as_string() == key) return true;
  }
  return false;
}

const Value* SchemaView::items(const Value* node) const {
  node = resolve(node);
  return node ? node->find("items") : nullptr;
}

const Value* SchemaView::at(const std::string& path) const {
  const Value* node = &root_;
  std::size_t start = 1;
  while (node && start <= path.size() && !path.empty()) {
    const std::size_t slash = std::min(path.find('/', start), path.size());
    const std::string segment = path.substr(start, slash - start);
    node = allows(node, "array") ? items(node) : property(node, segment);
    start = slash + 1;
  }
  return node;
}

std::vector<std::string> SchemaView::property_names(const Value* node) const {
  std::vector<std::string> names;
  node = resolve(node);
  const Value* properties = node ? node->find("properties") : nullptr;
  if (properties && properties->is_object()) {
    for (const auto& member : properties->as_object()) names.push_back(member.first);
  }
  return names;
}

std::vector<std::string> SchemaView::types(const Value* node) const {
  node = resolve(node);
  std::vector<std::string> out;
  const Value* type = node ? node->find("type") : nullptr;
  if (type && type->is_string()) out.push_back(type->as_string());
  if (type && type->is_array()) {
    for (const auto& t : type->as_array()) {
      if (t.is_string()) out.push_back(t.as_string());
    }
  }
  if (!type && node && node->find("properties")) out.push_back("object");
  return out;
}

bool SchemaView::allows(const Value* node, const std::string& type) const {
  for (const auto& t : types(node)) {
    if (t == type) return true;
  }
  return false;
}

bool SchemaView::is_rich_text(const Value* node) const {
  node = resolve(node);
  const Value* media = node ? node->find("contentMediaType") : nullptr;
  return media && media->is_string() && media->as_string() == "text/markdown";
}

std::string SchemaView::description(const Value* node) const {
  for (int depth = 0; node && depth < 16; ++depth) {
    const Value* text = node->find("description");
    if (text && text->is_string()) return text->as_string();
    const Value* resolved = resolve(node);
    if (resolved == node) break;
    node = resolved;
  }
  return "";
}

}  // namespace kansli
