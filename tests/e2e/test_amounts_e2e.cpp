// End-to-end tests of amounts (issue 12, item 11): the real kansli binary renders a
// tjänsteutlåtande whose amounts doubles would get wrong, from JSON and from XML, and
// prints each amount and the total exactly, in the HTML and in the PDF.
#include <doctest/doctest.h>

#include <fstream>
#include <string>
#include <vector>

#include "run.hpp"

using namespace kansli::testing;

namespace {

const std::string kNbsp = "\u00A0";

// Replaces every `from` in the file at `path` with `to`, checking there was one.
void replace_in_file(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = slurp(path);
  REQUIRE(text.find(from) != std::string::npos);
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
  std::ofstream(path, std::ios::binary) << text;
}

// Renders the sample tu-2026-44 (its JSON or XML form) with its three amounts changed
// to `amounts` (as data writes them); returns the HTML and the PDF's text.
std::pair<std::string, std::string> render_with_amounts(const std::string& extension,
                                                        const std::vector<std::string>& amounts) {
  const std::string folder = copy_samples("amounts-" + extension);
  const std::string report = "klaralvdalen/reports/tu-2026-44" + extension;
  const bool xml = extension == ".xml";
  const std::vector<std::string> sample = {"610000", "215000", "25000"};
  for (std::size_t i = 0; i < sample.size(); ++i) {
    replace_in_file(folder + "/" + report, xml ? "<amount>" + sample[i] + "</amount>" : "\"amount\": " + sample[i],
                    xml ? "<amount>" + amounts[i] + "</amount>" : "\"amount\": " + amounts[i]);
  }
  const RunResult result = render_in(folder, "templates/tjansteutlatande.xml", report, "out");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string html = slurp(folder + "/out/tu-2026-44-tjansteutlatande.html");
  const RunResult text = run({"/usr/bin/pdftotext", "-enc", "UTF-8", folder + "/out/tu-2026-44-tjansteutlatande.pdf", "-"});
  REQUIRE(text.exit_code == 0);
  return {html, text.out};
}

// The HTML of the total row, for `total` (with no-break spaces).
std::string html_total(const std::string& total) {
  return "Summa</p>\n</td><td style=\"text-align:right;font-variant-numeric:tabular-nums\">"
         "<p class=\"s-cell_title\">" + total + "</p>";
}

}  // namespace

TEST_CASE("0,34 + 1 + 2,68 kr totals 4,02 kr, from JSON and from XML, in the HTML and the PDF") {
  for (const std::string extension : {".json", ".xml"}) {
    INFO(extension);
    const auto [html, pdf] = render_with_amounts(extension, {"0.34", "1", "2.68"});
    CHECK(html.find(">0,34" + kNbsp + "kr<") != std::string::npos);
    CHECK(html.find(">1" + kNbsp + "kr<") != std::string::npos);
    CHECK(html.find(">2,68" + kNbsp + "kr<") != std::string::npos);
    CHECK(html.find(html_total("4,02" + kNbsp + "kr")) != std::string::npos);
    CHECK(pdf.find("Summa\n\n4,02 kr\n") != std::string::npos);  // pdftotext writes a plain space
  }
}

TEST_CASE("amounts beyond a double's precision are printed and totalled to the öre") {
  for (const std::string extension : {".json", ".xml"}) {
    INFO(extension);
    const auto [html, pdf] = render_with_amounts(extension, {"90071992547409.93", "0.34", "2.68"});
    const std::string large = "90" + kNbsp + "071" + kNbsp + "992" + kNbsp + "547" + kNbsp;
    CHECK(html.find(">" + large + "409,93" + kNbsp + "kr<") != std::string::npos);
    CHECK(html.find(html_total(large + "412,95" + kNbsp + "kr")) != std::string::npos);
    // (The narrow column breaks this long an amount before its unit.)
    CHECK(pdf.find("Summa\n\n90 071 992 547 412,95 k") != std::string::npos);
  }
}
