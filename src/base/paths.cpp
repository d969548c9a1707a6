// Implements PathPolicy (see paths.hpp).
#include "base/paths.hpp"

#include <filesystem>

namespace kansli {
namespace {

namespace fs = std::filesystem;

bool is_inside(const std::string& path, const std::string& folder) {
  if (folder == "/") return true;
  return path == folder || (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
                            path[folder.size()] == '/');
}

}  // namespace

std::string canonical_path(const std::string& path) {
  std::error_code error;
  const fs::path canonical = fs::weakly_canonical(fs::absolute(path), error);
  return error ? path : canonical.string();
}

PathPolicy::PathPolicy(const std::string& root, std::vector<std::string> trusted)
    : root_(canonical_path(root)), root_as_given_(root == "." ? "the current folder" : "'" + root + "'") {
  for (const auto& folder : trusted) trusted_.push_back(canonical_path(folder));
}

bool PathPolicy::allowed(const std::string& canonical) const {
  if (is_inside(canonical, root_)) return true;
  for (const auto& folder : trusted_) {
    if (is_inside(canonical, folder)) return true;
  }
  return false;
}

std::optional<std::string> PathPolicy::resolve(const std::string& referrer, const std::string& named,
                                               std::string& error) const {
  if (named.empty()) {
    error = "the path is empty";
    return std::nullopt;
  }
  const fs::path written(named);
  const fs::path joined = written.is_absolute() ? written : fs::path(referrer).parent_path() / written;
  std::string outside;
  if (!permits(joined.string(), outside)) {
    error = "'" + named + "' " + outside;
    return std::nullopt;
  }
  return joined.lexically_normal().string();
}

bool PathPolicy::permits(const std::string& path, std::string& error) const {
  std::error_code failure;
  const std::string canonical = fs::weakly_canonical(fs::absolute(path), failure).string();
  if (!failure && allowed(canonical)) return true;
  error = "leads outside the folder kansli works in (" + root_as_given_ + ")";
  return false;
}

std::vector<std::string> system_resource_folders() {
  return {"/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/hyphen"};
}

}  // namespace kansli
