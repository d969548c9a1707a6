// Typed attributes (lengths, widths, alignment), inline normalisation, and the
// public evaluate_template entry point (see evaluator.hpp and template.hpp).
#include <charconv>
#include <string_view>

#include "base/overloaded.hpp"
#include "template/evaluator.hpp"

namespace kansli::tmpl {
namespace {

// The largest length a template may give, in points: the side of the largest PDF page
// (14 400 points, 5 080 mm). Widths given as shares are at most kMaxShare.
constexpr double kMaxLength = 14400;
constexpr double kMaxShare = 10000;

// Reads the plain decimal number ("12", "1.5", ".5") at the start of `text`; sets `used` to
// its length. No sign, exponent, hex, "inf" or "nan": a template writes sizes, not formulas.
std::optional<double> parse_decimal(std::string_view text, std::size_t& used) {
  used = 0;
  const auto digits_from = [&text](std::size_t i) {
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i;
  };
  const std::size_t whole = digits_from(0);
  used = whole;
  if (used < text.size() && text[used] == '.' && digits_from(used + 1) > used + 1) used = digits_from(used + 1);
  if (used == 0) return std::nullopt;
  double value = 0;
  std::from_chars(text.data(), text.data() + used, value);
  return value;
}

// Parses "12", "12pt", "10mm" or "1.5cm" into points.
std::optional<double> parse_length(const std::string& text) {
  std::size_t used = 0;
  const auto number = parse_decimal(text, used);
  if (!number) return std::nullopt;
  const std::string unit = text.substr(used);
  if (unit.empty() || unit == "pt") return number;
  if (unit == "mm") return *number * 72.0 / 25.4;
  if (unit == "cm") return *number * 72.0 / 2.54;
  return std::nullopt;
}

// `text` without the spaces around it.
std::string trimmed(const std::string& text) {
  const std::size_t first = text.find_first_not_of(' ');
  return first == std::string::npos ? "" : text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// A column's width: a share of the room left (points 0), or fixed in points (share 0).
struct ColumnWidth {
  double share = 0;
  double points = 0;
};

// Parses one entry of a widths list ("2", "25mm") into a share or a length in points;
// nullopt when it is neither or out of range.
std::optional<ColumnWidth> parse_column_width(const std::string& text) {
  std::size_t used = 0;
  if (const auto share = parse_decimal(text, used); share && used == text.size()) {
    if (*share <= 0 || *share > kMaxShare) return std::nullopt;
    return ColumnWidth{*share, 0};
  }
  const auto length = parse_length(text);
  if (!length || *length <= 0 || *length > kMaxLength) return std::nullopt;
  return ColumnWidth{0, *length};
}

bool ends_with_space(const std::string& text) { return !text.empty() && text.back() == ' '; }

// Drops spaces that follow a space (or the start), across inline boundaries.
void strip_repeated_spaces(std::vector<doc::Inline>& inlines, bool& after_space) {
  for (auto& in : inlines) {
    std::visit(Overloaded{
                   [&](doc::Text& text) {
                     if (after_space && !text.text.empty() && text.text[0] == ' ') text.text.erase(0, 1);
                     if (!text.text.empty()) after_space = ends_with_space(text.text);
                   },
                   [&](doc::LineBreak&) { after_space = true; },
                   [&](doc::PageNumber&) { after_space = false; },
                   [&](doc::PageCount&) { after_space = false; },
                   [&](doc::Strong& span) { strip_repeated_spaces(span.children, after_space); },
                   [&](doc::Emphasis& span) { strip_repeated_spaces(span.children, after_space); },
                   [&](doc::Superscript& span) { strip_repeated_spaces(span.children, after_space); },
                   [&](doc::Link& link) { strip_repeated_spaces(link.children, after_space); },
                   [](doc::Footnote&) {},  // its text is normalised on its own
                   [](doc::PageReference&) {},
               },
               in.content);
  }
}

// Removes a trailing space at the end of the inlines; returns whether text was found.
bool strip_trailing_space(std::vector<doc::Inline>& inlines) {
  for (auto it = inlines.rbegin(); it != inlines.rend(); ++it) {
    const bool found = std::visit(Overloaded{
                                      [](doc::Text& text) {
                                        if (ends_with_space(text.text)) text.text.pop_back();
                                        return !text.text.empty();
                                      },
                                      [](doc::LineBreak&) { return true; },
                                      [](doc::PageNumber&) { return true; },
                                      [](doc::PageCount&) { return true; },
                                      [](doc::Strong& span) { return strip_trailing_space(span.children); },
                                      [](doc::Emphasis& span) { return strip_trailing_space(span.children); },
                                      [](doc::Superscript& span) { return strip_trailing_space(span.children); },
                                      [](doc::Link& link) { return strip_trailing_space(link.children); },
                                      [](doc::Footnote&) { return false; },
                                      [](doc::PageReference&) { return false; },
                                  },
                                  it->content);
    if (found) return true;
  }
  return false;
}

// Removes empty texts and empty strong or emphasis spans; merges neighbouring texts.
void prune(std::vector<doc::Inline>& inlines) {
  std::vector<doc::Inline> kept;
  for (auto& in : inlines) {
    const auto* text = std::get_if<doc::Text>(&in.content);
    if (text && text->text.empty()) continue;
    auto* strong = std::get_if<doc::Strong>(&in.content);
    auto* emphasis = std::get_if<doc::Emphasis>(&in.content);
    if (auto* span = strong ? &strong->children : emphasis ? &emphasis->children : nullptr) {
      prune(*span);
      if (span->empty()) continue;
    }
    auto* last = kept.empty() ? nullptr : std::get_if<doc::Text>(&kept.back().content);
    if (text && last) {
      last->text += text->text;
      continue;
    }
    kept.push_back(std::move(in));
  }
  inlines = std::move(kept);
}

}  // namespace

void normalize_inlines(std::vector<doc::Inline>& inlines) {
  bool after_space = true;
  strip_repeated_spaces(inlines, after_space);
  strip_trailing_space(inlines);
  prune(inlines);
}

std::optional<double> Evaluator::length_attribute(const TemplateNode& node,
                                                  const std::string& name) {
  const auto text = attribute_text(node, name);
  if (!text) return std::nullopt;
  const auto length = parse_length(*text);
  if (!length || *length > kMaxLength) {
    diagnostics_.error(node.attribute(name)->position,
                       "'" + *text + "' is not a length; write e.g. '12pt' or '20mm' (at most 5080mm)");
    return std::nullopt;
  }
  return length;
}

void Evaluator::widths_attribute(const TemplateNode& node, std::vector<double>& widths,
                                 std::vector<double>& fixed_widths) {
  const auto text = attribute_text(node, "widths");
  if (!text) return;
  std::vector<double> relative, fixed;
  std::size_t start = 0;
  while (start <= text->size()) {
    const std::size_t comma = std::min(text->find(',', start), text->size());
    const auto width = parse_column_width(trimmed(text->substr(start, comma - start)));
    if (!width) {
      diagnostics_.error(node.attribute("widths")->position,
                         "widths '" + *text + "' must be shares or lengths separated by commas, e.g. '1,4,2' or '25mm,1,1'")
          .hints.push_back("a share is a number above 0 and at most 10000; a length is above 0 and at most 5080mm");
      return;
    }
    relative.push_back(width->share);
    fixed.push_back(width->points);
    start = comma + 1;
  }
  widths = std::move(relative);
  fixed_widths = std::move(fixed);
}

doc::Align Evaluator::align_attribute(const TemplateNode& node) {
  const auto text = attribute_text(node, "align");
  if (!text || *text == "left" || *text == "start") return doc::Align::kStart;
  if (*text == "center") return doc::Align::kCenter;
  if (*text == "right" || *text == "end") return doc::Align::kEnd;
  if (*text == "decimal") return doc::Align::kDecimal;
  diagnostics_.error(node.attribute("align")->position,
                     "unknown alignment '" + *text + "'; expected 'left', 'center', 'right' or 'decimal'");
  return doc::Align::kStart;
}

std::optional<doc::Document> evaluate_template(const Template& tmpl, const DataModel& model,
                                               const EvaluateOptions& options,
                                               Diagnostics& diagnostics) {
  const int errors_before = diagnostics.error_count();
  Evaluator evaluator(model, options, diagnostics);
  doc::Document document = evaluator.evaluate_document(tmpl.root);
  if (diagnostics.error_count() > errors_before) return std::nullopt;
  return document;
}

}  // namespace kansli::tmpl
