// Asking the processor for memory ahead of reading it, for loops over millions of scattered records.
#pragma once

namespace retorno {

// Starts loading the cache line of `p` (which need not be valid) without waiting for it.
// GCC judges a function that only prefetches free of effects and removes the calls to it, even
// with the prefetch inside; the empty volatile asm is an effect it must keep.
inline void prefetch(const void* p) {
  __builtin_prefetch(p);
  asm volatile("");
}

}  // namespace retorno
