// Replays every input the fuzzers found (tests/fuzz-regressions/<target>/*) through
// the same code the fuzz target runs; the test fails by crashing, as the fuzzer did,
// and (under `make test`'s sanitizer pass) on any memory error or leak.
#include <doctest/doctest.h>

#include <filesystem>

#include "../../fuzz/targets.hpp"
#include "run.hpp"

namespace fs = std::filesystem;

TEST_CASE("every saved fuzz finding runs through its target without a crash") {
  const fs::path root = fs::path(KANSLI_SOURCE_DIR) / "tests" / "fuzz-regressions";
  int replayed = 0;
  for (const auto& target : fs::directory_iterator(root)) {
    for (const auto& input : fs::directory_iterator(target.path())) {
      INFO(input.path().string());
      const std::string bytes = kansli::testing::slurp(input.path().string());
      CHECK(kansli::fuzz::run_target(target.path().filename().string(),
                                     reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
      ++replayed;
    }
  }
  CHECK(replayed >= 1);
}
