// The error corpus: each folder under tests/errors/cases holds `args` (one argument
// a line, run from tests/errors; a render gets `-o <scratch folder>` added),
// `expected-stderr` (the full messages) and `expected-exit`. Nothing may be written
// when a run fails. tests/errors/README.md says how to add a case.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "run.hpp"

using namespace kansli::testing;
namespace fs = std::filesystem;

TEST_CASE("every error case prints exactly its expected message and writes nothing") {
  const std::string root = required_env("KANSLI_SOURCE") + "/tests/errors";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root + "/cases")) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 30);
  for (const auto& folder : cases) {
    std::vector<std::string> args = {required_env("KANSLI")};
    std::istringstream lines(slurp((folder / "args").string()));
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) args.push_back(line);
    }
    const std::string out = fresh_folder("corpus") + "/out";
    if (args.size() > 1 && args[1] == "render") args.insert(args.end(), {"-o", out});
    const RunResult result = run(args, root);
    INFO("case " << folder.filename().string());
    CHECK(result.err == slurp((folder / "expected-stderr").string()));
    CHECK(std::to_string(result.exit_code) + "\n" == slurp((folder / "expected-exit").string()));
    CHECK_FALSE(fs::exists(out));
  }
}
