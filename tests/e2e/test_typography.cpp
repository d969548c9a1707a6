// End-to-end typography tests on the real samples: the two seed role documents are
// reproduced (every bullet and footnote of each seed, in order, in the PDF's text), and
// invariants hold on every page of every sample, read from `--dump-layout`: no text
// outside its column, no heading last on a page, and table-of-contents numbers equal to
// the pages the headings land on.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>

#include "run.hpp"

using namespace kansli::testing;

namespace {

std::string source() { return required_env("KANSLI_SOURCE"); }

// The text with white space, hyphens, dashes, soft hyphens and bullets removed, so that
// line breaks, hyphenation and the seed's own spacing ("9§", "insatsägare/ huvudman") do not matter.
std::string squeeze(const std::string& text) {
  static const char* const kDropped[] = {"\xC2\xA0", "\xC2\xAD", "\xE2\x80\x90", "\xE2\x80\x93", "\xE2\x80\x94",
                                         "\xE2\x9C\x93", "\xE2\x80\xA2", "\xE2\x80\xAF"};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    bool dropped = false;
    for (const char* d : kDropped) {
      const std::size_t n = std::char_traits<char>::length(d);
      if (text.compare(i, n, d) == 0) {
        i += n;
        dropped = true;
        break;
      }
    }
    if (dropped) continue;
    const char c = text[i++];
    if (c != '-' && !std::isspace(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

struct SeedTexts {
  std::vector<std::vector<std::string>> bullets;  // each cut into the parts between footnote marks
  std::vector<std::string> footnotes;
};

// Cuts `text` at footnote marks: <sup>N</sup> or a superscript digit.
std::vector<std::string> cut_at_marks(std::string text) {
  std::vector<std::string> parts(1);
  for (std::size_t i = 0; i < text.size();) {
    if (text.compare(i, 5, "<sup>") == 0) {
      i = text.find("</sup>", i) + 6;
      parts.emplace_back();
    } else if (text.compare(i, 2, "\xC2\xB9") == 0 || text.compare(i, 2, "\xC2\xB2") == 0 ||
               text.compare(i, 2, "\xC2\xB3") == 0) {
      i += 2;
      parts.emplace_back();
    } else {
      parts.back() += text[i++];
    }
  }
  return parts;
}

SeedTexts read_seed(const std::string& path) {
  SeedTexts seed;
  std::istringstream lines(slurp(path));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("- ", 0) == 0) {
      std::string text = line.substr(2);
      if (text.rfind("\xE2\x9C\x93 ", 0) == 0) text = text.substr(4);  // "✓ "
      seed.bullets.push_back(cut_at_marks(text));
    } else if (line.rfind("<sup>", 0) == 0) {
      seed.footnotes.push_back(line.substr(line.find("</sup>") + 6));
    } else if (line.rfind("\xC2\xB9 ", 0) == 0 || line.rfind("\xC2\xB2 ", 0) == 0) {
      std::string text = line.substr(3);
      for (const char bracket : {'<', '>'}) text.erase(std::remove(text.begin(), text.end(), bracket), text.end());
      seed.footnotes.push_back(text);
    }
  }
  return seed;
}

std::string rendered_text(const std::string& data) {
  const std::string out = fresh_folder("roles");
  const RunResult result = run({required_env("KANSLI"), "render", "templates/roller.xml", data, "-o", out}, source());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  const std::string stem = data.substr(data.rfind('/') + 1, data.rfind('.') - data.rfind('/') - 1);
  const RunResult text = run({"/usr/bin/pdftotext", "-enc", "UTF-8", out + "/" + stem + "-roller.pdf", "-"});
  REQUIRE(text.exit_code == 0);
  CHECK(text.err.empty());  // no complaints, such as about the fonts' ToUnicode maps
  return squeeze(text.out);
}

// Checks that every part of `expected` occurs in `text`, each after the one before.
void check_in_order(const std::string& text, const std::vector<std::string>& expected, const char* what) {
  std::size_t from = 0;
  for (const auto& part : expected) {
    const std::string wanted = squeeze(part);
    if (wanted.empty()) continue;
    const std::size_t found = text.find(wanted, from);
    INFO(what << ": " << part);
    CHECK(found != std::string::npos);
    if (found != std::string::npos) from = found + wanted.size();
  }
}

void check_seed(const std::string& seed_file, const std::string& data, std::size_t bullets, std::size_t footnotes) {
  const SeedTexts seed = read_seed(source() + "/tests/seeds/" + seed_file);
  REQUIRE(seed.bullets.size() == bullets);  // the seed was read as expected
  REQUIRE(seed.footnotes.size() == footnotes);
  const std::string text = rendered_text(data);
  std::vector<std::string> bullet_parts;
  for (const auto& bullet : seed.bullets) bullet_parts.insert(bullet_parts.end(), bullet.begin(), bullet.end());
  check_in_order(text, bullet_parts, "bullet");
  check_in_order(text, seed.footnotes, "footnote");
}

}  // namespace

TEST_CASE("the Stockholm roles document has every ✓ bullet and footnote of seed 000, in order") {
  check_seed("000-stockholm-roller-och-ansvar.txt", "data/stockholm/roles/roller-och-ansvar.json", 56, 5);
}

TEST_CASE("the Klarälvdalen roles document has every bullet and footnote of seed 002, in order") {
  check_seed("002-klaralvdalen-roller-och-ansvar.txt", "data/klaralvdalen/roles/riktlinje-roller-och-ansvar.json",
             77, 2);
}

namespace {

struct DumpItem {
  std::string kind;
  double x = 0, y = 0, width = 0, height = 0, size = 0;
  std::string text, target;
};

// Reads `kansli render --dump-layout`: pages of items.
std::vector<std::vector<DumpItem>> read_dump(const std::string& dump) {
  std::vector<std::vector<DumpItem>> pages;
  std::istringstream lines(dump);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("page ", 0) == 0) {
      pages.emplace_back();
      continue;
    }
    DumpItem item;
    char kind[16] = {}, face[16] = {};
    if (std::sscanf(line.c_str(), " %15s %lf %lf %lf %lf", kind, &item.x, &item.y, &item.width, &item.height) != 5) continue;
    item.kind = kind;
    if (item.kind == "text") std::sscanf(line.c_str(), " %*s %*f %*f %*f %*f %15s %lf", face, &item.size);
    const std::size_t open = line.find('"'), close = line.rfind('"');
    if (open != std::string::npos && close > open) item.text = line.substr(open + 1, close - open - 1);
    const std::size_t arrow = line.rfind(" -> ");
    if (arrow != std::string::npos && (close == std::string::npos || arrow > close)) item.target = line.substr(arrow + 4);
    if (!pages.empty()) pages.back().push_back(item);
  }
  return pages;
}

struct Sample {
  std::string template_path;
  std::string data;
};

std::vector<Sample> samples() {
  return {{"templates/kallelse.xml", "data/klaralvdalen/meetings/styrelsen-2026-12-10.json"},
          {"templates/motespaket.xml", "data/klaralvdalen/meetings/styrelsen-2026-12-10.json"},
          {"templates/tjansteutlatande.xml", "data/klaralvdalen/reports/tu-2026-41.json"},
          {"templates/tjansteutlatande.xml", "data/klaralvdalen/reports/tu-2026-47.json"},
          {"templates/roller.xml", "data/klaralvdalen/roles/riktlinje-roller-och-ansvar.json"},
          {"templates/roller.xml", "data/stockholm/roles/roller-och-ansvar.json"}};
}

// The default theme's page: A4 with margins 24 mm left, 20 mm right, 12 mm bottom, footer 12 mm.
constexpr double kPageWidth = 595.28, kPageHeight = 841.89;
constexpr double kLeft = 24 * 72 / 25.4, kRight = kPageWidth - 20 * 72 / 25.4;
constexpr double kBodyBottom = kPageHeight - 24 * 72 / 25.4;

std::vector<std::vector<DumpItem>> dump_of(const Sample& sample) {
  const RunResult result =
      run({required_env("KANSLI"), "render", sample.template_path, sample.data, "--dump-layout"}, source());
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return read_dump(result.out);
}

}  // namespace

TEST_CASE("in every sample, no text leaves its column") {
  for (const auto& sample : samples()) {
    const auto pages = dump_of(sample);
    REQUIRE(!pages.empty());
    for (std::size_t p = 0; p < pages.size(); ++p) {
      for (const auto& item : pages[p]) {
        if (item.kind != "text") continue;
        INFO(sample.data << " page " << p + 1 << ": " << item.text);
        CHECK(item.x >= kLeft - 0.1);
        CHECK(item.x + item.width <= kRight + 0.1);
      }
    }
  }
}

TEST_CASE("in every sample, no heading is the last thing on its page") {
  for (const auto& sample : samples()) {
    const auto pages = dump_of(sample);
    for (std::size_t p = 0; p < pages.size(); ++p) {
      for (const auto& anchor : pages[p]) {
        if (anchor.kind != "anchor") continue;
        // Something must follow the heading's own line(s) in the body area of the page.
        double heading_bottom = anchor.y;
        for (const auto& item : pages[p]) {
          const bool own_line = item.kind == "text" && item.y >= anchor.y && item.y < anchor.y + 60 &&
                                anchor.text.find(item.text) != std::string::npos;
          if (own_line) heading_bottom = std::max(heading_bottom, item.y);
        }
        bool followed = false;
        for (const auto& item : pages[p]) {
          followed = followed || (item.kind == "text" && item.y > heading_bottom + 1 && item.y < kBodyBottom);
        }
        INFO(sample.data << " page " << p + 1 << ": " << anchor.text);
        CHECK(followed);
      }
    }
  }
}

TEST_CASE("the table of contents gives each heading the page it lands on, and links to it") {
  const auto pages = dump_of(samples()[4]);
  std::map<std::string, int> heading_page;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const auto& item : pages[p]) {
      if (item.kind == "anchor") heading_page[item.target] = static_cast<int>(p) + 1;
    }
  }
  int entries = 0;
  for (const auto& page : pages) {
    for (const auto& link : page) {
      if (link.kind != "link" || link.target.empty()) continue;
      std::string number;
      for (const auto& item : page) {
        const bool flush_right = item.kind == "text" && std::abs(item.x + item.width - kRight) < 0.2;
        if (flush_right && item.y > link.y && item.y < link.y + link.height) number = item.text;
      }
      INFO(link.target);
      REQUIRE(heading_page.count(link.target));
      CHECK(number == std::to_string(heading_page.at(link.target)));
      ++entries;
    }
  }
  CHECK(entries == 23);  // the seed's table of contents has 23 entries
}

TEST_CASE("the PDF says it is in Swedish and is hyphenated with a drawn hyphen where lines break inside words") {
  const std::string out = fresh_folder("language");
  const RunResult result = run({required_env("KANSLI"), "render", "templates/roller.xml",
                                "data/klaralvdalen/roles/riktlinje-roller-och-ansvar.json", "-o", out}, source());
  REQUIRE(result.exit_code == 0);
  const std::string pdf = out + "/riktlinje-roller-och-ansvar-roller.pdf";
  REQUIRE(run({"/usr/bin/qpdf", "--qdf", "--object-streams=disable", pdf, out + "/open.pdf"}).exit_code == 0);
  CHECK(slurp(out + "/open.pdf").find("/Lang (sv)") != std::string::npos);
  // Hyphenated text: some line ends in a hyphen after a lower-case letter (pdftotext joins
  // such words again, so the laid-out lines are read instead).
  int hyphenated = 0;
  for (const auto& page : dump_of(samples()[4])) {
    for (const auto& item : page) {
      const std::size_t n = item.text.size();
      if (item.kind == "text" && n > 2 && item.text[n - 1] == '-' && std::islower(static_cast<unsigned char>(item.text[n - 2]))) {
        ++hyphenated;
      }
    }
  }
  CHECK(hyphenated > 0);
}

namespace {

// The gray levels (0 black .. 255 white) of a region of page 1 of `pdf`, in points from its top-left.
std::vector<unsigned char> page_region(const std::string& pdf, double x, double y, double width, double height) {
  const auto px = [](double v) { return std::to_string(static_cast<int>(v)); };
  const RunResult image = run({"/usr/bin/pdftoppm", "-gray", "-r", "72", "-f", "1", "-l", "1", "-x", px(x), "-y",
                               px(y), "-W", px(std::max(width, 1.0)), "-H", px(std::max(height, 1.0)), pdf});
  REQUIRE(image.exit_code == 0);
  std::istringstream header(image.out);  // a binary PGM: "P5\n<w> <h>\n255\n", a byte a pixel
  std::string magic;
  int w = 0, h = 0, maximum = 0;
  header >> magic >> w >> h >> maximum;
  REQUIRE(magic == "P5");
  const std::size_t count = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
  return std::vector<unsigned char>(image.out.end() - static_cast<std::ptrdiff_t>(count), image.out.end());
}

}  // namespace

TEST_CASE("table shading and rules are drawn") {
  const auto pages = dump_of(samples()[0]);
  const DumpItem* fill = nullptr;
  const DumpItem* rule = nullptr;
  for (const auto& item : pages.at(0)) {
    if (item.kind == "fill" && !fill) fill = &item;
    if (item.kind == "line" && item.height == 0 && item.width > 100 && !rule) rule = &item;
  }
  REQUIRE(fill);
  REQUIRE(rule);
  const std::string out = fresh_folder("paths");
  REQUIRE(run({required_env("KANSLI"), "render", samples()[0].template_path, samples()[0].data, "-o", out,
               "--format", "pdf"}, source()).exit_code == 0);
  const std::string pdf = out + "/styrelsen-2026-12-10-kallelse.pdf";
  // The shaded header row: light, but not white (sampled away from its text).
  const auto shade = page_region(pdf, fill->x + fill->width - 30, fill->y + 2, 20, 4);
  int shaded = 0;
  for (const unsigned char v : shade) shaded += v > 200 && v < 250;
  CHECK(shaded > static_cast<int>(shade.size()) / 2);
  // A horizontal rule: some pixel on its row is dark.
  const auto line = page_region(pdf, rule->x + 10, rule->y - 2, 40, 4);
  CHECK(*std::min_element(line.begin(), line.end()) < 200);
}

TEST_CASE("text is drawn, not only extractable: the title's area has ink") {
  // The glyphs must be embedded and shown; pdftotext alone would pass with invisible text.
  const auto pages = dump_of(samples()[0]);
  const DumpItem* title = nullptr;
  for (const auto& item : pages.at(0)) {
    if (item.kind == "text" && item.size >= 14 && !title) title = &item;
  }
  REQUIRE(title);
  const std::string out = fresh_folder("ink");
  REQUIRE(run({required_env("KANSLI"), "render", samples()[0].template_path, samples()[0].data, "-o", out,
               "--format", "pdf"}, source()).exit_code == 0);
  const auto pixels = page_region(out + "/styrelsen-2026-12-10-kallelse.pdf", title->x, title->y - title->size,
                                  title->width, title->size * 1.2);
  int ink = 0;
  for (const unsigned char v : pixels) ink += v < 128;
  CHECK(ink > static_cast<int>(pixels.size()) / 20);
}

TEST_CASE("every sample PDF passes qpdf --check and its text extracts without complaint") {
  for (const auto& sample : samples()) {
    const std::string out = fresh_folder("check");
    REQUIRE(run({required_env("KANSLI"), "render", sample.template_path, sample.data, "-o", out, "--format", "pdf"},
                source()).exit_code == 0);
    for (const auto& entry : std::filesystem::directory_iterator(out)) {
      INFO(sample.data << " " << entry.path().string());
      const RunResult check = run({"/usr/bin/qpdf", "--check", entry.path().string()});
      CHECK(check.exit_code == 0);
      const RunResult text = run({"/usr/bin/pdftotext", "-enc", "UTF-8", entry.path().string(), "-"});
      CHECK(text.exit_code == 0);
      CHECK(text.err.empty());
      CHECK(text.out.find("\xEF\xBF\xBD") == std::string::npos);  // no replacement characters
    }
  }
}

TEST_CASE("the laid-out pages of two samples equal their golden dumps") {
  const std::pair<Sample, const char*> goldens[] = {
      {{"templates/roller.xml", "data/stockholm/roles/roller-och-ansvar.json"}, "stockholm-roller.layout.txt"},
      {{"templates/kallelse.xml", "data/klaralvdalen/meetings/styrelsen-2026-12-10.json"},
       "klaralvdalen-kallelse.layout.txt"}};
  for (const auto& [sample, golden] : goldens) {
    const RunResult result =
        run({required_env("KANSLI"), "render", sample.template_path, sample.data, "--dump-layout"}, source());
    REQUIRE(result.exit_code == 0);
    const std::string expected = slurp(source() + "/tests/golden/" + golden);
    REQUIRE(!expected.empty());
    if (result.out == expected) continue;
    // Show the first line that differs (scripts/update-golden.sh rewrites the files).
    std::istringstream got(result.out), want(expected);
    std::string got_line, want_line;
    int line = 0;
    while (std::getline(want, want_line)) {
      ++line;
      if (!std::getline(got, got_line) || got_line != want_line) break;
    }
    FAIL(golden << " differs at line " << line << ":\n  expected: " << want_line << "\n  got:      " << got_line);
  }
}
