// End-to-end tests of what the real binary promises about its outputs: whatever a
// command prints to standard output is checked (exit 3 when it cannot be written), and
// two renders into one folder at once leave the outputs of one of them, never a mix.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/wait.h>
#include <unistd.h>

#include "run.hpp"

using namespace kansli::testing;
namespace fs = std::filesystem;

namespace {

const std::string kMeeting = "klaralvdalen/meetings/styrelsen-2026-12-10.json";

// Runs `kansli <command>` with standard output sent to /dev/full.
RunResult run_into_full_disk(const std::string& command, const std::string& cwd = ".") {
  return run({"/bin/sh", "-c", "exec \"$0\" " + command + " > /dev/full", required_env("KANSLI")}, cwd);
}

// Starts `kansli render` in `folder` without waiting for it; returns its process id.
pid_t start_render(const std::string& folder, const std::string& theme, const std::string& out) {
  const pid_t pid = start_quietly({"/usr/bin/env", "-C", folder, required_env("KANSLI"), "render",
                                   "templates/kallelse.xml", kMeeting, "--theme", theme, "-o", out});
  REQUIRE(pid > 0);
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

struct Outputs {
  std::string pdf, html;
  bool operator==(const Outputs& other) const { return pdf == other.pdf && html == other.html; }
};

Outputs outputs_in(const std::string& folder) {
  const std::string stem = folder + "/styrelsen-2026-12-10-kallelse";
  return {slurp(stem + ".pdf"), slurp(stem + ".html")};
}

}  // namespace

TEST_CASE("schema-doc, validate and render exit 3 with a message when standard output cannot be written") {
  const RunResult doc = run_into_full_disk("schema-doc");
  CHECK(doc.exit_code == 3);
  CHECK(doc.err == "error: cannot write to standard output: No space left on device\n");
  const std::string folder = copy_samples("full-stdout");
  const RunResult valid = run_into_full_disk("validate " + kMeeting, folder);
  CHECK(valid.exit_code == 3);
  CHECK(valid.err == "error: cannot write to standard output: No space left on device\n");
  const RunResult render = run_into_full_disk("render templates/kallelse.xml " + kMeeting + " -o out", folder);
  CHECK(render.exit_code == 3);
  CHECK(render.err == "error: cannot write to standard output: No space left on device\n");
  fs::remove_all(folder);
}

TEST_CASE("two renders into one folder at once leave both outputs of one of them") {
  const std::string folder = copy_samples("concurrent");
  // A second theme, so that the two runs' outputs differ; each run's outputs alone, as references.
  std::string theme = slurp(folder + "/templates/themes/default.json");
  const std::string accent = "\"accent\": \"#1f4e79\"";
  REQUIRE(theme.find(accent) != std::string::npos);
  theme.replace(theme.find(accent), accent.size(), "\"accent\": \"#7a1f1f\"");
  std::ofstream(folder + "/templates/themes/red.json") << theme;
  const std::string themes[] = {"templates/themes/default.json", "templates/themes/red.json"};
  Outputs reference[2];
  for (int i = 0; i < 2; ++i) {
    REQUIRE(wait_for(start_render(folder, themes[i], "ref" + std::to_string(i))) == 0);
    reference[i] = outputs_in(folder + "/ref" + std::to_string(i));
  }
  REQUIRE_FALSE(reference[0] == reference[1]);

  for (int round = 0; round < 3; ++round) {
    const std::string out = folder + "/together";
    fs::remove_all(out);
    fs::create_directories(out);
    // Hold the folder's lock while both runs make their outputs: neither may rename into it meanwhile.
    const int lock = ::open(out.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);  // not inherited by the runs
    REQUIRE(lock >= 0);
    REQUIRE(::flock(lock, LOCK_EX) == 0);
    const pid_t first = start_render(folder, themes[0], "together");
    const pid_t second = start_render(folder, themes[1], "together");
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    const Outputs early = outputs_in(out);
    CHECK(early.pdf.empty());
    CHECK(early.html.empty());
    ::close(lock);
    CHECK(wait_for(first) == 0);
    CHECK(wait_for(second) == 0);
    const Outputs together = outputs_in(out);
    CHECK((together == reference[0] || together == reference[1]));
  }
  fs::remove_all(folder);
}
