// The render and validate commands: what the command line asked for, handed to the render
// library; what it returns printed. Returns the process exit code.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.hpp"

namespace kansli::cli {

// Exit codes (documented in the README).
constexpr int kExitOk = 0;
constexpr int kExitInputError = 1;
constexpr int kExitUsage = 2;
constexpr int kExitIoError = 3;

struct RenderOptions {
  std::string template_path;
  std::string data_path;
  std::string output_directory = "output";
  std::string theme_path;  // empty: <template folder>/themes/default.json
  std::string schema_directory = KANSLI_SCHEMA_DIR;
  std::string root = ".";  // files named inside files must stay in this folder
  bool write_pdf = true;
  bool write_html = true;
  bool dump_tree = false;    // print the document tree instead of writing files
  bool dump_layout = false;  // print the laid-out pages instead of writing files
  std::string deps_path;     // when set, the files the outputs were made from are listed there
};

// Renders as `options` say; reports problems to `diagnostics`; returns an exit code.
int render(const RenderOptions& options, Diagnostics& diagnostics);

// Checks data files (schema, and references for meetings and reports) without
// rendering; returns kExitOk when all are valid.
int validate(const std::vector<std::string>& paths, const std::string& schema_directory,
             const std::string& root, Diagnostics& diagnostics);

}  // namespace kansli::cli
