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

// Windows-1252 byte to code point (the five undefined bytes map to themselves, as in Latin-1).
char32_t windows1252_to_unicode(unsigned char b);

}  // namespace retorno
