// Tax ids: Mexico's RFC (SAT's homoclave check character) and Colombia's NIT (DIAN's digit).
#include "normalize/tax_id.hpp"

#include <array>

#include "core/text.hpp"

namespace retorno::normalize {
namespace {

// Room for the longest id with its labels ("NIT" + 15 digits + digit); anything longer is no id.
constexpr std::size_t max_chars = 24;

// An id's characters, one byte each: Ñ is held as '#', which no id holds otherwise.
struct compact {
  std::array<char, max_chars> c{};
  std::size_t n = 0;
  bool dash_before_last = false;  // "899999068-1": a separator right before the last digit
  bool bad = false;               // a character no tax id holds
  std::string_view view() const { return {c.data(), n}; }
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'A' && c <= 'Z') || c == '#' || c == '&'; }

// Letters upper-cased, digits kept; spaces (any Unicode one), dashes, dots, slashes and
// underscores are separators; ñ and Ñ (UTF-8) become '#'.
compact collect(std::string_view s) {
  compact out;
  bool sep_pending = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char ch = s[i];
    const auto u = static_cast<unsigned char>(ch);
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    if (is_digit(ch) || (ch >= 'A' && ch <= 'Z') || ch == '&') {
      // The dash before the last digit is only known at the end: remember it per character.
      out.dash_before_last = sep_pending && is_digit(ch);
      sep_pending = false;
      if (out.n == max_chars) {
        out.bad = true;
        return out;
      }
      out.c[out.n++] = ch;
      continue;
    }
    if (u == 0xC3 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) == 0x91 ||
                                          static_cast<unsigned char>(s[i + 1]) == 0xB1)) {
      ++i;
      out.dash_before_last = false;
      if (out.n == max_chars) {
        out.bad = true;
        return out;
      }
      out.c[out.n++] = '#';
      continue;
    }
    if (ch == '-') {
      sep_pending = true;
      continue;
    }
    if (std::size_t k = unicode_space_at(s, i)) {
      i += k - 1;
      continue;
    }
    if (is_ascii_space(ch) || ch == '.' || ch == '/' || ch == '_') continue;
    out.bad = true;
  }
  return out;
}

// "SIN RFC", "N/A", "NO TIENE", "0000000": what a clerk types when the DMS insists.
bool placeholder(std::string_view v) {
  constexpr std::string_view words[] = {"SINRFC", "SINNIT", "SINCEDULA", "SINDATO", "SINDATOS", "NA", "ND",
                                        "NOAPLICA", "NOTIENE", "NINGUNO", "PENDIENTE", "SIN", "X", "XX", "XXX"};
  for (auto w : words)
    if (v == w) return true;
  if (v.empty()) return true;
  for (char ch : v)
    if (ch != v[0]) return false;
  return true;  // one character repeated
}

bool all_digits(std::string_view s) {
  for (char ch : s)
    if (!is_digit(ch)) return false;
  return !s.empty();
}

int two(std::string_view s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

// YYMMDD of a date that exists: a birth or incorporation date, either century (00 is leap).
bool valid_yymmdd(std::string_view s) {
  if (!all_digits(s)) return false;
  const int y = two(s), m = two(s.substr(2)), d = two(s.substr(4));
  constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
  return !(m == 2 && d == 29 && y % 4 != 0);
}

// SAT's values: 0-9, A-N 10-23, & 24, O-Z 25-35, the space 37 (it pads a persona moral to
// 12), Ñ 38; one lookup per character.
constexpr std::array<unsigned char, 128> rfc_values = [] {
  std::array<unsigned char, 128> t{};
  for (auto& v : t) v = 37;
  for (int c = '0'; c <= '9'; ++c) t[c] = static_cast<unsigned char>(c - '0');
  for (int c = 'A'; c <= 'N'; ++c) t[c] = static_cast<unsigned char>(c - 'A' + 10);
  t['&'] = 24;
  for (int c = 'O'; c <= 'Z'; ++c) t[c] = static_cast<unsigned char>(c - 'O' + 25);
  t['#'] = 38;
  return t;
}();
int rfc_value(char ch) { return rfc_values[static_cast<unsigned char>(ch) & 0x7F]; }

void invalid(std::string_view raw, result& r) {
  r.value.clear();
  r.problem = "invalid";
  r.detail.append(raw);
}

void put(std::string_view v, result& r) {
  if (v.find('#') == std::string_view::npos) {
    r.value.append(v);
    return;
  }
  for (char ch : v) {
    if (ch == '#') r.value.append("\xC3\x91");
    else r.value.push_back(ch);
  }
}

// 3 or 4 letters, a date, then 3 homoclave characters (or none: incomplete).
void rfc(std::string_view v, std::string_view raw, result& r) {
  std::size_t letters = 0;
  while (letters < v.size() && is_letter(v[letters])) ++letters;
  const std::size_t rest = v.size() - letters;
  if ((letters != 3 && letters != 4) || (rest != 6 && rest != 9) || !valid_yymmdd(v.substr(letters, 6)))
    return invalid(raw, r);
  put(v, r);
  if (rest == 6) {
    r.problem = "incomplete";
    return;
  }
  if (v == "XAXX010101000" || v == "XEXX010101000") {
    r.problem = "generic";
    return;
  }
  // The homoclave's two characters are letters or digits, the third the check character.
  const std::string_view homo = v.substr(letters + 6);
  if (homo[0] == '#' || homo[0] == '&' || homo[1] == '#' || homo[1] == '&' || !(is_digit(homo[2]) || homo[2] == 'A'))
    return invalid(raw, r);
  if (rfc_check_digit(v.substr(0, v.size() - 1)) != homo[2]) r.problem = "check_digit";
}

void colombian(std::string_view v, bool dash_dv, std::string_view raw, result& r) {
  // "NIT 899999068-1", "CC 79123456", "C.C. 79123456": the label names the document.
  constexpr std::string_view labels[] = {"NIT", "CC", "CE", "TI"};
  for (auto l : labels)
    if (v.size() > l.size() && v.starts_with(l) && all_digits(v.substr(l.size()))) {
      v.remove_prefix(l.size());
      break;
    }
  if (!all_digits(v) || v.size() < 5 || v.size() > 16) return invalid(raw, r);
  if (placeholder(v)) {
    r.problem = "placeholder";
    return;
  }
  put(v, r);
  const bool company = v.size() == 10 && (v[0] == '8' || v[0] == '9');
  if (dash_dv || company) {
    if (nit_check_digit(v.substr(0, v.size() - 1)) != v.back() - '0') r.problem = "check_digit";
  } else if (v.size() > 11) {
    invalid(raw, r);
  }
}

}  // namespace

char rfc_check_digit(std::string_view body) {
  // A persona moral's 11 characters are padded to 12 with a leading space.
  const std::size_t pad = body.size() < 12 ? 12 - body.size() : 0;
  int sum = 0;
  for (std::size_t i = 0; i < 12; ++i) sum += (i < pad ? 37 : rfc_value(body[i - pad])) * static_cast<int>(13 - i);
  const int rem = sum % 11;
  if (rem == 0) return '0';
  return rem == 1 ? 'A' : static_cast<char>('0' + 11 - rem);
}

int nit_check_digit(std::string_view digits) {
  constexpr int weights[] = {3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71};
  int sum = 0;
  for (std::size_t i = 0; i < digits.size() && i < 15; ++i)
    sum += (digits[digits.size() - 1 - i] - '0') * weights[i];
  const int rem = sum % 11;
  return rem > 1 ? 11 - rem : rem;
}

bool canonical_tax_id(std::string_view t, std::optional<country> c) {
  const std::size_t n = t.size();
  if (n == 0) return true;
  const auto* p = reinterpret_cast<const unsigned char*>(t.data());
  const auto letter = [](unsigned char ch) { return static_cast<unsigned char>(ch - 'A') < 26; };
  const auto digit = [](unsigned char ch) { return static_cast<unsigned char>(ch - '0') < 10; };
  if (n == 12 || n == 13) {
    // An RFC: 3 (moral) or 4 (física) letters, YYMMDD, two homoclave characters and SAT's
    // check character, whose sum is taken on the way (weights n down to 2; the moral's
    // padding space weighs 13).
    const std::size_t letters = n - 9;
    if (p[0] == 'N' && p[1] == 'I' && p[2] == 'T') return false;  // maybe a labelled NIT: the long way
    int sum = n == 12 ? 37 * 13 : 0;
    int w = static_cast<int>(n);
    for (std::size_t i = 0; i < letters; ++i, --w) {
      if (!letter(p[i])) return false;
      sum += rfc_values[p[i]] * w;
    }
    int date[6];
    for (std::size_t i = 0; i < 6; ++i, --w) {
      if (!digit(p[letters + i])) return false;
      date[i] = p[letters + i] - '0';
      sum += date[i] * w;
    }
    for (std::size_t i = letters + 6; i < n - 1; ++i, --w) {
      if (!letter(p[i]) && !digit(p[i])) return false;
      sum += rfc_values[p[i]] * w;
    }
    // The date must exist, as valid_yymmdd says.
    const int y = date[0] * 10 + date[1], m = date[2] * 10 + date[3], d = date[4] * 10 + date[5];
    constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > days[m - 1] || (m == 2 && d == 29 && y % 4 != 0)) return false;
    if (p[0] == 'X' && (t == "XAXX010101000" || t == "XEXX010101000")) return false;
    const int rem = sum % 11;
    return t.back() == (rem == 0 ? '0' : rem == 1 ? 'A' : static_cast<char>('0' + 11 - rem));
  }
  // A cédula or a NIT with its digit, plain digits outside Mexico.
  if (c == country::mx || n < 5 || n > 11 || !all_digits(t) || placeholder(t)) return false;
  const bool company = n == 10 && (t[0] == '8' || t[0] == '9');
  return !company || nit_check_digit(t.substr(0, n - 1)) == t.back() - '0';
}

void normalize_tax_id(std::string_view raw, std::optional<country> c, result& r) {
  r.clear();
  const std::string_view t = trim(raw);
  if (t.empty()) return;
  // Most RFCs come as they should be: 12 or 13 upper-case letters and digits, nothing to collect.
  // (A labelled Colombian id, "NIT899999068" or "CC1020304050", takes the long way.)
  if ((t.size() == 12 || t.size() == 13) && t[2] >= 'A' && t[2] <= 'Z' && !(c != country::mx && t.starts_with("NIT"))) {
    bool clean = true;
    for (char ch : t) clean &= (ch >= 'A' && ch <= 'Z') || is_digit(ch);
    if (clean) return rfc(t, t, r);
  }
  const compact k = collect(t);
  if (k.bad) return invalid(t, r);
  const std::string_view v = k.view();
  // Placeholders are short ("SIN RFC", "NA", "0000000"); ids are not.
  if ((v.size() <= 9 || v.find_first_not_of(v[0]) == std::string_view::npos) && placeholder(v)) {
    r.problem = "placeholder";
    return;
  }
  // An RFC starts with a letter; a Colombian id with a digit or its document's label.
  const bool labelled = v.starts_with("NIT") || v.starts_with("CC") || v.starts_with("CE") || v.starts_with("TI");
  if (is_letter(v[0]) && !(c != country::mx && labelled && all_digits(v.substr(v.starts_with("NIT") ? 3 : 2))))
    return rfc(v, t, r);
  if (c == country::mx) return invalid(t, r);
  colombian(v, k.dash_before_last, t, r);
}

bool names_customer(std::string_view canonical) {
  return !canonical.empty() && canonical != "XAXX010101000";
}

}  // namespace retorno::normalize
