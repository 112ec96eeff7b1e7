// Byte searches eight at a time in a 64-bit word (SWAR), for the hot loops of reading and writing.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace retorno::csv::swar {

constexpr std::uint64_t ones = 0x0101010101010101ULL;
constexpr std::uint64_t highs = 0x8080808080808080ULL;

constexpr std::uint64_t repeat(char c) { return ones * static_cast<unsigned char>(c); }

// Nonzero when some byte of `w` equals the byte repeated in `c` (the zero-byte test).
inline std::uint64_t has_byte(std::uint64_t w, std::uint64_t c) {
  std::uint64_t x = w ^ c;
  return (x - ones) & ~x & highs;
}

inline std::uint64_t load(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

// First position in [i, n) holding one of a, b, c, d; n when none.
inline std::size_t find_any(const char* data, std::size_t i, std::size_t n, char a, char b, char c, char d) {
  const std::uint64_t ra = repeat(a), rb = repeat(b), rc = repeat(c), rd = repeat(d);
  while (i + 8 <= n) {
    std::uint64_t w = load(data + i);
    if (has_byte(w, ra) | has_byte(w, rb) | has_byte(w, rc) | has_byte(w, rd)) break;
    i += 8;
  }
  for (; i < n; ++i) {
    char x = data[i];
    if (x == a || x == b || x == c || x == d) return i;
  }
  return n;
}

}  // namespace retorno::csv::swar
