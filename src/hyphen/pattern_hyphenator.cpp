// Implements PatternHyphenator (see pattern_hyphenator.hpp) over libhyphen. The Swedish
// patterns are in ISO 8859-1, so a word is converted to lower-case Latin-1 first; a word
// with any letter outside Latin-1 is not hyphenated. Points where the patterns ask for a
// changed spelling (non-standard hyphenation) are skipped rather than misspelt.
#include "hyphen/pattern_hyphenator.hpp"

#include <hyphen.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "base/utf8.hpp"

namespace kansli {

struct PatternHyphenator::Dictionary {
  HyphenDict* handle = nullptr;
  ~Dictionary() {
    if (handle) hnj_hyphen_free(handle);
  }
};

namespace {

constexpr std::size_t kLongestWord = 100;  // longer "words" (codes, URLs) are not hyphenated

// Lower-case Latin-1 for `code_point`, or 0 when it is not a Latin-1 letter.
char latin1_lower(char32_t c) {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c >= 'a' && c <= 'z') return static_cast<char>(c);
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return static_cast<char>(static_cast<unsigned char>(c + 0x20));
  if (c >= 0xDF && c <= 0xFF && c != 0xF7) return static_cast<char>(static_cast<unsigned char>(c));
  return 0;
}

// Frees the arrays libhyphen allocates for non-standard hyphenation.
struct Replacements {
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  int count = 0;
  ~Replacements() {
    if (rep) {
      for (int i = 0; i < count; ++i) std::free(rep[i]);
      std::free(rep);
    }
    std::free(pos);
    std::free(cut);
  }
};

// Whether `line` names a character set as a pattern file's first line does ("UTF-8",
// "ISO8859-1", "microsoft-cp1251": letters, digits and hyphens, with a digit). libhyphen
// takes any file's first line as its character set and any later lines as patterns, so a
// file that is not one (a text, a font) would load without a complaint and hyphenate nothing
// (and binary files make libhyphen leak), so the first line is looked at before it loads.
bool is_charset_name(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  bool digit = false;
  for (const char c : line) {
    const bool alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alphanumeric && c != '-' && c != '_') return false;
    digit = digit || (c >= '0' && c <= '9');
  }
  return digit;
}

// The first line of `bytes` (looked at up to its first 64 bytes).
std::string_view first_line(std::string_view bytes) {
  bytes = bytes.substr(0, 64);
  return bytes.substr(0, bytes.find('\n'));
}

// Whether a loaded dictionary holds patterns (more than libhyphen's one default state).
bool has_patterns(const HyphenDict& dict) {
  int states = 0;
  for (const HyphenDict* level = dict.nextlevel; level; level = level->nextlevel) states += level->num_states;
  return states > 1;
}

// Reports patterns that cannot be used, at the theme setting that names them.
void report_bad_patterns(const HyphenationSettings& settings, const std::string& problem, Diagnostics& diagnostics) {
  auto& error = diagnostics.error(settings.where.known() ? settings.where : SourcePosition{settings.patterns, 0, 0},
                                  "the hyphenation patterns '" + settings.patterns + "' " + problem);
  if (settings.where.known()) error.data_path = "/hyphenation/patterns";
  error.hints.push_back("the theme's 'hyphenation.patterns' must name a libhyphen .dic file, such as "
                        "/usr/share/hyphen/hyph_sv_SE.dic (Debian package hyphen-sv), or be left out");
}

}  // namespace

PatternHyphenator::PatternHyphenator(std::unique_ptr<Dictionary> dictionary, int left_min, int right_min)
    : dictionary_(std::move(dictionary)), left_min_(left_min), right_min_(right_min) {}

PatternHyphenator::~PatternHyphenator() = default;

std::unique_ptr<PatternHyphenator> PatternHyphenator::load(const HyphenationSettings& settings, const Files& files,
                                                           Diagnostics& diagnostics) {
  const char* kNotPatterns = "are not a hyphenation pattern file: its first line must name a character set "
                             "such as UTF-8 or ISO8859-1, and patterns follow";
  // libhyphen reads a FILE: it is given the bytes the door read, never the path.
  std::string error;
  const FileBytes bytes = files.read(settings.patterns, FileKind::kPatterns, error);
  if (!bytes) {
    report_bad_patterns(settings, error, diagnostics);
    return nullptr;
  }
  if (!is_charset_name(first_line(*bytes))) {
    report_bad_patterns(settings, kNotPatterns, diagnostics);
    return nullptr;
  }
  auto dictionary = std::make_unique<Dictionary>();
  if (FILE* stream = fmemopen(const_cast<char*>(bytes->data()), bytes->size(), "r")) {
    dictionary->handle = hnj_hyphen_load_file(stream);
    std::fclose(stream);
  }
  if (!dictionary->handle || !has_patterns(*dictionary->handle)) {
    report_bad_patterns(settings, kNotPatterns, diagnostics);
    return nullptr;
  }
  return std::unique_ptr<PatternHyphenator>(
      new PatternHyphenator(std::move(dictionary), settings.left_min, settings.right_min));
}

void PatternHyphenator::add_hyphenation_points(std::string_view word, std::vector<std::size_t>& points) const {
  auto found = remembered_.find(word);
  if (found == remembered_.end()) found = remembered_.emplace(std::string(word), look_up(word)).first;
  points.insert(points.end(), found->second.begin(), found->second.end());
}

std::vector<std::size_t> PatternHyphenator::look_up(std::string_view word) const {
  std::string latin1;
  std::vector<std::size_t> offsets;  // the UTF-8 offset of each letter
  std::size_t offset = 0;
  for (const char32_t c : decode_utf8(word)) {
    const char lower = latin1_lower(c);
    if (lower == 0) return {};
    latin1 += lower;
    offsets.push_back(offset);
    offset += c < 0x80 ? 1 : 2;  // every Latin-1 letter above ASCII is two bytes in UTF-8
  }
  if (latin1.size() < static_cast<std::size_t>(left_min_ + right_min_) || latin1.size() > kLongestWord) return {};
  std::vector<char> hyphens(latin1.size() + 5, '0');
  Replacements replacements;
  replacements.count = static_cast<int>(latin1.size());
  if (hnj_hyphen_hyphenate3(dictionary_->handle, latin1.c_str(), static_cast<int>(latin1.size()),
                            hyphens.data(), nullptr, &replacements.rep, &replacements.pos,
                            &replacements.cut, left_min_, right_min_, left_min_, right_min_) != 0) {
    return {};
  }
  std::vector<std::size_t> points;
  for (std::size_t i = 0; i + 1 < latin1.size(); ++i) {
    const bool odd = (hyphens[i] - '0') % 2 == 1;
    const bool respelt = replacements.rep && replacements.rep[i];
    if (odd && !respelt) points.push_back(offsets[i + 1]);
  }
  return points;
}

}  // namespace kansli
