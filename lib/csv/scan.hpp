// Finding special bytes sixteen at a time (SSE2, part of every x86-64), with a portable fallback.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace retorno::csv::scan {

// First position in [i, n) holding a, b or c; n when none. Fields of an export are short,
// so one 16-byte step usually finds the end of a field.
inline std::size_t find3(const char* data, std::size_t i, std::size_t n, char a, char b, char c) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b), vc = _mm_set1_epi8(c);
  while (i + 16 <= n) {
    __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, va), _mm_cmpeq_epi8(w, vb)), _mm_cmpeq_epi8(w, vc));
    if (int mask = _mm_movemask_epi8(hit)) return i + static_cast<std::size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    i += 16;
  }
#endif
  for (; i < n; ++i) {
    char x = data[i];
    if (x == a || x == b || x == c) return i;
  }
  return n;
}

// Whether `data` holds a byte that forces CSV quoting: , " LF or CR. Cells are short: under
// sixteen bytes a table lookup per byte beats setting up vectors; longer ones go sixteen at
// a time, the last block overlapping the one before.
inline bool needs_quotes(const char* data, std::size_t n) {
  static constexpr auto special = [] {
    struct table {
      bool at[256] = {};
    } t;
    t.at[static_cast<unsigned char>(',')] = t.at[static_cast<unsigned char>('"')] = true;
    t.at[static_cast<unsigned char>('\n')] = t.at[static_cast<unsigned char>('\r')] = true;
    return t;
  }();
#if defined(__SSE2__)
  if (n >= 16) {
    const __m128i vc = _mm_set1_epi8(','), vq = _mm_set1_epi8('"'), vn = _mm_set1_epi8('\n'),
                  vr = _mm_set1_epi8('\r');
    auto hit = [&](std::size_t at) {
      const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + at));
      return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, vc), _mm_cmpeq_epi8(w, vq)),
                                            _mm_or_si128(_mm_cmpeq_epi8(w, vn), _mm_cmpeq_epi8(w, vr)))) != 0;
    };
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16)
      if (hit(i)) return true;
    return i < n && hit(n - 16);
  }
#endif
  for (std::size_t i = 0; i < n; ++i)
    if (special.at[static_cast<unsigned char>(data[i])]) return true;
  return false;
}

// What a record holds that needs a closer look: a NUL byte, or bytes above ASCII (whose
// UTF-8 must then be checked). One pass, sixteen bytes at a time.
struct bytes_seen {
  bool nul = false;
  bool high = false;
};
inline bytes_seen classify(const char* data, std::size_t n) {
  bytes_seen seen;
  std::size_t i = 0;
#if defined(__SSE2__)
  __m128i zeros = _mm_setzero_si128(), high = _mm_setzero_si128();
  const __m128i zero = _mm_setzero_si128();
  for (; i + 16 <= n; i += 16) {
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    zeros = _mm_or_si128(zeros, _mm_cmpeq_epi8(w, zero));
    high = _mm_or_si128(high, w);
  }
  if (i < n && n >= 16) {  // the tail: the last sixteen bytes again, overlapping
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + n - 16));
    zeros = _mm_or_si128(zeros, _mm_cmpeq_epi8(w, zero));
    high = _mm_or_si128(high, w);
    i = n;
  }
  seen.nul = _mm_movemask_epi8(zeros) != 0;
  seen.high = _mm_movemask_epi8(high) != 0;
#endif
  for (; i < n; ++i) {
    seen.nul |= data[i] == '\0';
    seen.high |= (static_cast<unsigned char>(data[i]) & 0x80) != 0;
  }
  return seen;
}

}  // namespace retorno::csv::scan
