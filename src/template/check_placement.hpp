// Placement rules of the template vocabulary that an element's own attributes cannot
// tell: page numbers belong to the page header and footer (the body is laid out before
// its pages are known, so there they would print 0), and footnotes to the body (a page
// header or footer has no page foot for the note), and a footnote has no footnotes of its
// own (the PDF has no place for them). Internal to the template stage.
#pragma once

#include "base/diagnostics.hpp"
#include "template/template.hpp"

namespace kansli::tmpl {

// Reports every element of the parsed `root` (a <document>, includes spliced) that stands
// where it cannot work, at its line.
void check_placement(const TemplateNode& root, Diagnostics& diagnostics);

}  // namespace kansli::tmpl
