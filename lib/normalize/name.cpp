// Person names: trimmed NFC display form, accent-folded match key, UTF-8 validation.
#include "normalize/name.hpp"

#include "core/utf8.hpp"

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

// ' ' and \t \n \v \f \r, which are contiguous in ASCII: one range test instead of five.
// White space, and every other ASCII control character (NUL, ESC, DEL...): a name never holds one,
// and one passed on would reach terminals, spreadsheets and printed sheets.
bool is_space(char c) {
  auto b = static_cast<unsigned char>(c);
  return b <= ' ' || b == 0x7F;
}

// Invalid UTF-8 in a field of a UTF-8 file is almost always a Windows-1252 byte that slipped
// through ("MU\xD1OZ"): reading each such byte as Windows-1252 recovers the name, while the
// valid sequences around it stay as they are.
std::string repair_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() * 2);
  while (!s.empty()) {
    std::size_t len = utf8_sequence_length(s);
    if (len > 0) {
      out.append(s.substr(0, len));
      s.remove_prefix(len);
      continue;
    }
    auto b = static_cast<unsigned char>(s[0]);
    append_utf8(out, windows1252_to_unicode(b));
    s.remove_prefix(1);
  }
  return out;
}

// What normalize_name must do with a value. Nearly every name is Latin-1 UTF-8 (so already
// NFC) with single spaces between words: it is copied as it is.
enum class name_shape { tidy_latin1, latin1, other };

// One pass where is_latin1_utf8 and a tidiness check took two: letters, the commonest byte,
// cost one test. From the first space to collapse on, only the encoding is left to check.
name_shape classify(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b > ' ' && b < 0x7F) continue;
    bool collapse = false;
    if (b == ' ') {
      collapse = i == 0 || i + 1 == s.size() || s[i + 1] == ' ';  // leading, trailing or doubled
    } else if (b < 0x80) {
      collapse = is_space(s[i]);  // a tab or a line break
    } else {
      // Latin-1 UTF-8 is C2 or C3 and a continuation byte; C2 A0 is NBSP, Excel's space.
      if ((b != 0xC2 && b != 0xC3) || i + 1 >= s.size() || (static_cast<unsigned char>(s[i + 1]) & 0xC0) != 0x80)
        return name_shape::other;
      collapse = b == 0xC2 && static_cast<unsigned char>(s[i + 1]) == 0xA0;
      if (!collapse) ++i;
    }
    if (collapse) return is_latin1_utf8(s.substr(i)) ? name_shape::latin1 : name_shape::other;
  }
  return name_shape::tidy_latin1;
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

void normalize_name(std::string_view raw, result& r) {
  r.clear();
  auto shape = classify(raw);
  if (shape == name_shape::tidy_latin1) return r.value.append(raw), void();
  if (shape == name_shape::latin1) return collapse_spaces(raw, r.value);
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
