// The page thread of the PDF writer (internal to write_pdf): turns pages into compressed
// content streams on a thread of its own, in the order layout hands them over, while
// layout goes on; and gathers what the whole document needs from them (the code points
// each face draws, the images, the anchors and links). A page's items are dropped once
// it is made, so a long document is never in memory whole. In finish(), the calling
// thread, which would otherwise wait, makes the pages still queued beside the page thread:
// bodies the page thread has not reached, then the headers and footers, which come last,
// all at once. What is made does not depend on which thread makes a page.
// Without threads, each page is made on the calling thread as it is added: the same bytes.
// Threads: owns the page thread; its public calls are made from the one thread that lays out.
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
  // Starts the page thread when `threads`; otherwise each page is made as it is added.
  PagePipeline(double page_height, bool threads);
  ~PagePipeline();  // stops the thread, dropping what is not made yet
  PagePipeline(const PagePipeline&) = delete;
  PagePipeline& operator=(const PagePipeline&) = delete;

  // Queues a page's body, or (`furniture`) its header and footer, which come after all bodies.
  void add(std::size_t index, bool furniture, layout::Page page);
  // Makes the pages still queued with the page thread, waits until every page is made and
  // returns them; rethrows what either thread threw.
  MadePages finish();

 private:
  struct Job {
    bool furniture = false;
    layout::Page page;
    PageContent* content = nullptr;    // the page's, in contents_
    layout::Page* navigation = nullptr;  // the page's, in navigation_
  };
  void run();
  // Takes the next job, or false when there is none. A header and footer is taken only once
  // every body is made: they end the stream the body began.
  bool take(Job& job);
  // Makes a job; `seen` gathers its code points (one gatherer a thread).
  void make(Job& job, CodePointsSeen& seen);
  // Marks the end of a change the other thread may be waiting for.
  void changed();

  double page_height_;
  std::mutex mutex_;
  std::condition_variable changed_;  // a job queued, a body made, the queue closed or cancelled
  std::deque<Job> jobs_;
  std::size_t bodies_to_make_ = 0;  // queued or being made
  bool closed_ = false;     // no more jobs come
  bool cancelled_ = false;  // the pipeline is being destroyed, or a thread failed
  std::exception_ptr failure_;  // the page thread's
  // By page. Deques, so that the page a job refers to stays where it is while pages are added.
  std::deque<PageContent> contents_;
  std::deque<layout::Page> navigation_;
  CodePointsSeen seen_;         // the page thread's
  CodePointsSeen helper_seen_;  // finish()'s caller's
  std::thread thread_;  // last: starts once the members it uses exist; none without threads
};

}  // namespace kansli::pdf
