// The evaluator behind evaluate_template (internal to the template stage).
// It walks the template AST with a scope of loop bindings, resolves data paths in
// the model, applies filters, and builds document blocks and inlines.
// evaluate_values.cpp resolves values; evaluate_tree.cpp builds the tree.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "template/template.hpp"

namespace kansli::tmpl {

class Evaluator {
 public:
  Evaluator(const DataModel& model, const EvaluateOptions& options, Diagnostics& diagnostics)
      : model_(model), options_(options), diagnostics_(diagnostics) {}

  // Evaluates a whole template into a document.
  doc::Document evaluate_document(const TemplateNode& root);

 private:
  struct Binding {
    std::string name;
    const Value* value;
    std::string path;
  };
  struct Resolved {
    const Value* value;
    std::string path;
  };
  using Visit = std::function<void(const TemplateNode&)>;

  // evaluate_values.cpp
  std::optional<Resolved> resolve(const Expression& expression, bool missing_is_null);
  std::optional<Value> evaluate(const Expression& expression);
  std::optional<std::string> text_of(const Value& value, const Expression& expression);
  std::optional<std::string> interpolate(const Interpolated& parts);
  std::optional<std::string> attribute_text(const TemplateNode& node, const std::string& name);
  bool test(const Condition& condition);
  // Reports a path that leads nowhere: as having no value when the model's schema knows it.
  void report_unknown_path(const Expression& expression, std::size_t failed_at,
                           const Value* parent, const std::string& parent_path);

  // evaluate_tree.cpp
  void walk(const std::vector<TemplateNode>& nodes, const Visit& visit);
  void walk_loop(const TemplateNode& node, const Visit& visit);
  void evaluate_flow(const std::vector<TemplateNode>& nodes, std::vector<doc::Block>& out);
  void evaluate_inlines(const std::vector<TemplateNode>& nodes, std::vector<doc::Inline>& out);
  void append_text(const TemplateNode& node, std::vector<doc::Inline>& out);
  std::optional<doc::Inline> build_inline(const TemplateNode& node);
  std::optional<doc::Block> build_block(const TemplateNode& node);
  doc::Block build_text_block(const TemplateNode& node);
  doc::Block build_list(const TemplateNode& node);
  doc::Block build_table(const TemplateNode& node);
  doc::Block build_columns(const TemplateNode& node);
  // Calls `add` for each <`part_name`> inside `node` (a list's items, a table's rows, a
  // row's cells, a column group's columns); reports anything else standing there.
  void for_each_part(const TemplateNode& node, const std::string& part_name, const Visit& add);
  doc::Block build_image(const TemplateNode& node);
  // Resolves an image's `path` by the path policy and checks the file is a whole image;
  // reports at `src` and returns false when it may not be used.
  bool check_image(const TemplateAttribute& src, const std::string& template_file, std::string& path);

  // evaluate_rich_text.cpp
  void append_rich_text(const TemplateNode& node, std::vector<doc::Block>& out);
  std::vector<doc::Block> rich_blocks(const Value& blocks, const std::string& style, const std::string& marker);
  std::vector<doc::Inline> rich_inlines(const Value& content, const std::string& style);
  std::optional<double> length_attribute(const TemplateNode& node, const std::string& name);
  void widths_attribute(const TemplateNode& node, std::vector<double>& widths, std::vector<double>& fixed_widths);
  doc::Align align_attribute(const TemplateNode& node);
  int heading_attribute(const TemplateNode& node);
  std::optional<bool> yes_no_attribute(const TemplateNode& node, const std::string& name);

  void check_page_references(const doc::Document& document);
  void refuse_furniture_notes(const TemplateNode& root, const doc::Document& document);
  std::vector<char32_t> unshown_in(const std::string& text);
  void report_unshown(const std::vector<char32_t>& characters, const std::string& data_path,
                      SourcePosition template_position);
  void check_shown_rich(const Value& value, const std::string& data_path, SourcePosition template_position);
  // Reports an error about a value from data at the data field (`data_path` in the model)
  // when it is known, else at the template.
  Diagnostic& report_about_data(const std::string& data_path, SourcePosition template_position, std::string message);
  // Reports a link target the link policy (base/links.hpp) refuses; in rich text, every link.
  void check_link(const std::string& target, const std::string& data_path, SourcePosition template_position);
  // The model path of the value an attribute starts with, or "" when it starts with template text.
  std::string leading_data_path(const Interpolated& parts);
  void check_rich_links(const Value& value, const std::string& data_path, SourcePosition template_position);

  const DataModel& model_;
  const EvaluateOptions& options_;
  Diagnostics& diagnostics_;
  std::vector<Binding> scope_;
  std::vector<std::pair<std::string, SourcePosition>> page_references_;  // target id, where written
  std::set<char32_t> unshown_;  // characters the font lacks, reported once each
};

// Collapses white space runs, trims the ends and merges adjacent texts in a paragraph.
void normalize_inlines(std::vector<doc::Inline>& inlines);

}  // namespace kansli::tmpl
