// Mexican and Colombian telephone numbers to E.164, undoing the legacy dialling prefixes.
#include "normalize/phone.hpp"

#include <array>

#include "core/text.hpp"

namespace retorno::normalize {
namespace {

// Longer than any national form with every prefix (52 1 + 10 digits, 03 + 10 digits).
constexpr std::size_t max_digits = 16;

struct digits {
  std::array<char, max_digits> buf{};
  std::size_t n = 0;     // may exceed max_digits: only the count matters then
  bool plus = false;     // a leading + (before any digit) marks an international form
  std::string_view view() const { return {buf.data(), n < max_digits ? n : max_digits}; }
};

// Dashes, dots, spaces, parentheses and labels ("Cel.", "casa") carry no digits; keeping
// only the digits makes "01871-6886702", "(871) 688 6702" and "871.688.6702" the same.
digits collect(std::string_view s) {
  digits d;
  // A local count: d.n would be reloaded after every store into d.buf, which may alias it.
  std::size_t n = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (n < max_digits) d.buf[n] = c;
      ++n;
    } else if (c == '+' && n == 0) {
      d.plus = true;
    }
  }
  d.n = n;
  // 00 is the international access code from both countries: 0052... means +52...
  if (!d.plus && d.n <= max_digits && d.n > 2 && d.buf[0] == '0' && d.buf[1] == '0') {
    d.plus = true;
    for (std::size_t i = 2; i < d.n; ++i) d.buf[i - 2] = d.buf[i];
    d.n -= 2;
  }
  return d;
}

// "0000000", "1111111111", "0": what a clerk types when the DMS insists on a number.
bool all_same(std::string_view s) {
  for (char c : s)
    if (c != s[0]) return false;
  return true;
}

// A byte loop rather than substr()==: the prefixes are two or three digits, which the compiler
// unrolls, where the comparison would call memcmp.
bool starts(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (std::size_t i = 0; i < p.size(); ++i)
    if (s[i] != p[i]) return false;
  return true;
}

// Mexico, 2019 plan: every number is 10 digits and none begins with 0 or 1.
//   +52 1 871 391 5055 -> 8713915055   (the mobile 1, dropped in 2019)
//   52 871 391 5055    -> 8713915055
//   044871-3915055     -> 8713915055   (044/045: mobile from a landline, local/long distance)
//   01871-6886702      -> 8716886702   (01: national long distance)
// Returns "" when no rule yields a well-formed national number.
std::string_view national_mx(std::string_view s, bool plus) {
  if (plus) {
    if (!starts(s, "52")) return {};
    s.remove_prefix(2);
    if (s.size() == 11 && s[0] == '1') s.remove_prefix(1);
  } else if (s.size() == 12 && starts(s, "52")) {
    s.remove_prefix(2);
  } else if (s.size() == 13 && starts(s, "521")) {
    s.remove_prefix(3);
  } else if (s.size() == 13 && (starts(s, "044") || starts(s, "045"))) {
    s.remove_prefix(3);
  } else if (s.size() == 12 && starts(s, "01")) {
    s.remove_prefix(2);
  }
  if (s.size() != 10 || s[0] == '0' || s[0] == '1') return {};
  return s;
}

// One-digit area codes of the pre-2021 Colombian plan (3 was never a landline area).
bool co_area(char c) { return c == '1' || c == '2' || (c >= '4' && c <= '8'); }

// Colombia, 2021 plan: mobiles 3xx + 7 digits, landlines 60 + area + 7 digits. Writes the
// 10 national digits into out and returns false when no rule applies.
//   300 123 4567     -> 3001234567   (mobile)
//   601 234 5678     -> 6012345678   (already the 2021 plan)
//   (1) 234 5678     -> 6012345678   (old landline: area 1 = Bogota, plus 7 digits)
//   03 300 123 4567  -> 3001234567   (03: a mobile dialled from a landline)
//   09 4 123 4567    -> 6041234567   (0 + carrier 5, 7 or 9 + area: old long distance)
//   +57 1 234 5678   -> 6012345678
//   234 5678         -> invalid      (7 digits: the area is unknown)
bool national_co(std::string_view s, bool plus, std::array<char, 10>& out) {
  auto put = [&out](std::string_view prefix, std::string_view rest) {
    std::size_t k = 0;
    for (char c : prefix) out[k++] = c;
    for (char c : rest) out[k++] = c;
  };
  if (plus) {
    if (!starts(s, "57")) return false;
    s.remove_prefix(2);
  } else if ((s.size() == 12 || (s.size() == 10 && co_area(s[2]))) && starts(s, "57")) {
    // A national number never starts with 5, so a leading 57 is the country code.
    s.remove_prefix(2);
  } else if (s.size() == 12 && starts(s, "033")) {
    s.remove_prefix(2);
  } else if (s.size() == 10 && s[0] == '0' && (s[1] == '5' || s[1] == '7' || s[1] == '9') && co_area(s[2])) {
    put("60", s.substr(2));
    return true;
  }
  if (s.size() == 10 && (s[0] == '3' || (starts(s, "60") && co_area(s[2])))) {
    put("", s);
    return true;
  }
  if (s.size() == 8 && co_area(s[0])) {
    put("60", s);
    return true;
  }
  return false;
}

void invalid(std::string_view raw, result& r) {
  r.problem = "invalid";
  r.detail.append(raw);
}

void placeholder(result& r) { r.problem = "placeholder"; }

// "+52" or "+57" and the 10 national digits, written into the value itself (from a buffer on
// the stack, they were read back in wide loads that narrow stores cannot forward to).
void e164(char cc2, std::string_view national, result& r) {
  r.value.resize(13);
  char* out = r.value.data();
  out[0] = '+', out[1] = '5', out[2] = cc2;
  for (std::size_t i = 0; i < 10; ++i) out[3 + i] = national[i];
}

}  // namespace

void normalize_phone(std::string_view raw, country c, result& r) {
  r.clear();
  std::string_view t = trim(raw);
  if (t.empty()) return;
  digits d = collect(t);
  // No digit at all ("NP", "SIN NUMERO", "N/A", "-") or one digit repeated: nobody's number.
  if (d.n == 0 || (d.n <= max_digits && all_same(d.view()))) return placeholder(r);
  if (d.n > max_digits) return invalid(t, r);

  if (c == country::mx) {
    std::string_view national = national_mx(d.view(), d.plus);
    if (national.empty()) return invalid(t, r);
    // "871 000 0000": a real area code with a filler subscriber number.
    if (all_same(national.substr(3))) return placeholder(r);
    return e164('2', national, r);
  }
  std::array<char, 10> national{};
  if (!national_co(d.view(), d.plus, national)) return invalid(t, r);
  std::string_view nv(national.data(), national.size());
  if (all_same(nv.substr(3))) return placeholder(r);
  e164('7', nv, r);
}

}  // namespace retorno::normalize
