// Implements OutputFolder and RenderOutputs (see outputs.hpp).
#include "render/outputs.hpp"

#include <filesystem>

namespace kansli {

namespace fs = std::filesystem;

OutputFolder::OutputFolder(const std::string& path) : path_(path) {
  std::error_code ignored;
  created_ = fs::create_directories(path_, ignored);
}

OutputFolder::~OutputFolder() {
  std::error_code ignored;
  if (created_ && !kept_) fs::remove(path_, ignored);  // only when empty
}

RenderOutputs::RenderOutputs(const std::string& folder, bool threads) : in_memory_(folder.empty()), threads_(threads) {
  if (!in_memory_) folder_.emplace(folder);
}

void RenderOutputs::add_in_background(OutputFile file) {
  background_file_ = OutputFile{file.path, {}};
  if (in_memory_) {
    background_file_->bytes = std::move(file.bytes);
    return;
  }
  staging_ = InBackground<bool>(threads_, [this, file = std::move(file)](Diagnostics& diagnostics) mutable {
    std::string error;
    const bool staged = batch_.stage(file, error);
    if (!staged) diagnostics.error({}, error);
    std::string().swap(file.bytes);  // on disk now: not kept while the PDF is made
    return staged;
  });
}

void RenderOutputs::add(OutputFile file, Diagnostics& diagnostics) {
  std::string error;
  if (!in_memory_ && !batch_.stage(file, error)) diagnostics.error({}, error);
  if (!in_memory_) std::string().swap(file.bytes);  // on disk now
  added_.push_back(std::move(file));
}

void RenderOutputs::wait(Diagnostics& diagnostics) {
  if (!background_file_) return;
  staging_.take(diagnostics);
  added_.push_back(std::move(*background_file_));
  background_file_.reset();
}

std::optional<std::vector<OutputFile>> RenderOutputs::commit(int errors_before, Diagnostics& diagnostics) {
  std::string error;
  const auto failed = [&] { return diagnostics.error_count() > errors_before; };
  if (!in_memory_ && !failed() && !batch_.commit(error)) diagnostics.error({}, error);
  if (failed()) return std::nullopt;
  if (folder_) folder_->keep();
  return std::move(added_);
}

}  // namespace kansli
