// UTF-8 building blocks shared by the CSV decoder and the name normaliser.
#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace retorno {

namespace {

constexpr char32_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

}  // namespace

char32_t windows1252_to_unicode(unsigned char b) {
  if (b >= 0x80 && b < 0xA0) return cp1252_high[b - 0x80];
  return b;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Length of the valid UTF-8 sequence at the start of s, 0 when there is none: a continuation
// byte first, an overlong form, a surrogate, beyond U+10FFFF, or cut short.
std::size_t utf8_sequence_length(std::string_view s) {
  auto c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return 1;
  std::size_t len;
  char32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (s.size() < len) return 0;
  for (std::size_t k = 1; k < len; ++k) {
    auto b = static_cast<unsigned char>(s[k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return 0;
  if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return 0;
  return len;
}

bool is_valid_utf8(std::string_view s) {
  while (!s.empty()) {
    if (s.size() >= 8) {  // most text is ASCII: skip it eight bytes at a time
      std::uint64_t w;
      std::memcpy(&w, s.data(), 8);
      if ((w & 0x8080808080808080ULL) == 0) {
        s.remove_prefix(8);
        continue;
      }
    }
    if (static_cast<unsigned char>(s[0]) < 0x80) {
      s.remove_prefix(1);
      continue;
    }
    std::size_t len = utf8_sequence_length(s);
    if (len == 0) return false;
    s.remove_prefix(len);
  }
  return true;
}

bool strip_bidi_controls(std::string& text) {
  if (text.find('\xE2') == std::string::npos) return false;
  std::size_t to = 0;
  bool any = false;
  for (std::size_t i = 0; i < text.size();) {
    if (const std::size_t n = bidi_control_at(std::string_view(text).substr(i))) {
      i += n;
      any = true;
      continue;
    }
    text[to++] = text[i++];
  }
  text.resize(to);
  return any;
}

}  // namespace retorno
