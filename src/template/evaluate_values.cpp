// Resolves data paths, applies filters and turns values into text (see evaluator.hpp).
#include <cmath>

#include "base/links.hpp"
#include "base/suggest.hpp"
#include "base/utf8.hpp"
#include "sv/format.hpp"
#include "template/evaluator.hpp"
#include "template/filters.hpp"

namespace kansli::tmpl {
namespace {

const Value kNull;

bool is_index(const std::string& segment) {
  return !segment.empty() && segment.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

void Evaluator::report_unknown_path(const Expression& expression, std::size_t failed_at,
                                    const Value* parent, const std::string& parent_path) {
  const std::string prefix = expression.path_text(failed_at);
  const SchemaView* schema = options_.model_schema;
  if (schema && parent && parent->is_object() && schema->at(child_path(parent_path, expression.path[failed_at]))) {
    // The schema knows the field: the data left it out.
    const std::string missing = expression.path_text(failed_at + 1);
    diagnostics_.error(expression.position, "'" + expression.path_text() + "' has no value: the data leaves out '" +
                                                missing + "'")
        .hints.push_back(optional_field_hint(expression, missing));
    return;
  }
  std::vector<std::string> candidates;
  if (parent == nullptr) {
    for (const auto& binding : scope_) candidates.push_back(binding.name);
    if (model_.root.is_object()) {
      for (const auto& member : model_.root.as_object()) candidates.push_back(member.first);
    }
  } else if (parent->is_object()) {
    for (const auto& member : parent->as_object()) candidates.push_back(prefix + "." + member.first);
  }
  const std::string wanted = expression.path_text(failed_at + 1);
  if (parent != nullptr && !parent->is_object()) {
    diagnostics_.error(expression.position, "'" + prefix + "' is " + describe_type(parent->type()) +
                                                " and has no field '" + expression.path[failed_at] + "'");
    return;
  }
  auto& error = diagnostics_.error(expression.position,
                                   "unknown data path '" + expression.path_text() + "'");
  if (auto near = closest_match(wanted, candidates)) {
    error.hints.push_back("did you mean '" + *near + "'?");
  } else if (!candidates.empty() && candidates.size() <= 12) {
    std::string list;
    for (const auto& c : candidates) list += (list.empty() ? "" : ", ") + c;
    error.hints.push_back("available here: " + list);
  }
}

std::optional<Evaluator::Resolved> Evaluator::resolve(const Expression& expression,
                                                      bool missing_is_null) {
  const std::string& first = expression.path.front();
  Resolved at{nullptr, ""};
  for (auto it = scope_.rbegin(); it != scope_.rend() && !at.value; ++it) {
    if (it->name == first) at = {it->value, it->path};
  }
  if (!at.value) at = {model_.root.find(first), child_path("", first)};
  if (!at.value) {
    if (missing_is_null && expression.path.size() == 1) return Resolved{&kNull, "/" + first};
    report_unknown_path(expression, 0, nullptr, "");
    return std::nullopt;
  }
  for (std::size_t i = 1; i < expression.path.size(); ++i) {
    const std::string& segment = expression.path[i];
    const Value* next = nullptr;
    if (at.value->is_array() && is_index(segment)) {
      const auto index = parse_index(segment);
      if (index && *index < at.value->as_array().size()) next = &at.value->as_array()[*index];
    } else {
      next = at.value->find(segment);
    }
    if (!next) {
      // With a default (or in a condition) a missing field of an object counts as empty.
      if (missing_is_null && (at.value->is_object() || at.value->is_array())) {
        return Resolved{&kNull, child_path(at.path, segment)};
      }
      report_unknown_path(expression, i, at.value, at.path);
      return std::nullopt;
    }
    at = {next, child_path(at.path, segment)};
  }
  return at;
}

std::optional<Value> Evaluator::evaluate(const Expression& expression) {
  const auto resolved = resolve(expression, expression.has_filter("default"));
  if (!resolved) return std::nullopt;
  Value value = *resolved->value;
  for (const auto& call : expression.filters) {
    auto next = apply_filter(call, value, resolved->path, model_, diagnostics_);
    if (!next) return std::nullopt;
    value = std::move(*next);
  }
  return value;
}

std::optional<std::string> Evaluator::text_of(const Value& value, const Expression& expression) {
  switch (value.type()) {
    case Value::Type::kNull: return std::string();
    case Value::Type::kString: return value.as_string();
    case Value::Type::kBool: return std::string(value.as_bool() ? "ja" : "nej");
    case Value::Type::kNumber: {
      const double n = value.as_number();
      return format_number_value(value, std::floor(n) == n ? 0 : 2);
    }
    case Value::Type::kArray:
    case Value::Type::kObject:
      diagnostics_.error(expression.position, "'" + expression.path_text() + "' is " +
                                                  describe_type(value.type()) +
                                                  " and cannot be printed as text")
          .hints.push_back("print its fields, or its items with <for each=\"x in " +
                           expression.path_text() + "\">");
      return std::nullopt;
  }
  return std::nullopt;
}

std::optional<std::string> Evaluator::interpolate(const Interpolated& parts) {
  std::string out;
  bool ok = true;
  for (const auto& part : parts) {
    if (!part.is_expression) {
      out += part.literal;
      continue;
    }
    auto value = evaluate(part.expression);
    auto text = value ? text_of(*value, part.expression) : std::nullopt;
    if (text) {
      const auto unshown = unshown_in(*text);
      if (!unshown.empty()) {  // only then is the value's path looked up again
        const auto resolved = resolve(part.expression, true);
        report_unshown(unshown, resolved ? resolved->path : "", part.expression.position);
      }
      out += *text;
    } else {
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::string> Evaluator::attribute_text(const TemplateNode& node,
                                                     const std::string& name) {
  const TemplateAttribute* attribute = node.attribute(name);
  if (!attribute) return std::nullopt;
  return interpolate(attribute->value);
}

bool Evaluator::test(const Condition& condition) {
  const auto resolved = resolve(condition.expression, true);
  if (!resolved) return false;
  Value value = *resolved->value;
  for (const auto& call : condition.expression.filters) {
    auto next = apply_filter(call, value, resolved->path, model_, diagnostics_);
    if (!next) return false;
    value = std::move(*next);
  }
  bool result = value.truthy();
  if (condition.op != Condition::Op::kTruthy) {
    const Value& literal = condition.literal;
    bool equal = false;
    if (value.is_string() && literal.is_string()) equal = value.as_string() == literal.as_string();
    if (value.is_number() && literal.is_number()) equal = value.as_number() == literal.as_number();
    result = condition.op == Condition::Op::kEquals ? equal : !equal;
  }
  return condition.negate ? !result : result;
}

}  // namespace kansli::tmpl

namespace kansli::tmpl {

// The characters of `text` the PDF's font cannot show and that were not reported before.
std::vector<char32_t> Evaluator::unshown_in(const std::string& text) {
  std::vector<char32_t> found;
  if (!options_.can_show) return found;
  char32_t c = 0;
  for (std::size_t offset = 0; offset < text.size();) {
    offset += next_code_point(text, offset, c);
    if (c >= 0x80 && !options_.can_show(c) && unshown_.insert(c).second) found.push_back(c);
  }
  return found;
}

// Reports characters the font cannot show at the data field they came from (or at the
// template when they are not from data).
void Evaluator::report_unshown(const std::vector<char32_t>& characters, const std::string& data_path,
                               SourcePosition template_position) {
  for (const char32_t c : characters) {
    report_about_data(data_path, template_position,
                      "the font '" + options_.font_name + "' has no glyph for " + describe_code_point(c))
        .hints.push_back("replace the character, or choose a theme font that has it");
  }
}

Diagnostic& Evaluator::report_about_data(const std::string& data_path, SourcePosition template_position,
                                         std::string message) {
  const SourcePosition where = data_path.empty() ? SourcePosition{} : model_.locate(data_path);
  auto& error = diagnostics_.error(where.line > 0 ? where : template_position, std::move(message));
  if (where.line > 0) error.data_path = model_.file_path(data_path);
  return error;
}

void Evaluator::check_link(const std::string& target, const std::string& data_path, SourcePosition template_position) {
  if (auto refusal = refuse_link(target)) {
    report_about_data(data_path, template_position, refusal->message).hints.push_back(refusal->hint);
  }
}

void Evaluator::check_rich_links(const Value& value, const std::string& data_path, SourcePosition template_position) {
  if (value.is_array()) for (const auto& item : value.as_array()) check_rich_links(item, data_path, template_position);
  if (!value.is_object()) return;
  const Value* type = value.find("type");
  if (type && type->is_string() && type->as_string() == "link") {
    const Value* href = value.find("href");
    check_link(href && href->is_string() ? href->as_string() : "", data_path, template_position);
  }
  for (const auto& [key, member] : value.as_object()) check_rich_links(member, data_path, template_position);
}

// The same for every text inside a rich text value.
void Evaluator::check_shown_rich(const Value& value, const std::string& data_path, SourcePosition template_position) {
  if (!options_.can_show) return;  // HTML only: nothing to check
  if (value.is_string()) report_unshown(unshown_in(value.as_string()), data_path, template_position);
  if (value.is_array()) for (const auto& item : value.as_array()) check_shown_rich(item, data_path, template_position);
  if (value.is_object()) {
    for (const auto& [key, member] : value.as_object()) {
      if (key != "type" && key != "href") check_shown_rich(member, data_path, template_position);
    }
  }
}

}  // namespace kansli::tmpl
