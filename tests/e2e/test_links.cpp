// End-to-end tests of issue 12's link and template-read promises: every page carries a
// Content-Security-Policy; a script link in data is refused by validate and render alike
// and nothing is written; valid data the schema allows (a secretary without telephone or
// e-mail) renders with every default template.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "run.hpp"

using namespace kansli::testing;
namespace fs = std::filesystem;

namespace {

const std::string kMeeting = "klaralvdalen/meetings/styrelsen-2026-12-10.json";
const std::string kOrganisation = "klaralvdalen/organisation.json";

RunResult validate_in(const std::string& folder, const std::string& data) {
  return run({required_env("KANSLI"), "validate", data}, folder);
}

}  // namespace

TEST_CASE("every HTML page forbids scripts and remote loads, and the logo still shows") {
  const std::string folder = copy_samples("links-csp");
  const RunResult result = render_in(folder, "templates/kallelse.xml", kMeeting, "out");
  REQUIRE(result.exit_code == 0);
  const std::string html = slurp(folder + "/out/styrelsen-2026-12-10-kallelse.html");
  CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                  "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">") !=
        std::string::npos);
  CHECK(html.find("<img src=\"data:image/png;base64,") != std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("a script link in data is refused by validate and by render, and nothing is written") {
  const std::string folder = copy_samples("links-script");
  change_json(folder, kMeeting, [](nlohmann::json& meeting) {
    meeting["note"] = "Se [handlingarna](JaVaScRiPt:alert(document.domain)).";
  });
  const RunResult validated = validate_in(folder, kMeeting);
  CHECK(validated.exit_code == 1);
  CHECK(validated.err.find("'javascript:' links are not allowed (at /note)") != std::string::npos);
  const RunResult rendered = render_in(folder, "templates/kallelse.xml", kMeeting, "out");
  CHECK(rendered.exit_code == 1);
  CHECK(rendered.err.find("'javascript:' links are not allowed (at /note)") != std::string::npos);
  CHECK(!fs::exists(folder + "/out/styrelsen-2026-12-10-kallelse.html"));
}

TEST_CASE("a secretary without telephone and e-mail renders with every default template") {
  const std::string folder = copy_samples("links-optional");
  change_json(folder, kOrganisation, [](nlohmann::json& organisation) {
    for (auto& person : organisation["persons"]) {
      person.erase("phone");
      person.erase("email");
      person.erase("title");
      person.erase("party");
    }
  });
  REQUIRE(validate_in(folder, kOrganisation).exit_code == 0);
  for (const char* tmpl : {"templates/kallelse.xml", "templates/motespaket.xml"}) {
    const RunResult result = render_in(folder, tmpl, kMeeting, "out");
    CHECK_MESSAGE(result.exit_code == 0, tmpl, "\n", result.err);
  }
  const RunResult report = render_in(folder, "templates/tjansteutlatande.xml", "klaralvdalen/reports/tu-2026-41.json", "out");
  CHECK_MESSAGE(report.exit_code == 0, report.err);
  const RunResult roles =
      render_in(folder, "templates/roller.xml", "klaralvdalen/roles/riktlinje-roller-och-ansvar.json", "out");
  CHECK_MESSAGE(roles.exit_code == 0, roles.err);
}
