// Implements edit_distance and closest_match (see suggest.hpp).
#include "base/suggest.hpp"

#include <algorithm>

namespace kansli {
namespace {

// Returns the Levenshtein distance between `a` and `b` when it is at most `bound`, and
// otherwise some number above `bound`. Only the diagonal band |i - j| <= bound can hold
// such a distance (Ukkonen), and the computation stops at the first row whose every
// cell exceeds it, so a stranger costs a few short rows rather than a full table. `row`
// is scratch space, kept by the caller across calls.
std::size_t edit_distance_within(std::string_view a, std::string_view b, std::size_t bound,
                                 std::vector<std::size_t>& row) {
  const std::size_t beyond = bound + 1;
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > bound) return beyond;
  // A common prefix or suffix never changes the distance (ids often share long ones).
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  row.assign(b.size() + 1, beyond);
  for (std::size_t j = 0; j <= std::min(b.size(), bound); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    const std::size_t first = i > bound ? i - bound : 1;
    const std::size_t last = std::min(b.size(), i + bound);
    std::size_t diagonal = row[first - 1];                // the cell (i - 1, first - 1)
    row[first - 1] = first == 1 && i <= bound ? i : beyond;  // (i, first - 1): inside the band only in column 0
    std::size_t row_minimum = row[first - 1];
    for (std::size_t j = first; j <= last; ++j) {
      const std::size_t above = row[j];
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + cost, beyond});
      diagonal = above;
      row_minimum = std::min(row_minimum, row[j]);
    }
    if (last < b.size()) row[last + 1] = beyond;  // (i, last + 1) is outside the band
    if (row_minimum > bound) return beyond;
  }
  return row[b.size()];
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row;
  return edit_distance_within(a, b, std::max(a.size(), b.size()), row);
}

std::optional<std::string> closest_match(std::string_view wrong,
                                         const std::vector<std::string>& candidates) {
  // A candidate must be within the typo limit, and then closer than the best so far:
  // the first of the closest wins. Each comparison is bounded by what would still
  // count, and the bound starts small (a typo is usually one or two edits) and widens
  // only when nothing is found, since near-identical ids (a long shared prefix) make
  // every row of a wide band cost its full width.
  const std::size_t limit = std::max<std::size_t>(2, wrong.size() / 3);
  std::vector<std::size_t> row;
  for (std::size_t pass_bound = 1;; pass_bound = std::min(limit, pass_bound * 3)) {
    std::size_t bound = std::min(pass_bound, limit);
    const std::string* best = nullptr;
    for (const auto& candidate : candidates) {
      const std::size_t distance = edit_distance_within(wrong, candidate, bound, row);
      if (distance > bound) continue;
      best = &candidate;
      if (distance == 0) break;
      bound = distance - 1;
    }
    if (best) return *best;
    if (pass_bound >= limit) return std::nullopt;
  }
}

}  // namespace kansli
