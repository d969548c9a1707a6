// Implements Diagnostics and format_diagnostic (see diagnostics.hpp).
#include "base/diagnostics.hpp"

#include <cstdio>
#include <set>

#include "base/utf8.hpp"

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

namespace {

// Says whether a terminal could act on `c` or show the text around it out of order.
bool is_unsafe_to_print(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 ||
         c == 0x2029;
}

}  // namespace

std::string printable_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  char32_t c = 0;
  for (std::size_t offset = 0; offset < text.size();) {
    const std::size_t length = next_code_point(text, offset, c);
    char escape[16];
    if (c == 0xFFFD && length == 1) {  // a byte that is not UTF-8
      std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(text[offset]));
      out += escape;
    } else if (is_unsafe_to_print(c)) {
      std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
      out += escape;
    } else {
      out.append(text, offset, length);
    }
    offset += length;
  }
  return out;
}

std::string format_diagnostic(const Diagnostic& diagnostic) {
  std::string text;
  if (diagnostic.position.known()) text += printable_text(format_position(diagnostic.position)) + ": ";
  text += diagnostic.severity == Severity::kError ? "error: " : "warning: ";
  text += printable_text(diagnostic.message);
  if (!diagnostic.data_path.empty()) text += " (at " + printable_text(diagnostic.data_path) + ")";
  text += "\n";
  for (const auto& hint : diagnostic.hints) text += "  hint: " + printable_text(hint) + "\n";
  return text;
}

}  // namespace kansli
