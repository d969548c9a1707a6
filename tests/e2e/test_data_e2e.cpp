// End-to-end tests of what data means (issue 12, items 13 and 18), through the real
// binary on a copy of the samples: a numbered list continued from 3 keeps its numbers in
// the HTML and the PDF; a warning about the data is printed and the document written.
#include <doctest/doctest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "run.hpp"

using namespace kansli::testing;

namespace {

}  // namespace

TEST_CASE("a decision list continued as 3., 4. is numbered 3., 4. in the HTML and the PDF") {
  const std::string folder = copy_samples("continued-list");
  const std::string report = "klaralvdalen/reports/tu-2026-46.json";
  change_json(folder, report, [](nlohmann::json& value) {
    value["proposal"] = {"Styrelsen beslutar\n\n1. att fastställa sammanträdesplanen", "Vidare\n\n3. att ge förbundschefen "
                         "i uppdrag att boka lokaler\n4. att informera medlemmarna"};
  });
  const RunResult result = render_in(folder, "templates/tjansteutlatande.xml", report, "out");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string html = slurp(folder + "/out/tu-2026-46-tjansteutlatande.html");
  CHECK(html.find("<ol start=\"3\">\n<li><p class=\"s-normal\">att ge förbundschefen") != std::string::npos);
  const RunResult text = run({"/usr/bin/pdftotext", "-enc", "UTF-8", folder + "/out/tu-2026-46-tjansteutlatande.pdf", "-"});
  CHECK(text.out.find("2. Vidare\n3. att ge förbundschefen i uppdrag att boka lokaler\n4. att informera medlemmarna") !=
        std::string::npos);
}

TEST_CASE("a kallelse sent later than the förbundsordning asks is written, with a located warning") {
  const std::string folder = copy_samples("notice-late");
  change_json(folder, "klaralvdalen/organisation.json", [](nlohmann::json& value) {
    value["rules"] = {{"notice_days_min", 7}, {"notice_days_max", 10}};  // Klarälvdalen (domain R-07)
  });
  const std::string meeting = "klaralvdalen/meetings/styrelsen-2026-12-10.json";
  change_json(folder, meeting, [](nlohmann::json& value) { value["notice"]["sent"] = "2026-12-07"; });
  const RunResult result = render_in(folder, "templates/kallelse.xml", meeting, "out");
  CHECK(result.exit_code == 0);
  CHECK(result.err.find(meeting + ":") == 0);
  CHECK(result.err.find(": warning: the kallelse is sent 2026-12-07, 3 days before the meeting on 2026-12-10; the "
                        "förbundsordning asks for at least 7 (at /notice/sent)") != std::string::npos);
  CHECK(slurp(folder + "/out/styrelsen-2026-12-10-kallelse.html").find("2026-12-07") != std::string::npos);
}

TEST_CASE("a kallelse for a body whose chair's mandate has ended is refused at the organisation") {
  const std::string folder = copy_samples("chair-ended");
  change_json(folder, "klaralvdalen/organisation.json", [](nlohmann::json& value) {
    value["bodies"][0]["appointments"][0]["until"] = "2026-11-30";
  });
  const RunResult result = render_in(folder, "templates/kallelse.xml", "klaralvdalen/meetings/styrelsen-2026-12-10.json", "out");
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("klaralvdalen/organisation.json:") == 0);
  CHECK(result.err.find("error: 'styrelsen' has no chair on 2026-12-10, the day of the meeting (at /bodies/0/appointments)") !=
        std::string::npos);
  CHECK(result.err.find("unknown data path") == std::string::npos);
}
