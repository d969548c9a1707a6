// End-to-end tests for hostile and broken input (issue: fuzzing, sanitizers, safe
// paths, nothing lost): huge inputs are rendered or refused, never a crash; a killed
// render loses nothing; output does not depend on the clock.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>

#include <nlohmann/json.hpp>

#include "run.hpp"

using namespace kansli::testing;
namespace fs = std::filesystem;

namespace {

const std::string kMeeting = "klaralvdalen/meetings/styrelsen-2026-12-10.json";


RunResult render_in(const std::string& folder, const std::string& out, const std::vector<std::string>& prefix = {}) {
  return kansli::testing::render_in(folder, "templates/kallelse.xml", kMeeting, out, prefix);
}

int page_count(const std::string& pdf) {
  const RunResult info = run({"/usr/bin/pdfinfo", pdf});
  const std::size_t at = info.out.find("Pages:");
  return at == std::string::npos ? 0 : std::stoi(info.out.substr(at + 6));
}

// Starts kansli rendering in `folder`, kills it after `delay`, and waits for it.
void render_and_kill(const std::string& folder, const std::string& out, std::chrono::milliseconds delay) {
  const pid_t pid = start_quietly({"/usr/bin/env", "-C", folder, required_env("KANSLI"), "render",
                                   "templates/kallelse.xml", kMeeting, "-o", out});
  REQUIRE(pid > 0);
  std::this_thread::sleep_for(delay);
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

const std::string kLongNote =
    "Samordningsförbundet ska bidra till att skapa en struktur så att samverkan mellan parterna fungerar över tid. ";

}  // namespace

TEST_CASE("a render killed midway leaves no temporary file and every output whole") {
  const std::string folder = copy_samples("killed");
  const std::string out = folder + "/out", expected = folder + "/expected";
  REQUIRE(render_in(folder, out).exit_code == 0);
  const std::string old_pdf = slurp(out + "/styrelsen-2026-12-10-kallelse.pdf");
  // A much longer meeting, so that the render is killed while it works.
  change_json(folder, kMeeting, [](nlohmann::json& m) {
    std::string note;
    for (int i = 0; i < 20000; ++i) note += kLongNote;
    m["note"] = note;
  });
  REQUIRE(render_in(folder, expected).exit_code == 0);
  const std::string new_pdf = slurp(expected + "/styrelsen-2026-12-10-kallelse.pdf");
  REQUIRE(new_pdf != old_pdf);
  for (const int delay : {20, 100, 250, 500, 900}) {
    render_and_kill(folder, out, std::chrono::milliseconds(delay));
    INFO("killed after " << delay << " ms");
    CHECK(std::distance(fs::directory_iterator(out), {}) == 2);
    const std::string pdf = slurp(out + "/styrelsen-2026-12-10-kallelse.pdf");
    CHECK((pdf == old_pdf || pdf == new_pdf));
  }
}

TEST_CASE("a meeting with 10 000 agenda items is rendered") {
  const std::string folder = copy_samples("many-items");
  change_json(folder, kMeeting, [](nlohmann::json& m) {
    m["agenda"] = nlohmann::json::array();
    for (int i = 1; i <= 10000; ++i) {
      m["agenda"].push_back({{"title", "Ärende " + std::to_string(i) + " om samordnade rehabiliteringsinsatser"},
                             {"type", "decision"}, {"dnr", "KSF 2026/" + std::to_string(i)}});
    }
  });
  const RunResult result = render_in(folder, folder + "/out");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(page_count(folder + "/out/styrelsen-2026-12-10-kallelse.pdf") > 400);
}

TEST_CASE("a 5 MB text field is rendered") {
  const std::string folder = copy_samples("long-text");
  change_json(folder, kMeeting, [](nlohmann::json& m) {
    std::string note;
    while (note.size() < 5'000'000) note += kLongNote;
    m["note"] = note;
  });
  const RunResult result = render_in(folder, folder + "/out");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(page_count(folder + "/out/styrelsen-2026-12-10-kallelse.pdf") > 1000);
}

TEST_CASE("a data file over 20 MB is refused before it is read") {
  const std::string folder = copy_samples("too-large");
  {
    std::ofstream big(folder + "/" + kMeeting);
    big << "{\"kind\": \"meeting\", \"note\": \"";
    for (int i = 0; i < 200'000; ++i) big << kLongNote;
    big << "\"}";
  }
  const RunResult result = render_in(folder, folder + "/out");
  CHECK(result.exit_code == 1);
  CHECK(result.err == "error: '" + kMeeting + "' is 23 MB; kansli reads files of at most 20 MB\n"
                                 "1 error; nothing was written\n");
}

TEST_CASE("the output does not depend on the clock, the time zone or SOURCE_DATE_EPOCH") {
  const std::string folder = copy_samples("clock");
  REQUIRE(render_in(folder, folder + "/now").exit_code == 0);
  const RunResult later = render_in(folder, folder + "/later",
                                    {"/usr/bin/env", "TZ=Asia/Tokyo", "SOURCE_DATE_EPOCH=2000000000",
                                     // faketime preloads a library; under ASan, allow that
                                     "ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=1",
                                     "/usr/bin/faketime", "2031-05-05 12:00:00"});
  INFO(later.err);
  REQUIRE(later.exit_code == 0);
  for (const char* name : {"/styrelsen-2026-12-10-kallelse.pdf", "/styrelsen-2026-12-10-kallelse.html"}) {
    CHECK(slurp(folder + "/now" + name) == slurp(folder + "/later" + name));
  }
}

TEST_CASE("an output folder that cannot be written is an I/O error, exit code 3") {
  const std::string folder = copy_samples("unwritable");
  const RunResult result = render_in(folder, "/dev/null/out");
  CHECK(result.exit_code == 3);
  CHECK(result.err == "error: cannot create a file in '/dev/null/out': Not a directory\n1 error; nothing was written\n");
}
