// Test helper: writes files into a fresh temporary folder per test process.
#pragma once

#include <string>

namespace kansli::testing {

// Writes `content` to `name` (may contain folders) in the test folder; returns its path.
std::string write_temp_file(const std::string& name, const std::string& content);

}  // namespace kansli::testing
