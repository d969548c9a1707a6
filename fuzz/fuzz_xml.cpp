// libFuzzer entry point for the xml target (see targets.hpp).
#include "targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kansli::fuzz::fuzz_xml(data, size);
  return 0;
}
