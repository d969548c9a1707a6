// End-to-end tests: the real kansli binary renders the real samples; the PDF is
// inspected with qpdf, pdffonts and pdftotext, and the HTML as text.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>
#include <zlib.h>

#include "run.hpp"

using namespace kansli::testing;
namespace fs = std::filesystem;

namespace {

const std::string kMeeting = "data/klaralvdalen/meetings/styrelsen-2026-12-10.json";

std::string source() { return required_env("KANSLI_SOURCE"); }

// Renders `template_path` with `data` into `out`; returns the result of the run.
RunResult render(const std::string& template_path, const std::string& data, const std::string& out) {
  return run({required_env("KANSLI"), "render", template_path, data, "-o", out}, source());
}

// Extracts the PDF's text with every run of white space (also no-break) made one space.
std::string pdf_text(const std::string& pdf) {
  const RunResult result = run({"/usr/bin/pdftotext", "-enc", "UTF-8", pdf, "-"});
  REQUIRE(result.exit_code == 0);
  std::string text;
  bool space = false;
  for (std::size_t i = 0; i < result.out.size(); ++i) {
    const bool nbsp = result.out.compare(i, 2, "\xC2\xA0") == 0;
    const bool white = nbsp || std::isspace(static_cast<unsigned char>(result.out[i]));
    if (white && !space) text += ' ';
    if (!white) text += result.out[i];
    space = white;
    if (nbsp) ++i;
  }
  return text;
}

std::vector<std::string> agenda_titles(const std::string& meeting_path) {
  const auto meeting = nlohmann::json::parse(slurp(meeting_path));
  std::vector<std::string> titles;
  for (const auto& item : meeting["agenda"]) titles.push_back(item["title"].get<std::string>());
  return titles;
}

void replace_in_file(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = slurp(path);
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(path, std::ios::binary) << text;
}

// A valid PNG file of `size` × `size` RGBA pixels (colour type 6), half transparent.
std::string rgba_png(unsigned size) {
  const auto be32 = [](unsigned long n) {
    std::string out;
    for (const int shift : {24, 16, 8, 0}) out += static_cast<char>((n >> shift) & 0xFF);
    return out;
  };
  const auto chunk = [&](const std::string& type, const std::string& body) {
    const std::string typed = type + body;
    const unsigned long crc = crc32(0, reinterpret_cast<const Bytef*>(typed.data()), static_cast<uInt>(typed.size()));
    return be32(body.size()) + typed + be32(crc);
  };
  std::string pixels;
  for (unsigned y = 0; y < size; ++y) {
    pixels += '\0';  // no filter
    for (unsigned x = 0; x < size; ++x) pixels += std::string{'\x1f', '\x4e', '\x79', static_cast<char>(x < size / 2 ? 0xFF : 0x40)};
  }
  uLongf length = compressBound(static_cast<uLong>(pixels.size()));
  std::string data(length, '\0');
  compress2(reinterpret_cast<Bytef*>(data.data()), &length, reinterpret_cast<const Bytef*>(pixels.data()),
            static_cast<uLong>(pixels.size()), Z_DEFAULT_COMPRESSION);
  data.resize(length);
  return "\x89PNG\r\n\x1a\n" + chunk("IHDR", be32(size) + be32(size) + std::string{8, 6, 0, 0, 0}) +
         chunk("IDAT", data) + chunk("IEND", "");
}

}  // namespace

TEST_CASE("the sample kallelse is a valid PDF with embedded fonts and every agenda title in order") {
  const std::string out = fresh_folder("kallelse");
  const RunResult result = render("templates/kallelse.xml", kMeeting, out);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string pdf = out + "/styrelsen-2026-12-10-kallelse.pdf";

  CHECK(run({"/usr/bin/qpdf", "--check", pdf}).exit_code == 0);

  const RunResult fonts = run({"/usr/bin/pdffonts", pdf});
  std::istringstream lines(fonts.out);
  std::string line;
  int font_count = 0;
  for (int skip = 0; skip < 2 && std::getline(lines, line); ++skip) {}
  while (std::getline(lines, line)) {
    std::vector<std::string> columns;
    std::istringstream words(line);
    for (std::string w; words >> w;) columns.push_back(w);
    REQUIRE(columns.size() >= 7);
    CHECK(columns[columns.size() - 5] == "yes");  // emb
    CHECK(columns[columns.size() - 3] == "yes");  // uni: text copies out
    ++font_count;
  }
  CHECK(font_count >= 2);

  const std::string text = pdf_text(pdf);
  std::size_t from = 0;
  for (const auto& title : agenda_titles(source() + "/" + kMeeting)) {
    const std::size_t at = text.find(title, from);
    CHECK_MESSAGE(at != std::string::npos, "missing or out of order: " << title);
    if (at != std::string::npos) from = at + title.size();
  }
  for (const char* swedish : {"Föredragningslista", "Sammanträdesrum Älvsalen", "Torsdagen den 10 december 2026",
                              "kl. 09.00–12.00", "Åsa Öberg (M)", "Sida 1 (2)", "Sida 2 (2)"}) {
    CHECK_MESSAGE(text.find(swedish) != std::string::npos, swedish);
  }
}

TEST_CASE("the embedded fonts hold only the glyphs used: the sample kallelse is at most 60 KB") {
  const std::string out = fresh_folder("small");
  REQUIRE(render("templates/kallelse.xml", kMeeting, out).exit_code == 0);
  const auto size = fs::file_size(out + "/styrelsen-2026-12-10-kallelse.pdf");
  CHECK(size <= 60'000);
  CHECK(size > 10'000);  // and it still embeds its fonts
}

TEST_CASE("the sample kallelse HTML holds the same text") {
  const std::string out = fresh_folder("kallelse-html");
  REQUIRE(render("templates/kallelse.xml", kMeeting, out).exit_code == 0);
  const std::string html = slurp(out + "/styrelsen-2026-12-10-kallelse.html");
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"sv\">", 0) == 0);
  for (const auto& title : agenda_titles(source() + "/" + kMeeting)) {
    CHECK_MESSAGE(html.find(title) != std::string::npos, title);
  }
  CHECK(html.find("Torsdagen den 10 december 2026") != std::string::npos);
  CHECK(html.find("<img src=\"data:image/png;base64,") != std::string::npos);
}

TEST_CASE("two runs give byte-identical files") {
  const std::string first = fresh_folder("same-1"), second = fresh_folder("same-2");
  REQUIRE(render("templates/kallelse.xml", kMeeting, first).exit_code == 0);
  REQUIRE(render("templates/kallelse.xml", kMeeting, second).exit_code == 0);
  for (const char* extension : {".pdf", ".html"}) {
    const std::string name = std::string("/styrelsen-2026-12-10-kallelse") + extension;
    const std::string a = slurp(first + name);
    CHECK(!a.empty());
    CHECK(a == slurp(second + name));
  }
}

TEST_CASE("every sample tjänsteutlåtande renders with its proposals") {
  for (const auto& entry : fs::directory_iterator(source() + "/data/klaralvdalen/reports")) {
    if (entry.path().extension() != ".json") continue;
    const std::string out = fresh_folder("report");
    const RunResult result = render("templates/tjansteutlatande.xml", entry.path().string(), out);
    INFO(entry.path().string() << "\n" << result.err);
    REQUIRE(result.exit_code == 0);
    const std::string pdf = out + "/" + entry.path().stem().string() + "-tjansteutlatande.pdf";
    CHECK(run({"/usr/bin/qpdf", "--check", pdf}).exit_code == 0);
    const std::string text = pdf_text(pdf);
    const auto report = nlohmann::json::parse(slurp(entry.path().string()));
    for (const char* heading : {"TJÄNSTEUTLÅTANDE", "Förslag till beslut", "Sammanfattning", "Bakgrund",
                                "Ärendet", "Ekonomiska konsekvenser"}) {
      CHECK_MESSAGE(text.find(heading) != std::string::npos, heading);
    }
    CHECK(text.find(report["title"].get<std::string>()) != std::string::npos);
    for (const auto& point : report["proposal"]) {
      std::string expected = point.get<std::string>();
      for (std::size_t at; (at = expected.find("\xC2\xA0")) != std::string::npos;) expected.replace(at, 2, " ");
      CHECK_MESSAGE(text.find(expected) != std::string::npos, expected);
    }
  }
}

TEST_CASE("a web link in a report's text is clickable in the PDF and in the HTML") {
  const std::string out = fresh_folder("weblink");
  REQUIRE(render("templates/tjansteutlatande.xml", "data/klaralvdalen/reports/tu-2026-41.json", out).exit_code == 0);
  const std::string address = "https://www.finsam.se/kunskapsstod/ekonomi";
  const RunResult pdf = run({"/usr/bin/qpdf", "--qdf", "--object-streams=disable", out + "/tu-2026-41-tjansteutlatande.pdf", "-"});
  REQUIRE(pdf.exit_code == 0);
  CHECK(pdf.out.find("/URI (" + address + ")") != std::string::npos);
  CHECK(slurp(out + "/tu-2026-41-tjansteutlatande.html").find("href=\"" + address + "\"") != std::string::npos);
}

TEST_CASE("the logo keeps its own PNG data in the PDF, read through the PNG predictor, and shows") {
  const std::string out = fresh_folder("logo");
  REQUIRE(render("templates/kallelse.xml", kMeeting, out).exit_code == 0);
  const std::string pdf = out + "/styrelsen-2026-12-10-kallelse.pdf";
  CHECK(slurp(pdf).find("/Predictor 15") != std::string::npos);  // the dictionaries are not compressed
  const RunResult images = run({"/usr/bin/pdfimages", "-list", pdf});
  REQUIRE(images.exit_code == 0);
  CHECK(images.out.find("192   192  rgb     3   8") != std::string::npos);
}

TEST_CASE("a logo with transparency goes through libharu's loader and shows, with its mask") {
  const std::string folder = copy_samples("rgba-logo");
  std::ofstream(folder + "/klaralvdalen/logo.png", std::ios::binary) << rgba_png(64);
  const std::string out = fresh_folder("rgba-logo-out");
  const RunResult result = render_in(folder, "templates/kallelse.xml", "klaralvdalen/meetings/styrelsen-2026-12-10.json", out);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string pdf = out + "/styrelsen-2026-12-10-kallelse.pdf";
  CHECK(run({"/usr/bin/qpdf", "--check", pdf}).exit_code == 0);
  const RunResult images = run({"/usr/bin/pdfimages", "-list", pdf});
  REQUIRE(images.exit_code == 0);
  CHECK(images.out.find("image      64    64  rgb     3   8") != std::string::npos);
  CHECK(images.out.find("smask      64    64  gray    1   8") != std::string::npos);
  const RunResult page = run({"/usr/bin/pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", pdf, out + "/page"});
  CHECK(page.exit_code == 0);
  CHECK(page.err.empty());  // poppler reads the image's data (a wrongly compressed stream is reported here)
}

// The value pdfinfo gives for `field` ("Title", "Author", ...) of `pdf`.
std::string pdf_info_field(const std::string& pdf, const std::string& field) {
  const RunResult info = run({"/usr/bin/pdfinfo", "-enc", "UTF-8", pdf});
  REQUIRE(info.exit_code == 0);
  const std::string lines = "\n" + info.out;
  const std::size_t at = lines.find("\n" + field + ":");
  if (at == std::string::npos) return "";
  const std::size_t start = lines.find_first_not_of(' ', at + field.size() + 2);
  return lines.substr(start, lines.find('\n', start) - start);
}

TEST_CASE("the PDF's title and author keep every character: Swedish letters, dashes, and a Sámi name") {
  const std::string out = fresh_folder("metadata");
  REQUIRE(render("templates/kallelse.xml", kMeeting, out).exit_code == 0);
  const std::string pdf = out + "/styrelsen-2026-12-10-kallelse.pdf";
  CHECK(pdf_info_field(pdf, "Author") == "Klarälvdalens Samordningsförbund");
  CHECK(pdf_info_field(pdf, "Title").find(" – ") != std::string::npos);
  // Č and ŋ are not in PDFDocEncoding: the strings are then written as UTF-16.
  const std::string folder = copy_samples("sami-name");
  replace_in_file(folder + "/klaralvdalen/organisation.json", "\"Klarälvdalens Samordningsförbund\"",
                  "\"Čáhcesuolu ja Klarälvdalens Samordningsförbund ŋ\"");
  const std::string sami_out = fresh_folder("sami-name-out");
  const RunResult result = render_in(folder, "templates/kallelse.xml", "klaralvdalen/meetings/styrelsen-2026-12-10.json", sami_out);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(pdf_info_field(sami_out + "/styrelsen-2026-12-10-kallelse.pdf", "Author") ==
        "Čáhcesuolu ja Klarälvdalens Samordningsförbund ŋ");
}

TEST_CASE("the program's own memory functions take the place of libharu's byte-at-a-time ones") {
  // Exported by the program, they are what libharu's calls (through its procedure linkage
  // table) resolve to; src/write_pdf/libharu_memory.cpp.
  const RunResult symbols = run({"/usr/bin/nm", "-D", "--defined-only", required_env("KANSLI")});
  REQUIRE(symbols.exit_code == 0);
  CHECK(symbols.out.find(" T HPDF_MemCpy\n") != std::string::npos);
  CHECK(symbols.out.find(" T HPDF_MemSet\n") != std::string::npos);
}

TEST_CASE("the meeting packet holds the kallelse, then each tjänsteutlåtande from a new page") {
  const std::string out = fresh_folder("packet");
  const RunResult result = render("templates/motespaket.xml", kMeeting, out);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const RunResult text = run({"/usr/bin/pdftotext", "-enc", "UTF-8", out + "/styrelsen-2026-12-10-motespaket.pdf", "-"});
  std::vector<std::string> pages;
  for (std::size_t start = 0, end; (end = text.out.find('\f', start)) != std::string::npos; start = end + 1) {
    pages.push_back(text.out.substr(start, end - start));
  }
  REQUIRE(pages.size() >= 6);
  CHECK(pages[0].find("Kallelse till sammanträde") != std::string::npos);
  std::size_t page = 1;
  for (const char* title : {"Budget 2027 och verksamhetsplan 2027–2029", "Fortsatt finansiering av insatsen Steget vidare 2027",
                            "Sammanträdesplan 2027", "Revidering av riktlinje för roller och ansvar"}) {
    while (page < pages.size() && pages[page].find(std::string("TJÄNSTEUTLÅTANDE\n")) == std::string::npos) ++page;
    REQUIRE_MESSAGE(page < pages.size(), title);
    CHECK_MESSAGE(pages[page].find(title) != std::string::npos, title);
    ++page;
  }
  // A report's footnote is at the foot of the page that refers to it.
  bool note_found = false;
  for (const auto& page_text : pages) {
    if (page_text.find("Förbundsordningen 13 §.") == std::string::npos) continue;
    note_found = true;
    CHECK(page_text.find("Enligt förbundsordningen") != std::string::npos);
  }
  CHECK(note_found);
}

TEST_CASE("the meeting packet's bookmarks follow its headings, nested, each to its page") {
  const std::string out = fresh_folder("bookmarks");
  REQUIRE(render("templates/motespaket.xml", kMeeting, out).exit_code == 0);
  const RunResult json = run({"/usr/bin/qpdf", "--json", "--json-key=outlines", out + "/styrelsen-2026-12-10-motespaket.pdf"});
  REQUIRE(json.exit_code == 0);
  const auto outlines = nlohmann::json::parse(json.out)["outlines"];
  REQUIRE(outlines.size() == 5);
  CHECK(outlines[0]["title"] == "Kallelse till sammanträde");
  CHECK(outlines[0]["destpageposfrom1"] == 1);
  CHECK(outlines[0]["kids"][0]["title"] == "Föredragningslista");
  CHECK(outlines[1]["title"] == "Budget 2027 och verksamhetsplan 2027–2029");
  CHECK(outlines[1]["kids"][0]["title"] == "Förslag till beslut");
  int previous_page = 0;
  for (const auto& outline : outlines) {
    CHECK(outline["destpageposfrom1"].get<int>() > previous_page);
    previous_page = outline["destpageposfrom1"].get<int>();
  }
}

TEST_CASE("every sample's JSON and XML forms render byte-identical documents") {
  int compared = 0;
  for (const auto& [folder, template_path] :
       {std::pair<std::string, std::string>{"klaralvdalen/meetings", "templates/kallelse.xml"},
        {"klaralvdalen/meetings", "templates/motespaket.xml"},
        {"klaralvdalen/reports", "templates/tjansteutlatande.xml"},
        {"klaralvdalen/roles", "templates/roller.xml"},
        {"stockholm/roles", "templates/roller.xml"}}) {
    for (const auto& entry : fs::directory_iterator(source() + "/data/" + folder)) {
      if (entry.path().extension() != ".json") continue;
      const std::string json_out = fresh_folder("from-json"), xml_out = fresh_folder("from-xml");
      fs::path xml = entry.path();
      xml.replace_extension(".xml");
      REQUIRE(fs::exists(xml));
      const RunResult from_json = render(template_path, entry.path().string(), json_out);
      const RunResult from_xml = render(template_path, xml.string(), xml_out);
      INFO(entry.path().string() << "\n" << from_json.err << from_xml.err);
      REQUIRE(from_json.exit_code == 0);
      REQUIRE(from_xml.exit_code == 0);
      for (const auto& output : fs::directory_iterator(json_out)) {
        const std::string name = output.path().filename().string();
        CHECK_MESSAGE(slurp(output.path().string()) == slurp(xml_out + "/" + name), name);
        ++compared;
      }
    }
  }
  CHECK(compared == 24);
}

TEST_CASE("kansli validate accepts every sample and rejects a misspelt field with exit 1") {
  std::vector<std::string> args = {required_env("KANSLI"), "validate"};
  for (const char* organisation : {"/data/klaralvdalen", "/data/stockholm"}) {
    for (const auto& entry : fs::recursive_directory_iterator(source() + organisation)) {
      const auto extension = entry.path().extension();
      if (extension == ".json" || extension == ".xml") args.push_back(entry.path().string());
    }
  }
  REQUIRE(args.size() == 23);
  const RunResult valid = run(args, source());
  INFO(valid.err);
  CHECK(valid.exit_code == 0);
  const std::string meeting = copy_samples("validate") + "/klaralvdalen/meetings/styrelsen-2026-12-10.json";
  replace_in_file(meeting, "\"remote\":", "\"remove\":");
  const RunResult invalid = run({required_env("KANSLI"), "validate", meeting});
  CHECK(invalid.exit_code == 1);
  CHECK(invalid.err == meeting + ":10:3: error: unknown field 'remove' (at /remove)\n"
                                 "  hint: did you mean 'remote'?\n1 error\n");
}

// The part of the Markdown file `doc` (under the source folder) that `kansli <command>` writes,
// between "<!-- kansli <command>: begin -->" and its end marker.
std::string generated_part(const std::string& doc, const std::string& command) {
  const std::string text = slurp(source() + "/" + doc);
  const std::string begin = "<!-- kansli " + command + ": begin -->\n", end = "<!-- kansli " + command + ": end -->";
  const std::size_t from = text.find(begin), to = text.find(end);
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return text.substr(from + begin.size(), to - from - begin.size());
}

TEST_CASE("the data reference documents every field of every schema") {
  const RunResult generated = run({required_env("KANSLI"), "schema-doc"});
  REQUIRE(generated.exit_code == 0);
  CHECK(generated.out.find("| `agenda[].minutes.vote.votes[].vote` |") != std::string::npos);
  CHECK_MESSAGE(generated_part("docs/data-format.md", "schema-doc") == generated.out,
                "docs/data-format.md is out of date: run make docs");
}

TEST_CASE("the template language lists every name a template can read, as the model schema has them") {
  const RunResult generated = run({required_env("KANSLI"), "schema-doc", "--template-names"});
  REQUIRE(generated.exit_code == 0);
  for (const char* row : {"| `meeting.agenda` | list of [item](#item) | yes | data |",
                          "| `.number` | whole number | yes | derived |",
                          "| `report.financial.total` | amount (kr) | yes | derived |",
                          "| `meeting.secretary` | [person](#person) | yes | resolved |",
                          "| `organisation.persons.*.first_name` | text | yes | data |"}) {
    CHECK_MESSAGE(generated.out.find(row) != std::string::npos, row);
  }
  CHECK_MESSAGE(generated_part("docs/template-language.md", "schema-doc --template-names") == generated.out,
                "docs/template-language.md is out of date (its names a template can read): run make docs");
}

TEST_CASE("the roles example in the data reference is valid") {
  // It names Klarälvdalen, so it is checked from beside that organisation's file.
  const std::string folder = copy_samples("roles-example");
  fs::create_directories(folder + "/klaralvdalen/roles");
  fs::copy_file(source() + "/tests/fixtures/roles-example.json", folder + "/klaralvdalen/roles/example.json");
  const RunResult result = run({required_env("KANSLI"), "validate", "klaralvdalen/roles/example.json"}, folder);
  INFO(result.err);
  CHECK(result.exit_code == 0);
}

TEST_CASE("markup in a title is shown as text, never run") {
  const std::string folder = copy_samples("script");
  const std::string meeting = "klaralvdalen/meetings/styrelsen-2026-12-10.json";
  replace_in_file(folder + "/" + meeting, "\"Sammanträdesplan 2027\"", "\"<script>alert(1)</script>\"");
  const std::string out = fresh_folder("script-out");
  const RunResult result = render_in(folder, "templates/kallelse.xml", meeting, out);
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string html = slurp(out + "/styrelsen-2026-12-10-kallelse.html");
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("<script>") == std::string::npos);
  CHECK(pdf_text(out + "/styrelsen-2026-12-10-kallelse.pdf").find("<script>alert(1)</script>") != std::string::npos);
}

TEST_CASE("a failed render leaves the existing outputs untouched") {
  const std::string folder = copy_samples("failed");
  const std::string meeting = "klaralvdalen/meetings/styrelsen-2026-12-10.json";
  const std::string out = fresh_folder("failed-out");
  REQUIRE(render_in(folder, "templates/kallelse.xml", meeting, out).exit_code == 0);
  const std::string pdf = slurp(out + "/styrelsen-2026-12-10-kallelse.pdf");
  const std::string html = slurp(out + "/styrelsen-2026-12-10-kallelse.html");
  replace_in_file(folder + "/" + meeting, "\"secretary\": \"anna-lindqvist\"", "\"secretary\": \"anna-lindkvist\"");
  const RunResult failed = render_in(folder, "templates/kallelse.xml", meeting, out);
  CHECK(failed.exit_code == 1);
  CHECK(failed.err.find("unknown person 'anna-lindkvist'") != std::string::npos);
  CHECK(slurp(out + "/styrelsen-2026-12-10-kallelse.pdf") == pdf);
  CHECK(slurp(out + "/styrelsen-2026-12-10-kallelse.html") == html);
  CHECK(std::distance(fs::directory_iterator(out), {}) == 2);  // no temporaries left behind
}

TEST_CASE("a check-mark list and Swedish letters copy out of the PDF") {
  const std::string out = fresh_folder("checklist");
  const RunResult result = run({required_env("KANSLI"), "render", "tests/fixtures/checklist.xml", kMeeting, "-o", out,
                                "--theme", "tests/fixtures/theme.json"}, source());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string text = pdf_text(out + "/styrelsen-2026-12-10-checklist.pdf");
  CHECK(text.find("✓ Mötets öppnande ✓ Val av justerare") != std::string::npos);
  CHECK(text.find("Åtgärder för år 2026: 1 234 567 kr och −5 %.") != std::string::npos);
  const std::string html = slurp(out + "/styrelsen-2026-12-10-checklist.html");
  CHECK(html.find("list-style-type:&quot;✓  &quot;") != std::string::npos);
}

TEST_CASE("--format pdf writes only the PDF") {
  const std::string out = fresh_folder("only-pdf");
  REQUIRE(run({required_env("KANSLI"), "render", "templates/kallelse.xml", kMeeting, "-o", out, "--format", "pdf"},
              source()).exit_code == 0);
  CHECK(fs::exists(out + "/styrelsen-2026-12-10-kallelse.pdf"));
  CHECK_FALSE(fs::exists(out + "/styrelsen-2026-12-10-kallelse.html"));
}

TEST_CASE("help and version exit 0; a usage error exits 2") {
  const std::string kansli = required_env("KANSLI");
  const RunResult version = run({kansli, "--version"});
  CHECK(version.exit_code == 0);
  CHECK(version.out.rfind("kansli ", 0) == 0);
  const RunResult help = run({kansli, "--help"});
  CHECK(help.exit_code == 0);
  CHECK(help.out.find("render") != std::string::npos);
  CHECK(run({kansli, "render", "--no-such-flag"}).exit_code == 2);
  CHECK(run({kansli}).exit_code == 2);
}
