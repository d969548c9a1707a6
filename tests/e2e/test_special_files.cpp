// End-to-end tests of the one door for files with special files that cannot live in git:
// a FIFO and /dev/zero (directly, or as a symbolic link) where kansli expects a data file,
// theme or template. Each run is bounded by `timeout`, so a read that blocks or never ends
// fails the test (exit 124) instead of hanging it.
#include <doctest/doctest.h>

#include <filesystem>

#include <sys/stat.h>

#include "run.hpp"

using namespace kansli::testing;
namespace fs = std::filesystem;

namespace {

const std::string kMeeting = "klaralvdalen/meetings/styrelsen-2026-12-10.json";

// Runs kansli with `args` in `folder`, stopped after 20 seconds.
RunResult run_kansli(const std::string& folder, const std::vector<std::string>& args) {
  std::vector<std::string> command = {"timeout", "20", required_env("KANSLI")};
  command.insert(command.end(), args.begin(), args.end());
  return run(command, folder);
}

// The sample organisation with its organisation.json replaced by `make` (which makes the new one).
std::string samples_with_organisation(const std::string& label, void (*make)(const std::string& path)) {
  const std::string folder = copy_samples(label);
  const std::string organisation = folder + "/klaralvdalen/organisation.json";
  fs::remove(organisation);
  fs::remove(folder + "/klaralvdalen/organisation.xml");
  make(organisation);
  return folder;
}

void make_fifo(const std::string& path) { REQUIRE(mkfifo(path.c_str(), 0644) == 0); }
void link_to_dev_zero(const std::string& path) { fs::create_symlink("/dev/zero", path); }

}  // namespace

TEST_CASE("a FIFO named organisation.json is refused at once, not read") {
  const std::string folder = samples_with_organisation("fifo-organisation", make_fifo);
  const RunResult result = run_kansli(folder, {"validate", kMeeting});
  CHECK(result.exit_code == 1);
  CHECK(result.err == "error: 'klaralvdalen/organisation.json' is a named pipe (FIFO), not a file\n1 error\n");
}

TEST_CASE("a FIFO given as the data file is refused at once") {
  const std::string folder = fresh_folder("fifo-data");
  make_fifo(folder + "/meeting.json");
  const RunResult result = run_kansli(folder, {"validate", "meeting.json"});
  CHECK(result.exit_code == 1);
  CHECK(result.err == "error: 'meeting.json' is a named pipe (FIFO), not a file\n1 error\n");
}

TEST_CASE("organisation.json linked to /dev/zero is refused: outside the root, and a device inside it") {
  const std::string folder = samples_with_organisation("zero-organisation", link_to_dev_zero);
  const RunResult outside = run_kansli(folder, {"validate", kMeeting});
  CHECK(outside.exit_code == 1);
  CHECK(outside.err.find("error: the organisation file 'klaralvdalen/organisation.json' leads outside the folder "
                         "kansli works in (the current folder) (at /organisation)") != std::string::npos);
  const RunResult device = run_kansli(folder, {"validate", kMeeting, "--root", "/"});
  CHECK(device.exit_code == 1);
  CHECK(device.err == "error: 'klaralvdalen/organisation.json' is a device, not a file\n1 error\n");
}

TEST_CASE("/dev/zero as the theme or the template is refused, nothing written") {
  const std::string folder = copy_samples("zero-theme");
  const RunResult theme =
      run_kansli(folder, {"render", "templates/kallelse.xml", kMeeting, "--theme", "/dev/zero", "-o", "out"});
  CHECK(theme.exit_code == 1);
  CHECK(theme.err == "error: '/dev/zero' is a device, not a file\n1 error; nothing was written\n");
  const RunResult tmpl = run_kansli(folder, {"render", "/dev/zero", kMeeting, "--theme",
                                             "templates/themes/default.json", "-o", "out"});
  CHECK(tmpl.exit_code == 1);
  CHECK(tmpl.err == "error: the template '/dev/zero' is a device, not a file\n1 error; nothing was written\n");
  CHECK_FALSE(fs::exists(folder + "/out"));
}

TEST_CASE("a reports folder linked outside the root is refused at the agenda item") {
  const std::string folder = copy_samples("linked-reports");
  const std::string reports = folder + "/klaralvdalen/reports";
  const std::string elsewhere = fresh_folder("linked-reports-target");
  fs::copy(reports, elsewhere + "/reports", fs::copy_options::recursive);
  fs::remove_all(reports);
  fs::create_symlink(elsewhere + "/reports", reports);
  const RunResult result = run_kansli(folder, {"validate", kMeeting});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("error: the report file 'klaralvdalen/reports/") != std::string::npos);
  CHECK(result.err.find("leads outside the folder kansli works in (the current folder) (at /agenda/") !=
        std::string::npos);
}

TEST_CASE("render --deps lists every file the outputs were made from, with its hash, and only when they are written") {
  const std::string folder = copy_samples("deps");
  const std::string meeting = "klaralvdalen/meetings/styrelsen-2026-12-10.json";
  const RunResult result = run({required_env("KANSLI"), "render", "templates/kallelse.xml", meeting, "-o", "out",
                                "--deps", "out/kallelse.deps"}, folder);
  REQUIRE(result.exit_code == 0);
  const std::string deps = slurp(folder + "/out/kallelse.deps");
  CHECK(deps.rfind("# kansli ", 0) == 0);
  const std::string root = fs::canonical(folder).string();
  for (const std::string& file : std::vector<std::string>{"/templates/kallelse.xml", "/templates/partials/kallelse-body.xml",
                                 "/templates/themes/default.json", "/" + meeting, "/klaralvdalen/organisation.json",
                                 "/klaralvdalen/logo.png"}) {
    CHECK_MESSAGE(deps.find(" " + root + file + "\n") != std::string::npos, file);
  }
  CHECK(deps.find("DejaVuSans.ttf\n") != std::string::npos);
  CHECK(deps.find("hyph_sv_SE.dic\n") != std::string::npos);
  // The same input gives the same list; a render that fails writes none.
  REQUIRE(run({required_env("KANSLI"), "render", "templates/kallelse.xml", meeting, "-o", "again", "--deps",
               "again/kallelse.deps"}, folder).exit_code == 0);
  CHECK(slurp(folder + "/again/kallelse.deps") == deps);
  const RunResult failed = run({required_env("KANSLI"), "render", "templates/kallelse.xml",
                                "klaralvdalen/organisation.json", "-o", "failed", "--deps", "failed.deps"}, folder);
  CHECK(failed.exit_code == 1);
  CHECK_FALSE(fs::exists(folder + "/failed.deps"));
  // A dump writes no outputs: asking for their dependency list with one is refused.
  for (const char* dump : {"--dump-tree", "--dump-layout"}) {
    const RunResult dumped = run({required_env("KANSLI"), "render", "templates/kallelse.xml", meeting, dump, "--deps",
                                  "dumped.deps"}, folder);
    CHECK(dumped.exit_code == 2);
    CHECK(dumped.err.find("excludes --deps") != std::string::npos);
    CHECK_FALSE(fs::exists(folder + "/dumped.deps"));
  }
}
