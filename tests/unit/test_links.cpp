// Unit tests of issue 12's safety checks: messages made safe for a terminal
// (printable_text).
#include <doctest/doctest.h>

#include "base/diagnostics.hpp"

using namespace kansli;

TEST_CASE("messages show control characters, bidi controls and stray bytes escaped") {
  CHECK(printable_text("a\x1b[2Jb\x07") == "a\\u001b[2Jb\\u0007");
  CHECK(printable_text("line\nbreak\ttab\r") == "line\\u000abreak\\u0009tab\\u000d");
  CHECK(printable_text("\x7f \xc2\x9b") == "\\u007f \\u009b");               // DEL and the C1 CSI
  CHECK(printable_text("Budget \xe2\x80\xae" "7202") == "Budget \\u202e7202");  // RIGHT-TO-LEFT OVERRIDE
  CHECK(printable_text("bad \xff byte") == "bad \\xff byte");
  CHECK(printable_text("Mötets öppnande – § 3 \\u00ad") == "Mötets öppnande – § 3 \\u00ad");
}

TEST_CASE("a diagnostic quoting data prints its control characters escaped") {
  Diagnostic diagnostic{Severity::kError, {"m\x1b.json", 2, 3}, "unknown person 'a\x1b]0;x\x07'", "/secretary\x07",
                        {"did you mean 'a\x1b'?"}};
  CHECK(format_diagnostic(diagnostic) ==
        "m\\u001b.json:2:3: error: unknown person 'a\\u001b]0;x\\u0007' (at /secretary\\u0007)\n"
        "  hint: did you mean 'a\\u001b'?\n");
}
