// Implements read_file and Files, the one door for files (see files.hpp).
// A file is checked with stat() before it is opened, so that a device is never opened and
// a folder is named as one; it is then opened with O_NONBLOCK (a FIFO swapped in meanwhile
// cannot block) and checked again on the open descriptor. It is read in full but never
// beyond its limit, so a file that grows while being read is still refused.
#include "base/files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kansli {
namespace {

constexpr std::uintmax_t kMegabyte = 1'000'000;

// What a file that is not a regular one is, for messages; empty for a regular file.
std::string what_it_is(mode_t mode) {
  if (S_ISREG(mode)) return "";
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "a device";
  if (S_ISSOCK(mode)) return "a socket";
  return "a special file";
}

std::string megabytes(std::uintmax_t bytes) {
  return std::to_string((bytes + kMegabyte - 1) / kMegabyte) + " MB";
}

std::string too_large(std::uintmax_t size, std::uintmax_t max_bytes) {
  return "is " + (size > max_bytes ? megabytes(size) : "over " + megabytes(max_bytes)) +
         "; kansli reads files of at most " + megabytes(max_bytes);
}

// Checks that `status` is a regular file of at most `max_bytes`; sets `error` otherwise.
bool check_status(const struct stat& status, std::uintmax_t max_bytes, std::string& error) {
  const std::string kind = what_it_is(status.st_mode);
  if (!kind.empty()) {
    error = "is " + kind + ", not a file";
    return false;
  }
  if (static_cast<std::uintmax_t>(status.st_size) > max_bytes) {
    error = too_large(static_cast<std::uintmax_t>(status.st_size), max_bytes);
    return false;
  }
  return true;
}

// Reads all of `fd` (a regular file of `expected` bytes), at most `max_bytes`.
bool read_all(int fd, std::uintmax_t expected, std::uintmax_t max_bytes,
              std::string& bytes, std::string& error) {
  bytes.resize(static_cast<std::size_t>(expected) + 1);  // one more: to see that it ends there
  // Reading one byte past the limit is enough to see that a file is too large.
  const std::uintmax_t cap = max_bytes == UINTMAX_MAX ? max_bytes : max_bytes + 1;
  std::size_t used = 0;
  for (;;) {
    if (used == bytes.size()) {
      if (used > max_bytes) {
        error = too_large(used, max_bytes);
        return false;
      }
      bytes.resize(static_cast<std::size_t>(std::min<std::uintmax_t>(bytes.size() * 2, cap)));
    }
    const ssize_t n = ::read(fd, bytes.data() + used, bytes.size() - used);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = std::string("cannot be read (") + std::strerror(errno) + ")";
      return false;
    }
    if (n == 0) break;
    used += static_cast<std::size_t>(n);
  }
  if (used > max_bytes) {
    error = too_large(used, max_bytes);
    return false;
  }
  bytes.resize(used);
  return true;
}

std::string fnv1a_hex(const std::string& bytes) {
  std::uint64_t hash = 14695981039346656037ull;
  for (const char c : bytes) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
  return text;
}

}  // namespace

std::uintmax_t max_file_bytes(FileKind kind) {
  switch (kind) {
    case FileKind::kData: return 20 * kMegabyte;
    case FileKind::kTemplate: return 5 * kMegabyte;
    case FileKind::kFont: return 50 * kMegabyte;
    case FileKind::kImage: return 20 * kMegabyte;
    case FileKind::kPatterns: return 10 * kMegabyte;
  }
  return 0;
}

std::optional<std::string> read_file(const std::string& path, std::string& error, std::uintmax_t max_bytes) {
  struct stat status {};
  if (::stat(path.c_str(), &status) != 0) {
    error = std::string("cannot be read (") + std::strerror(errno) + ")";
    return std::nullopt;
  }
  if (!check_status(status, max_bytes, error)) return std::nullopt;
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    error = std::string("cannot be read (") + std::strerror(errno) + ")";
    return std::nullopt;
  }
  std::string bytes;
  const bool ok = ::fstat(fd, &status) == 0 && check_status(status, max_bytes, error) &&
                  read_all(fd, static_cast<std::uintmax_t>(status.st_size), max_bytes, bytes, error);
  ::close(fd);
  if (!ok) {
    if (error.empty()) error = "cannot be read";
    return std::nullopt;
  }
  return bytes;
}

Files::Files(PathPolicy policy, const std::vector<std::string>& named_by_user) : policy_(std::move(policy)) {
  for (const auto& path : named_by_user) named_by_user_.insert(canonical_path(path));
}

FileBytes Files::read(const std::string& path, FileKind kind, std::string& error) const {
  const std::string canonical = canonical_path(path);
  if (!named_by_user_.count(canonical) && !policy_.permits(path, error)) return nullptr;
  const std::lock_guard<std::mutex> lock(mutex_);
  const auto found = read_.find(canonical);
  if (found != read_.end()) {
    if (found->second.bytes->size() <= max_file_bytes(kind)) return found->second.bytes;
    error = too_large(found->second.bytes->size(), max_file_bytes(kind));
    return nullptr;
  }
  auto bytes = read_file(path, error, max_file_bytes(kind));
  if (!bytes) return nullptr;
  auto shared = std::make_shared<const std::string>(std::move(*bytes));
  read_.emplace(canonical, Entry{path, shared});
  return shared;
}

std::vector<FileRecord> Files::records() const {
  const std::lock_guard<std::mutex> lock(mutex_);
  std::vector<FileRecord> records;
  for (const auto& [canonical, entry] : read_) {
    records.push_back({canonical, entry.bytes->size(), fnv1a_hex(*entry.bytes)});
  }
  std::sort(records.begin(), records.end(), [](const FileRecord& a, const FileRecord& b) { return a.path < b.path; });
  return records;
}

std::string Files::dependency_list(const std::string& program) const {
  std::string list = "# " + program + "\n";
  for (const auto& record : records()) {
    list += record.hash + " " + std::to_string(record.size) + " " + record.path + "\n";
  }
  return list;
}

}  // namespace kansli
