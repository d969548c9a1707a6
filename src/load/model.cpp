// Implements DataModel::locate (see model.hpp).
#include "load/model.hpp"

namespace kansli {

SourcePosition DataModel::locate(const std::string& path) const {
  const std::pair<std::string, SourceMap>* best = nullptr;
  for (const auto& source : sources) {
    const std::string& prefix = source.first;
    const bool inside = path.compare(0, prefix.size(), prefix) == 0 &&
                        (path.size() == prefix.size() || path[prefix.size()] == '/');
    if (inside && (!best || prefix.size() > best->first.size())) best = &source;
  }
  if (!best) return {};
  return best->second.locate(path.substr(best->first.size()));
}

}  // namespace kansli
