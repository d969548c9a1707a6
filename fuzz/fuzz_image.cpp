// libFuzzer entry point for the image target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kansli::fuzz::fuzz_image(data, size);
  return 0;
}
