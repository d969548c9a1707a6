// Diagnostics: the errors and warnings a run reports to its user.
// Every stage receives a Diagnostics& and adds to it; only the CLI prints them.
// A diagnostic reads `file:line:col: error: message` followed by `  hint: ...` lines;
// the data path (`/meeting/items/3/title`) is added when the error concerns a data value.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/source.hpp"

namespace kansli {

enum class Severity { kError, kWarning };

struct Diagnostic {
  Severity severity = Severity::kError;
  SourcePosition position;
  std::string message;
  std::string data_path;  // e.g. "/meeting/items/3/title"; empty when not about data
  std::vector<std::string> hints;
};

// Collects diagnostics in the order they are reported.
class Diagnostics {
 public:
  // Records an error; returns it so that hints and a data path can be added.
  Diagnostic& error(SourcePosition position, std::string message);
  // Records a warning; returns it so that hints can be added.
  Diagnostic& warning(SourcePosition position, std::string message);
  // Adds what another collection recorded (work done elsewhere, such as on another thread).
  void append(const Diagnostics& other);

  bool has_errors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  const std::vector<Diagnostic>& all() const { return items_; }
  // Returns the diagnostics without repeats (the same message at the same place, as
  // a template error inside a loop gives once per item), in order.
  std::vector<Diagnostic> distinct() const;

 private:
  std::vector<Diagnostic> items_;
  int error_count_ = 0;
};

// Formats one diagnostic as the lines a user reads (each ends in '\n'); what it quotes
// from files and data is passed through printable_text.
std::string format_diagnostic(const Diagnostic& diagnostic);

// Returns `text` safe to print on a terminal: control characters (C0, DEL, C1, line
// breaks included), the bidirectional controls that reorder what is shown (U+202A–U+202E,
// U+2066–U+2069, U+200E, U+200F, U+061C) and the line and paragraph separators become
// `\u001b`-style escapes, and a byte that is not UTF-8 becomes `\xff`; all else is kept.
std::string printable_text(std::string_view text);

}  // namespace kansli
