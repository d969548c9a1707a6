// Implements OutputBatch and write_files_atomically (see files.hpp; reading is in read_files.cpp).
// Outputs are first written to unnamed temporary files (O_TMPFILE, Linux) in the target's
// folder, so that a run killed while writing leaves no file behind at all; only when
// every output is complete is each given a temporary name and renamed over its target.
// Where O_TMPFILE is not supported, a named temporary (mkstemp) is used instead. The
// renames hold an advisory lock (flock) on each target folder, so that concurrent runs
// into one folder replace their outputs batch by batch.
#include "base/files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kansli {
namespace {

namespace fs = std::filesystem;

// An output being written: its descriptor, and its temporary name once it has one.
struct Pending {
  int fd = -1;
  std::string temp;  // empty while the file is unnamed
};

std::string folder_of(const std::string& path) {
  const std::string folder = fs::path(path).parent_path().string();
  return folder.empty() ? "." : folder;
}

// Opens an unnamed file in the target's folder, or a named temporary beside it.
bool open_temporary(const std::string& target, Pending& pending, std::string& error) {
  pending.fd = ::open(folder_of(target).c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
  if (pending.fd >= 0) return true;
  pending.temp = target + ".tmp-XXXXXX";
  pending.fd = mkstemp(pending.temp.data());
  if (pending.fd >= 0) return true;
  error = "cannot create a file in '" + folder_of(target) + "': " + std::strerror(errno);
  pending.temp.clear();
  return false;
}

bool write_all(const Pending& pending, const std::string& bytes, const std::string& target, std::string& error) {
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(pending.fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = "cannot write '" + target + "': " + std::strerror(errno);
      return false;
    }
    written += static_cast<std::size_t>(n);
  }
  fchmod(pending.fd, 0644);
  if (::fsync(pending.fd) != 0) {
    error = "cannot finish writing '" + target + "': " + std::strerror(errno);
    return false;
  }
  return true;
}

// Gives an unnamed file a temporary name beside its target (a no-op for named ones).
bool name_temporary(const std::string& target, Pending& pending, std::string& error) {
  if (!pending.temp.empty()) return true;
  const std::string proc = "/proc/self/fd/" + std::to_string(pending.fd);
  for (int attempt = 0; attempt < 100; ++attempt) {
    const std::string name = target + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(attempt);
    if (::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) == 0) {
      pending.temp = name;
      return true;
    }
    if (errno != EEXIST) break;
  }
  error = "cannot create a file beside '" + target + "': " + std::strerror(errno);
  return false;
}

// Closes an output's file and removes its temporary name: an unnamed file is then gone.
void discard(const Pending& pending) {
  if (pending.fd >= 0) ::close(pending.fd);
  if (!pending.temp.empty()) std::remove(pending.temp.c_str());
}

// Exclusive advisory locks (flock) on the folders of a batch's targets, held while the
// batch renames its files, so that two runs writing into one folder at once rename their
// outputs one batch after the other: a folder never ends with one run's PDF beside the
// other's HTML. Folders are locked in sorted order (no deadlock between batches).
class FolderLocks {
 public:
  FolderLocks() = default;
  FolderLocks(const FolderLocks&) = delete;
  FolderLocks& operator=(const FolderLocks&) = delete;
  ~FolderLocks() {
    for (const int fd : fds_) ::close(fd);  // closing releases the lock
  }

  // Locks each folder, waiting for another run's lock; false with `error` set when one cannot be.
  bool lock(const std::set<std::string>& folders, std::string& error) {
    for (const auto& folder : folders) {
      const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
      int status = fd < 0 ? -1 : 0;
      if (fd >= 0) {
        fds_.push_back(fd);
        while ((status = ::flock(fd, LOCK_EX)) != 0 && errno == EINTR) {
        }
      }
      if (status != 0) {
        error = "cannot lock the folder '" + folder + "' for writing: " + std::strerror(errno);
        return false;
      }
    }
    return true;
  }

 private:
  std::vector<int> fds_;
};

}  // namespace

struct OutputBatch::Staged {
  std::string target;
  Pending pending;
};

OutputBatch::OutputBatch() = default;

OutputBatch::~OutputBatch() {
  for (const auto& file : staged_) discard(file.pending);
}

bool OutputBatch::stage(const OutputFile& file, std::string& error) {
  Pending pending;
  if (!open_temporary(file.path, pending, error) || !write_all(pending, file.bytes, file.path, error)) {
    discard(pending);
    return false;
  }
  const std::lock_guard<std::mutex> lock(mutex_);
  staged_.push_back({file.path, pending});
  return true;
}

bool OutputBatch::commit(std::string& error) {
  const std::lock_guard<std::mutex> lock(mutex_);
  // Lock the folders against other runs' batches, name the files, then rename each over its target.
  std::set<std::string> folders;
  // One name a folder ("out", "./out" and a link to it are one folder: locking it twice would wait forever).
  for (const auto& file : staged_) {
    std::error_code failed;
    const fs::path canonical = fs::weakly_canonical(folder_of(file.target), failed);
    folders.insert(failed ? folder_of(file.target) : canonical.string());
  }
  FolderLocks locks;
  if (!locks.lock(folders, error)) return false;
  for (auto& file : staged_) {
    if (!name_temporary(file.target, file.pending, error)) return false;  // the destructor discards them
  }
  for (auto& file : staged_) {
    if (std::rename(file.pending.temp.c_str(), file.target.c_str()) != 0) {
      error = "cannot replace '" + file.target + "': " + std::strerror(errno);
      return false;
    }
    file.pending.temp.clear();
  }
  return true;
}

bool write_files_atomically(const std::vector<OutputFile>& files, std::string& error,
                            const std::function<void(std::size_t)>& after_write) {
  OutputBatch batch;
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (!batch.stage(files[i], error)) return false;
    if (after_write) after_write(i);
  }
  return batch.commit(error);
}

}  // namespace kansli
