// libFuzzer entry point for the template target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kansli::fuzz::fuzz_template(data, size);
  return 0;
}
