// Unit tests of the base stage: positions, diagnostics, UTF-8, suggestions, atomic writes.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <sys/wait.h>
#include <unistd.h>

#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "base/suggest.hpp"
#include "base/utf8.hpp"

using namespace kansli;

TEST_CASE("position_at counts lines and code-point columns") {
  const std::string text = "ab\nåäö x\n";
  const auto p = position_at("f.json", text, text.find('x'));
  CHECK(p.line == 2);
  CHECK(p.column == 5);  // å ä ö are one column each although two bytes
  CHECK(format_position(p) == "f.json:2:5");
}

TEST_CASE("position_at clamps an offset past the end") {
  const auto p = position_at("f", "a\nb", 99);
  CHECK(p.line == 2);
  CHECK(p.column == 2);
}

TEST_CASE("PositionTracker answers offsets in any order, at line ends and starts too") {
  const std::string text = "ab\n\nåäö x\ny";
  const PositionTracker positions("f", text);
  const std::size_t offsets[] = {text.find('y'), text.find('x'), 0, 2, 3, 4, text.size()};
  const std::pair<int, int> expected[] = {{4, 1}, {3, 5}, {1, 1}, {1, 3}, {2, 1}, {3, 1}, {4, 2}};
  for (std::size_t i = 0; i < std::size(offsets); ++i) {
    CAPTURE(offsets[i]);
    const SourcePosition p = positions.at(offsets[i]);
    CHECK(p.line == expected[i].first);
    CHECK(p.column == expected[i].second);
    CHECK(p.line == position_at("f", text, offsets[i]).line);
  }
}

TEST_CASE("a diagnostic reads file:line:col, message, data path and hints") {
  Diagnostics diagnostics;
  auto& e = diagnostics.error({"m.json", 3, 7}, "unknown person 'x'");
  e.data_path = "/secretary";
  e.hints.push_back("did you mean 'y'?");
  CHECK(diagnostics.has_errors());
  CHECK(format_diagnostic(e) ==
        "m.json:3:7: error: unknown person 'x' (at /secretary)\n  hint: did you mean 'y'?\n");
}

TEST_CASE("warnings do not count as errors") {
  Diagnostics diagnostics;
  diagnostics.warning({}, "w");
  CHECK_FALSE(diagnostics.has_errors());
  CHECK(format_diagnostic(diagnostics.all()[0]) == "warning: w\n");
}

TEST_CASE("find_invalid_utf8 finds the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("Åsa Öberg ✓").has_value());
  CHECK(find_invalid_utf8("ab\xC3").value() == 2);         // truncated sequence
  CHECK(find_invalid_utf8("a\xC0\xAF").value() == 1);      // overlong encoding
  CHECK(find_invalid_utf8("\xED\xA0\x80").value() == 0);   // surrogate
}

TEST_CASE("decode and encode UTF-8 round-trip") {
  const std::string text = "å✓€";
  std::string back;
  for (const char32_t c : decode_utf8(text)) append_utf8(back, c);
  CHECK(back == text);
  CHECK(count_code_points(text) == 3);
}

TEST_CASE("excerpt keeps short text whole and cuts long text at a character boundary") {
  CHECK(excerpt("kort text") == "kort text");
  CHECK(excerpt(std::string(40, 'a')) == std::string(40, 'a'));  // exactly the limit: not cut
  CHECK(excerpt(std::string(41, 'a')) == std::string(40, 'a') + "…");
  const std::string swedish = std::string(39, 'a') + "åäö";  // 'å' spans bytes 39 and 40
  CHECK(excerpt(swedish) == std::string(39, 'a') + "…");
  CHECK(excerpt("räksmörgås", 2) == "r…");  // 2 bytes would cut 'ä' in two
  CHECK(excerpt("räksmörgås", 3) == "rä…");
  CHECK(excerpt("abcdef", 4) == "abcd…");
}

TEST_CASE("closest_match suggests a likely typo and nothing for a stranger") {
  const std::vector<std::string> names = {"date", "title", "agenda"};
  CHECK(closest_match("dat", names).value() == "date");
  CHECK(closest_match("agneda", names).value() == "agenda");
  CHECK_FALSE(closest_match("secretary", names).has_value());
}

TEST_CASE("write_files_atomically replaces files and leaves no temporary") {
  const auto dir = std::filesystem::temp_directory_path() / "kansli-test-atomic";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string target = (dir / "a.txt").string();
  std::string error;
  REQUIRE(write_files_atomically({{target, "first"}}, error));
  REQUIRE(write_files_atomically({{target, "second"}}, error));
  std::string content;
  CHECK(read_file(target, error).value() == "second");
  CHECK(std::distance(std::filesystem::directory_iterator(dir), {}) == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a failed atomic write leaves the earlier files untouched") {
  const auto dir = std::filesystem::temp_directory_path() / "kansli-test-atomic-fail";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string good = (dir / "good.pdf").string();
  std::string error;
  REQUIRE(write_files_atomically({{good, "old"}}, error));
  const std::string impossible = (dir / "missing-folder" / "x.html").string();
  CHECK_FALSE(write_files_atomically({{good, "new"}, {impossible, "x"}}, error));
  CHECK(error.find("missing-folder") != std::string::npos);
  CHECK(read_file(good, error).value() == "old");
  CHECK(std::distance(std::filesystem::directory_iterator(dir), {}) == 1);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a process killed while writing leaves no temporary file and the old outputs") {
  const auto dir = std::filesystem::temp_directory_path() / "kansli-test-atomic-killed";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string pdf = (dir / "k.pdf").string(), html = (dir / "k.html").string();
  std::string error;
  REQUIRE(write_files_atomically({{pdf, "old pdf"}, {html, "old html"}}, error));
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {  // dies the moment its first output is written, as if killed
    std::string ignored;
    write_files_atomically({{pdf, std::string(1 << 20, 'p')}, {html, "new html"}}, ignored,
                           [](std::size_t) { _exit(9); });
    _exit(0);
  }
  int status = 0;
  waitpid(child, &status, 0);
  CHECK(WEXITSTATUS(status) == 9);
  CHECK(read_file(pdf, error).value() == "old pdf");
  CHECK(read_file(html, error).value() == "old html");
  CHECK(std::distance(std::filesystem::directory_iterator(dir), {}) == 2);
  std::filesystem::remove_all(dir);
}

TEST_CASE("a batch whose outputs name one folder in two ways locks it once (no wait on itself)") {
  const auto dir = std::filesystem::temp_directory_path() / "kansli-test-one-folder-two-names";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::string pdf = (dir / "m.pdf").string(), html = (dir / "." / "m.html").string();
  std::string error;
  CHECK(write_files_atomically({{pdf, "pdf"}, {html, "html"}}, error));
  CHECK(read_file(html, error).value() == "html");
  std::filesystem::remove_all(dir);
}

TEST_CASE("read_file reads a file longer than its size says, with no limit given") {
  std::string error;
  const auto status = read_file("/proc/self/status", error);  // its size says 0
  REQUIRE(status);
  CHECK(status->find("Name:") == 0);
}
