// Internal to the validate stage: a violation found in a data file, before it is
// located and reported, and the functions that find and word them.
#pragma once

#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "load/load.hpp"

namespace kansli::validation {

struct Violation {
  std::string path;  // data path of the offending value, "/agenda/3/title"
  std::string message;
  std::vector<std::string> hints;
};

// Returns the name of the field at `path` for a message: its last member name, past any
// list indices ("title" for "/agenda/3/title", "proposal" for "/proposal/0"), or "the
// file" for the root.
std::string field_name(const std::string& path);

// Rewrites one valijson error (its context and description) in plain words, or
// returns false for valijson's summary errors ("Failed to validate item #2").
bool word_valijson_error(const std::vector<std::string>& context, const std::string& description,
                         const Value& data, const SchemaView& schema, Violation& out);

// Checks what valijson does not: real dates, HH:MM times, unique ids.
void check_formats_and_ids(const Value& data, const SchemaView& schema, std::vector<Violation>& out);

// The text policy (text_checks.cpp). Reports a character data may not hold (control,
// bidirectional control, noncharacter, above U+FFFF), with where it stands in the text.
void check_characters(const std::string& text, const std::string& path, std::vector<Violation>& out);
// Reports text that shows nothing (empty, or only spaces and invisible characters);
// `meaning` is the field's description in the schema, for the hint.
void check_blank(const std::string& text, const std::string& path, bool required, std::vector<Violation>& out,
                 const std::string& meaning);
// Checks a rich text value: its characters, footnotes inside footnotes, and that it is not blank.
void check_rich_text(const Value& rich_text, const std::string& path, bool required, std::vector<Violation>& out,
                     const std::string& meaning);
// Puts the texts of a rich text value into their one form: NFC, tabs and line feeds as
// spaces, and a line or paragraph separator (U+2028, U+2029) as a line break.
void normalize_rich_text(Value& rich_text);

// Finds Markdown strings in rich text fields and converts them (and puts all text into its
// one form, see normalize_rich_text); reports what the Markdown cannot hold. For valid data.
void convert_text(Value& data, const SchemaView& schema, std::vector<Violation>& out);

// Reports `violations` at their places in `data`'s file, in file order.
void report_violations(std::vector<Violation> violations, const LoadedFile& data, Diagnostics& diagnostics);

// Where a misspelt field was reported both as unknown ("secretery", did you mean
// 'secretary'?) and as missing ('secretary'), keeps one error that says both.
void merge_misspelt_required(std::vector<Violation>& violations);


}  // namespace kansli::validation
