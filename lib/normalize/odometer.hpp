// Odometer plausibility across one vehicle row's readings: absurd values, readings that go
// backwards, jumps no car drives, a next service that is not after the last.
#pragma once
#include <array>
#include <climits>
#include <cstddef>
#include <optional>
#include <string_view>

namespace retorno::normalize {

// A reading: km and the day it was read (days since 1970-01-01), either may be unknown.
struct reading {
  std::optional<long> km;
  std::optional<long> day;
};

// A vehicle row's odometer facts, as canonical values.
struct odometer_facts {
  reading delivery;      // dofu, at 0 km
  reading last_service;  // last_service_km on last_service_date
  reading current;       // km on km_date
  std::optional<long> next_service_km;
};

// One problem: the field it is written on and the problem word (see check_odometer).
struct odometer_problem {
  std::string_view field, problem;
  long detail = -1;  // the other reading's km, when there is one
};

// The most a car is driven in a year, and the most an odometer shows.
constexpr long max_km_per_year = 150000;
constexpr long max_km = 2000000;

// Up to four problems of `f`, written into `out`; returns how many:
//   `absurd` a km below 0 or above 2,000,000 (km, last_service_km or next_service_km);
//   `km:backwards=LAST` the current reading below the last service's, read later;
//   `km:jump` / `last_service_km:jump` over 150,000 km a year since the previous reading
//   (the delivery counts as 0 km);
//   `next_service_km:not_after_last=LAST` the next service at or below the last one's km.
//   {last_service 21,804 on 2024-01-10, next_service_km 21,804} -> next_service_km:not_after_last=21804
std::size_t check_odometer(const odometer_facts& f, std::array<odometer_problem, 4>& out);

// The same facts as plain numbers, `no_reading` where one is unknown: what ingest reads from
// every vehicle row, before it knows whether the row needs check_odometer at all. The months
// are the days' own, counted as year * 12 + month - 1 (-1 when unknown): read first, they are
// cheaper than the days.
constexpr long no_reading = LONG_MIN;
struct odometer_numbers {
  long current_km = no_reading, current_day = no_reading;
  long last_km = no_reading, last_day = no_reading;
  long next_km = no_reading, delivery_day = no_reading;
  long current_month = -1, last_month = -1, delivery_month = -1;
};

// Whether check_odometer finds nothing in `n` (the same conditions, in plain comparisons with
// no facts built): nearly every row is clean, and only the others pay for the full check.
//   odometer_clean({30150, day(2024-02-01), 21804, day(2023-09-20), 30000, day(2022-03-15)}) == true
inline bool odometer_clean(const odometer_numbers& n) {
  const auto sane = [](long km) { return km == no_reading || (km >= 0 && km <= max_km); };
  if (!sane(n.current_km) || !sane(n.last_km) || !sane(n.next_km)) return false;
  // From (a_km, a_day) to (b_km, b_day), every value known and sane: over max_km_per_year.
  const auto jump = [](long a_km, long a_day, long b_km, long b_day) {
    if (a_km == no_reading || b_km == no_reading || a_day == no_reading || b_day == no_reading || b_day < a_day ||
        b_km <= a_km)
      return false;
    const long days = b_day - a_day > 0 ? b_day - a_day : 1;
    return (b_km - a_km) * 365 > max_km_per_year * days;
  };
  const long delivered_km = n.delivery_day != no_reading ? 0 : no_reading;
  const bool backwards = n.current_km != no_reading && n.last_km != no_reading && n.current_day != no_reading &&
                         n.last_day != no_reading && n.current_day >= n.last_day && n.current_km < n.last_km;
  const bool current_jump = n.last_km != no_reading ? jump(n.last_km, n.last_day, n.current_km, n.current_day)
                                                    : jump(delivered_km, n.delivery_day, n.current_km, n.current_day);
  const bool not_after = n.next_km != no_reading && n.last_km != no_reading && n.next_km <= n.last_km && n.next_km > 0;
  return !backwards && !current_jump && !jump(delivered_km, n.delivery_day, n.last_km, n.last_day) && !not_after;
}

// A first look from the km and the months alone (the days not needed): true only when
// odometer_clean is true too. No reading below 0 or past an odometer, the next service above
// the last, the current reading at or above the last, and each reading too small for the
// shortest span between its month and the one before to make a jump; most rows pass, the
// others ask odometer_clean.
inline bool odometer_clean_by_months(const odometer_numbers& n) {
  const auto sane = [](long km) { return km == no_reading || (km >= 0 && km <= max_km); };
  // From a reading in month `ma` to one of km `b` in month `mb`: months apart, the days between
  // are at least 28 for each month between and one more; the same month counts as one day
  // (as check_odometer counts a same-day pair); an earlier month or an unknown date is no jump.
  const auto no_jump = [](long ma, long a_km, long b_km, long mb) {
    if (b_km == no_reading || ma < 0 || mb < 0 || mb < ma || b_km <= a_km) return true;
    const long days = mb == ma ? 1 : (mb - ma - 1) * 28 + 1;
    return (b_km - a_km) * 365 <= max_km_per_year * days;
  };
  const bool has_last = n.last_km != no_reading;
  return sane(n.current_km) && sane(n.last_km) && sane(n.next_km) &&
         (n.next_km == no_reading || !has_last || n.next_km > n.last_km) &&
         (n.current_km == no_reading || !has_last || n.current_km >= n.last_km) &&
         no_jump(n.delivery_month, 0, n.last_km, n.last_month) &&
         (has_last && n.last_month >= 0 ? no_jump(n.last_month, n.last_km, n.current_km, n.current_month)
                                        : no_jump(n.delivery_month, 0, n.current_km, n.current_month));
}

}  // namespace retorno::normalize
