// Person names: trimmed NFC display form, accent-folded match key, UTF-8 validation.
#include "normalize/name.hpp"

#include <cstdlib>
#include <memory>
#include <utf8proc.h>

namespace retorno::normalize {
namespace {

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

// Valid UTF-8 whose code points all lie below U+0100 (Spanish names: á, ñ, ü). Such text is
// already NFC, since no Latin-1 character decomposes into another Latin-1 sequence, so it
// never needs utf8proc.
bool is_latin1_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) continue;
    if ((b != 0xC2 && b != 0xC3) || i + 1 >= s.size() || (static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80)
      return false;
    ++i;
  }
  return true;
}

// The ASCII letter that decomposition, mark stripping and case folding leave of U+00C0-U+00FF,
// '\0' where they leave something else (Æ, Ð, ×, Ø, Þ, ß, æ, ð, ÷, ø, þ). A unit test
// holds this table to utf8proc's answers.
constexpr char latin1_fold[65] =
    "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0\0"
    "AAAAAA\0CEEEEIIII\0NOOOOO\0\0UUUUY\0Y";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

// Windows-1252 code points for 0x80-0x9F; the five bytes the code page leaves undefined map
// to themselves, as lib/csv's decoder does. 0xA0-0xFF coincide with U+00A0-U+00FF.
constexpr char32_t cp1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Length of the valid UTF-8 sequence at the start of s, 0 when there is none: a continuation
// byte first, an overlong form, a surrogate, beyond U+10FFFF, or cut short.
std::size_t sequence_length(std::string_view s) {
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

// Invalid UTF-8 in a field of a UTF-8 file is almost always a Windows-1252 byte that slipped
// through ("MU\xD1OZ"): reading each such byte as Windows-1252 recovers the name, while the
// valid sequences around it stay as they are.
std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() * 2);
  while (!s.empty()) {
    std::size_t len = sequence_length(s);
    if (len > 0) {
      out.append(s.substr(0, len));
      s.remove_prefix(len);
      continue;
    }
    auto b = static_cast<unsigned char>(s[0]);
    append_utf8(out, b < 0xA0 ? cp1252_high[b - 0x80] : static_cast<char32_t>(b));
    s.remove_prefix(1);
  }
  return out;
}

// Trims and turns each run of white space (NBSP included: Excel pastes it) into one space.
void collapse_spaces(std::string_view s, std::string& out) {
  // Most names are already tidy: one check, then one copy.
  bool tidy = s.empty() || (s.front() != ' ' && s.back() != ' ');
  for (std::size_t i = 0; tidy && i < s.size(); ++i) {
    char c = s[i];
    if (c == ' ' ? s[i + 1] == ' ' : is_space(c) || (static_cast<unsigned char>(c) == 0xC2 && i + 1 < s.size() &&
                                                      static_cast<unsigned char>(s[i + 1]) == 0xA0))
      tidy = false;
  }
  if (tidy) {
    out.assign(s);
    return;
  }
  out.reserve(s.size());
  bool pending = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool nbsp = static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
                static_cast<unsigned char>(s[i + 1]) == 0xA0;
    if (is_space(s[i]) || nbsp) {
      pending = true;
      if (nbsp) ++i;
      continue;
    }
    if (pending && !out.empty()) out.push_back(' ');
    pending = false;
    out.push_back(s[i]);
  }
}

struct free_deleter {
  void operator()(utf8proc_uint8_t* p) const { std::free(p); }
};
using utf8proc_buffer = std::unique_ptr<utf8proc_uint8_t, free_deleter>;

// utf8proc_map on valid UTF-8; "" only if utf8proc fails (out of memory).
std::string map_utf8(std::string_view s, int options) {
  utf8proc_uint8_t* dst = nullptr;
  auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                          static_cast<utf8proc_ssize_t>(s.size()), &dst, static_cast<utf8proc_option_t>(options));
  utf8proc_buffer owned(dst);
  if (len < 0) return {};
  return std::string(reinterpret_cast<const char*>(dst), static_cast<std::size_t>(len));
}

// Appends ASCII letters upper-cased and digits; everything else separates words.
struct key_builder {
  std::string out;
  bool pending = false;
  void word_char(std::string_view bytes) {
    if (pending && !out.empty()) out.push_back(' ');
    pending = false;
    out.append(bytes);
  }
  void ascii(char c) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
      word_char(std::string_view(&c, 1));
    else
      pending = true;
  }
};

// The key of Latin-1 text without utf8proc; false (and a half-built key) at the first
// character the table does not cover.
bool latin1_key(std::string_view s, key_builder& k) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      k.ascii(s[i]);
      continue;
    }
    auto cp = static_cast<unsigned>(((b & 0x1F) << 6) | (static_cast<unsigned char>(s[++i]) & 0x3F));
    if (cp == 0xA0) {
      k.pending = true;
    } else if (cp >= 0xC0 && latin1_fold[cp - 0xC0] != '\0') {
      k.word_char(std::string_view(&latin1_fold[cp - 0xC0], 1));
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  while (!s.empty()) {
    if (static_cast<unsigned char>(s[0]) < 0x80) {  // most text: skip the call
      s.remove_prefix(1);
      continue;
    }
    std::size_t len = sequence_length(s);
    if (len == 0) return false;
    s.remove_prefix(len);
  }
  return true;
}

result normalize_name(std::string_view raw) {
  result r;
  if (is_latin1_utf8(raw)) {
    collapse_spaces(raw, r.value);
    return r;
  }
  std::string decoded;
  if (!is_valid_utf8(raw)) {
    decoded = repair_utf8(raw);
    raw = decoded;
    r.problem = "encoding";
  }
  std::string spaced;
  collapse_spaces(raw, spaced);
  // Decomposed input (macOS, some web forms) would otherwise compare unequal to the same
  // name typed at the dealership.
  r.value = map_utf8(spaced, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
  return r;
}

std::string name_key(std::string_view name) {
  key_builder k;
  k.out.reserve(name.size());
  if (is_ascii(name)) {
    for (char c : name) k.ascii(c);
    return std::move(k.out);
  }
  if (is_latin1_utf8(name)) {
    if (latin1_key(name, k)) return std::move(k.out);
    k.out.clear();
    k.pending = false;
  }
  std::string decoded;
  if (!is_valid_utf8(name)) {
    decoded = repair_utf8(name);
    name = decoded;
  }
  // COMPAT also folds ligatures, full-width letters and the ordinal in "Mª" to plain letters.
  std::string folded =
      map_utf8(name, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
  auto left = static_cast<utf8proc_ssize_t>(folded.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    auto len = utf8proc_iterate(p, left, &cp);
    if (len <= 0) break;
    if (cp < 0x80) {
      k.ascii(static_cast<char>(cp));
    } else {
      // Letters without an ASCII base (ø, ł) stay, folded; marks are gone; the rest
      // (typographic quotes, dashes, dots) separates words like ASCII punctuation does.
      auto cat = utf8proc_category(cp);
      bool letter_or_digit = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
      letter_or_digit = letter_or_digit || (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
      bool mark = cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME;
      if (letter_or_digit)
        k.word_char(std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(len)));
      else if (!mark)
        k.pending = true;
    }
    p += len;
    left -= len;
  }
  return std::move(k.out);
}

}  // namespace retorno::normalize
