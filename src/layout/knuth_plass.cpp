// Implements find_breaks (see knuth_plass.hpp), following Knuth and Plass, "Breaking
// Paragraphs into Lines" (1981), with running sums so that each line's width is a
// subtraction, and one active node per fitness class and position.
#include "layout/knuth_plass.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kansli::layout {
namespace {

constexpr double kAwfulBadness = 10000;

struct Totals {
  double width = 0, stretch = 0, shrink = 0;
};

struct Node {
  std::size_t position = 0;  // the break item (or 0 for the paragraph's start)
  int fitness = 1;
  bool flagged = false;
  Totals totals;             // sums up to the first box after the break
  double demerits = 0;
  int previous = -1;         // index into the node store
};

// 0 tight (below -0.5), 1 decent (to 0.5), 2 loose (to 1), 3 very loose. Counted rather
// than branched: which class a line falls in is what the branches cannot predict.
int fitness_class(double ratio) {
  return static_cast<int>(ratio >= -0.5) + static_cast<int>(ratio > 0.5) + static_cast<int>(ratio > 1);
}

double badness(double ratio) {
  if (ratio < -1) return std::numeric_limits<double>::infinity();
  const double r = std::abs(ratio);
  const double b = 100 * r * r * r;
  return std::min(b, kAwfulBadness);
}

bool is_break_point(const std::vector<BreakItem>& items, std::size_t i) {
  const BreakItem& item = items[i];
  if (item.kind == BreakItem::Kind::kPenalty) return item.penalty < kInfinitePenalty;
  return item.kind == BreakItem::Kind::kGlue && i > 0 && items[i - 1].kind == BreakItem::Kind::kBox;
}

// The sums after a break at `i`: glue and penalties that follow it are dropped.
Totals totals_after(const std::vector<BreakItem>& items, std::size_t i, Totals totals) {
  for (std::size_t j = i; j < items.size(); ++j) {
    const BreakItem& item = items[j];
    if (item.kind == BreakItem::Kind::kBox) break;
    if (item.kind == BreakItem::Kind::kPenalty && item.penalty <= -kInfinitePenalty && j > i) break;
    if (item.kind == BreakItem::Kind::kGlue) {
      totals.width += item.width;
      totals.stretch += item.stretch;
      totals.shrink += item.shrink;
    }
  }
  return totals;
}

double demerits_of(double bad, const BreakItem& item, const BreakSettings& settings) {
  const double base = (settings.line_penalty + bad) * (settings.line_penalty + bad);
  if (item.kind != BreakItem::Kind::kPenalty) return base;
  if (item.penalty >= 0) return base + item.penalty * item.penalty;
  if (item.penalty > -kInfinitePenalty) return base - item.penalty * item.penalty;
  return base;
}

class Breaker {
 public:
  Breaker(const std::vector<BreakItem>& items, const BreakSettings& settings)
      : items_(items),
        settings_(settings),
        // A ratio a little above the tolerance's (badness 100·r³) is surely too loose; at
        // any badness (10000 and up) none is.
        loosest_ratio_(settings.tolerance >= kAwfulBadness ? std::numeric_limits<double>::infinity()
                                                            : std::cbrt(settings.tolerance / 100) * 1.001) {}

  std::vector<std::size_t> run() {
    nodes_.reserve(items_.size() / 2 + 8);
    nodes_.push_back(Node{});
    active_.push_back(0);
    Totals sums;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      const BreakItem& item = items_[i];
      if (is_break_point(items_, i)) {
        consider_break(i, sums);
        if (active_.empty()) return {};
      }
      if (item.kind != BreakItem::Kind::kPenalty) {
        sums.width += item.width;
        sums.stretch += item.stretch;
        sums.shrink += item.shrink;
      }
    }
    return best_path();
  }

 private:
  void consider_break(std::size_t i, const Totals& sums) {
    const BreakItem& item = items_[i];
    const bool forced = item.kind == BreakItem::Kind::kPenalty && item.penalty <= -kInfinitePenalty;
    struct Candidate { double demerits = std::numeric_limits<double>::infinity(); int from = -1; double ratio = 0; };
    Candidate best[4];
    still_active_.clear();
    const double width_here = sums.width + (item.kind == BreakItem::Kind::kPenalty ? item.width : 0);
    for (const int index : active_) {
      const Node& node = nodes_[static_cast<std::size_t>(index)];
      const double ratio = adjustment_ratio_of(width_here - node.totals.width, sums.stretch - node.totals.stretch,
                                               sums.shrink - node.totals.shrink);
      if (ratio < -1) continue;  // too tight: this line and every longer one from the node
      if (!forced) still_active_.push_back(index);
      if (ratio > loosest_ratio_) continue;  // badness above the tolerance, without computing it
      const double bad = badness(ratio);
      if (bad > settings_.tolerance) continue;
      double demerits = demerits_of(bad, item, settings_);
      if (node.flagged && item.flagged) demerits += settings_.flagged_demerits;
      if (forced && node.flagged) demerits += settings_.final_hyphen_demerits;
      const int fitness = fitness_class(ratio);
      if (std::abs(fitness - node.fitness) > 1) demerits += settings_.fitness_demerits;
      demerits += node.demerits;
      if (demerits < best[fitness].demerits) best[fitness] = {demerits, index, ratio};
    }
    active_.swap(still_active_);
    const Totals after = totals_after(items_, i, sums);
    for (int fitness = 0; fitness < 4; ++fitness) {
      if (best[fitness].from < 0) continue;
      nodes_.push_back(Node{i, fitness, item.flagged, after, best[fitness].demerits, best[fitness].from});
      active_.push_back(static_cast<int>(nodes_.size() - 1));
    }
  }

  double adjustment_ratio_of(double natural, double stretch, double shrink) const {
    const double width = settings_.line_width;
    if (natural < width) {
      const double total = stretch + settings_.line_end_stretch;
      return total > 0 ? (width - natural) / total : std::numeric_limits<double>::infinity();
    }
    if (natural > width) return shrink > 0 ? (width - natural) / shrink : -std::numeric_limits<double>::infinity();
    return 0;
  }

  // Follows the cheapest active node at the paragraph's end back to its start.
  std::vector<std::size_t> best_path() const {
    int best = -1;
    for (const int index : active_) {
      const Node& node = nodes_[static_cast<std::size_t>(index)];
      if (node.position + 1 != items_.size()) continue;
      if (best < 0 || node.demerits < nodes_[static_cast<std::size_t>(best)].demerits) best = index;
    }
    std::vector<std::size_t> breaks;
    for (int index = best; index > 0; index = nodes_[static_cast<std::size_t>(index)].previous) {
      breaks.push_back(nodes_[static_cast<std::size_t>(index)].position);
    }
    std::reverse(breaks.begin(), breaks.end());
    return breaks;
  }

  const std::vector<BreakItem>& items_;
  const BreakSettings& settings_;
  const double loosest_ratio_;
  std::vector<Node> nodes_;
  std::vector<int> active_;
  std::vector<int> still_active_;  // scratch for consider_break, kept to avoid allocating
};

}  // namespace

std::vector<std::size_t> find_breaks(const std::vector<BreakItem>& items, const BreakSettings& settings) {
  if (items.empty()) return {};
  return Breaker(items, settings).run();
}

std::vector<std::size_t> first_fit_breaks(const std::vector<BreakItem>& items, double line_width) {
  std::vector<std::size_t> breaks;
  double used = 0;
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t last_fit = kNone;  // the last place in this line where a break fits
  for (std::size_t i = 0; i < items.size(); ++i) {
    const BreakItem& item = items[i];
    if (item.kind == BreakItem::Kind::kPenalty && item.penalty <= -kInfinitePenalty) {
      breaks.push_back(i);
      used = 0;
      last_fit = kNone;
      continue;
    }
    const double extra = item.kind == BreakItem::Kind::kPenalty ? item.width : 0;
    if (is_break_point(items, i) && used + extra <= line_width) last_fit = i;
    if (item.kind == BreakItem::Kind::kBox) {
      if (used + item.width > line_width && last_fit != kNone) {
        breaks.push_back(last_fit);
        i = last_fit;  // the next line starts after it
        used = 0;
        last_fit = kNone;
        continue;
      }
      used += item.width;
    } else if (item.kind == BreakItem::Kind::kGlue && used > 0) {
      used += item.width;
    }
  }
  if (breaks.empty() || breaks.back() + 1 != items.size()) breaks.push_back(items.size() - 1);
  return breaks;
}

double adjustment_ratio(double natural, double stretch, double shrink, double line_width) {
  if (natural < line_width && stretch > 0) return (line_width - natural) / stretch;
  if (natural > line_width && shrink > 0) return std::max(-1.0, (line_width - natural) / shrink);
  return 0;
}

}  // namespace kansli::layout
