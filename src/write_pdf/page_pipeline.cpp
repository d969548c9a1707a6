// Implements the page thread (see page_pipeline.hpp).
#include "write_pdf/page_pipeline.hpp"

#include <algorithm>

#include "base/overloaded.hpp"

namespace kansli::pdf {

namespace {

// Whether `item` is for the PDF's navigation (bookmarks and link annotations) rather than
// drawn into the page's content.
bool is_navigation(const layout::PageItem& item) {
  return std::visit(Overloaded{
                        [](const layout::TextRun&) { return false; },
                        [](const layout::Line&) { return false; },
                        [](const layout::Fill&) { return false; },
                        [](const layout::ImageItem&) { return false; },
                        [](const layout::UriLink&) { return true; },
                        [](const layout::HeadingLink&) { return true; },
                        [](const layout::Anchor&) { return true; },
                    },
                    item);
}

}  // namespace

PagePipeline::PagePipeline(double page_height, bool threads)
    : page_height_(page_height), thread_(threads ? std::thread([this] { run(); }) : std::thread()) {}

PagePipeline::~PagePipeline() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    cancelled_ = true;
    jobs_.clear();
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void PagePipeline::add(std::size_t index, bool furniture, layout::Page page) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    if (contents_.size() <= index) {
      contents_.resize(index + 1);
      navigation_.resize(index + 1);
    }
    jobs_.push_back({furniture, std::move(page), &contents_[index], &navigation_[index]});
    if (!furniture) ++bodies_to_make_;
  }
  if (!thread_.joinable()) {  // no page thread: the page is made now (all bodies come before any furniture)
    Job job = std::move(jobs_.front());
    jobs_.pop_front();
    make(job, seen_);
    return;
  }
  changed_.notify_all();
}

void PagePipeline::changed() { changed_.notify_all(); }

MadePages PagePipeline::finish() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
  }
  changed();
  try {
    for (Job job; take(job);) make(job, helper_seen_);
  } catch (...) {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      cancelled_ = true;
    }
    changed();
    throw;  // the destructor joins the page thread
  }
  if (thread_.joinable()) thread_.join();
  if (failure_) std::rethrow_exception(failure_);
  MadePages made;
  for (auto& content : contents_) {
    if (content.deflated.empty()) content.deflated = content.parts.finish("");  // a page without header or footer
  }
  // Images in the order they first appear: in the bodies, page by page, then in the
  // headers and footers (a page's stream names the body's images first).
  for (const bool furniture : {false, true}) {
    for (const auto& content : contents_) {
      const auto first = content.images.begin() + static_cast<std::ptrdiff_t>(furniture ? content.body_images : 0);
      const auto last = furniture ? content.images.end() : first + static_cast<std::ptrdiff_t>(content.body_images);
      for (auto file = first; file != last; ++file) {
        if (std::find(made.image_files.begin(), made.image_files.end(), *file) == made.image_files.end()) {
          made.image_files.push_back(*file);
        }
      }
    }
  }
  made.contents.assign(std::make_move_iterator(contents_.begin()), std::make_move_iterator(contents_.end()));
  made.navigation.assign(std::make_move_iterator(navigation_.begin()), std::make_move_iterator(navigation_.end()));
  seen_.merge(helper_seen_);
  made.used = seen_.sorted();
  return made;
}

bool PagePipeline::take(Job& job) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] {
    if (cancelled_) return true;
    if (jobs_.empty()) return closed_;
    return !jobs_.front().furniture || bodies_to_make_ == 0;
  });
  if (cancelled_ || jobs_.empty()) return false;
  job = std::move(jobs_.front());
  jobs_.pop_front();
  return true;
}

void PagePipeline::run() {
  try {
    for (Job job; take(job);) make(job, seen_);
  } catch (...) {
    failure_ = std::current_exception();  // read by finish() after the join
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      cancelled_ = true;
    }
    changed();
  }
}

void PagePipeline::make(Job& job, CodePointsSeen& seen) {
  seen.add(job.page);
  for (const auto& item : job.page.items) {
    if (is_navigation(item)) job.navigation->items.push_back(item);
  }
  PageContent& content = *job.content;
  if (job.furniture) {
    // The header and footer end the stream the body began: they name the page's resources
    // after the body's.
    content.deflated = content.parts.finish(page_operators(job.page, page_height_, content));
    return;
  }
  content.parts.add(page_operators(job.page, page_height_, content));
  content.body_images = content.images.size();
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    --bodies_to_make_;
  }
  changed();
}

}  // namespace kansli::pdf
