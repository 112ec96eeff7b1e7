// UTF-8 building blocks: validation, encoding a code point, the Windows-1252 code page.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace retorno {

// Length of the valid UTF-8 sequence at the start of s, 0 when there is none (a continuation
// byte first, an overlong form, a surrogate, beyond U+10FFFF, or cut short). s is not empty.
std::size_t utf8_sequence_length(std::string_view s);

bool is_valid_utf8(std::string_view s);

// Appends the UTF-8 encoding of code point cp.
void append_utf8(std::string& out, char32_t cp);

// The bidirectional controls that reorder what follows them on screen (U+202A-U+202E
// embeddings and overrides, U+2066-U+2069 isolates): a name holding U+202E prints reversed.
// Removes them from `text` in place; true when there were any. Text without the byte 0xE2
// is returned at the cost of one memchr.
bool strip_bidi_controls(std::string& text);
// The length of the bidi control at the start of `s` (3), or 0.
inline std::size_t bidi_control_at(std::string_view s) {
  if (s.size() < 3 || static_cast<unsigned char>(s[0]) != 0xE2) return 0;
  const auto b1 = static_cast<unsigned char>(s[1]), b2 = static_cast<unsigned char>(s[2]);
  return (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) ? 3 : 0;
}

// Windows-1252 byte to code point (the five undefined bytes map to themselves, as in Latin-1).
char32_t windows1252_to_unicode(unsigned char b);

}  // namespace retorno
