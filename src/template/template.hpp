// Templates: well-formed XML files in a small document vocabulary (headings,
// paragraphs, lists, tables, columns, images, page header and footer) plus directives
// (<if>, <else>, <for>, <include>) and "{path | filter}" interpolation. A template is
// parsed once (parse_template) into an AST that keeps every node's file:line:col, then
// evaluated against a data model (evaluate_template) into a document tree.
// Values enter the tree as text nodes, so no data can become markup.
// The vocabulary is documented in docs/template-language.md.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/files.hpp"
#include "images/images.hpp"
#include "doc/document.hpp"
#include "load/model.hpp"
#include "load/schema.hpp"
#include "template/expression.hpp"

namespace kansli::tmpl {

struct TemplateAttribute {
  std::string name;
  std::string raw;
  Interpolated value;
  SourcePosition position;
};

struct TemplateNode {
  enum class Kind { kElement, kText };
  Kind kind = Kind::kElement;
  std::string name;  // element name
  std::vector<TemplateAttribute> attributes;
  Interpolated text;  // text nodes
  std::vector<TemplateNode> children;
  SourcePosition position;
  std::optional<Condition> condition;  // <if test>
  std::string loop_variable;           // <for each="item in path">
  std::optional<Expression> source;    // the path of <for each> and <rich-text of>

  const TemplateAttribute* attribute(const std::string& name) const;
  // Says whether this is a text node of white space only (allowed between <if> and <else>).
  bool is_blank() const;
};

struct Template {
  std::string path;
  TemplateNode root;  // the <document> element
};

// Reads and parses the template at `path` through `files`, following includes relative to
// each file; an include that leads outside the folders its path policy allows is an error.
std::optional<Template> parse_template(const std::string& path, const Files& files,
                                       Diagnostics& diagnostics);

// Parses template `text` as if read from `path` (includes resolve relative to it).
std::optional<Template> parse_template_text(const std::string& path, const std::string& text,
                                            const Files& files, Diagnostics& diagnostics);

// Checks what `tmpl` reads against `model_schema` (prepare's model_schema of the data's
// kind): a field the data may leave out, read outside an <if> that tests it and without a
// default, is an error at the template's line; so is a <link href> that begins with a field
// the schema does not make a web address ("format": "uri"). Returns whether there was none.
bool check_template_reads(const Template& tmpl, const SchemaView& model_schema, Diagnostics& diagnostics);

struct EvaluateOptions {
  std::vector<std::string> paragraph_styles;  // style names the theme defines
  const ImageFiles* images = nullptr;         // checks images the template names; null: none
  // Tells whether the PDF's font can show a character, so that one it cannot is reported at
  // the data field it comes from; empty: no check (HTML only).
  std::function<bool(char32_t)> can_show;
  std::string font_name;                      // for those messages
  // The schema of the model (prepare's model_schema): a path it knows that the data leaves
  // out is reported as having no value rather than as unknown. Null: no schema.
  const SchemaView* model_schema = nullptr;
};

// Evaluates `tmpl` against `model` into a document tree; reports errors and returns
// nullopt when any occurred.
std::optional<doc::Document> evaluate_template(const Template& tmpl, const DataModel& model,
                                               const EvaluateOptions& options,
                                               Diagnostics& diagnostics);

}  // namespace kansli::tmpl
