// InBackground: a value made on a thread of its own while the render goes on, with the
// diagnostics made on the way. The render loads its schemas and hyphenation patterns this
// way, beside the template and the data, and writes the HTML to its temporary file while
// the PDF is made. Without threads (RenderSettings::threads off) the value is made at once
// on the calling thread instead, and handed over the same way.
// Threads: each InBackground owns one thread, joined by take() or the destructor; what it
// makes is handed over whole, so nothing is shared while it runs but what its task captures.
#pragma once

#include <functional>
#include <future>
#include <utility>

#include "base/diagnostics.hpp"

namespace kansli {

template <typename T>
class InBackground {
 public:
  // Nothing to make: take() gives T().
  InBackground() = default;
  // Starts `make` on a thread of its own, or (`threads` false) runs it now on this one.
  InBackground(bool threads, std::function<T(Diagnostics&)> make) {
    auto task = [make = std::move(make)] {
      Made made;
      made.value = make(made.diagnostics);
      return made;
    };
    if (threads) {
      making_ = std::async(std::launch::async, std::move(task));
      return;
    }
    std::promise<Made> made;
    made.set_value(task());
    making_ = made.get_future();
  }

  // Whether there is something to take.
  bool valid() const { return making_.valid(); }
  // Waits for the value and appends its diagnostics to `diagnostics`. Once only.
  T take(Diagnostics& diagnostics) {
    if (!making_.valid()) return T();
    Made made = making_.get();
    diagnostics.append(made.diagnostics);
    return std::move(made.value);
  }

 private:
  struct Made {
    T value{};
    Diagnostics diagnostics;
  };
  std::future<Made> making_;
};

}  // namespace kansli
