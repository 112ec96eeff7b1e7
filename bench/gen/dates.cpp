// Civil date arithmetic (Hinnant's algorithms), MX and CO holidays, and date spellings.
#include "dates.hpp"

#include <vector>

namespace gen {

day from_ymd(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

ymd to_ymd(day z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int d = doy - (153 * mp + 2) / 5 + 1;
  const int m = mp < 10 ? mp + 3 : mp - 9;
  return {yoe + era * 400 + (m <= 2), m, d};
}

int weekday(day z) { return z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6; }

namespace {

int days_in_month(int y, int m) {
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : days[m - 1];
}

// The n-th Monday (1-based) of a month.
day nth_monday(int y, int m, int n) {
  day first = from_ymd(y, m, 1);
  int offset = (8 - weekday(first)) % 7;
  return first + offset + 7 * (n - 1);
}

// Ley Emiliani: the holiday is observed on the following Monday.
day moved_to_monday(int y, int m, int d) {
  day z = from_ymd(y, m, d);
  return z + (8 - weekday(z)) % 7;
}

// Anonymous Gregorian algorithm.
day easter(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int dd = (h + l - 7 * m + 114) % 31 + 1;
  return from_ymd(y, month, dd);
}

}  // namespace

day add_months(day z, int months) {
  ymd t = to_ymd(z);
  int total = t.y * 12 + (t.m - 1) + months;
  int y = total / 12;
  int m = total % 12 + 1;
  int d = t.d > days_in_month(y, m) ? days_in_month(y, m) : t.d;
  return from_ymd(y, m, d);
}

bool parse_iso(std::string_view s, day& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const int at[3][2] = {{0, 4}, {5, 2}, {8, 2}};
  for (int k = 0; k < 3; ++k) {
    for (int i = 0; i < at[k][1]; ++i) {
      char c = s[static_cast<std::size_t>(at[k][0] + i)];
      if (c < '0' || c > '9') return false;
      v[k] = v[k] * 10 + (c - '0');
    }
  }
  if (v[1] < 1 || v[1] > 12 || v[2] < 1 || v[2] > days_in_month(v[0], v[1])) return false;
  out = from_ymd(v[0], v[1], v[2]);
  return true;
}

namespace {

bool compute_holiday(day z, country c) {
  ymd t = to_ymd(z);
  if ((t.m == 1 && t.d == 1) || (t.m == 5 && t.d == 1) || (t.m == 12 && t.d == 25)) return true;
  if (c == country::mx) {
    if (t.m == 9 && t.d == 16) return true;
    if (z == nth_monday(t.y, 2, 1) || z == nth_monday(t.y, 3, 3) || z == nth_monday(t.y, 11, 3)) return true;
    return false;
  }
  if ((t.m == 7 && t.d == 20) || (t.m == 8 && t.d == 7) || (t.m == 12 && t.d == 8)) return true;
  constexpr int moved[][2] = {{1, 6}, {3, 19}, {6, 29}, {8, 15}, {10, 12}, {11, 1}, {11, 11}};
  for (const auto& md : moved)
    if (z == moved_to_monday(t.y, md[0], md[1])) return true;
  day e = easter(t.y);
  return z == e - 3 || z == e - 2 || z == e + 43 || z == e + 64 || z == e + 71;
}

// Business-day arithmetic asks about the same few thousand days millions of times: a table
// for 1980-2079, built on first use (pure data, so no order dependence).
constexpr int table_first_year = 1980;
constexpr int table_years = 100;

}  // namespace

bool is_holiday(day z, country c) {
  static const day first = from_ymd(table_first_year, 1, 1);
  static const day last = from_ymd(table_first_year + table_years, 1, 1);
  if (z < first || z >= last) return compute_holiday(z, c);
  static std::vector<bool> table[2];
  auto& t = table[c == country::mx ? 0 : 1];
  if (t.empty()) {
    t.resize(static_cast<std::size_t>(last - first));
    for (day d = first; d < last; ++d) t[static_cast<std::size_t>(d - first)] = compute_holiday(d, c);
  }
  return t[static_cast<std::size_t>(z - first)];
}

bool is_business_day(day z, country c) { return weekday(z) != 0 && !is_holiday(z, c); }

day next_business_day(day z, country c) {
  while (!is_business_day(z, c)) ++z;
  return z;
}

day previous_business_day(day z, country c) {
  do --z;
  while (!is_business_day(z, c));
  return z;
}

void put_dmy(std::string& out, day z) {
  ymd t = to_ymd(z);
  char b[10] = {static_cast<char>('0' + t.d / 10), static_cast<char>('0' + t.d % 10), '/',
                static_cast<char>('0' + t.m / 10), static_cast<char>('0' + t.m % 10), '/',
                static_cast<char>('0' + t.y / 1000), static_cast<char>('0' + t.y / 100 % 10),
                static_cast<char>('0' + t.y / 10 % 10), static_cast<char>('0' + t.y % 10)};
  out.append(b, 10);
}

void put_iso(std::string& out, day z) {
  ymd t = to_ymd(z);
  char b[10] = {static_cast<char>('0' + t.y / 1000), static_cast<char>('0' + t.y / 100 % 10),
                static_cast<char>('0' + t.y / 10 % 10), static_cast<char>('0' + t.y % 10), '-',
                static_cast<char>('0' + t.m / 10), static_cast<char>('0' + t.m % 10), '-',
                static_cast<char>('0' + t.d / 10), static_cast<char>('0' + t.d % 10)};
  out.append(b, 10);
}

void put_dmon(std::string& out, day z) {
  static constexpr std::string_view months[] = {"ene", "feb", "mar", "abr", "may", "jun",
                                                "jul", "ago", "sep", "oct", "nov", "dic"};
  ymd t = to_ymd(z);
  put_2(out, t.d);
  out.push_back('-');
  out.append(months[t.m - 1]);
  out.push_back('-');
  put_2(out, t.y / 100);
  put_2(out, t.y % 100);
}

void put_hm(std::string& out, int minute) {
  put_2(out, minute / 60);
  out.push_back(':');
  put_2(out, minute % 60);
}

void put_hm12(std::string& out, int minute) {
  int h = minute / 60;
  int h12 = h % 12 == 0 ? 12 : h % 12;
  put_2(out, h12);
  out.push_back(':');
  put_2(out, minute % 60);
  out.append(h < 12 ? " a. m." : " p. m.");
}

void put_hms(std::string& out, int minute, int second) {
  put_hm(out, minute);
  out.push_back(':');
  put_2(out, second);
}

}  // namespace gen
