// Business days and contact hours of Mexico and Colombia, with the dealership's own closed days.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/country.hpp"
#include "core/dates.hpp"

namespace retorno::calendar {

using retorno::country;

struct holiday {
  day date;
  std::string_view name;  // Spanish, as the official calendars write it
};

// Easter Sunday of the Gregorian calendar (Meeus/Jones/Butcher).
day easter_sunday(int year);

// The national rest days of `year`, in date order (two holidays may share a date in Colombia).
// MX: Ley Federal del Trabajo art. 74: 1 Jan, first Monday of February, third Monday of March,
//     1 May, 16 Sep, 1 Oct every six years from 2024, third Monday of November, 25 Dec.
// CO: Ley 51 de 1983: fixed days; Emiliani days moved to the next Monday (6 Jan, 19 Mar, 29 Jun,
//     15 Aug, 12 Oct, 1 Nov, 11 Nov); Holy Thursday and Good Friday; Ascension, Corpus Christi
//     and Sacred Heart moved to Monday (Easter + 43, + 64, + 71).
std::vector<holiday> holidays(country c, int year);

// Minutes of a day when customers may be called: [open, close).
struct hours {
  int open = 0;
  int close = 0;
};

class business_calendar {
public:
  // `closed` are the dealership's own closed days (from its CSV file).
  explicit business_calendar(country c, std::vector<day> closed = {});

  bool is_holiday(day d) const;
  std::optional<std::string_view> holiday_name(day d) const;
  // Not a Sunday, not a national holiday, not a closed day of the dealership.
  bool is_business_day(day d) const;
  // Contact hours of a business day; nullopt on other days. CO: Ley 2300 de 2023 (Mon-Fri
  // 07:00-19:00, Sat 08:00-15:00). MX: Mon-Fri 09:00-19:00, Sat 09:00-14:00 (dealership hours;
  // no law sets them).
  std::optional<hours> contact_hours(day d) const;
  // The first minute at or after `minutes` (since the epoch) inside contact hours.
  long long next_contact_minute(long long minutes) const;
  // Minutes of contact hours in [from, to) (minutes since the epoch): how long something has
  // waited in working time. 0 when `to` is not after `from`. Friday 18:00 to Monday 10:00 in
  // MX is 60 + 300 (Saturday 09:00-14:00) + 60 = 420.
  long long business_minutes(long long from, long long to) const;
  // `n` business days after `d` (n >= 0; 0 gives the next business day at or after d).
  day add_business_days(day d, int n) const;
  country which() const { return country_; }

private:
  country country_;
  std::vector<day> closed_;              // sorted
  mutable std::vector<holiday> cache_;   // holidays of the years asked so far, sorted
  mutable std::vector<int> cached_years_;
  void ensure_year(int year) const;
};

}  // namespace retorno::calendar
