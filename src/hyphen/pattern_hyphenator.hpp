// PatternHyphenator: the real Hyphenator, reading TeX-style hyphenation patterns in
// libhyphen's .dic format (Debian's hyphen-sv for Swedish). Patterns are loaded once per
// render; words are looked up once each and remembered, since documents repeat words.
// Threads: not to be shared: the remembered words are a cache without a lock, so one
// thread at a time uses a PatternHyphenator (layout is that one thread).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "layout/layout.hpp"

namespace kansli {

class PatternHyphenator : public layout::Hyphenator {
 public:
  // Loads the patterns of `settings` through `files`; nullopt (with an error) when they
  // cannot be read.
  static std::unique_ptr<PatternHyphenator> load(const HyphenationSettings& settings, const Files& files,
                                                 Diagnostics& diagnostics);
  ~PatternHyphenator() override;
  PatternHyphenator(const PatternHyphenator&) = delete;
  PatternHyphenator& operator=(const PatternHyphenator&) = delete;

  void add_hyphenation_points(std::string_view word, std::vector<std::size_t>& points) const override;

 private:
  struct Dictionary;
  PatternHyphenator(std::unique_ptr<Dictionary> dictionary, int left_min, int right_min);
  std::vector<std::size_t> look_up(std::string_view word) const;

  std::unique_ptr<Dictionary> dictionary_;
  int left_min_;
  int right_min_;
  // Words looked up, found by a view of their text (no string made to look one up).
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>()(word); }
  };
  mutable std::unordered_map<std::string, std::vector<std::size_t>, WordHash, std::equal_to<>> remembered_;
};

}  // namespace kansli
