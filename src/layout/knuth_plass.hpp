// Knuth–Plass total-fit line breaking (layout-internal header). A paragraph is a
// sequence of boxes (unbreakable text), glue (spaces that may stretch or shrink) and
// penalties (places to break, such as hyphenation points). find_breaks chooses the
// breaks that minimise the total demerits of all lines together, so that a loose line
// early on is weighed against a hyphen later. Cost is linear in the paragraph's length:
// only break points less than a line back stay active.
#pragma once

#include <cstddef>
#include <vector>

namespace kansli::layout {

constexpr double kInfinitePenalty = 10000;  // a penalty this high forbids a break; minus it forces one

struct BreakItem {
  enum class Kind { kBox, kGlue, kPenalty };
  Kind kind = Kind::kBox;
  double width = 0;    // penalty: the width added when the line ends here (a hyphen)
  double stretch = 0;  // glue only
  double shrink = 0;   // glue only
  double penalty = 0;  // penalty only
  bool flagged = false;  // penalty only: a hyphen (two in a row are discouraged)
};

struct BreakSettings {
  double line_width = 0;
  double tolerance = 200;        // the worst badness accepted (100·r³, where r is how far spaces stretch)
  double line_end_stretch = 0;   // stretch every line has at its end (ragged right), points
  double line_penalty = 10;
  double flagged_demerits = 10000;   // two hyphenated lines in a row (TeX's \doublehyphendemerits)
  double final_hyphen_demerits = 5000;  // a hyphen at the end of the next-to-last line
  double fitness_demerits = 100;     // a tight line next to a loose one
};

// Returns the indices of the items where lines end (the last is the final item), or an
// empty vector when no set of breaks meets the tolerance.
std::vector<std::size_t> find_breaks(const std::vector<BreakItem>& items, const BreakSettings& settings);

// First fit: each line takes as much as fits. The last resort when find_breaks finds nothing.
std::vector<std::size_t> first_fit_breaks(const std::vector<BreakItem>& items, double line_width);

// How far a line's glue must stretch (> 0) or shrink (< 0) to fill `line_width`, as a
// fraction of its stretchability; 0 when it cannot or need not change.
double adjustment_ratio(double natural, double stretch, double shrink, double line_width);

}  // namespace kansli::layout
