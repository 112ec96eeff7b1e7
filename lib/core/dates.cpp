// ISO dates in and out, and month arithmetic that DMS users expect (end-of-month clamping).
#include "core/dates.hpp"

#include <fmt/format.h>

namespace retorno {

namespace {

bool digits(std::string_view s, std::size_t from, std::size_t count, int& out) {
  out = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

}  // namespace

std::optional<day> parse_day(std::string_view s) {
  int y, m, d;
  if (s.size() < 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, y) || !digits(s, 5, 2, m) ||
      !digits(s, 8, 2, d))
    return std::nullopt;
  date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)}, date::day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;
  return day{ymd};
}

std::optional<long long> parse_minutes(std::string_view s) {
  auto d = parse_day(s);
  if (!d) return std::nullopt;
  long long minutes = minute_of(*d);
  if (s.size() == 10) return minutes;  // a date alone: its midnight
  // Otherwise a valid time must follow: HH:MM, or HH:MM:SS (seconds dropped).
  int h = 0, m = 0, sec = 0;
  if ((s.size() != 16 && s.size() != 19) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':' ||
      !digits(s, 14, 2, m) || h > 23 || m > 59)
    return std::nullopt;
  if (s.size() == 19 && (s[16] != ':' || !digits(s, 17, 2, sec) || sec > 59)) return std::nullopt;
  return minutes + h * 60 + m;
}

std::string format_day(day d) {
  date::year_month_day ymd{d};
  const int y = static_cast<int>(ymd.year());
  if (y < 0 || y > 9999) return fmt::format("{:04}-{:02}-{:02}", y, static_cast<unsigned>(ymd.month()),
                                            static_cast<unsigned>(ymd.day()));
  // YYYY-MM-DD by hand: called for every listed item, and fmt's parsing costs more than the date.
  const auto m = static_cast<unsigned>(ymd.month()), dd = static_cast<unsigned>(ymd.day());
  const char text[10] = {static_cast<char>('0' + y / 1000), static_cast<char>('0' + y / 100 % 10),
                         static_cast<char>('0' + y / 10 % 10), static_cast<char>('0' + y % 10), '-',
                         static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10), '-',
                         static_cast<char>('0' + dd / 10), static_cast<char>('0' + dd % 10)};
  return std::string(text, 10);
}

std::string format_minutes(long long m) {
  // By hand, as format_day: the exclusions write one for each of a few hundred thousand items.
  const auto rest = static_cast<int>(minute_of_day(m));  // 0 to 1439
  const int h = rest / 60, mm = rest % 60;
  const char time[6] = {'T', static_cast<char>('0' + h / 10), static_cast<char>('0' + h % 10), ':',
                        static_cast<char>('0' + mm / 10), static_cast<char>('0' + mm % 10)};
  std::string out;
  out.reserve(16);
  out += format_day(day_of_minute(m));
  out.append(time, sizeof time);
  return out;
}

day add_months(day d, int months) {
  date::year_month_day ymd{d};
  auto ym = date::year_month{ymd.year(), ymd.month()} + date::months{months};
  auto last = date::year_month_day_last{ym.year(), date::month_day_last{ym.month()}}.day();
  return day{date::year_month_day{ym.year(), ym.month(), std::min(ymd.day(), last)}};
}

int months_between(day a, day b) {
  date::year_month_day x{a}, y{b};
  int months = (static_cast<int>(y.year()) - static_cast<int>(x.year())) * 12 +
               (static_cast<int>(static_cast<unsigned>(y.month())) - static_cast<int>(static_cast<unsigned>(x.month())));
  if (y.day() < x.day() && add_months(a, months) > b) --months;
  return months;
}

}  // namespace retorno
