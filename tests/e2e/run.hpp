// Test helper: runs a program and captures its exit code, stdout and stderr.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <sys/types.h>

#include <nlohmann/json.hpp>

namespace kansli::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `args[0]` with `args` in folder `cwd` (no shell), waiting for it to finish.
RunResult run(const std::vector<std::string>& args, const std::string& cwd = ".");

// Reads a whole file ("" when it cannot be read).
std::string slurp(const std::string& path);

// Returns the value of environment variable `name`, failing the test when unset.
std::string required_env(const char* name);

// Makes a fresh empty temporary folder named after `label`, removed when the test program
// ends; returns its path.
std::string fresh_folder(const std::string& label);

// Copies the templates and the sample organisation (data/klaralvdalen) into a fresh
// folder, so that a test may change the data; returns the folder.
std::string copy_samples(const std::string& label);

// Runs `kansli render <template> <data> -o <out>` in `folder`, after `prefix` (e.g. env).
RunResult render_in(const std::string& folder, const std::string& template_path, const std::string& data,
                    const std::string& out, const std::vector<std::string>& prefix = {});

// Rewrites the JSON file `path` in `folder` with `change` applied to its value.
void change_json(const std::string& folder, const std::string& path,
                 const std::function<void(nlohmann::json&)>& change);

// Starts `args[0]` with `args` (no shell) without waiting for it, its standard output to
// /dev/null; returns its process id, or -1 when it cannot be started.
pid_t start_quietly(std::vector<std::string> args);

}  // namespace kansli::testing
