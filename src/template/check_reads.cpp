// Checks the data a template reads against the schema of the model it is given (see
// template.hpp, check_template_reads): a field the data may leave out must be tested by an
// enclosing <if> (or, for the <else>, by the <if> before it) or read with a default.
// <if test> and <for each> read without this: a missing value counts as empty there.
// A <link href> that begins with a value from data must read a web address field.
#include "load/schema.hpp"
#include "template/template.hpp"

namespace kansli::tmpl {
namespace {

// The guards an <if> gives: what its content may rely on, and what its <else>'s may.
struct Guards {
  bool then_branch = false;
  bool else_branch = false;
};

Guards guards_of(const Condition& condition) {
  if (condition.expression.has_filter("default")) return {};  // true or false, with or without a value
  const bool equals = condition.op == Condition::Op::kEquals && !condition.literal.is_null();
  const bool truthy_or_equals = condition.op == Condition::Op::kTruthy || equals;
  const bool not_equals = condition.op == Condition::Op::kNotEquals && !condition.literal.is_null();
  // "x", "x == 'a'" and "not x != 'a'" hold only when x has a value; "not x", "x != 'a'" fail only then.
  return {condition.negate ? not_equals : truthy_or_equals, condition.negate ? truthy_or_equals : not_equals};
}

class ReadChecker {
 public:
  ReadChecker(const SchemaView& schema, Diagnostics& diagnostics) : schema_(schema), diagnostics_(diagnostics) {}

  void check(const TemplateNode& root) { check_node(root); }

 private:
  void check_nodes(const std::vector<TemplateNode>& nodes) {
    std::optional<std::string> else_guard;  // what the <else> after the last <if> may rely on
    for (const auto& node : nodes) {
      if (node.kind == TemplateNode::Kind::kElement && node.name == "else") {
        check_guarded(node.children, else_guard);
        else_guard.reset();
        continue;
      }
      if (node.kind == TemplateNode::Kind::kElement && node.name == "if") {
        const Guards guards = node.condition ? guards_of(*node.condition) : Guards{};
        const std::string tested = node.condition ? canonical(node.condition->expression) : "";
        check_guarded(node.children, guards.then_branch ? std::optional(tested) : std::nullopt);
        else_guard = guards.else_branch ? std::optional(tested) : std::nullopt;
        continue;
      }
      if (!node.is_blank()) else_guard.reset();  // an <else> must follow its <if> directly
      check_node(node);
    }
  }

  struct Binding {
    std::string name;
    const Value* schema;    // of the value bound; null when unknown
    std::string canonical;  // "meeting.agenda.[1]": the list's path and the loop that binds it
  };

  void check_guarded(const std::vector<TemplateNode>& nodes, const std::optional<std::string>& guard) {
    if (guard && !guard->empty()) guarded_.push_back(*guard);
    check_nodes(nodes);
    if (guard && !guard->empty()) guarded_.pop_back();
  }

  void check_node(const TemplateNode& node) {
    if (node.kind == TemplateNode::Kind::kText) return check_parts(node.text);
    const bool directive = node.name == "for" || node.name == "rich-text";
    for (const auto& attribute : node.attributes) {
      if (!(directive && (attribute.name == "each" || attribute.name == "of"))) check_parts(attribute.value);
    }
    if (node.name == "rich-text" && node.source) check_read(*node.source);
    if (node.name == "link" && node.attribute("href")) check_link_source(*node.attribute("href"));
    if (node.name == "for" && node.source) {
      const Value* list = schema_of(*node.source);
      scope_.push_back({node.loop_variable, list ? schema_.items(list) : nullptr,
                        canonical(*node.source) + ".[" + std::to_string(++loops_) + "]"});
      scope_.push_back({"loop", nullptr, ""});
      check_nodes(node.children);
      scope_.pop_back();
      scope_.pop_back();
      return;
    }
    check_nodes(node.children);
  }

  void check_parts(const Interpolated& parts) {
    for (const auto& part : parts) {
      if (part.is_expression) check_read(part.expression);
    }
  }

  const Binding* binding(const std::string& name) const {
    for (auto it = scope_.rbegin(); it != scope_.rend(); ++it) {
      if (it->name == name) return &*it;
    }
    return nullptr;
  }

  // The path of `expression` with loop variables replaced by what they are bound to.
  std::string canonical(const Expression& expression) const {
    const Binding* bound = binding(expression.path.front());
    std::string text = bound ? bound->canonical : expression.path.front();
    for (std::size_t i = 1; i < expression.path.size(); ++i) text += "." + expression.path[i];
    return text;
  }

  bool is_guarded(const std::string& path) const {
    for (const auto& guard : guarded_) {
      if (guard == path || guard.rfind(path + ".", 0) == 0) return true;
    }
    return false;
  }

  // The schema of the value `expression` names, or null when the schema does not say.
  const Value* schema_of(const Expression& expression) const {
    const Binding* bound = binding(expression.path.front());
    const Value* node = bound ? bound->schema : schema_.property(&schema_.root(), expression.path.front());
    for (std::size_t i = 1; node && i < expression.path.size(); ++i) {
      node = schema_.allows(node, "array") ? schema_.items(node) : schema_.property(node, expression.path[i]);
    }
    return node;
  }

  // Reports the first field along the path of `expression` that the data may leave out,
  // unless it is tested around it or read with a default.
  void check_read(const Expression& expression) {
    if (expression.has_filter("default")) return;
    const Binding* bound = binding(expression.path.front());
    if (bound && !bound->schema) return;  // loop.index, or a list the schema does not describe
    const Value* node = bound ? bound->schema : &schema_.root();
    std::string path = bound ? bound->canonical : "";
    for (std::size_t i = bound ? 1 : 0; i < expression.path.size(); ++i) {
      const std::string& segment = expression.path[i];
      const bool item = schema_.allows(node, "array") && parse_index(segment).has_value();
      const Value* next = item ? schema_.items(node) : schema_.property(node, segment);
      if (!next) return;  // not in the schema: evaluation says so, with a suggestion
      path += (path.empty() ? "" : ".") + segment;
      if ((item || !schema_.is_required(node, segment)) && !is_guarded(path)) return report(expression, i + 1);
      node = next;
    }
  }

  // A link target that begins with a value from data must come from a field the schema
  // makes a web address ("format": "uri"), which validate checks against the link policy;
  // any other value would be refused only by render.
  void check_link_source(const TemplateAttribute& href) {
    if (href.value.empty() || !href.value.front().is_expression) return;
    const Expression& expression = href.value.front().expression;
    const Value* field = schema_.resolve(schema_of(expression));
    const Value* format = field ? field->find("format") : nullptr;
    if (format && format->is_string() && format->as_string() == "uri") return;
    diagnostics_.error(href.position, "the link target begins with '" + expression.path_text() +
                                          "', which the schema does not make a web address")
        .hints.push_back("write the scheme in the template (href=\"mailto:{…}\", \"tel:{…}\", \"https://…\"), or "
                         "read a field whose schema has \"format\": \"uri\", such as organisation.website");
  }

  void report(const Expression& expression, std::size_t optional_length) {
    const std::string optional = expression.path_text(optional_length);
    auto& error = diagnostics_.error(expression.position, "'" + expression.path_text() +
                                                              "' may have no value: the data may leave out '" +
                                                              optional + "'");
    error.hints.push_back(optional_field_hint(expression, optional));
  }

  const SchemaView& schema_;
  Diagnostics& diagnostics_;
  std::vector<Binding> scope_;
  std::vector<std::string> guarded_;  // paths an enclosing <if> has found to have a value
  int loops_ = 0;
};

}  // namespace

bool check_template_reads(const Template& tmpl, const SchemaView& model_schema, Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  ReadChecker(model_schema, diagnostics).check(tmpl.root);
  return diagnostics.error_count() == errors_before;
}

}  // namespace kansli::tmpl
