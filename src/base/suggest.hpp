// Suggestions for misspelt names ("did you mean ...?"), by edit distance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kansli {

// Returns the Levenshtein distance between two strings, counted in bytes.
std::size_t edit_distance(std::string_view a, std::string_view b);

// Returns the candidate closest to `wrong`, if one is close enough to be a likely typo.
std::optional<std::string> closest_match(std::string_view wrong,
                                         const std::vector<std::string>& candidates);

}  // namespace kansli
