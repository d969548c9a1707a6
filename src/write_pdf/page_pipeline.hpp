// The page thread of the PDF writer (internal to write_pdf): turns pages into compressed
// content streams on a thread of its own, in the order layout hands them over, while
// layout goes on; and gathers what the whole document needs from them (the code points
// each face draws, the images, the anchors and links). A page's items are dropped once
// it is made, so a long document is never in memory whole. The headers and footers come
// last, all at once: in finish(), the calling thread makes them too, beside the page thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "layout/layout.hpp"
#include "write_pdf/page_content.hpp"
#include "write_pdf/pdf_fonts.hpp"

namespace kansli::pdf {

// What the page thread made of the pages.
struct MadePages {
  std::vector<PageContent> contents;     // by page
  std::vector<layout::Page> navigation;  // by page: its anchors and links
  std::vector<std::string> image_files;  // each once, in the order they first appear
  UsedCodePoints used;                   // by face
};

class PagePipeline {
 public:
  explicit PagePipeline(double page_height);
  ~PagePipeline();  // stops the thread, dropping what is not made yet
  PagePipeline(const PagePipeline&) = delete;
  PagePipeline& operator=(const PagePipeline&) = delete;

  // Queues a page's body, or (`furniture`) its header and footer, which come after all bodies.
  void add(std::size_t index, bool furniture, layout::Page page);
  // Makes the pages still queued with the page thread, waits until every page is made and
  // returns them; rethrows what the thread threw.
  MadePages finish();

 private:
  struct Job {
    std::size_t index;
    bool furniture;
    layout::Page page;
  };
  void run();
  // Takes the next job, or false when there is none.
  bool take(Job& job);
  // A page's body: on the page thread only, in page order.
  void make_body(Job& job);
  // A page's header and footer (after every body is made): on either thread.
  void make_furniture(Job& job);
  // The calling thread makes headers and footers until none is left, once every body is made.
  void help();

  double page_height_;
  std::mutex mutex_;
  std::condition_variable queued_;
  std::condition_variable bodies_made_;
  std::deque<Job> jobs_;
  std::size_t bodies_to_make_ = 0;  // queued or being made
  bool closed_ = false;
  bool stopped_ = false;  // the page thread failed
  std::exception_ptr failure_;
  MadePages made_;
  CodePointsSeen seen_;  // the furniture's are added under mutex_
  std::thread thread_;  // last: starts once the members it uses exist
};

}  // namespace kansli::pdf
