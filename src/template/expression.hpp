// The expression language of templates: data paths with filters, written inside
// braces in text and attributes ("{meeting.date | date_long}"), and conditions for
// <if test="...">. Parsing happens when the template is read; errors carry the
// template's position.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "load/value.hpp"

namespace kansli::tmpl {

struct FilterCall {
  std::string name;
  std::vector<Value> arguments;
  SourcePosition position;
};

struct Expression {
  std::vector<std::string> path;  // "meeting.date" -> {"meeting", "date"}
  std::vector<FilterCall> filters;
  SourcePosition position;

  // The path as written ("meeting.date"), or its first `count` segments.
  std::string path_text(std::size_t count = static_cast<std::size_t>(-1)) const;
  bool has_filter(const std::string& name) const;
};

struct Condition {
  enum class Op { kTruthy, kEquals, kNotEquals };
  bool negate = false;
  Expression expression;
  Op op = Op::kTruthy;
  Value literal;
};

// A piece of text with interpolations: literal parts and expressions, in order.
struct TextPart {
  bool is_expression = false;
  std::string literal;
  Expression expression;
};
using Interpolated = std::vector<TextPart>;

// Parses "{path | filter:arg}" interpolations in `text`; `{{` and `}}` stand for braces.
// `position` is where `text` starts; `offset_of` maps an index in text to a position.
std::optional<Interpolated> parse_interpolated(const std::string& text,
                                               const SourcePosition& position,
                                               Diagnostics& diagnostics);

// Parses one expression "path | filter:'arg'" (no braces).
std::optional<Expression> parse_expression(const std::string& text,
                                           const SourcePosition& position,
                                           Diagnostics& diagnostics);

// Parses a condition: "path", "not path", "path == 'text'", "path != 3".
std::optional<Condition> parse_condition(const std::string& text,
                                         const SourcePosition& position,
                                         Diagnostics& diagnostics);

// The hint for a read of `expression` whose field `optional` ("meeting.secretary.phone") the
// data may leave out: test it with <if>, or give a default.
std::string optional_field_hint(const Expression& expression, const std::string& optional);

// Returns the position `count` code points to the right of `position` on the same line.
SourcePosition advance(SourcePosition position, const std::string& text, std::size_t bytes);

}  // namespace kansli::tmpl
