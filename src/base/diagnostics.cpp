// Implements Diagnostics and format_diagnostic (see diagnostics.hpp).
#include "base/diagnostics.hpp"

#include <set>

namespace kansli {

Diagnostic& Diagnostics::error(SourcePosition position, std::string message) {
  ++error_count_;
  items_.push_back({Severity::kError, std::move(position), std::move(message), {}, {}});
  return items_.back();
}

Diagnostic& Diagnostics::warning(SourcePosition position, std::string message) {
  items_.push_back({Severity::kWarning, std::move(position), std::move(message), {}, {}});
  return items_.back();
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& diagnostic : other.items_) {
    items_.push_back(diagnostic);
    if (diagnostic.severity == Severity::kError) ++error_count_;
  }
}

std::vector<Diagnostic> Diagnostics::distinct() const {
  std::vector<Diagnostic> out;
  std::set<std::string> seen;  // position, data path and message of each one kept
  for (const auto& d : items_) {
    if (seen.insert(format_position(d.position) + "\n" + d.data_path + "\n" + d.message).second) out.push_back(d);
  }
  return out;
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string text;
  if (diagnostic.position.known()) text += format_position(diagnostic.position) + ": ";
  text += diagnostic.severity == Severity::kError ? "error: " : "warning: ";
  text += diagnostic.message;
  if (!diagnostic.data_path.empty()) text += " (at " + diagnostic.data_path + ")";
  text += "\n";
  for (const auto& hint : diagnostic.hints) text += "  hint: " + hint + "\n";
  return text;
}

}  // namespace kansli
