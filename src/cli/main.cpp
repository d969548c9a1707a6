// kansli's command line (CLI11): the only code that prints to the terminal and
// chooses exit codes. Subcommands: render, validate, schema-doc.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/render.hpp"
#include "cli/schema_doc.hpp"

namespace {

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

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kansli: Swedish governance paperwork (kallelse, tjänsteutlåtande, …) from data, "
               "as PDF and HTML"};
  app.set_version_flag("--version", "kansli " KANSLI_VERSION);
  app.require_subcommand(1);

  kansli::cli::RenderOptions options;
  std::string format = "both";
  CLI::App* render = app.add_subcommand("render", "render a template with a data file to PDF and HTML");
  render->add_option("template", options.template_path, "template file (templates/*.xml)")
      ->required()->check(CLI::ExistingFile);
  render->add_option("data", options.data_path, "data file (JSON)")->required()->check(CLI::ExistingFile);
  render->add_option("-o,--output", options.output_directory, "output folder")->capture_default_str();
  render->add_option("--format", format, "what to write")
      ->check(CLI::IsMember({"pdf", "html", "both"}))->capture_default_str();
  render->add_option("--theme", options.theme_path,
                     "theme file (default: themes/default.json beside the template)");
  render->add_flag("--dump-tree", options.dump_tree, "print the document tree instead of writing files");
  render->add_flag("--dump-layout", options.dump_layout, "print the laid-out pages instead of writing files");
  render->add_option("--schemas", options.schema_directory, "folder of the data schemas")->capture_default_str();
  render->add_option("--root", options.root, "folder that files named in templates and data must stay in")
      ->capture_default_str()->check(CLI::ExistingDirectory);

  std::vector<std::string> validate_paths;
  std::string schema_directory = KANSLI_SCHEMA_DIR;
  CLI::App* validate = app.add_subcommand("validate", "check data files without rendering");
  validate->add_option("files", validate_paths, "data files (JSON or XML)")->required()->check(CLI::ExistingFile);
  validate->add_option("--schemas", schema_directory, "folder of the data schemas")->capture_default_str();
  std::string validate_root = ".";
  validate->add_option("--root", validate_root, "folder that files named in data must stay in")
      ->capture_default_str()->check(CLI::ExistingDirectory);

  CLI::App* schema_doc = app.add_subcommand("schema-doc", "print the data reference generated from the schemas");
  schema_doc->add_option("--schemas", schema_directory, "folder of the data schemas")->capture_default_str();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kansli::cli::kExitOk : kansli::cli::kExitUsage;
  }
  options.write_pdf = format != "html";
  options.write_html = format != "pdf";
  kansli::Diagnostics diagnostics;
  if (schema_doc->parsed()) {
    const auto schemas = kansli::SchemaSet::load(schema_directory, diagnostics);
    if (schemas) std::cout << kansli::cli::describe_schemas(*schemas);
    print_diagnostics(diagnostics, "");
    return schemas ? kansli::cli::kExitOk : kansli::cli::kExitInputError;
  }
  const int code = validate->parsed() ? kansli::cli::validate(validate_paths, schema_directory, validate_root, diagnostics)
                                      : kansli::cli::render(options, diagnostics);
  print_diagnostics(diagnostics, validate->parsed() ? "" : "; nothing was written");
  return code;
}
