// RenderOutputs (internal to the render library): where a render's outputs go. Into the
// job's output folder, each staged (written in full to a temporary file, OutputBatch) as
// soon as it is made and all renamed into place at the end, or none: a failed render
// writes nothing and replaces nothing, and an output folder it made is removed again. Or,
// when the job names no folder, kept in memory for the caller.
// Threads: add_in_background stages its output on a thread of its own when threads are on;
// the calls are made from the render's thread.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "render/in_background.hpp"

namespace kansli {

// The output folder, made for a render; removed again when the render fails and leaves it
// empty, so that a failed run writes nothing at all.
class OutputFolder {
 public:
  explicit OutputFolder(const std::string& path);
  ~OutputFolder();
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;
  void keep() { kept_ = true; }

 private:
  std::string path_;
  bool created_ = false;
  bool kept_ = false;
};

class RenderOutputs {
 public:
  // Outputs into `folder` (made now when missing); empty: kept in memory.
  RenderOutputs(const std::string& folder, bool threads);
  RenderOutputs(const RenderOutputs&) = delete;
  RenderOutputs& operator=(const RenderOutputs&) = delete;

  // Adds an output while the next is made: staged on a thread of its own (its bytes are
  // dropped once on disk); a failure is reported by wait().
  void add_in_background(OutputFile file);
  // Adds an output, staged now; reports a failure.
  void add(OutputFile file, Diagnostics& diagnostics);
  // Waits for the output added in the background, reporting its failure.
  void wait(Diagnostics& diagnostics);
  // Renames every staged output into place, or none when an error was reported since
  // `errors_before`; returns the outputs added (bytes only when kept in memory) in order,
  // or nullopt after reporting a failure.
  std::optional<std::vector<OutputFile>> commit(int errors_before, Diagnostics& diagnostics);

 private:
  bool in_memory_;
  bool threads_;
  std::optional<OutputFolder> folder_;
  OutputBatch batch_;
  std::vector<OutputFile> added_;
  std::optional<OutputFile> background_file_;  // its path, and its bytes when kept in memory
  InBackground<bool> staging_;  // last: it is waited for before the batch goes
};

}  // namespace kansli
