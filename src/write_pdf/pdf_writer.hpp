// The PDF writer: laid-out pages to PDF bytes, with libharu for the document's objects.
// The only code that includes hpdf.h. Fonts are embedded TrueType cut down to the glyphs
// shown (Unicode character codes, so text copies out correctly), streams are compressed,
// and nothing depends on the clock or on its threads' timing: the same pages give the same
// bytes. libharu's errors are recorded by its C callback and reported here.
#pragma once

#include <future>
#include <memory>
#include <optional>
#include <vector>
#include <string>

#include "base/diagnostics.hpp"
#include "images/images.hpp"
#include "layout/layout.hpp"
#include "theme/theme.hpp"

namespace kansli {

namespace pdf {
class PagePipeline;
}

// Writes a PDF from pages as layout hands them over: a thread of its own makes and
// compresses each page's content stream meanwhile (and drops the page), so that when
// layout is done only the fonts, images and the document's structure are left. Pages are
// the theme's size. Each embedded font holds only the glyphs the document shows.
// Without threads, all of it is done on the calling thread, to the same bytes.
class PdfWriter final : public layout::PageSink {
 public:
  // Images and fonts are read through `images` (and its Files), which must outlive the
  // writer; every image the pages show must have been checked by it (layout's catalog).
  // `threads`: whether the writer may use threads of its own (page content, fonts, freeing).
  PdfWriter(const Theme& theme, std::string creator, const ImageFiles& images, bool threads = true);
  ~PdfWriter() override;
  PdfWriter(const PdfWriter&) = delete;
  PdfWriter& operator=(const PdfWriter&) = delete;

  void add_body(std::size_t index, layout::Page page) override;
  void add_furniture(std::size_t index, layout::Page page) override;
  // The PDF of the pages added; nullopt after an error.
  std::optional<std::string> finish(const doc::Metadata& metadata, Diagnostics& diagnostics);

  class Document;  // libharu's document

 private:
  const Theme& theme_;
  const ImageFiles& images_;
  std::string creator_;
  bool threads_;
  std::unique_ptr<pdf::PagePipeline> pipeline_;
  std::future<void> freeing_;  // libharu's objects, freed on a thread of their own after finish()
};

// Writes `laid_out` (pages of the theme's size) as a PDF document through a PdfWriter.
std::optional<std::string> write_pdf(layout::LaidOutDocument laid_out, const Theme& theme,
                                     const std::string& creator, const ImageFiles& images, Diagnostics& diagnostics,
                                     bool threads = true);

}  // namespace kansli
