// Implements what violations.hpp declares outside the checks themselves: field_name.
#include "validate/violations.hpp"

namespace kansli::validation {

std::string field_name(const std::string& path) {
  std::string name = path;
  while (!name.empty()) {
    const std::size_t slash = name.rfind('/');
    const std::string last = name.substr(slash == std::string::npos ? 0 : slash + 1);
    if (last.find_first_not_of("0123456789") != std::string::npos) return last;
    if (slash == std::string::npos) break;
    name.resize(slash);
  }
  return "the file";
}

}  // namespace kansli::validation
