// Implements DataModel::locate (see model.hpp).
#include "load/model.hpp"

namespace kansli {

const std::pair<std::string, SourceMap>* DataModel::source_of(const std::string& path) const {
  const std::pair<std::string, SourceMap>* best = nullptr;
  for (const auto& source : sources) {
    const std::string& prefix = source.first;
    const bool inside = path.compare(0, prefix.size(), prefix) == 0 &&
                        (path.size() == prefix.size() || path[prefix.size()] == '/');
    if (inside && (!best || prefix.size() > best->first.size())) best = &source;
  }
  return best;
}

SourcePosition DataModel::locate(const std::string& path) const {
  const auto* source = source_of(path);
  return source ? source->second.locate(path.substr(source->first.size())) : SourcePosition{};
}

std::string DataModel::file_path(const std::string& path) const {
  const auto* source = source_of(path);
  if (!source) return path;
  const std::string inside = path.substr(source->first.size());
  return inside.empty() ? "/" : inside;
}

}  // namespace kansli
