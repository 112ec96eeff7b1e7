// Dates and date-times read with a strftime-like format (Spanish and English month names) to ISO.
#include "normalize/date.hpp"

#include <array>
#include <cstring>
#include <utility>

#include "core/text.hpp"

namespace retorno::normalize {
namespace {

struct fields {
  int year = -1;
  int month = -1;
  int day = -1;
  int hour = 0;
  int minute = 0;
  int second = 0;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
// ' ' and \t \n \v \f \r, which are contiguous in ASCII: one range test instead of five.
bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_date_sep(char c) { return c == '/' || c == '-' || c == '.'; }

void skip_spaces(std::string_view& in) {
  while (!in.empty() && is_space(in.front())) in.remove_prefix(1);
}

bool iequals(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower_b[i]) return false;
  return true;
}

// Between min and max digits; DMS print "8/2/2018" as often as "08/02/2018".
bool read_number(std::string_view& in, std::size_t min, std::size_t max, int& out) {
  std::size_t n = 0;
  int v = 0;
  while (n < max && n < in.size() && is_digit(in[n])) v = v * 10 + (in[n++] - '0');
  if (n < min) return false;
  out = v;
  in.remove_prefix(n);
  return true;
}

// Spanish (Mexico and Colombia, where "setiembre" survives) and English names, full and
// abbreviated; the caller lower-cases and drops an abbreviation's dot.
constexpr std::array<std::pair<std::string_view, int>, 42> month_names = {{
    {"enero", 1},     {"febrero", 2},    {"marzo", 3},      {"abril", 4},     {"mayo", 5},
    {"junio", 6},     {"julio", 7},      {"agosto", 8},     {"septiembre", 9}, {"setiembre", 9},
    {"octubre", 10},  {"noviembre", 11}, {"diciembre", 12}, {"ene", 1},       {"abr", 4},
    {"ago", 8},       {"set", 9},        {"dic", 12},       {"january", 1},   {"february", 2},
    {"march", 3},     {"april", 4},      {"june", 6},       {"july", 7},      {"august", 8},
    {"september", 9}, {"october", 10},   {"november", 11},  {"december", 12}, {"jan", 1},
    {"feb", 2},       {"mar", 3},        {"apr", 4},        {"may", 5},       {"jun", 6},
    {"jul", 7},       {"aug", 8},        {"sep", 9},        {"sept", 9},      {"oct", 10},
    {"nov", 11},      {"dec", 12},
}};

bool read_month_name(std::string_view& in, int& month) {
  std::size_t n = 0;
  while (n < in.size() && is_letter(in[n])) ++n;
  std::string_view word = in.substr(0, n);
  for (const auto& [name, m] : month_names) {
    if (iequals(word, name)) {
      month = m;
      in.remove_prefix(n);
      return true;
    }
  }
  return false;
}

// "14:30", "2:30:15.250 p. m.": the time Excel appends to a date, or the one after an ISO 'T'.
bool read_time_tail(std::string_view in, fields& f) {
  if (!read_number(in, 1, 2, f.hour) || in.empty() || in.front() != ':') return false;
  in.remove_prefix(1);
  if (!read_number(in, 2, 2, f.minute)) return false;
  if (!in.empty() && in.front() == ':') {
    in.remove_prefix(1);
    if (!read_number(in, 2, 2, f.second)) return false;
    if (!in.empty() && in.front() == '.') {
      in.remove_prefix(1);
      while (!in.empty() && is_digit(in.front())) in.remove_prefix(1);
    }
  }
  skip_spaces(in);
  if (in.empty()) return true;
  // Spanish Windows writes "a. m." / "p. m.", English "AM" / "PM".
  char ap = lower(in.front());
  if (ap != 'a' && ap != 'p') return false;
  in.remove_prefix(1);
  if (!in.empty() && in.front() == '.') in.remove_prefix(1);
  skip_spaces(in);
  if (in.empty() || lower(in.front()) != 'm') return false;
  in.remove_prefix(1);
  if (!in.empty() && in.front() == '.') in.remove_prefix(1);
  if (!trim(in).empty() || f.hour < 1 || f.hour > 12) return false;
  f.hour = f.hour % 12 + (ap == 'p' ? 12 : 0);
  return true;
}

// True when only time directives and their punctuation are left: a date-time column
// holding a bare date means midnight.
bool only_time_left(std::string_view fmt) {
  for (std::size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] == '%') {
      if (i + 1 >= fmt.size()) return false;
      char d = fmt[++i];
      if (d != 'H' && d != 'M' && d != 'S') return false;
    } else if (!is_space(fmt[i]) && fmt[i] != ':' && fmt[i] != 'T') {
      return false;
    }
  }
  return true;
}

// The shape nearly every export uses: "08/02/2018" under "%d/%m/%Y", "2018-02-08" under ISO;
// two-digit day and month, four-digit year, one separator between them, nothing else. Read at
// fixed offsets instead of walking the format; false (f untouched) sends the value to parse().
bool parse_fixed(std::string_view in, std::string_view fmt, fields& f) {
  if (fmt.empty()) fmt = "%Y-%m-%d";
  if (fmt.size() != 8 || in.size() != 10) return false;
  auto two_digits = [&](std::size_t at) {
    return is_digit(in[at]) && is_digit(in[at + 1]) ? (in[at] - '0') * 10 + (in[at + 1] - '0') : -1;
  };
  fields out;
  std::size_t at = 0;
  for (std::size_t i = 0; i < 8; i += 3) {
    if (fmt[i] != '%') return false;
    if (i > 0) {  // the separator before this field, as in parse(): any of / - . for any of them
      if (!is_date_sep(fmt[i - 1]) || !is_date_sep(in[at])) return false;
      ++at;
    }
    int v = two_digits(at);
    if (v < 0) return false;
    switch (fmt[i + 1]) {
      case 'd': out.day = v; break;
      case 'm': out.month = v; break;
      case 'Y': {
        int low = two_digits(at + 2);
        if (low < 0) return false;
        out.year = v * 100 + low;
        at += 2;
        break;
      }
      default: return false;
    }
    at += 2;
  }
  if (at != 10 || out.day < 0 || out.month < 0 || out.year < 0) return false;  // a field twice
  f = out;
  return true;
}

bool parse(std::string_view in, std::string_view fmt, fields& f) {
  bool iso = fmt.empty();
  if (iso) fmt = "%Y-%m-%d";
  bool has_time = false;
  std::size_t i = 0;
  for (; i < fmt.size(); ++i) {
    char fc = fmt[i];
    if (in.empty() && only_time_left(fmt.substr(i))) return true;
    if (is_space(fc)) {
      skip_spaces(in);
      continue;
    }
    if (fc != '%' || (i + 1 < fmt.size() && fmt[i + 1] == '%')) {
      if (fc == '%') ++i;
      if (in.empty()) return false;
      // Field order is what matters: 08-02-2018 under %d/%m/%Y is no different date.
      bool match = is_date_sep(fc) ? is_date_sep(in.front()) : lower(in.front()) == lower(fc);
      if (!match) return false;
      in.remove_prefix(1);
      continue;
    }
    if (++i >= fmt.size()) return false;
    bool ok = false;
    switch (fmt[i]) {
      case 'd': ok = read_number(in, 1, 2, f.day); break;
      case 'm': ok = read_number(in, 1, 2, f.month); break;
      case 'Y': ok = read_number(in, 4, 4, f.year); break;
      case 'y':
        // Pivot 70: a two-digit 69 is a 2069 warranty end sooner than a 1969 purchase.
        ok = read_number(in, 2, 2, f.year);
        if (ok) f.year += f.year < 70 ? 2000 : 1900;
        break;
      case 'b':
      case 'B':
        ok = read_month_name(in, f.month);
        // "sept." under %b-%Y: the abbreviation's dot is not the format's separator.
        if (ok && !in.empty() && in.front() == '.' && (i + 1 >= fmt.size() || fmt[i + 1] != '.'))
          in.remove_prefix(1);
        break;
      case 'H': ok = read_number(in, 1, 2, f.hour); has_time = true; break;
      case 'M': ok = read_number(in, 1, 2, f.minute); has_time = true; break;
      case 'S': ok = read_number(in, 1, 2, f.second); has_time = true; break;
      default: return false;
    }
    if (!ok) return false;
  }
  skip_spaces(in);
  if (in.empty()) return true;
  if (has_time) return false;
  if (iso && (in.front() == 'T' || in.front() == 't')) in.remove_prefix(1);
  return read_time_tail(in, f);
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : days[m - 1];
}

bool valid(const fields& f) {
  // Before 1900 no vehicle, customer or visit existed; such years are typing errors.
  return f.year >= 1900 && f.year <= 2199 && f.month >= 1 && f.month <= 12 && f.day >= 1 &&
         f.day <= days_in_month(f.year, f.month) && f.hour <= 23 && f.minute <= 59 && f.second <= 59;
}

// "//", "--", "00/00/0000", "0000-00-00 00:00", "N/A": what DMS print for a date never
// entered, before any parsing. A real date holds a digit from 1 to 9 and none of these does,
// so the scan of "08/02/2018" stops at its second character.
constexpr std::array<std::string_view, 8> empty_words = {"n/a", "na", "n/d", "nd", "s/f", "sin fecha", "null", "none"};

bool empty_marker(std::string_view s) {
  bool letters = false;
  for (char c : s) {
    if (c >= '1' && c <= '9') return false;
    letters = letters || is_letter(c);
  }
  if (!letters) return true;  // only zeros and punctuation
  for (std::string_view w : empty_words)
    if (iequals(s, w)) return true;
  return false;
}

// The zero dates of SQL Server (1900-01-01) and .NET (0001-01-01), midnight: also no value.
bool zero_date(const fields& f) {
  return f.month == 1 && f.day == 1 && f.hour == 0 && f.minute == 0 && (f.year == 1900 || f.year == 1);
}

void put2(char* p, int v) {
  p[0] = static_cast<char>('0' + v / 10);
  p[1] = static_cast<char>('0' + v % 10);
}

// "08/02/2018" under "%d/%m/%Y" and "2018-02-08" under ISO: nine dates in ten of an export.
// Both are a fixed arrangement of ten bytes (day at D, month at M, year at Y, separators at S1
// and S2), checked with no loop and written by moving the digits. False, `r` untouched, for
// anything else: a one-digit day, spaces, an impossible date or a zero date go the general way.
template <std::size_t D, std::size_t M, std::size_t Y, std::size_t S1, std::size_t S2>
bool convert_ten(std::string_view s, bool with_time, result& r) {
  auto digit = [&](std::size_t i) { return static_cast<unsigned>(s[i] - '0'); };
  // `&` throughout: ten tests and one branch.
  const bool shape = (digit(D) <= 9) & (digit(D + 1) <= 9) & (digit(M) <= 9) & (digit(M + 1) <= 9) &
                     (digit(Y) <= 9) & (digit(Y + 1) <= 9) & (digit(Y + 2) <= 9) & (digit(Y + 3) <= 9) &
                     is_date_sep(s[S1]) & is_date_sep(s[S2]);
  if (!shape) return false;
  const int day = static_cast<int>(digit(D) * 10 + digit(D + 1)), month = static_cast<int>(digit(M) * 10 + digit(M + 1));
  const int year = static_cast<int>(digit(Y) * 1000 + digit(Y + 1) * 100 + digit(Y + 2) * 10 + digit(Y + 3));
  // 1900 itself may be SQL Server's zero date: the general path knows it.
  if (year <= 1900 || year > 2199 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
    return false;
  r.clear();
  r.value.resize(with_time ? 16 : 10);
  char* out = r.value.data();
  out[0] = s[Y], out[1] = s[Y + 1], out[2] = s[Y + 2], out[3] = s[Y + 3], out[4] = '-';
  out[5] = s[M], out[6] = s[M + 1], out[7] = '-', out[8] = s[D], out[9] = s[D + 1];
  if (with_time) std::memcpy(out + 10, "T00:00", 6);
  return true;
}

bool convert_common(std::string_view s, std::string_view format, bool with_time, result& r) {
  if (s.size() != 10) return false;
  if (format == "%d/%m/%Y") return convert_ten<0, 3, 6, 2, 5>(s, with_time, r);
  if (format.empty() || format == "%Y-%m-%d") return convert_ten<8, 5, 0, 4, 7>(s, with_time, r);
  return false;
}

// The shared path: "" for empty markers, problem "invalid" with the raw value otherwise.
void convert(std::string_view raw, std::string_view format, bool with_time, result& r) {
  if (convert_common(raw, format, with_time, r)) return;
  r.clear();
  std::string_view s = trim(raw);
  if (s.empty() || empty_marker(s)) return;
  fields f;
  bool parsed = parse_fixed(s, format, f) || parse(s, format, f);
  if (parsed && f.year >= 0 && zero_date(f)) return;
  if (!parsed || f.year < 0 || f.month < 0 || f.day < 0 || !valid(f)) {
    r.problem = "invalid";
    r.detail.append(s);
    return;
  }
  // Written into the value itself: built on the stack and copied, its bytes went out in one
  // wide load right after ten narrow stores, which the processor cannot forward (a stall).
  r.value.resize(with_time ? 16 : 10);
  char* buf = r.value.data();
  put2(buf, f.year / 100);
  put2(buf + 2, f.year % 100);
  buf[4] = '-';
  put2(buf + 5, f.month);
  buf[7] = '-';
  put2(buf + 8, f.day);
  if (with_time) {
    buf[10] = 'T';
    put2(buf + 11, f.hour);
    buf[13] = ':';
    put2(buf + 14, f.minute);
  }
}

}  // namespace

void normalize_date(std::string_view raw, std::string_view format, result& out) { convert(raw, format, false, out); }

void normalize_datetime(std::string_view raw, std::string_view format, result& out) {
  convert(raw, format, true, out);
}

}  // namespace retorno::normalize
