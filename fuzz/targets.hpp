// Fuzz targets: each takes arbitrary bytes and runs one input path of kansli end to
// end, so that libFuzzer (with AddressSanitizer and UndefinedBehaviorSanitizer) can
// look for crashes, hangs and leaks. The same functions replay the saved findings in
// tests/fuzz-regressions as part of `make test`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace kansli::fuzz {

// JSON data: load, validate against the schemas, convert rich text.
void fuzz_json(const std::uint8_t* data, std::size_t size);
// XML data: load (schema-typed), validate, convert rich text.
void fuzz_xml(const std::uint8_t* data, std::size_t size);
// A template: rendered (the render library) with the sample meeting to HTML, and laid out.
void fuzz_template(const std::uint8_t* data, std::size_t size);
// Markdown: to rich text, into a document, then HTML and layout.
void fuzz_richtext(const std::uint8_t* data, std::size_t size);
// Markdown footnotes: lines become footnote definitions and "@d" references (see
// footnote_markdown), converted, then into a document, HTML, layout and PDF.
void fuzz_footnotes(const std::uint8_t* data, std::size_t size);
// Arbitrary text as paragraphs, headings, lists and tables: layout and PDF.
void fuzz_layout(const std::uint8_t* data, std::size_t size);
// An image file: decoded whole (libpng, libjpeg); when accepted, shown in HTML and PDF.
void fuzz_image(const std::uint8_t* data, std::size_t size);

// A theme (JSON): read and range-checked, then a short document in it as HTML, laid out and as PDF.
void fuzz_theme(const std::uint8_t* data, std::size_t size);

// Runs the target named `name` ("json", "xml", …); returns false for an unknown name.
bool run_target(const std::string& name, const std::uint8_t* data, std::size_t size);

}  // namespace kansli::fuzz
