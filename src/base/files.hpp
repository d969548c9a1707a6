// File access: the one door every file kansli reads goes through (`Files`), and outputs
// written atomically.
// `Files` (LevelDB's Env) applies the path policy to every file not named on the command
// line, reads only regular files (never a folder, a FIFO or a device such as /dev/zero),
// refuses a file over its kind's size limit before reading it, reads each file once and
// keeps it, and records every file read with a hash of its content (what an output was
// made from). Stages are handed a `const Files&`; it may be used from several threads.
// Outputs are written to a temporary file beside the target and renamed over it,
// so a failed run never leaves a half-written file or destroys the previous one.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "base/paths.hpp"

namespace kansli {

// What a file is read as; decides the largest size it may have.
enum class FileKind { kData, kTemplate, kFont, kImage, kPatterns };

// The largest file of `kind` kansli reads, in bytes.
std::uintmax_t max_file_bytes(FileKind kind);

// Reads the whole regular file at `path` (no path policy): nullopt with `error` set when it
// is missing, a folder, a FIFO or a device, or larger than `max_bytes`. `error` is a phrase
// to follow the file's name: "is a folder, not a file", "cannot be read (No such file or
// directory)". Never blocks on a FIFO and never reads more than `max_bytes`.
std::optional<std::string> read_file(const std::string& path, std::string& error,
                                     std::uintmax_t max_bytes = UINTMAX_MAX);

// A file's bytes as read, shared by every stage that reads it.
using FileBytes = std::shared_ptr<const std::string>;

// A file that was read: its canonical path (the same whoever asked for it first, and
// however), size and a 64-bit FNV-1a hash of its bytes (hex), so that a dependency list
// can tell when it changed.
struct FileRecord {
  std::string path;
  std::uintmax_t size = 0;
  std::string hash;
};

// The one door for files: see the comment at the top of this file.
class Files {
 public:
  // `policy` decides which files named inside files may be read; `named_by_user` are the
  // files given on the command line, which may be anywhere (still regular and limited).
  explicit Files(PathPolicy policy, const std::vector<std::string>& named_by_user = {});
  Files(const Files&) = delete;
  Files& operator=(const Files&) = delete;

  const PathPolicy& policy() const { return policy_; }

  // Resolves `named`, written in the file `referrer`, by the path policy; nullopt with
  // `error` set when it leads outside the allowed folders.
  std::optional<std::string> resolve(const std::string& referrer, const std::string& named,
                                     std::string& error) const {
    return policy_.resolve(referrer, named, error);
  }

  // Reads the file at `path` once (later calls share the bytes): a file not named by the
  // user must be allowed by the policy; null with `error` set (a phrase to follow the
  // file's name, as read_file's, or "leads outside the folder kansli works in (…)") when it
  // may not or cannot be read.
  FileBytes read(const std::string& path, FileKind kind, std::string& error) const;

  // Every file read so far, sorted by path.
  std::vector<FileRecord> records() const;

  // The dependency list of what was read so far, made by `program` ("kansli 0.1.0"): its
  // first line names the program, then a line a file, "<hash> <size> <canonical path>".
  std::string dependency_list(const std::string& program) const;

 private:
  struct Entry {
    std::string path;  // as first asked for
    FileBytes bytes;
  };

  PathPolicy policy_;
  std::set<std::string> named_by_user_;  // canonical
  mutable std::mutex mutex_;
  mutable std::map<std::string, Entry> read_;  // by canonical path
};

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
