// zlib compression for the PDF's streams (internal to write_pdf), without libharu.
#pragma once

#include <string>
#include <string_view>

namespace kansli::pdf {

// zlib's levels: its default (as libharu compresses), and a faster one for data that
// compresses hardly better at the default: font programs (the 48-page packet's fonts are
// 238 bytes larger at level 3, and take 40 % less time to compress).
constexpr int kDefaultLevel = 6;
constexpr int kFastLevel = 3;

// zlib's format at `level`.
std::string deflate_bytes(std::string_view bytes, int level = kDefaultLevel);

// One zlib stream made of parts compressed at different times. Each part is compressed as
// it comes (raw deflate, ended by a sync flush so that the next part can follow on a byte
// boundary); finish() compresses the last part and joins them: zlib's header, the parts,
// and the Adler-32 checksum of all the data. A page's body is compressed as soon as it is
// laid out, and its header and footer, once the page count is known, join it in one stream.
// With no part before the last, the bytes are those of deflate_bytes.
class DeflatedParts {
 public:
  explicit DeflatedParts(int level = kDefaultLevel) : level_(level) {}
  void add(std::string_view bytes);
  std::string finish(std::string_view last);

 private:
  int level_;
  std::string raw_;            // the parts so far
  unsigned long adler_ = 1;    // Adler-32 of their data (1: of nothing)
};

}  // namespace kansli::pdf
