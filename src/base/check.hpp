// KANSLI_CHECK: stops the program on a programming error (never on a user's error,
// which is a Diagnostic). Prints the failed condition with its file:line and aborts.
#pragma once

#include <cstdio>
#include <cstdlib>

#define KANSLI_CHECK(condition, message)                                               \
  do {                                                                                 \
    if (!(condition)) {                                                                \
      std::fprintf(stderr, "%s:%d: internal error: %s (%s)\n", __FILE__, __LINE__,     \
                   message, #condition);                                               \
      std::abort();                                                                    \
    }                                                                                  \
  } while (false)
