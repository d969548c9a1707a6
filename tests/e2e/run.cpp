// Implements the process runner for end-to-end tests (see run.hpp).
#include "run.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace kansli::testing {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string required_env(const char* name) {
  const char* value = std::getenv(name);
  if (!value) throw std::runtime_error(std::string("environment variable ") + name + " is not set");
  return value;
}

namespace {

// The folders fresh_folder made, removed when the test program ends (set
// KANSLI_KEEP_TEST_FOLDERS to keep them for a look after a failure).
class MadeFolders {
 public:
  ~MadeFolders() {
    if (std::getenv("KANSLI_KEEP_TEST_FOLDERS")) return;
    std::error_code ignored;
    for (const auto& folder : folders_) std::filesystem::remove_all(folder, ignored);
  }
  void add(const std::filesystem::path& folder) { folders_.push_back(folder); }

 private:
  std::vector<std::filesystem::path> folders_;
};

MadeFolders& made_folders() {
  static MadeFolders folders;
  return folders;
}

}  // namespace

std::string fresh_folder(const std::string& label) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("kansli-e2e-" + std::to_string(static_cast<long>(getpid())) + "-" + label);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  made_folders().add(dir);
  return dir.string();
}

std::string copy_samples(const std::string& label) {
  const std::string folder = fresh_folder(label);
  const std::string source = required_env("KANSLI_SOURCE");
  std::filesystem::copy(source + "/data/klaralvdalen", folder + "/klaralvdalen", std::filesystem::copy_options::recursive);
  std::filesystem::copy(source + "/templates", folder + "/templates", std::filesystem::copy_options::recursive);
  return folder;
}

RunResult render_in(const std::string& folder, const std::string& template_path, const std::string& data,
                    const std::string& out, const std::vector<std::string>& prefix) {
  std::vector<std::string> args = prefix;
  for (const std::string& a : {required_env("KANSLI"), std::string("render"), template_path, data, std::string("-o"), out}) {
    args.push_back(a);
  }
  return run(args, folder);
}

RunResult run(const std::vector<std::string>& args, const std::string& cwd) {
  const std::string folder = fresh_folder("run");
  const std::string out_path = folder + "/stdout", err_path = folder + "/stderr";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  // The child changes folder through a shell-free helper: env -C needs coreutils 8.28+.
  std::vector<std::string> full = {"/usr/bin/env", "-C", cwd};
  full.insert(full.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : full) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  RunResult result;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) == 0) {
    int status = 0;
    waitpid(pid, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  posix_spawn_file_actions_destroy(&actions);
  result.out = slurp(out_path);
  result.err = slurp(err_path);
  std::filesystem::remove_all(folder);
  return result;
}

void change_json(const std::string& folder, const std::string& path,
                 const std::function<void(nlohmann::json&)>& change) {
  auto value = nlohmann::json::parse(slurp(folder + "/" + path));
  change(value);
  std::ofstream(folder + "/" + path) << value.dump(1);
}

pid_t start_quietly(std::vector<std::string> args) {
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

}  // namespace kansli::testing
