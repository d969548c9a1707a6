// Implements zlib compression for PDF streams (see deflate.hpp).
#include "write_pdf/deflate.hpp"

#include <new>

#include <zlib.h>

namespace kansli::pdf {
namespace {

// zlib's window and hash table for `size` bytes: no larger than the input needs. Setting
// them up (clearing the hash table) cost more than compressing a page's header and footer,
// and a window as large as the input compresses as well (the 48-page packet: 17 bytes more).
struct DeflateSettings {
  int window_bits = 9;  // zlib's smallest for raw deflate
  int memory_level = 2;
};

DeflateSettings settings_for(std::size_t size) {
  DeflateSettings settings;
  while (settings.window_bits < 15 && (std::size_t{1} << settings.window_bits) < size) ++settings.window_bits;
  settings.memory_level = settings.window_bits - 7;  // 8, zlib's default, with the largest window
  return settings;
}

// Compresses `bytes` as raw deflate at `level`, ending with `flush` (Z_SYNC_FLUSH: more
// parts follow; Z_FINISH: the last block).
std::string raw_deflate(std::string_view bytes, int level, int flush) {
  const DeflateSettings settings = settings_for(bytes.size());
  z_stream z{};
  if (deflateInit2(&z, level, Z_DEFLATED, -settings.window_bits, settings.memory_level,
                   Z_DEFAULT_STRATEGY) != Z_OK) {
    throw std::bad_alloc();
  }
  std::string out(deflateBound(&z, static_cast<uLong>(bytes.size())) + 16, '\0');  // + a sync flush's marker
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&z, flush);
  out.resize(z.total_out);
  deflateEnd(&z);
  // With room for deflateBound's worst case, one call takes all the input.
  if (status != (flush == Z_FINISH ? Z_STREAM_END : Z_OK) || z.avail_in != 0) throw std::bad_alloc();
  return out;
}

// zlib's header: deflate with a 32 KiB window, and the level in the second byte's FLEVEL
// bits (informative; readers ignore it), with the check bits that make it a multiple of 31.
std::string zlib_header(int level) {
  if (level <= 1) return "\x78\x01";
  if (level <= 5) return "\x78\x5E";
  if (level == 6) return "\x78\x9C";
  return "\x78\xDA";
}

unsigned long adler_of(std::string_view bytes) {
  return adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size()));
}

}  // namespace

std::string deflate_bytes(std::string_view bytes, int level) {
  return DeflatedParts(level).finish(bytes);
}

void DeflatedParts::add(std::string_view bytes) {
  raw_ += raw_deflate(bytes, level_, Z_SYNC_FLUSH);
  adler_ = adler32_combine(adler_, adler_of(bytes), static_cast<z_off_t>(bytes.size()));
}

std::string DeflatedParts::finish(std::string_view last) {
  const unsigned long adler = adler32_combine(adler_, adler_of(last), static_cast<z_off_t>(last.size()));
  std::string out = zlib_header(level_);
  out.reserve(2 + raw_.size() + last.size() / 2 + 4);
  out += raw_;
  out += raw_deflate(last, level_, Z_FINISH);
  for (const int shift : {24, 16, 8, 0}) out += static_cast<char>((adler >> shift) & 0xFF);
  raw_.clear();
  adler_ = 1;
  return out;
}

}  // namespace kansli::pdf
