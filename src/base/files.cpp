// Implements read_file and write_files_atomically (see files.hpp).
#include "base/files.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kansli {
namespace {

// Writes `bytes` to a new unique temporary beside `target`; returns its path or "".
std::string write_temporary(const std::string& target, const std::string& bytes,
                            std::string& error) {
  std::string temp = target + ".tmp-XXXXXX";
  const int fd = mkstemp(temp.data());
  if (fd < 0) {
    error = "cannot create a temporary file beside '" + target + "': " + std::strerror(errno);
    return "";
  }
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error = "cannot write '" + temp + "': " + std::strerror(errno);
      ::close(fd);
      std::remove(temp.c_str());
      return "";
    }
    written += static_cast<std::size_t>(n);
  }
  fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    error = "cannot finish writing '" + temp + "': " + std::strerror(errno);
    std::remove(temp.c_str());
    return "";
  }
  return temp;
}

}  // namespace

std::optional<std::string> read_file(const std::string& path, std::string& error, std::uintmax_t max_bytes) {
  std::error_code size_error;
  const std::uintmax_t size = std::filesystem::file_size(path, size_error);
  if (!size_error && size > max_bytes) {
    error = "the file is " + std::to_string(size / 1000000) + " MB; kansli reads files of at most " +
            std::to_string(max_bytes / 1000000) + " MB";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read '" + path + "': " + std::strerror(errno);
    return std::nullopt;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    error = "cannot read '" + path + "'";
    return std::nullopt;
  }
  return buffer.str();
}

bool write_files_atomically(const std::vector<OutputFile>& files, std::string& error) {
  std::vector<std::string> temporaries;
  for (const auto& file : files) {
    std::string temp = write_temporary(file.path, file.bytes, error);
    if (temp.empty()) {
      for (const auto& t : temporaries) std::remove(t.c_str());
      return false;
    }
    temporaries.push_back(std::move(temp));
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (std::rename(temporaries[i].c_str(), files[i].path.c_str()) != 0) {
      error = "cannot replace '" + files[i].path + "': " + std::strerror(errno);
      for (std::size_t k = i; k < files.size(); ++k) std::remove(temporaries[k].c_str());
      return false;
    }
  }
  return true;
}

}  // namespace kansli
