// Numbers as DMS exports print them: thousands separators, decimal comma or point, currency.
#include "normalize/number.hpp"

#include <array>

#include "core/text.hpp"

namespace retorno::normalize {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool iequals(std::string_view a, std::string_view upper) {
  if (a.size() != upper.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != upper[i]) return false;
  }
  return true;
}

// Currency codes and units that exports glue to the figure ("$ 1,234.56 MXN", "12,345 km").
constexpr std::array<std::string_view, 7> known_words = {"MXN", "MN", "COP", "USD", "US", "KM", "KMS"};

bool known_word(std::string_view w) {
  for (std::string_view k : known_words)
    if (iequals(w, k)) return true;
  return false;
}

struct number {
  bool negative = false;
  std::string int_digits;   // leading zeros removed, at least one digit
  std::string_view frac;    // digits after the decimal separator, as written
};

enum class parse_status { ok, empty, invalid };

// Byte length of a separator at s[i] (0 when none), and its kind: '.', ',', '\'' or ' '
// (ASCII space, NBSP and the narrow NBSP that French-locale spreadsheets use).
std::size_t separator_at(std::string_view s, std::size_t i, char& kind) {
  char c = s[i];
  if (c == '.' || c == ',' || c == '\'' || c == ' ') {
    kind = c;
    return 1;
  }
  kind = ' ';
  if (s.substr(i, 2) == "\xC2\xA0") return 2;
  if (s.substr(i, 3) == "\xE2\x80\xAF") return 3;
  return 0;
}

// Accepts sign, $, parentheses (accounting negatives) and known words around the figure;
// decides which separator is the decimal one; checks that thousands groups have 3 digits.
parse_status parse(std::string_view raw, decimal_mark mark, number& out) {
  std::string_view s = trim(raw);
  if (s.empty()) return parse_status::empty;
  // Plain loops: find_first_of with a set of ten digits costs a strlen and a memchr per byte.
  std::size_t first = 0;
  while (first < s.size() && !is_digit(s[first])) ++first;
  if (first == s.size()) {
    // "-" and "$ -" are how spreadsheets leave a cell blank: no value, no problem.
    return s.find_first_not_of("-$ ") == std::string_view::npos ? parse_status::empty : parse_status::invalid;
  }
  std::size_t last = s.size() - 1;
  while (!is_digit(s[last])) --last;
  std::size_t body_begin = first;
  if (first > 0 && (s[first - 1] == '.' || s[first - 1] == ',')) --body_begin;  // ".5", "-,50"

  bool paren = false;
  bool minus = false;
  std::string_view pre = s.substr(0, body_begin);
  for (std::size_t i = 0; i < pre.size();) {
    char c = pre[i];
    if (is_letter(c)) {
      std::size_t j = i;
      while (j < pre.size() && is_letter(pre[j])) ++j;
      if (!known_word(pre.substr(i, j - i))) return parse_status::invalid;
      i = j;
      continue;
    }
    if (c == '-' && !minus) minus = true;
    else if (c == '(' && !paren) paren = true;
    else if (c != ' ' && c != '$' && c != '+') return parse_status::invalid;
    ++i;
  }
  bool closed = false;
  std::string_view post = s.substr(last + 1);
  for (std::size_t i = 0; i < post.size();) {
    char c = post[i];
    if (is_letter(c)) {
      std::size_t j = i;
      while (j < post.size() && is_letter(post[j])) ++j;
      if (!known_word(post.substr(i, j - i))) return parse_status::invalid;
      i = j;
      if (i < post.size() && post[i] == '.') ++i;  // "km."
      continue;
    }
    if (c == ')' && paren && !closed) closed = true;
    else if (c == '-' && !minus) minus = true;  // SAP prints negatives as "1234.56-"
    else if (c != ' ') return parse_status::invalid;
    ++i;
  }
  if (paren != closed) return parse_status::invalid;
  out.negative = minus || paren;

  // Split the body into digit groups and the separators between them.
  std::array<std::string_view, 16> groups{};
  std::array<char, 16> seps{};
  std::size_t ng = 0;
  std::string_view body = s.substr(body_begin, last + 1 - body_begin);
  std::size_t i = 0;
  while (i < body.size()) {
    std::size_t j = i;
    while (j < body.size() && is_digit(body[j])) ++j;
    if (ng == groups.size()) return parse_status::invalid;
    groups[ng++] = body.substr(i, j - i);
    if (j == body.size()) break;
    char kind = 0;
    std::size_t len = separator_at(body, j, kind);
    if (len == 0) return parse_status::invalid;
    seps[ng - 1] = kind;
    i = j + len;
    if (i >= body.size() || !is_digit(body[i])) return parse_status::invalid;  // "1,,2", "1. 2"
  }

  std::size_t nsep = ng - 1;
  int commas = 0;
  int points = 0;
  for (std::size_t k = 0; k < nsep; ++k) {
    commas += seps[k] == ',';
    points += seps[k] == '.';
  }
  char dec = 0;
  if (mark == decimal_mark::comma) {
    dec = commas > 0 ? ',' : 0;
  } else if (mark == decimal_mark::point) {
    dec = points > 0 ? '.' : 0;
  } else if (nsep > 0 && (seps[nsep - 1] == '.' || seps[nsep - 1] == ',')) {
    char lastsep = seps[nsep - 1];
    int same = lastsep == ',' ? commas : points;
    int other = lastsep == ',' ? points : commas;
    // "1.234,5": both kinds, the last is decimal. "12,026" and "1.234.567": one kind, groups
    // of three, thousands (km are whole, and that is how DMS print them).
    if (other > 0 || (same == 1 && groups[nsep].size() != 3)) dec = lastsep;
  }
  if (groups[0].empty() && dec == 0) return parse_status::invalid;  // ".500" read as thousands
  // The decimal separator, if any, must be the last one and appear once.
  if (dec != 0 && (seps[nsep - 1] != dec || (dec == ',' ? commas : points) != 1)) return parse_status::invalid;

  std::size_t nint = dec != 0 ? ng - 1 : ng;
  char thousands = 0;
  for (std::size_t k = 0; k + 1 < nint; ++k) {
    if (thousands == 0) thousands = seps[k];
    if (seps[k] != thousands) return parse_status::invalid;
  }
  if (nint > 1) {
    if (groups[0].empty() || groups[0].size() > 3) return parse_status::invalid;
    for (std::size_t k = 1; k < nint; ++k)
      if (groups[k].size() != 3) return parse_status::invalid;
  }
  out.int_digits.clear();
  for (std::size_t k = 0; k < nint; ++k) out.int_digits.append(groups[k]);
  std::size_t nz = out.int_digits.find_first_not_of('0');
  if (nz == std::string::npos) out.int_digits = "0";
  else out.int_digits.erase(0, nz);
  out.frac = dec != 0 ? groups[ng - 1] : std::string_view{};
  return parse_status::ok;
}

// Adds one unit in the last place of a digit string ("199" -> "200").
void increment(std::string& digits) {
  for (std::size_t k = digits.size(); k-- > 0;) {
    if (digits[k] != '9') {
      ++digits[k];
      return;
    }
    digits[k] = '0';
  }
  digits.insert(digits.begin(), '1');
}

bool all_zero(std::string_view s) { return s.find_first_not_of('0') == std::string_view::npos; }

// The km of nearly every row: "12,026", "12.345", "100,011", "0", "32159": digits, perhaps
// with thousands separators of one kind every three digits, and nothing else. parse() reads
// these as whole numbers under auto-detection (a lone separator before three digits is a
// thousands one), so they need none of its checks. Writes the digits without leading zeros
// into out (room for plain_digits); false, for anything else or more than 15 digits, sends
// the value to parse().
constexpr std::size_t plain_digits = 15;
bool plain_integer(std::string_view s, char* out, std::size_t& n) {
  if (s.empty() || s.size() > 20 || !is_digit(s[0])) return false;
  char sep = 0;
  std::size_t group = 0;  // digits since the last separator
  n = 0;
  for (char c : s) {
    if (is_digit(c)) {
      ++group;
      if (n == 0 && c == '0') continue;  // leading zero
      if (n == plain_digits) return false;
      out[n++] = c;
      continue;
    }
    if (c != ',' && c != '.') return false;
    // The first group holds one to three digits, every later one exactly three.
    if (sep == 0 ? group > 3 : (c != sep || group != 3)) return false;
    sep = c;
    group = 0;
  }
  if (sep != 0 && group != 3) return false;
  if (n == 0) out[n++] = '0';
  return true;
}

void invalid(std::string_view raw, result& r) {
  r.problem = "invalid";
  r.detail.append(trim(raw));
}

}  // namespace

void normalize_integer(std::string_view raw, result& r) {
  r.clear();
  // The digits go into the value itself: copied from the stack, they were read back in wide
  // loads right after narrow stores, which the processor cannot forward.
  std::size_t len = 0;
  r.value.resize(plain_digits);
  const bool plain = plain_integer(trim(raw), r.value.data(), len);
  r.value.resize(plain ? len : 0);
  if (plain) return;
  number n;
  auto st = parse(raw, decimal_mark::auto_detect, n);
  if (st == parse_status::empty) return;
  if (st == parse_status::invalid) return invalid(raw, r);
  // "12.0" is an integer written long; only a non-zero fraction is a change worth a flag.
  // Halves round away from zero, as people round km by hand.
  if (!all_zero(n.frac)) {
    if (n.frac[0] >= '5') increment(n.int_digits);
    r.problem = "rounded";
    r.detail.append(trim(raw));
  }
  if (n.negative && n.int_digits != "0") r.value.push_back('-');
  r.value.append(n.int_digits);
}

void normalize_money(std::string_view raw, decimal_mark mark, result& r) {
  r.clear();
  number n;
  auto st = parse(raw, mark, n);
  if (st == parse_status::empty) return;
  if (st == parse_status::invalid) return invalid(raw, r);
  // Cents as one digit string, so rounding carries into the whole part ("9.999" -> "10.00");
  // the string then becomes the value in place, without copies.
  std::string& digits = n.int_digits;
  digits.push_back(n.frac.size() > 0 ? n.frac[0] : '0');
  digits.push_back(n.frac.size() > 1 ? n.frac[1] : '0');
  if (n.frac.size() > 2 && !all_zero(n.frac.substr(2))) {
    if (n.frac[2] >= '5') increment(digits);
    r.problem = "rounded";
    r.detail.append(trim(raw));
  }
  bool minus = n.negative && !all_zero(digits);
  digits.insert(digits.end() - 2, '.');
  if (minus) digits.insert(digits.begin(), '-');
  r.value.append(digits);
}

}  // namespace retorno::normalize
