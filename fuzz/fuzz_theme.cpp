// libFuzzer entry point for the theme target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kansli::fuzz::fuzz_theme(data, size);
  return 0;
}
