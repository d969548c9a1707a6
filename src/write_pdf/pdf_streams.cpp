// Implements streams compressed by kansli (see pdf_streams.hpp).
#include "write_pdf/pdf_streams.hpp"

#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include "write_pdf/deflate.hpp"

namespace kansli::pdf {
namespace {

// libharu sets a stream's filter again while saving (a font sets those of its tables) and
// drops a /Filter entry it did not add itself (HPDF_Dict_Write). These two hooks, called
// as the dictionary is written, keep libharu from compressing the bytes again and add
// the entry after libharu's own keys.
HPDF_STATUS write_as_is(HPDF_Dict dict) {
  dict->filter = HPDF_STREAM_FILTER_NONE;
  return HPDF_OK;
}

HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

void set_deflated(HPDF_Dict dict, const std::string& deflated) {
  HPDF_MemStream_FreeData(dict->stream);
  HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                    static_cast<HPDF_UINT>(deflated.size()));
  dict->filter = HPDF_STREAM_FILTER_NONE;
  dict->before_write_fn = write_as_is;
  dict->write_fn = write_flate_filter;
}

void deflate_now(HPDF_Dict dict) {
  std::string bytes;
  const HPDF_UINT buffers = HPDF_MemStream_GetBufCount(dict->stream);
  for (HPDF_UINT i = 0; i < buffers; ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* data = HPDF_MemStream_GetBufPtr(dict->stream, i, &length);
    if (!data) break;
    bytes.append(reinterpret_cast<const char*>(data), length);
  }
  set_deflated(dict, deflate_bytes(bytes));
}

}  // namespace kansli::pdf
