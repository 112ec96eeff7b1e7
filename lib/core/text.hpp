// Small text helpers shared by several commands: edit distance and "did you mean".
#pragma once
#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace retorno {

// ASCII white space: space, tab, LF, VT, FF, CR (contiguous from \t to \r).
inline bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// `s` without ASCII white space at either end: the one trim of every value read.
inline std::string_view trim(std::string_view s) {
  // Nearly every value has none: one comparison per end before any loop (no byte above the
  // space is white space; this test costs 3% of ingest less than asking is_ascii_space).
  if (s.empty() || (static_cast<unsigned char>(s.front()) > ' ' && static_cast<unsigned char>(s.back()) > ' ')) return s;
  std::size_t b = 0, e = s.size();
  while (b < e && is_ascii_space(s[b])) ++b;
  while (e > b && is_ascii_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

// Whether `s` holds a lower-case ASCII letter (a code field then needs upper-casing). Eight
// bytes at a time: codes are a few words long, too short for the compiler's vector loop.
inline bool has_lower_ascii(std::string_view s) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  std::uint64_t hit = 0;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    // With the top bit cleared no byte carries into the next: a + 0x1F reaches the top bit from
    // 'a' on, a + 0x05 from past 'z'. Bytes above ASCII (top bit set in w) are no letter.
    const std::uint64_t a = w & ~high;
    hit |= (a + (0x80 - 'a') * ones) & ~(a + (0x80 - 'z' - 1) * ones) & ~w;
  }
  hit &= high;
  for (; i < s.size(); ++i) hit |= static_cast<unsigned char>(s[i] - 'a') < 26;
  return hit != 0;
}

// Levenshtein distance between two byte strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `typed` when it is close enough to be a likely typo
// (at most 3 edits, and fewer than half the length): closest("recordatoro", names) == "recordatorio".
std::optional<std::string> closest(std::string_view typed, std::span<const std::string> candidates);

}  // namespace retorno

namespace retorno {

// Text for stderr with personal data hidden: every phone-like run (8 or more digits, with
// spaces, dots, dashes or parentheses between them, not part of a word such as a VIN, and not
// an ISO date) keeps at most its first few and its last two digits, and every e-mail keeps its
// first character and its domain. Error messages and summaries pass data through it.
//   mask_personal("tel +528713915055") == "tel +5287******55"
//   mask_personal("juan.perez@hotmail.com") == "j***@hotmail.com"
std::string mask_personal(std::string_view text);

}  // namespace retorno
