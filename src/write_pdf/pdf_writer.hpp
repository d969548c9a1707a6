// The PDF writer: laid-out pages to PDF bytes through libharu. The only code that
// includes hpdf.h. Fonts are embedded TrueType (UTF-8, so text copies out correctly),
// streams are compressed, and nothing depends on the clock: the same pages give the
// same bytes. libharu's errors are recorded by its C callback and reported here.
#pragma once

#include <functional>
#include <optional>
#include <vector>
#include <string>

#include "base/diagnostics.hpp"
#include "layout/layout.hpp"
#include "theme/theme.hpp"

namespace kansli {

// Cuts a font file down to the code points a document uses; returns the font's bytes.
using FontSubsetter =
    std::function<std::optional<std::string>(const std::string& path, const std::vector<char32_t>& code_points)>;

// Writes `laid_out` as a PDF document and returns its bytes; nullopt after an error.
// With `subset`, each embedded font holds only the glyphs the document uses.
std::optional<std::string> write_pdf(layout::LaidOutDocument laid_out, const Theme& theme,
                                     const std::string& creator, Diagnostics& diagnostics,
                                     const FontSubsetter& subset = nullptr);

}  // namespace kansli
