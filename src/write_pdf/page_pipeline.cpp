// Implements the page thread (see page_pipeline.hpp).
#include "write_pdf/page_pipeline.hpp"

#include <algorithm>

namespace kansli::pdf {

using layout::PageItem;

PagePipeline::PagePipeline(double page_height) : page_height_(page_height), thread_([this] { run(); }) {}

PagePipeline::~PagePipeline() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
    jobs_.clear();
  }
  queued_.notify_one();
  if (thread_.joinable()) thread_.join();
}

void PagePipeline::add(std::size_t index, bool furniture, layout::Page page) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    jobs_.push_back({index, furniture, std::move(page)});
  }
  queued_.notify_one();
}

MadePages PagePipeline::finish() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
  }
  queued_.notify_one();
  if (thread_.joinable()) thread_.join();
  if (failure_) std::rethrow_exception(failure_);
  for (auto& content : made_.contents) {
    if (content.deflated.empty()) content.deflated = content.parts.finish("");  // a page without header or footer
  }
  made_.used = seen_.sorted();
  return std::move(made_);
}

void PagePipeline::run() {
  try {
    for (;;) {
      Job job;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        queued_.wait(lock, [this] { return closed_ || !jobs_.empty(); });
        if (jobs_.empty()) return;  // closed, and all made
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      make(job);
    }
  } catch (...) {
    failure_ = std::current_exception();  // read by finish() after the join
  }
}

void PagePipeline::make(Job& job) {
  if (made_.contents.size() <= job.index) {
    made_.contents.resize(job.index + 1);
    made_.navigation.resize(job.index + 1);
  }
  seen_.add(job.page);
  for (const auto& item : job.page.items) {
    if (item.kind == PageItem::Kind::kAnchor || item.kind == PageItem::Kind::kLink) {
      made_.navigation[job.index].items.push_back(item);
    }
    if (item.kind == PageItem::Kind::kImage &&
        std::find(made_.image_files.begin(), made_.image_files.end(), item.text) == made_.image_files.end()) {
      made_.image_files.push_back(item.text);
    }
  }
  // The body first, then the header and footer, which end the stream: they name the
  // page's resources in that order.
  PageContent& content = made_.contents[job.index];
  const std::string operators = page_operators(job.page, page_height_, content);
  if (job.furniture) content.deflated = content.parts.finish(operators);
  else content.parts.add(operators);
}

}  // namespace kansli::pdf
