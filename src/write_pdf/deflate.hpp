// zlib compression for the PDF's streams (internal to write_pdf), without libharu.
#pragma once

#include <string>
#include <string_view>

namespace kansli::pdf {

// zlib's format at its default level, as libharu compresses.
std::string deflate_bytes(std::string_view bytes);

// One zlib stream made of parts compressed at different times. Each part is compressed as
// it comes (raw deflate, ended by a sync flush so that the next part can follow on a byte
// boundary); finish() compresses the last part and joins them: zlib's header, the parts,
// and the Adler-32 checksum of all the data. A page's body is compressed as soon as it is
// laid out, and its header and footer, once the page count is known, join it in one stream.
// With no part before the last, the bytes are those of deflate_bytes.
class DeflatedParts {
 public:
  void add(std::string_view bytes);
  std::string finish(std::string_view last);

 private:
  std::string raw_;            // the parts so far
  unsigned long adler_ = 1;    // Adler-32 of their data (1: of nothing)
};

}  // namespace kansli::pdf
