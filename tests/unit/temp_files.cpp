// Implements write_temp_file (see temp_files.hpp).
#include "temp_files.hpp"

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace kansli::testing {

std::string write_temp_file(const std::string& name, const std::string& content) {
  static const std::filesystem::path folder = [] {
    auto dir = std::filesystem::temp_directory_path() /
               ("kansli-unit-" + std::to_string(static_cast<long>(getpid())));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
  }();
  const auto path = folder / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
  return path.string();
}

}  // namespace kansli::testing
