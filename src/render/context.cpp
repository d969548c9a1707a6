// Implements RenderContext and LoadedTheme (see render.hpp).
#include "fonts/font_set.hpp"
#include "hyphen/pattern_hyphenator.hpp"
#include "render/data_reader.hpp"
#include "render/prepare_data.hpp"
#include "render/render.hpp"

namespace kansli {
namespace {

// The folders files named inside files may come from: the root, the system's fonts and
// hyphenation patterns, and the schemas.
PathPolicy path_policy(const std::string& root, const std::string& schema_directory) {
  std::vector<std::string> trusted = system_resource_folders();
  trusted.push_back(schema_directory);
  return PathPolicy(root, std::move(trusted));
}

}  // namespace

LoadedTheme::~LoadedTheme() = default;

RenderContext::RenderContext(const std::string& root, const std::string& schema_directory,
                             const std::vector<std::string>& named_by_user)
    : schema_directory_(schema_directory), files_(path_policy(root, schema_directory), named_by_user), images_(files_) {}

RenderContext::~RenderContext() = default;

bool RenderContext::load_schemas(Diagnostics& diagnostics) {
  reader_ = DataReader::create(schema_directory_, files_, diagnostics);
  return reader_ != nullptr;
}

bool RenderContext::load_theme(const std::string& path, Diagnostics& diagnostics) {
  theme_.reset();
  auto theme = kansli::load_theme(path, files_, diagnostics);
  if (!theme) return false;
  auto loaded = std::make_unique<LoadedTheme>();
  loaded->path = canonical_path(path);
  loaded->theme = std::move(*theme);
  loaded->fonts = FontSet::load(loaded->theme, files_, diagnostics);
  if (!loaded->fonts) return false;
  if (!loaded->theme.hyphenation.patterns.empty()) {
    loaded->hyphenator = PatternHyphenator::load(loaded->theme.hyphenation, files_, diagnostics);
    if (!loaded->hyphenator) return false;
  }
  theme_ = std::move(loaded);
  return true;
}

bool RenderContext::load_data(const std::string& path, Diagnostics& diagnostics) {
  if (!reader_ && !load_schemas(diagnostics)) return false;
  PreparedData prepared = prepare_data(path, *reader_, files_, diagnostics);
  if (!prepared.model) return false;
  const std::string key = prepared.path;
  data_.insert_or_assign(key, std::move(prepared));
  return true;
}

const PreparedData* RenderContext::prepared_data(const std::string& path) const {
  if (data_.empty()) return nullptr;
  auto found = data_.find(path);  // a canonical path already: no need to ask the file system
  if (found == data_.end()) found = data_.find(canonical_path(path));
  return found == data_.end() ? nullptr : &found->second;
}

const LoadedTheme* RenderContext::loaded_theme(const std::string& path) const {
  if (!theme_) return nullptr;
  return theme_->path == path || theme_->path == canonical_path(path) ? theme_.get() : nullptr;
}

}  // namespace kansli
