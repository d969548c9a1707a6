// End-to-end tests of text as the data gives it (issue 12, items 14, 16, 17, 21): long text
// renders, line separators and tabs do not glue or break words, decomposed letters print
// composed, and the roles document's HTML has its title as h1 while its PDF is unchanged.
#include <doctest/doctest.h>

#include <fstream>

#include <nlohmann/json.hpp>

#include "run.hpp"

using namespace kansli::testing;

namespace {

const std::string kReport = "klaralvdalen/reports/tu-2026-41.json";

RunResult render_report(const std::string& folder) {
  return render_in(folder, "templates/tjansteutlatande.xml", kReport, "out");
}

std::string pdf_text(const std::string& pdf) {
  return run({"/usr/bin/pdftotext", "-enc", "UTF-8", pdf, "-"}).out;
}

}  // namespace

TEST_CASE("a title over 65 535 bytes renders: its bookmark and document title are shortened") {
  const std::string folder = copy_samples("text-long-title");
  std::string title;
  while (title.size() < 70'000) title += "Budget för år " + std::to_string(title.size()) + " ";
  change_json(folder, kReport, [&](nlohmann::json& report) { report["title"] = title; });
  const RunResult result = render_report(folder);
  CHECK(result.err == "");
  REQUIRE(result.exit_code == 0);
  const RunResult info = run({"/usr/bin/pdfinfo", "-enc", "UTF-8", folder + "/out/tu-2026-41-tjansteutlatande.pdf"});
  CHECK(info.out.find("Title:") != std::string::npos);
  CHECK(info.out.find("…") != std::string::npos);
}

TEST_CASE("a line separator, a paragraph separator and a tab separate words in the PDF and the HTML") {
  const std::string folder = copy_samples("text-separators");
  change_json(folder, kReport, [](nlohmann::json& report) {
    report["title"] = "Budget\u20282027\tfastställs";
    report["summary"] = "Förslaget\u2028gäller\u2029nästa\tår.";
  });
  const RunResult result = render_report(folder);
  REQUIRE(result.exit_code == 0);
  const std::string text = pdf_text(folder + "/out/tu-2026-41-tjansteutlatande.pdf");
  CHECK(text.find("Budget 2027 fastställs") != std::string::npos);
  CHECK(text.find("Förslaget\ngäller\nnästa år.") != std::string::npos);
  const std::string html = slurp(folder + "/out/tu-2026-41-tjansteutlatande.html");
  CHECK(html.find("Förslaget<br>gäller<br>nästa år.") != std::string::npos);
  CHECK(html.find("\u2028") == std::string::npos);
}

TEST_CASE("decomposed letters (NFD, as macOS writes them) print as the composed letters") {
  const std::string folder = copy_samples("text-nfd");
  change_json(folder, kReport, [](nlohmann::json& report) { report["summary"] = "Fo\u0308rslag fo\u0308r a\u030Aret."; });
  REQUIRE(render_report(folder).exit_code == 0);
  CHECK(pdf_text(folder + "/out/tu-2026-41-tjansteutlatande.pdf").find("Förslag för året.") != std::string::npos);
  CHECK(slurp(folder + "/out/tu-2026-41-tjansteutlatande.html").find("Förslag för året.") != std::string::npos);
}

TEST_CASE("Markdown code blocks render as plain lines in the PDF and the HTML") {
  const std::string folder = copy_samples("text-code");
  change_json(folder, kReport, [](nlohmann::json& report) { report["summary"] = "Förslag:\n\n    rad ett\n    rad två\n"; });
  const RunResult result = render_report(folder);
  CHECK(result.err == "");
  REQUIRE(result.exit_code == 0);
  CHECK(pdf_text(folder + "/out/tu-2026-41-tjansteutlatande.pdf").find("rad ett\nrad två") != std::string::npos);
  CHECK(slurp(folder + "/out/tu-2026-41-tjansteutlatande.html").find("rad ett<br>rad två") != std::string::npos);
}

TEST_CASE("the roles document's title page title is the HTML page's h1") {
  const std::string folder = copy_samples("text-roles-h1");
  const RunResult result =
      render_in(folder, "templates/roller.xml", "klaralvdalen/roles/riktlinje-roller-och-ansvar.json", "out");
  REQUIRE(result.exit_code == 0);
  const std::string html = slurp(folder + "/out/riktlinje-roller-och-ansvar-roller.html");
  CHECK(html.find("<h1 class=\"s-title\">Riktlinje för roller och ansvar</h1>") != std::string::npos);
  CHECK(html.find("<h1", html.find("<h1") + 1) == std::string::npos);  // one h1
  CHECK(html.find("h1.s-title{") != std::string::npos);                 // styled as the title paragraph
}

TEST_CASE("a meeting place without an address prints the place alone, with no stray comma") {
  const std::string folder = copy_samples("text-place");
  const std::string meeting = "klaralvdalen/meetings/styrelsen-2026-12-10.json";
  std::string place;
  change_json(folder, meeting, [&place](nlohmann::json& data) {
    data["location"].erase("address");
    place = data["location"]["name"];
  });
  const RunResult result = render_in(folder, "templates/kallelse.xml", meeting, "out");
  CHECK(result.err == "");
  REQUIRE(result.exit_code == 0);
  const std::string html = slurp(folder + "/out/styrelsen-2026-12-10-kallelse.html");
  CHECK(html.find(place + ", eller på distans via") != std::string::npos);  // the sample meets remotely too
}
