// Streams that kansli compresses itself instead of leaving it to libharu, which
// compresses every stream on one thread while it saves (internal to write_pdf). Such a
// stream is compressed where it is made (page contents on the page thread, fonts on
// theirs) and libharu writes its bytes as they are, marked FlateDecode.
#pragma once

#include <string>

#include <hpdf.h>

namespace kansli::pdf {

// Replaces the data of the stream dictionary `dict` by `deflated` (zlib bytes) and has
// libharu write it as it is, with /Filter /FlateDecode.
void set_deflated(HPDF_Dict dict, const std::string& deflated);

// Compresses the data `dict` holds now (an image libharu has loaded).
void deflate_now(HPDF_Dict dict);

}  // namespace kansli::pdf
