// Loading data files into a Value plus a SourceMap that locates every value.
// This stage is the only one that sees nlohmann::json (and, for XML data, pugixml).
// Syntax errors are reported as diagnostics at the file's line and column.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "load/value.hpp"

namespace kansli {

// Maps a value's path ("/meeting/items/3/title") to where it is written.
class SourceMap {
 public:
  void add(std::string path, SourcePosition position);
  // Returns the position of `path`, or of its nearest ancestor that has one.
  SourcePosition locate(const std::string& path) const;
  const std::string& file() const { return file_; }
  void set_file(std::string file) { file_ = std::move(file); }

 private:
  std::string file_;
  std::map<std::string, SourcePosition> positions_;
};

struct LoadedFile {
  std::string path;
  Value root;
  SourceMap source_map;
};

// Parses JSON `text` (named `path` in messages); reports syntax errors to `diagnostics`.
std::optional<LoadedFile> parse_json(const std::string& path, const std::string& text,
                                     Diagnostics& diagnostics);

// Reads and parses the data file at `path` (JSON; XML comes with the data-contract work).
std::optional<LoadedFile> load_data_file(const std::string& path, Diagnostics& diagnostics);

}  // namespace kansli
