// Holiday rules of Mexico (LFT art. 74) and Colombia (Ley 51 de 1983), contact hours, business-day arithmetic.
#include "core/catalog.hpp"
#include "calendar/calendar.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/error.hpp"

namespace retorno::calendar {

namespace {

using namespace date;

day nth_weekday(int y, unsigned m, weekday wd, unsigned n) {
  return sys_days{year{y} / month{m} / wd[n]};
}

// Colombia's Emiliani rule: a holiday that is not a Monday moves to the next Monday.
day next_monday(day d) {
  while (weekday{d} != Monday) d += days{1};
  return d;
}

day ymd(int y, unsigned m, unsigned d) { return sys_days{year{y} / month{m} / date::day{d}}; }

}  // namespace

day easter_sunday(int y) {
  const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month_ = (h + l - 7 * m + 114) / 31, day_ = (h + l - 7 * m + 114) % 31 + 1;
  return ymd(y, static_cast<unsigned>(month_), static_cast<unsigned>(day_));
}

std::vector<holiday> holidays(country c, int y) {
  std::vector<holiday> out;
  if (c == country::mx) {
    out = {{ymd(y, 1, 1), "Año Nuevo"},
           {nth_weekday(y, 2, Monday, 1), "Día de la Constitución"},
           {nth_weekday(y, 3, Monday, 3), "Natalicio de Benito Juárez"},
           {ymd(y, 5, 1), "Día del Trabajo"},
           {ymd(y, 9, 16), "Día de la Independencia"},
           {nth_weekday(y, 11, Monday, 3), "Día de la Revolución"},
           {ymd(y, 12, 25), "Navidad"}};
    if (y >= 2024 && (y - 2024) % 6 == 0) out.push_back({ymd(y, 10, 1), "Transmisión del Poder Ejecutivo Federal"});
  } else {
    const day easter = easter_sunday(y);
    out = {{ymd(y, 1, 1), "Año Nuevo"},
           {next_monday(ymd(y, 1, 6)), "Día de los Reyes Magos"},
           {next_monday(ymd(y, 3, 19)), "Día de San José"},
           {easter - days{3}, "Jueves Santo"},
           {easter - days{2}, "Viernes Santo"},
           {ymd(y, 5, 1), "Día del Trabajo"},
           {easter + days{43}, "Ascensión del Señor"},
           {easter + days{64}, "Corpus Christi"},
           {easter + days{71}, "Sagrado Corazón"},
           {next_monday(ymd(y, 6, 29)), "San Pedro y San Pablo"},
           {ymd(y, 7, 20), "Día de la Independencia"},
           {ymd(y, 8, 7), "Batalla de Boyacá"},
           {next_monday(ymd(y, 8, 15)), "La Asunción de la Virgen"},
           {next_monday(ymd(y, 10, 12)), "Día de la Raza"},
           {next_monday(ymd(y, 11, 1)), "Todos los Santos"},
           {next_monday(ymd(y, 11, 11)), "Independencia de Cartagena"},
           {ymd(y, 12, 8), "Inmaculada Concepción"},
           {ymd(y, 12, 25), "Navidad"}};
  }
  std::stable_sort(out.begin(), out.end(), [](const holiday& a, const holiday& b) { return a.date < b.date; });
  return out;
}

business_calendar::business_calendar(country c, std::vector<day> closed) : country_(c), closed_(std::move(closed)) {
  std::sort(closed_.begin(), closed_.end());
}

void business_calendar::ensure_year(int y) const {
  if (std::find(cached_years_.begin(), cached_years_.end(), y) != cached_years_.end()) return;
  cached_years_.push_back(y);
  auto h = holidays(country_, y);
  cache_.insert(cache_.end(), h.begin(), h.end());
  std::stable_sort(cache_.begin(), cache_.end(), [](const holiday& a, const holiday& b) { return a.date < b.date; });
}

std::optional<std::string_view> business_calendar::holiday_name(day d) const {
  ensure_year(static_cast<int>(year_month_day{d}.year()));
  auto it = std::lower_bound(cache_.begin(), cache_.end(), d, [](const holiday& h, day x) { return h.date < x; });
  if (it == cache_.end() || it->date != d) return std::nullopt;
  return it->name;
}

bool business_calendar::is_holiday(day d) const { return holiday_name(d).has_value(); }

bool business_calendar::is_business_day(day d) const {
  return weekday{d} != Sunday && !is_holiday(d) && !std::binary_search(closed_.begin(), closed_.end(), d);
}

std::optional<hours> business_calendar::contact_hours(day d) const {
  if (!is_business_day(d)) return std::nullopt;
  const bool saturday = weekday{d} == Saturday;
  if (country_ == country::co) return saturday ? hours{8 * 60, 15 * 60} : hours{7 * 60, 19 * 60};
  return saturday ? hours{9 * 60, 14 * 60} : hours{9 * 60, 19 * 60};
}

long long business_calendar::business_minutes(long long from, long long to) const {
  long long total = 0;
  for (day d = day_of_minute(from); from < to && minute_of(d) < to; d += days{1}) {
    auto h = contact_hours(d);
    if (!h) continue;
    const long long open = std::max(from, minute_of(d) + h->open), close = std::min(to, minute_of(d) + h->close);
    if (close > open) total += close - open;
  }
  return total;
}

long long business_calendar::next_contact_minute(long long minutes) const {
  day d = day_of_minute(minutes);
  long long minute = minute_of_day(minutes);
  for (int guard = 0; guard < 400; ++guard, d += days{1}, minute = 0) {
    auto h = contact_hours(d);
    if (!h || minute >= h->close) continue;
    return minute_of(d) + std::max<long long>(minute, h->open);
  }
  throw error(exit_code::usage, {}, 0, tr(msg::err_no_contact_hours));
}

day business_calendar::add_business_days(day d, int n) const {
  // A closed-days file that closes a whole year would otherwise never let the loop end.
  auto next_open = [&](day from) {
    for (int guard = 0; guard < 400; ++guard, from += days{1})
      if (is_business_day(from)) return from;
    throw error(exit_code::usage, {}, 0, tr(msg::err_no_business_day));
  };
  d = next_open(d);
  for (int i = 0; i < n; ++i) d = next_open(d + days{1});
  return d;
}

}  // namespace retorno::calendar
