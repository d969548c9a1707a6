// The PDF writer: laid-out pages to PDF bytes through libharu. The only code that
// includes hpdf.h. Fonts are embedded TrueType (UTF-8, so text copies out correctly),
// streams are compressed, and nothing depends on the clock: the same pages give the
// same bytes. libharu's errors are recorded by its C callback and reported here.
#pragma once

#include <optional>
#include <string>

#include "base/diagnostics.hpp"
#include "layout/layout.hpp"
#include "theme/theme.hpp"

namespace kansli {

// Writes `laid_out` as a PDF document and returns its bytes; nullopt after an error.
std::optional<std::string> write_pdf(const layout::LaidOutDocument& laid_out, const Theme& theme,
                                     const std::string& creator, Diagnostics& diagnostics);

}  // namespace kansli
