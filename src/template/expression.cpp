// Parses template expressions, interpolations and conditions (see expression.hpp).
#include "template/expression.hpp"

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace kansli::tmpl {
namespace {

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

// A cursor over one expression's text that reports errors at the right column.
class Scanner {
 public:
  Scanner(const std::string& text, SourcePosition start, Diagnostics& diagnostics)
      : text_(text), start_(std::move(start)), diagnostics_(diagnostics) {}

  void skip_spaces() {
    while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_]))) ++at_;
  }
  bool done() { skip_spaces(); return at_ >= text_.size(); }
  bool accept(const std::string& token) {
    skip_spaces();
    if (text_.compare(at_, token.size(), token) != 0) return false;
    at_ += token.size();
    return true;
  }
  SourcePosition here() const { return advance(start_, text_, at_); }

  // Reads a name; `digits_first` allows list indexes ("agenda.0.title").
  std::optional<std::string> name(const char* what, bool digits_first = false) {
    skip_spaces();
    const bool starts = at_ < text_.size() &&
                        (is_name_start(text_[at_]) || (digits_first && std::isdigit(static_cast<unsigned char>(text_[at_]))));
    if (!starts) return fail(std::string("expected ") + what);
    const std::size_t begin = at_;
    while (at_ < text_.size() && is_name_char(text_[at_])) ++at_;
    return text_.substr(begin, at_ - begin);
  }

  std::optional<Value> literal() {
    skip_spaces();
    if (at_ < text_.size() && (text_[at_] == '\'' || text_[at_] == '"')) return quoted();
    const std::size_t begin = at_;
    while (at_ < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[at_])) ||
                                  text_[at_] == '.' || (at_ == begin && text_[at_] == '-'))) {
      ++at_;
    }
    const std::string digits = text_.substr(begin, at_ - begin);
    char* end = nullptr;
    const double number = std::strtod(digits.c_str(), &end);
    if (at_ == begin || end != digits.c_str() + digits.size() || !std::isfinite(number)) {
      at_ = begin;
      return fail_value("expected a quoted text or a number");
    }
    return Value::number(number);
  }

  std::nullopt_t fail(const std::string& message) {
    std::string found = at_ < text_.size() ? "'" + text_.substr(at_, 1) + "'" : "the end";
    diagnostics_.error(here(), message + " in '" + text_ + "', found " + found);
    return std::nullopt;
  }

 private:
  std::optional<Value> quoted() {
    const char quote = text_[at_++];
    const std::size_t begin = at_;
    while (at_ < text_.size() && text_[at_] != quote) ++at_;
    if (at_ >= text_.size()) return fail_value("unterminated quoted text");
    std::string content = text_.substr(begin, at_ - begin);
    ++at_;
    return Value::string(std::move(content));
  }
  std::optional<Value> fail_value(const std::string& message) {
    fail(message);
    return std::nullopt;
  }

  const std::string& text_;
  SourcePosition start_;
  Diagnostics& diagnostics_;
  std::size_t at_ = 0;
};

std::optional<Expression> parse_with(Scanner& scanner) {
  Expression expression;
  expression.position = scanner.here();
  do {
    auto part = scanner.name("a data path", !expression.path.empty());
    if (!part) return std::nullopt;
    expression.path.push_back(*part);
  } while (scanner.accept("."));
  while (scanner.accept("|")) {
    FilterCall call;
    scanner.skip_spaces();
    call.position = scanner.here();
    auto name = scanner.name("a filter name after '|'");
    if (!name) return std::nullopt;
    call.name = *name;
    while (scanner.accept(":")) {
      auto argument = scanner.literal();
      if (!argument) return std::nullopt;
      call.arguments.push_back(*argument);
    }
    expression.filters.push_back(std::move(call));
  }
  return expression;
}

}  // namespace

std::string Expression::path_text(std::size_t count) const {
  std::string text;
  for (std::size_t i = 0; i < count && i < path.size(); ++i) text += (i ? "." : "") + path[i];
  return text;
}

std::string optional_field_hint(const Expression& expression, const std::string& optional) {
  return "read it inside <if test=\"" + optional + "\">…</if>, or give a default: {" + expression.path_text() +
         " | default:'–'}";
}

bool Expression::has_filter(const std::string& name) const {
  for (const auto& f : filters) {
    if (f.name == name) return true;
  }
  return false;
}

SourcePosition advance(SourcePosition position, const std::string& text, std::size_t bytes) {
  for (std::size_t i = 0; i < bytes && i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

std::optional<Expression> parse_expression(const std::string& text,
                                           const SourcePosition& position,
                                           Diagnostics& diagnostics) {
  Scanner scanner(text, position, diagnostics);
  auto expression = parse_with(scanner);
  if (expression && !scanner.done()) return scanner.fail("unexpected text after the expression");
  return expression;
}

std::optional<Condition> parse_condition(const std::string& text,
                                         const SourcePosition& position,
                                         Diagnostics& diagnostics) {
  Scanner scanner(text, position, diagnostics);
  Condition condition;
  condition.negate = scanner.accept("not ");
  auto expression = parse_with(scanner);
  if (!expression) return std::nullopt;
  condition.expression = std::move(*expression);
  if (scanner.accept("==")) condition.op = Condition::Op::kEquals;
  else if (scanner.accept("!=")) condition.op = Condition::Op::kNotEquals;
  if (condition.op != Condition::Op::kTruthy) {
    auto literal = scanner.literal();
    if (!literal) return std::nullopt;
    condition.literal = std::move(*literal);
  }
  if (!scanner.done()) return scanner.fail("unexpected text after the condition");
  return condition;
}

std::optional<Interpolated> parse_interpolated(const std::string& text,
                                               const SourcePosition& position,
                                               Diagnostics& diagnostics) {
  Interpolated parts;
  std::string literal;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
      literal += c;
      ++i;
    } else if (c == '}') {
      diagnostics.error(advance(position, text, i), "unmatched '}' in template text")
          .hints.push_back("write '}}' for a literal brace");
      return std::nullopt;
    } else if (c != '{') {
      literal += c;
    } else {
      const std::size_t close = text.find('}', i);
      if (close == std::string::npos) {
        diagnostics.error(advance(position, text, i), "unclosed '{' in template text")
            .hints.push_back("close the expression with '}', or write '{{' for a literal brace");
        return std::nullopt;
      }
      auto expression = parse_expression(text.substr(i + 1, close - i - 1),
                                         advance(position, text, i + 1), diagnostics);
      if (!expression) return std::nullopt;
      expression->position = advance(position, text, i);
      if (!literal.empty()) parts.push_back({false, std::move(literal), {}});
      literal.clear();
      parts.push_back({true, "", std::move(*expression)});
      i = close;
    }
  }
  if (!literal.empty()) parts.push_back({false, std::move(literal), {}});
  return parts;
}

}  // namespace kansli::tmpl
