// Implements the page thread (see page_pipeline.hpp).
#include "write_pdf/page_pipeline.hpp"

#include <algorithm>
#include <stdexcept>

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
    if (!furniture) ++bodies_to_make_;
  }
  queued_.notify_one();
}

MadePages PagePipeline::finish() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    closed_ = true;
  }
  queued_.notify_one();
  help();
  if (thread_.joinable()) thread_.join();
  if (failure_) std::rethrow_exception(failure_);
  for (auto& content : made_.contents) {
    if (content.deflated.empty()) content.deflated = content.parts.finish("");  // a page without header or footer
  }
  // Images first shown in a header or footer, in page order (the bodies' are listed already).
  for (const auto& content : made_.contents) {
    for (const auto& file : content.images) {
      if (std::find(made_.image_files.begin(), made_.image_files.end(), file) == made_.image_files.end()) {
        made_.image_files.push_back(file);
      }
    }
  }
  made_.used = seen_.sorted();
  return std::move(made_);
}

bool PagePipeline::take(Job& job) {
  std::unique_lock<std::mutex> lock(mutex_);
  queued_.wait(lock, [this] { return closed_ || !jobs_.empty(); });
  if (jobs_.empty()) return false;  // closed, and all taken
  job = std::move(jobs_.front());
  jobs_.pop_front();
  return true;
}

void PagePipeline::run() {
  try {
    for (Job job; take(job);) {
      if (job.furniture) {
        make_furniture(job);
        continue;
      }
      make_body(job);
      const std::lock_guard<std::mutex> lock(mutex_);
      if (--bodies_to_make_ == 0) bodies_made_.notify_all();
    }
  } catch (...) {
    failure_ = std::current_exception();  // read by finish() after the join
    const std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
    bodies_made_.notify_all();
  }
}

void PagePipeline::help() {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    bodies_made_.wait(lock, [this] { return bodies_to_make_ == 0 || stopped_; });
    if (stopped_) return;
  }
  for (Job job; take(job);) make_furniture(job);
}

void PagePipeline::make_body(Job& job) {
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
  PageContent& content = made_.contents[job.index];
  content.parts.add(page_operators(job.page, page_height_, content));
}

void PagePipeline::make_furniture(Job& job) {
  // Every body is made, so the page's content exists; each page's is touched by one thread.
  if (job.index >= made_.contents.size()) throw std::logic_error("a header and footer without their page's body");
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    seen_.add(job.page);
  }
  for (const auto& item : job.page.items) {
    if (item.kind == PageItem::Kind::kAnchor || item.kind == PageItem::Kind::kLink) {
      made_.navigation[job.index].items.push_back(item);
    }
  }
  // The header and footer end the stream the body began: they name the page's resources
  // after the body's.
  PageContent& content = made_.contents[job.index];
  content.deflated = content.parts.finish(page_operators(job.page, page_height_, content));
}

}  // namespace kansli::pdf
