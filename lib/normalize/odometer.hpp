// Odometer plausibility across one vehicle row's readings: absurd values, readings that go
// backwards, jumps no car drives, a next service that is not after the last.
#pragma once
#include <array>
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

}  // namespace retorno::normalize
