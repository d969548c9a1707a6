// The writing steps of a render (internal to the render library): the document tree as
// HTML, and laid out and as PDF (or the layout's dump), into RenderOutputs.
#pragma once

#include <memory>
#include <string>

#include "base/diagnostics.hpp"
#include "doc/document.hpp"
#include "fonts/font_set.hpp"
#include "hyphen/pattern_hyphenator.hpp"
#include "images/images.hpp"
#include "layout/layout.hpp"
#include "render/in_background.hpp"
#include "render/outputs.hpp"
#include "render/render.hpp"
#include "theme/theme.hpp"

namespace kansli {

// The theme's hyphenation patterns, loaded on a thread of their own beside the data and
// the template (loading the Swedish patterns takes about a tenth of a short document's time).
using HyphenationLoader = InBackground<std::unique_ptr<PatternHyphenator>>;

// What layout measures and hyphenates with: the caller's, or the render's own, which are
// freed once layout is done (the PDF's fonts are cut down from the bytes Files keeps).
struct Typesetting {
  const layout::FontMetrics* fonts = nullptr;  // null: no PDF nor layout
  std::unique_ptr<FontSet> own_fonts;          // when `fonts` are the render's
  const layout::Hyphenator* hyphenator = nullptr;
  HyphenationLoader patterns;  // the render's own, while they load
};

// Writes `document` in `theme` to `formats` into `outputs` named `stem`.pdf and .html (the
// HTML first, in the background), or lays it out into `dump_text` when `dump` is kLayout;
// frees the tree and the render's own typesetting once laid out. False after an error.
bool write_document(doc::Document document, const Theme& theme, Typesetting typesetting, const ImageFiles& images,
                    const Formats& formats, Dump dump, const std::string& stem, bool threads, RenderOutputs& outputs,
                    std::string& dump_text, Diagnostics& diagnostics);

}  // namespace kansli
