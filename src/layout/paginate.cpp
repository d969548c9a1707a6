// Pagination and the layout_document entry point (see layout.hpp and slices.hpp).
// Slices are stacked onto pages top to bottom; a slice that does not fit starts a
// new page, together with the slices it must be kept with; table header rows are
// repeated after a page break inside their table. The header and footer are laid
// out last, once per page, when the page count is known. Footnotes go to the foot of
// the page their reference lands on; a line moves to the next page with its notes when
// they do not fit.
#include <algorithm>
#include <cmath>
#include <functional>
#include <iterator>
#include <map>

#include "layout/slices.hpp"

namespace kansli::layout {
namespace {

constexpr double kNoteRuleSpace = 10;  // above the footnotes: space and a short rule
constexpr double kNoteGap = 6;         // below the footnotes, above the footer

// Takes each finished page: its index and the page.
using PageHandler = std::function<void(std::size_t, Page&&)>;

// Places slices on pages, one after another, with their footnotes at the page foot, and
// hands each page on as soon as it is finished.
class Paginator {
 public:
  Paginator(const Theme& theme, SliceContext& context, PageHandler on_page)
      : context_(context),
        on_page_(std::move(on_page)),
        first_top_(context.frame.first_top),
        top_(context.frame.top),
        bottom_(context.frame.bottom),
        left_(theme.margin_left),
        width_(theme.page_width - theme.margin_left - theme.margin_right) {}

  // Places all `slices` and hands the last page on; returns the page count.
  std::size_t run(std::vector<Slice>& slices) {
    place_ready(slices, true);
    return finish();
  }

  // Places the slices at the front of `pending` whose keep-with-next chains end inside it
  // (all of them when `last`) and removes them, so that slices can come a block at a time.
  // Takes their items (each slice is placed once), so that they are not held twice.
  void place_ready(std::vector<Slice>& pending, bool last) {
    if (!started_) start_page();
    std::size_t ready = pending.size();
    while (!last && ready > 0 && pending[ready - 1].keep_with_next && !pending[ready - 1].page_break) --ready;
    for (std::size_t i = 0; i < ready; ++i) {
      Slice& slice = pending[i];
      if (slice.page_break) {
        if (!at_top()) start_page();
        continue;
      }
      if (slice.vertical_space && at_top()) continue;
      const double before = at_top() ? 0 : slice.space_before;
      if (!at_top() && y_ + before + kept_height(pending, i) > bottom_ - notes_space(slice)) {
        start_page();
        if (slice.table >= 0 && !slice.table_header) repeat_header(slice.table);
      }
      place(slice, at_top() ? 0 : slice.space_before, true);
    }
    pending.erase(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(ready));
  }

  // Hands the last page on; returns the page count.
  std::size_t finish() {
    if (!started_) start_page();
    close_page();
    return count_;
  }

 private:
  bool at_top() const { return y_ <= page_top_ + 0.001; }

  void start_page() {
    if (started_) close_page();
    y_ = count_ == 0 ? first_top_ : top_;
    page_top_ = y_;
    started_ = true;
    notes_.clear();
    notes_height_ = 0;
  }

  // Sets the page's footnotes and hands the page on.
  void close_page() {
    finish_page();
    on_page_(count_++, std::move(current_));
    current_ = Page{};
    started_ = false;
  }

  // Puts the page's footnotes at its foot, under a short rule.
  void finish_page() {
    if (notes_.empty()) return;
    double y = bottom_ - notes_height_;
    current_.items.push_back(Line{.x = left_, .y = y + kNoteRuleSpace / 2, .dx = width_ / 3, .dy = 0,
                                  .width = context_.theme.table_border_width, .color = context_.theme.color("rule")});
    y += kNoteRuleSpace;
    for (auto& note : notes_) {
      for (PageItem item : note.items) {
        move_item(item, left_, y);
        current_.items.push_back(std::move(item));
      }
      y += note.height;
    }
    notes_.clear();
  }

  // The footnote area the page needs once `slice` (and its notes) is on it.
  double notes_space(const Slice& slice) {
    double height = notes_height_;
    for (const auto& reference : slice.notes) height += note(reference).height;
    return height > 0 && notes_height_ == 0 ? height + kNoteRuleSpace + kNoteGap : height;
  }

  const Slice& note(const NoteReference& reference) {
    auto found = note_slices_.find(reference.number);
    if (found == note_slices_.end()) {
      found = note_slices_.emplace(reference.number, slice_footnote(reference, width_, context_)).first;
    }
    return found->second;
  }

  // Puts `slice` on the page, `before` below what is there; with `take` its items are moved
  // (a repeated table header is copied).
  void place(Slice& slice, double before, bool take) {
    y_ += before;
    for (auto& original : slice.items) {
      PageItem item = take ? std::move(original) : original;
      move_item(item, left_, y_);
      current_.items.push_back(std::move(item));
    }
    y_ += slice.height + slice.space_after;
    for (const auto& reference : slice.notes) {
      if (notes_height_ == 0) notes_height_ = kNoteRuleSpace + kNoteGap;
      notes_.push_back(note(reference));
      notes_height_ += notes_.back().height;
    }
  }

  void repeat_header(int table) {
    for (Slice& header : context_.table_headers[static_cast<std::size_t>(table)]) {
      place(header, 0, false);
    }
    page_top_ = y_;  // the repeated header counts as the top of the page
  }

  // Height of slice `i` and the slices chained to it by keep-with-next (capped at a page).
  double kept_height(const std::vector<Slice>& slices, std::size_t i) const {
    double height = slices[i].height;
    const double page = bottom_ - top_;
    while (slices[i].keep_with_next && i + 1 < slices.size() && height < page) {
      const Slice& next = slices[++i];
      if (next.page_break) break;
      height += slices[i - 1].space_after + next.space_before + next.height;
    }
    return std::min(height, page);
  }

  SliceContext& context_;
  PageHandler on_page_;
  double first_top_, top_, bottom_, left_, width_;
  double y_ = 0;
  double page_top_ = 0;
  Page current_;
  std::size_t count_ = 0;  // pages handed on
  bool started_ = false;   // whether current_ is a page (it may still be empty)
  std::vector<Slice> notes_;  // the current page's footnotes
  double notes_height_ = 0;   // their height with the rule and the gap below, or 0
  std::map<int, Slice> note_slices_;
};

// Lays out the header and footer of page `number` and adds them to the page.
void add_page_furniture(const doc::Document& document, const Theme& theme, PageNumbers numbers,
                        SliceContext& context, Page& page) {
  const double width = theme.page_width - theme.margin_left - theme.margin_right;
  const bool first = numbers.page == 1 && document.first_page_differs;
  context.numbers = numbers;
  Slice header = stack_slices(slice_blocks(first ? document.first_header : document.header, width, {}, context));
  translate(header.items, theme.margin_left, theme.margin_top);
  Slice footer = stack_slices(slice_blocks(first ? document.first_footer : document.footer, width, {}, context));
  translate(footer.items, theme.margin_left, theme.page_height - theme.margin_bottom - footer.height);
  for (auto* part : {&header, &footer}) {
    for (auto& item : part->items) {
      if (!std::holds_alternative<Anchor>(item)) page.items.push_back(std::move(item));  // bookmarks come from the body
    }
  }
}

// Heading id -> the page its anchor landed on.
std::map<std::string, int> heading_pages(const std::vector<Page>& pages) {
  std::map<std::string, int> found;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (const auto& item : pages[p].items) {
      if (const auto* anchor = std::get_if<Anchor>(&item)) found.emplace(anchor->heading_id, static_cast<int>(p) + 1);
    }
  }
  return found;
}

// The body's frame: below each header as laid out (at least the theme's header height),
// with the theme's gap, and above the footer.
PageFrame page_frame(const doc::Document& document, const Theme& theme, SliceContext& context) {
  const double width = theme.page_width - theme.margin_left - theme.margin_right;
  context.numbers = {1, 1};
  const auto top_below = [&](const std::vector<doc::Block>& header) {
    const double height = header.empty() ? 0 : stack_slices(slice_blocks(header, width, {}, context)).height;
    return theme.margin_top + std::max(theme.header_height, header.empty() ? 0 : height + theme.header_gap);
  };
  PageFrame frame;
  frame.top = top_below(document.header);
  frame.first_top = document.first_page_differs ? top_below(document.first_header) : frame.top;
  frame.bottom = theme.page_height - theme.margin_bottom - theme.footer_height;
  return frame;
}

// Reports a page header (as laid out) that leaves less than kLeastBodyMm for the body;
// returns whether there is room.
bool check_body_room(const PageFrame& frame, const Theme& theme, Diagnostics& diagnostics) {
  const double top = std::max(frame.top, frame.first_top);
  const double room = frame.bottom - top;
  if (room >= kLeastBodyMm * kPointsPerMm - 1e-9) return true;
  const auto mm = [](double points) { return std::to_string(static_cast<long>(std::lround(points / kPointsPerMm))) + " mm"; };
  auto& error = diagnostics.error(theme.page_position,
                                  "the page header takes " + mm(top - theme.margin_top) + " and leaves " +
                                      (room <= 0 ? std::string("no room") : "only " + mm(room)) +
                                      " for the text on a page " + mm(theme.page_height) + " high");
  error.hints.push_back("shorten the template's <page-header> (or <first-page-header>), or make the theme's page "
                        "taller or its margins smaller; the text needs at least " +
                        std::to_string(static_cast<int>(kLeastBodyMm)) + " mm");
  return false;
}

// Lays the body out again with the pages its headings landed on in the previous layout,
// until they stay where they are (at most `max_passes` layouts); returns the last pages.
std::vector<Page> lay_out_until_settled(const doc::Document& document, const Theme& theme, const LayoutTools& tools,
                                        const PageFrame& frame, const std::vector<doc::ContentsEntry>& contents,
                                        std::map<std::string, int>& pages_of, Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  const double width = theme.page_width - theme.margin_left - theme.margin_right;
  std::vector<Page> pages;
  for (int pass = 1;; ++pass) {
    SliceContext context{theme, tools.metrics, tools.images, tools.hyphenator, diagnostics, frame, {}, {}, contents, pages_of};
    auto slices = slice_blocks(document.body, width, {}, context);
    pages.clear();
    Paginator(theme, context, [&pages](std::size_t, Page&& page) { pages.push_back(std::move(page)); }).run(slices);
    if (diagnostics.error_count() > errors_before) break;
    auto landed = heading_pages(pages);
    if (landed == pages_of) break;
    if (pass >= tools.max_passes) {
      diagnostics.warning({}, "the page numbers of the table of contents did not settle after " +
                                  std::to_string(tools.max_passes) + (tools.max_passes == 1 ? " layout" : " layouts") +
                                  "; some may be off by one")
          .hints.push_back("a heading moves between pages as the numbers change; a page break before it settles it");
      break;
    }
    pages_of = std::move(landed);
  }
  return pages;
}

// Hands a layout to a LaidOutDocument: header and footer items after the body's.
class PageCollector final : public PageSink {
 public:
  explicit PageCollector(LaidOutDocument& out) : out_(out) {}
  void add_body(std::size_t index, Page page) override {
    if (out_.pages.size() <= index) out_.pages.resize(index + 1);
    out_.pages[index] = std::move(page);
  }
  void add_furniture(std::size_t index, Page page) override {
    if (out_.pages.size() <= index) out_.pages.resize(index + 1);
    auto& items = out_.pages[index].items;
    std::move(page.items.begin(), page.items.end(), std::back_inserter(items));
  }

 private:
  LaidOutDocument& out_;
};

}  // namespace

std::optional<std::size_t> layout_document(const doc::Document& document, const Theme& theme,
                                           const LayoutTools& tools, PageSink& sink, Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  const double width = theme.page_width - theme.margin_left - theme.margin_right;
  const auto contents = doc::contents_entries(document.body);
  std::map<std::string, int> pages_of;  // heading id -> page, for a table of contents
  SliceContext measuring{theme, tools.metrics, tools.images, tools.hyphenator, diagnostics, {}, {}, {}, contents, pages_of};
  const PageFrame frame = page_frame(document, theme, measuring);
  if (!check_body_room(frame, theme, diagnostics)) return std::nullopt;
  // 1. Cut the body into slices and flow them onto pages, footnotes at each page's foot;
  //    each page goes to the sink as soon as it is full. A table of contents or a page
  //    reference needs the pages of headings: those documents are laid out until they settle.
  std::size_t count = 0;
  if (doc::refers_to_pages(document.body)) {
    std::vector<Page> pages = lay_out_until_settled(document, theme, tools, frame, contents, pages_of, diagnostics);
    for (auto& page : pages) sink.add_body(count++, std::move(page));
  } else {
    // One top-level block at a time: slicing it, then placing what is ready.
    SliceContext context{theme, tools.metrics, tools.images, tools.hyphenator, diagnostics, frame, {}, {}, contents, pages_of};
    Paginator paginator(theme, context, [&sink](std::size_t index, Page&& page) { sink.add_body(index, std::move(page)); });
    std::vector<Slice> pending;
    for (const auto& block : document.body) {
      slice_block(block, width, {}, context, pending);
      paginator.place_ready(pending, false);
    }
    paginator.place_ready(pending, true);
    count = paginator.finish();
  }
  // 2. Each page's header and footer, now that the page count is known.
  SliceContext context{theme, tools.metrics, tools.images, tools.hyphenator, diagnostics, frame, {}, {}, contents, pages_of};
  const int total = static_cast<int>(count);
  for (int i = 0; i < total; ++i) {
    Page furniture;
    add_page_furniture(document, theme, {i + 1, total}, context, furniture);
    sink.add_furniture(static_cast<std::size_t>(i), std::move(furniture));
  }
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return count;
}

std::optional<LaidOutDocument> layout_document(const doc::Document& document, const Theme& theme,
                                               const LayoutTools& tools, Diagnostics& diagnostics) {
  LaidOutDocument out{theme.page_width, theme.page_height, document.metadata, {}};
  PageCollector collector(out);
  if (!layout_document(document, theme, tools, collector, diagnostics)) return std::nullopt;
  return out;
}

}  // namespace kansli::layout
