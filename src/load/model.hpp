// DataModel: the value a template reads (the prepared model), plus where its parts
// came from, so that a later stage can point a user at the data file's line.
// Each source says which subtree of the model ("/meeting") a loaded file became.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "load/load.hpp"

namespace kansli {

struct DataModel {
  Value root;
  std::vector<std::pair<std::string, SourceMap>> sources;  // model path prefix -> file map

  // Returns where the value at model `path` is written, or an unknown position.
  SourcePosition locate(const std::string& path) const;
  // Returns model `path` as a path inside the file it came from ("/meeting/date" -> "/date").
  std::string file_path(const std::string& path) const;

 private:
  const std::pair<std::string, SourceMap>* source_of(const std::string& path) const;
};

}  // namespace kansli
