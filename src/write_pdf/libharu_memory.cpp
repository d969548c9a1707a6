// libharu's own HPDF_MemCpy and HPDF_MemSet copy and fill one byte at a time. libharu
// calls them through its procedure linkage table for every byte of every stream it holds
// and writes (each content stream is copied three times on its way to the PDF's bytes:
// about 3 % of the main thread's instructions). Defined here, in the program, they take
// precedence over libharu's (ELF symbol interposition) and use the C library's memcpy and
// memset. They keep libharu's contract: the same bytes, and the end of the written range
// returned (as libharu 2.3.0's do; see the test in tests/unit/test_pdf_parts.cpp).
#include <cstring>

#include <hpdf.h>
#include <hpdf_utils.h>

extern "C" {

HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
  if (n > 0) std::memcpy(out, in, n);
  return out + n;
}

void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
  if (n > 0) std::memset(s, c, n);
  return static_cast<HPDF_BYTE*>(s) + n;
}

}  // extern "C"
