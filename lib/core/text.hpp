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

// The length of the Unicode space that starts at `s[i]` (NBSP, the U+2000 spaces, the thin
// and ideographic spaces, the zero-width space and the BOM), 0 when there is none. Spreadsheets
// paste NBSP before numbers and e-mails; the others arrive from web forms and PDFs.
inline std::size_t unicode_space_at(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const std::size_t left = s.size() - i;
  if (left >= 2 && b(0) == 0xC2) return b(1) == 0xA0 || b(1) == 0x85 ? 2 : 0;
  if (left < 3) return 0;
  switch (b(0)) {
    case 0xE1: return b(1) == 0x9A && b(2) == 0x80 ? 3 : 0;  // U+1680
    case 0xE2:
      if (b(1) == 0x80) return b(2) <= 0x8B || b(2) == 0xA8 || b(2) == 0xA9 || b(2) == 0xAF ? 3 : 0;
      return b(1) == 0x81 && b(2) == 0x9F ? 3 : 0;  // U+205F
    case 0xE3: return b(1) == 0x80 && b(2) == 0x80 ? 3 : 0;  // U+3000
    case 0xEF: return b(1) == 0xBB && b(2) == 0xBF ? 3 : 0;  // U+FEFF
    default: return 0;
  }
}

// The bytes a white space may start or end with: ASCII white space and the first and last
// bytes of the Unicode spaces above. A byte in neither table at its end leaves a value as it is.
struct space_edges {
  bool first[256] = {}, last[256] = {};
};
inline constexpr space_edges space_edge = [] {
  space_edges e;
  for (int c = 0; c <= ' '; ++c) e.first[c] = e.last[c] = true;
  for (int c : {0xC2, 0xE1, 0xE2, 0xE3, 0xEF}) e.first[c] = true;
  for (int c = 0x80; c <= 0x8B; ++c) e.last[c] = true;
  for (int c : {0x85, 0x9F, 0xA0, 0xA8, 0xA9, 0xAF, 0xBF}) e.last[c] = true;
  return e;
}();

// The work of trim once an end may hold white space: out of line, so that trim's test stays
// small enough to be inlined into every row loop.
[[gnu::noinline]] inline std::string_view trim_ends(std::string_view s) {
  std::size_t b = 0, e = s.size();
  for (;;) {
    if (b < e && is_ascii_space(s[b])) {
      ++b;
    } else if (const std::size_t n = b < e ? unicode_space_at(s.substr(0, e), b) : 0) {
      b += n;
    } else {
      break;
    }
  }
  for (;;) {
    if (e > b && is_ascii_space(s[e - 1])) {
      --e;
    } else if (e >= b + 2 && unicode_space_at(s, e - 2) == 2) {
      e -= 2;
    } else if (e >= b + 3 && unicode_space_at(s, e - 3) == 3) {
      e -= 3;
    } else {
      break;
    }
  }
  return s.substr(b, e - b);
}

// `s` without white space at either end, ASCII or Unicode (see unicode_space_at): the one trim
// of every value read.
//   trim("\xC2\xA0 juan@gmail.com ") == "juan@gmail.com"
inline std::string_view trim(std::string_view s) {
  // Nearly every value has none: one lookup per end before any loop (this test costs 3% of
  // ingest less than asking is_ascii_space; a byte above ASCII at an end may belong to a
  // Unicode space, and the tables say which can).
  if (s.empty() || (!space_edge.first[static_cast<unsigned char>(s.front())] &&
                    !space_edge.last[static_cast<unsigned char>(s.back())]))
    return s;
  return trim_ends(s);
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
