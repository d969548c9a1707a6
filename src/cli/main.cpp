// kansli's command line (CLI11): the only code that prints to the terminal and
// chooses exit codes. Subcommands: render, validate, schema-doc. Whatever a command
// prints to standard output is checked to have been written (exit 3 when it was not).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "base/files.hpp"
#include "cli/commands.hpp"
#include "validate/validate.hpp"
#include "cli/names_doc.hpp"
#include "cli/schema_doc.hpp"

namespace {

// Everything the command line says, filled in by CLI11.
struct CommandLine {
  kansli::cli::RenderOptions render;
  std::string format = "both";
  std::vector<std::string> validate_paths;
  std::string schema_directory = KANSLI_SCHEMA_DIR;
  std::string validate_root = ".";
  CLI::App* validate = nullptr;
  CLI::App* schema_doc = nullptr;
  bool template_names = false;
};

// Defines the subcommands and their options on `app`.
void define_commands(CLI::App& app, CommandLine& line) {
  app.set_version_flag("--version", "kansli " KANSLI_VERSION);
  app.require_subcommand(1);
  kansli::cli::RenderOptions& options = line.render;
  CLI::App* render = app.add_subcommand("render", "render a template with a data file to PDF and HTML");
  render->add_option("template", options.template_path, "template file (templates/*.xml)")
      ->required()->check(CLI::ExistingFile);
  render->add_option("data", options.data_path, "data file (JSON or XML)")->required()->check(CLI::ExistingFile);
  render->add_option("-o,--output", options.output_directory, "output folder")->capture_default_str();
  render->add_option("--format", line.format, "what to write")
      ->check(CLI::IsMember({"pdf", "html", "both"}))->capture_default_str();
  render->add_option("--theme", options.theme_path, "theme file (default: themes/default.json beside the template)");
  auto* dump_tree =
      render->add_flag("--dump-tree", options.dump_tree, "print the document tree instead of writing files");
  auto* dump_layout =
      render->add_flag("--dump-layout", options.dump_layout, "print the laid-out pages instead of writing files");
  // A dump writes no outputs, so there is nothing for a dependency list to describe.
  render->add_option("--deps", options.deps_path,
                     "also write to this file the list of files the outputs were made from, with their hashes")
      ->excludes(dump_tree)
      ->excludes(dump_layout);
  render->add_option("--schemas", options.schema_directory, "folder of the data schemas")->capture_default_str();
  render->add_option("--root", options.root, "folder that files named in templates and data must stay in")
      ->capture_default_str()->check(CLI::ExistingDirectory);

  line.validate = app.add_subcommand("validate", "check data files without rendering");
  line.validate->add_option("files", line.validate_paths, "data files (JSON or XML)")->required()->check(CLI::ExistingFile);
  line.validate->add_option("--schemas", line.schema_directory, "folder of the data schemas")->capture_default_str();
  line.validate->add_option("--root", line.validate_root, "folder that files named in data must stay in")
      ->capture_default_str()->check(CLI::ExistingDirectory);

  line.schema_doc = app.add_subcommand("schema-doc", "print the data reference generated from the schemas");
  line.schema_doc->add_option("--schemas", line.schema_directory, "folder of the data schemas")->capture_default_str();
  line.schema_doc->add_flag("--template-names", line.template_names,
                            "print the names a template can read instead (the model prepare makes of each kind)");
}

// Prints every diagnostic to stderr, then a count line (with `outcome`) when there were errors.
void print_diagnostics(const kansli::Diagnostics& diagnostics, const std::string& outcome) {
  int errors = 0;
  for (const auto& diagnostic : diagnostics.distinct()) {
    std::cerr << kansli::format_diagnostic(diagnostic);
    errors += diagnostic.severity == kansli::Severity::kError;
  }
  if (errors > 1) std::cerr << errors << " errors" << outcome << "\n";
  if (errors == 1) std::cerr << "1 error" << outcome << "\n";
}

// Prints `text` line by line, each made safe for a terminal (printable_text): CLI11's
// messages quote the arguments as given.
void print_lines(std::ostream& stream, const std::string& text) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) stream << kansli::printable_text(line) << "\n";
}

// Prints the data reference, or the names a template can read; returns the exit code.
int print_schema_doc(const std::string& schema_directory, bool template_names, kansli::Diagnostics& diagnostics) {
  const kansli::Files files{kansli::PathPolicy(schema_directory)};  // the schemas' folder is the root
  const auto schemas = kansli::SchemaSet::load(schema_directory, files, diagnostics);
  if (schemas) {
    std::cout << (template_names ? kansli::cli::describe_template_names(*schemas)
                                 : kansli::cli::describe_schemas(*schemas));
  }
  print_diagnostics(diagnostics, "");
  return schemas ? kansli::cli::kExitOk : kansli::cli::kExitInputError;
}

// Flushes standard output and returns `code`; when what was printed could not be written
// (a full disk, a closed file), says so and returns kExitIoError instead.
int finish_output(int code) {
  std::cout.flush();
  const bool written = std::cout.good() && std::fflush(stdout) == 0 && !std::ferror(stdout);
  if (written) return code;
  const int error = errno;  // the failed write's, when nothing since has set it
  std::cerr << "error: cannot write to standard output" << (error ? std::string(": ") + std::strerror(error) : "")
            << "\n";
  return kansli::cli::kExitIoError;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kansli: Swedish governance paperwork (kallelse, tjänsteutlåtande, …) from data, "
               "as PDF and HTML"};
  CommandLine line;
  define_commands(app, line);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    std::ostringstream out, err;
    const int code = app.exit(e, out, err);
    print_lines(std::cout, out.str());
    print_lines(std::cerr, err.str());
    return finish_output(code == 0 ? kansli::cli::kExitOk : kansli::cli::kExitUsage);
  }
  kansli::Diagnostics diagnostics;
  if (line.schema_doc->parsed()) {
    return finish_output(print_schema_doc(line.schema_directory, line.template_names, diagnostics));
  }
  if (line.validate->parsed()) {
    const int code = kansli::cli::validate(line.validate_paths, line.schema_directory, line.validate_root, diagnostics);
    print_diagnostics(diagnostics, "");
    return finish_output(code);
  }
  line.render.write_pdf = line.format != "html";
  line.render.write_html = line.format != "pdf";
  const int code = kansli::cli::render(line.render, diagnostics);
  print_diagnostics(diagnostics, "; nothing was written");
  return finish_output(code);
}
