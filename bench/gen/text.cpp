// UTF-8 text helpers: Latin-1 letters only, since every name, street and city we hold fits there.
#include "text.hpp"

namespace gen {
namespace {

bool lead_c3(const std::string& s, std::size_t i) {
  return static_cast<unsigned char>(s[i]) == 0xC3 && i + 1 < s.size();
}

// Base letter of U+00C0..U+00FF (second byte 0x80..0xBF of "\xC3."), 0 when none.
char base_of(unsigned char second) {
  static constexpr char table[] =
      "AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUY\0s"   // C0-DF
      "aaaaaaaceeeeiiii" "dnooooo\0ouuuuy\0y";  // E0-FF
  return table[second - 0x80];
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

void to_upper(std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_lower_ascii(s[i])) {
      s[i] = static_cast<char>(s[i] - 32);
    } else if (lead_c3(s, i)) {
      auto b = static_cast<unsigned char>(s[i + 1]);
      if (b >= 0xA0 && b <= 0xBE && b != 0xB7) s[i + 1] = static_cast<char>(b - 0x20);
      ++i;
    }
  }
}

void to_lower(std::string& s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_upper_ascii(s[i])) {
      s[i] = static_cast<char>(s[i] + 32);
    } else if (lead_c3(s, i)) {
      auto b = static_cast<unsigned char>(s[i + 1]);
      if (b >= 0x80 && b <= 0x9E && b != 0x97) s[i + 1] = static_cast<char>(b + 0x20);
      ++i;
    }
  }
}

void to_title(std::string& s) {
  to_lower(s);
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    std::string_view w(s.data() + start, end - start);
    bool particle = w == "de" || w == "del" || w == "la" || w == "los" || w == "las" || w == "y";
    if (!particle && start < s.size()) {
      if (is_lower_ascii(s[start])) {
        s[start] = static_cast<char>(s[start] - 32);
      } else if (lead_c3(s, start)) {
        auto b = static_cast<unsigned char>(s[start + 1]);
        if (b >= 0xA0 && b <= 0xBE && b != 0xB7) s[start + 1] = static_cast<char>(b - 0x20);
      }
    }
    start = end + 1;
  }
}

void fold_accents(std::string& s, bool keep_enye) {
  // In place: a folded letter is one byte where it was two, so writing never overtakes reading.
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (lead_c3(s, i)) {
      auto b = static_cast<unsigned char>(s[i + 1]);
      bool enye = b == 0x91 || b == 0xB1;
      char base = base_of(b);
      if ((enye && keep_enye) || base == 0) {
        s[w++] = s[i];
        s[w++] = s[i + 1];
      } else {
        s[w++] = base;
      }
      ++i;
      continue;
    }
    s[w++] = s[i];
  }
  s.resize(w);
}

bool has_non_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

void truncate_chars(std::string& s, std::size_t n) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (chars == n) {
      s.resize(i);
      break;
    }
    ++chars;
  }
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

void typo(std::string& s, rng& r) {
  // Candidate positions: ASCII letters inside words of 4+ ASCII letters, not the first letter.
  std::size_t candidates[64];
  std::size_t n = 0;
  std::size_t run = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    bool letter = i < s.size() && (is_upper_ascii(s[i]) || is_lower_ascii(s[i]));
    if (letter) {
      ++run;
      continue;
    }
    if (run >= 4)
      for (std::size_t k = i - run + 1; k < i && n < 64; ++k) candidates[n++] = k;
    run = 0;
  }
  if (n == 0) return;
  std::size_t at = candidates[r.below(static_cast<std::uint32_t>(n))];
  char c = s[at];
  bool up = is_upper_ascii(c);
  auto cased = [up](char x) { return up ? x : static_cast<char>(x + 32); };
  char u = up ? c : static_cast<char>(c - 32);
  char swap_to = 0;
  switch (u) {
    case 'Z': swap_to = 'S'; break;
    case 'S': swap_to = 'Z'; break;
    case 'V': swap_to = 'B'; break;
    case 'B': swap_to = 'V'; break;
    case 'G': swap_to = 'J'; break;
    case 'J': swap_to = 'G'; break;
    case 'Y': swap_to = 'I'; break;
    case 'C': swap_to = 'S'; break;
    default: break;
  }
  switch (swap_to != 0 ? r.below(2) * 3 : 1 + r.below(3)) {
    case 0: s[at] = cased(swap_to); break;  // GONZALEZ -> GONSALEZ
    case 1: s.erase(at, 1); break;          // HERNANDEZ -> HERNADEZ
    case 2: s.insert(at, 1, c); break;      // CASTILLO -> CASSTILLO
    default:                                // MARTINEZ -> MATRINEZ
      if (at + 1 < s.size() && (is_upper_ascii(s[at + 1]) || is_lower_ascii(s[at + 1])) && s[at + 1] != c)
        std::swap(s[at], s[at + 1]);
      else
        s.erase(at, 1);
      break;
  }
}

std::string ascii_slug(std::string_view s) {
  std::string t(s);
  fold_accents(t, false);
  to_lower(t);
  std::string out;
  out.reserve(t.size());
  for (char c : t)
    if (is_lower_ascii(c) || (c >= '0' && c <= '9')) out.push_back(c);
  return out;
}

std::string_view word(std::string_view s, std::size_t i) {
  std::size_t start = 0;
  for (std::size_t k = 0;; ++k) {
    while (start < s.size() && s[start] == ' ') ++start;
    if (start >= s.size()) return {};
    std::size_t end = s.find(' ', start);
    if (end == std::string_view::npos) end = s.size();
    if (k == i) return s.substr(start, end - start);
    start = end;
  }
}

}  // namespace gen
