// Loading data files into a Value plus a SourceMap that locates every value.
// This stage is the only one that sees nlohmann::json (and, for XML data, pugixml).
// Syntax errors are reported as diagnostics at the file's line and column.
#pragma once

#include <functional>
#include <unordered_map>
#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "load/schema.hpp"
#include "load/value.hpp"

namespace kansli {

// Maps a value's path ("/meeting/items/3/title") to where it is written.
class SourceMap {
 public:
  // Records where `path` is written in the map's file.
  void add(std::string path, LineColumn where);
  void add(std::string path, const SourcePosition& position) { add(std::move(path), {position.line, position.column}); }
  // Returns the position of `path`, or of its nearest ancestor that has one.
  SourcePosition locate(const std::string& path) const;
  const std::string& file() const { return file_; }
  void set_file(std::string file) { file_ = std::move(file); }

 private:
  std::string file_;
  std::unordered_map<std::string, LineColumn> positions_;  // the file's name once, not a copy a value
};

struct LoadedFile {
  std::string path;
  Value root;
  SourceMap source_map;
};

// Limits on data files: deeper files are refused with a clear error (larger ones by Files).
constexpr std::size_t kMaxNestingDepth = 64;

// Reports the first NUL byte of `text` (not text but binary or UTF-16); returns whether
// there was one.
bool report_nul_byte(const std::string& path, const std::string& text, Diagnostics& diagnostics);

// Returns the schema of a data kind ("meeting"), or null when there is none.
using SchemaLookup = std::function<const SchemaView*(const std::string& kind)>;

// Parses JSON `text` (named `path` in messages); reports syntax errors to `diagnostics`.
std::optional<LoadedFile> parse_json(const std::string& path, const std::string& text,
                                     Diagnostics& diagnostics);

// Parses XML data `text`: the root element names the kind, whose schema decides what
// is a list, a number, a boolean or rich text, so that XML and JSON of the same
// document give the same value. DOCTYPE declarations (and so entities) are refused.
std::optional<LoadedFile> parse_xml(const std::string& path, const std::string& text,
                                    const SchemaLookup& schemas, Diagnostics& diagnostics);

// Reads the data file at `path` through `files`: XML when it ends in ".xml" (which needs
// `schemas`), JSON otherwise.
std::optional<LoadedFile> load_data_file(const std::string& path, const Files& files, Diagnostics& diagnostics,
                                         const SchemaLookup& schemas = nullptr);

}  // namespace kansli
