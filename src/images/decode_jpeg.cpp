// Decodes a JPEG file in full with libjpeg(-turbo), scanline by scanline (see images.hpp).
// libjpeg reports an error through error_exit, which must not return: ours formats the
// message and longjmps back to decode_jpeg. Its corrupt-data warnings (a file that ends
// early is decoded as grey, with only a warning) count as errors too: half a picture must
// not reach a PDF.
#include "images/decoders.hpp"

#include <csetjmp>
#include <string>
#include <vector>

#include <jpeglib.h>

namespace kansli::images {
namespace {

constexpr long kMaxJpegMemory = 256L * 1024 * 1024;  // a progressive JPEG keeps every coefficient

struct JpegState {
  jpeg_error_mgr manager;  // first, so that libjpeg's pointer to it is a pointer to the state
  std::jmp_buf jump;
  std::vector<JSAMPLE> row;
  char message[JMSG_LENGTH_MAX] = "";
  std::string too_large;  // set, instead of a message, when the image is larger than kansli takes
};

[[noreturn]] void on_jpeg_error(j_common_ptr jpeg) {
  auto* state = reinterpret_cast<JpegState*>(jpeg->err);
  jpeg->err->format_message(jpeg, state->message);
  std::longjmp(state->jump, 1);
}

void on_jpeg_message(j_common_ptr jpeg, int level) {
  if (level == -1) on_jpeg_error(jpeg);  // a corrupt-data warning
}

bool decode_jpeg_lines(jpeg_decompress_struct& jpeg, JpegState& state, std::string_view bytes, Image& image) {
  if (setjmp(state.jump)) return false;
  jpeg_create_decompress(&jpeg);
  jpeg.mem->max_memory_to_use = kMaxJpegMemory;
  jpeg_mem_src(&jpeg, reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<unsigned long>(bytes.size()));
  jpeg_read_header(&jpeg, TRUE);
  image.width = jpeg.image_width;
  image.height = jpeg.image_height;
  state.too_large = describe_too_large(image.width, image.height);
  if (!state.too_large.empty()) return false;
  jpeg_start_decompress(&jpeg);
  state.row.resize(static_cast<std::size_t>(jpeg.output_width) * jpeg.output_components);
  JSAMPROW rows[1] = {state.row.data()};
  while (jpeg.output_scanline < jpeg.output_height) jpeg_read_scanlines(&jpeg, rows, 1);
  jpeg_finish_decompress(&jpeg);
  return true;
}

}  // namespace

bool decode_jpeg(std::string_view bytes, Image& image, std::string& error) {
  JpegState state;
  jpeg_decompress_struct jpeg{};
  jpeg.err = jpeg_std_error(&state.manager);
  state.manager.error_exit = on_jpeg_error;
  state.manager.emit_message = on_jpeg_message;
  const bool whole = decode_jpeg_lines(jpeg, state, bytes, image);
  jpeg_destroy_decompress(&jpeg);
  if (!whole) error = state.too_large.empty() ? describe_damage("JPEG", state.message) : state.too_large;
  return whole;
}

}  // namespace kansli::images
