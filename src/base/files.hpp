// File access: reading whole files and writing outputs atomically.
// Outputs are written to a temporary file beside the target and renamed over it,
// so a failed run never leaves a half-written file or destroys the previous one.
#pragma once

#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace kansli {

// Reads the whole file at `path`; returns nullopt and sets `error` when it cannot, or
// when it is larger than `max_bytes`.
std::optional<std::string> read_file(const std::string& path, std::string& error,
                                     std::uintmax_t max_bytes = UINTMAX_MAX);

struct OutputFile {
  std::string path;
  std::string bytes;
};

// Outputs written all or none. Each is written in full (and synced) to an unnamed
// temporary file in its target's folder as soon as it is staged, perhaps while the next is
// still being made; commit() then names them and renames each over its target. A batch
// destroyed without committing leaves no trace. stage() may be called from several threads.
class OutputBatch {
 public:
  OutputBatch();
  ~OutputBatch();
  OutputBatch(const OutputBatch&) = delete;
  OutputBatch& operator=(const OutputBatch&) = delete;

  // Writes `file` to its temporary; false with `error` set when it cannot.
  bool stage(const OutputFile& file, std::string& error);
  // Renames every staged file over its target; on failure removes the temporaries, leaves
  // the targets untouched and sets `error`. Holds an exclusive flock on each target's folder
  // meanwhile (waiting for another process's batch to finish its renames), so that runs
  // writing into one folder at once leave all the outputs of one of them, never a mix.
  bool commit(std::string& error);

 private:
  struct Staged;
  std::mutex mutex_;
  std::vector<Staged> staged_;
};

// Writes every file to a temporary beside it, then renames them all into place.
// On failure removes the temporaries, leaves existing targets untouched and sets `error`.
// `after_write` (for tests) is called after each file has been written in full.
bool write_files_atomically(const std::vector<OutputFile>& files, std::string& error,
                            const std::function<void(std::size_t)>& after_write = {});

}  // namespace kansli
