// End-to-end tests of what data means (issue 12, items 13 and 18), through the real
// binary on a copy of the samples: a numbered list continued from 3 keeps its numbers in
// the HTML and the PDF; a warning about the data is printed and the document written.
#include <doctest/doctest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "run.hpp"

using namespace kansli::testing;

namespace {

// Rewrites the sample file `path` of `folder` with `change` applied.
template <typename Change>
void change_json(const std::string& folder, const std::string& path, Change change) {
  auto value = nlohmann::json::parse(slurp(folder + "/" + path));
  change(value);
  std::ofstream(folder + "/" + path) << value.dump(1);
}

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
