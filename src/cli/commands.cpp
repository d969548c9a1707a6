// Implements the render and validate commands (see commands.hpp) on the render library.
#include "cli/commands.hpp"

#include <iostream>

#include "render/render.hpp"

namespace kansli::cli {

int render(const RenderOptions& options, Diagnostics& diagnostics) {
  RenderJob job;
  job.template_path = options.template_path;
  job.data_path = options.data_path;
  job.theme_path = options.theme_path;
  job.formats = {options.write_pdf, options.write_html};
  job.dump = options.dump_tree ? Dump::kTree : options.dump_layout ? Dump::kLayout : Dump::kNone;
  job.output_directory = options.output_directory;
  job.deps_path = options.deps_path;
  // The command line's files may be anywhere; the files they name only inside the root.
  RenderContext context(options.root, options.schema_directory,
                        {options.template_path, options.data_path, theme_path_of(job)});
  const RenderResult result = kansli::render(job, context, RenderSettings{}, diagnostics);
  if (result.status == RenderStatus::kInputError) return kExitInputError;
  if (result.status == RenderStatus::kWriteError) return kExitIoError;
  std::cout << result.dump;
  for (const auto& output : result.outputs) std::cout << "wrote " << printable_text(output.path) << "\n";
  return kExitOk;
}

int validate(const std::vector<std::string>& paths, const std::string& schema_directory,
             const std::string& root, Diagnostics& diagnostics) {
  RenderContext context(root, schema_directory, paths);
  if (!validate_files(paths, context, diagnostics)) return kExitInputError;
  for (const auto& path : paths) std::cout << printable_text(path) << ": valid\n";
  return kExitOk;
}

}  // namespace kansli::cli
