// Unit tests of lib/normalize/odometer.cpp: the return and recovery guide's vehicle list, with readings no car gives.
#include <doctest/doctest.h>

#include <string>

#include "core/dates.hpp"
#include "normalize/odometer.hpp"

using namespace retorno::normalize;

namespace {
long d(std::string_view iso) { return retorno::parse_day(iso)->time_since_epoch().count(); }

// The problems found, as "field:problem[=detail]" joined by ';'.
std::string problems(const odometer_facts& f) {
  std::array<odometer_problem, 4> out;
  std::string s;
  for (std::size_t i = 0, n = check_odometer(f, out); i < n; ++i) {
    if (!s.empty()) s += ';';
    s += std::string(out[i].field) + ":" + std::string(out[i].problem);
    if (out[i].detail >= 0) s += "=" + std::to_string(out[i].detail);
  }
  return s;
}
}  // namespace

TEST_CASE("plausible readings raise nothing") {
  odometer_facts f;
  f.delivery = {std::nullopt, d("2022-03-15")};
  f.last_service = {21804, d("2023-09-20")};
  f.current = {30150, d("2024-02-01")};
  f.next_service_km = 30000;
  CHECK(problems(f).empty());
}

TEST_CASE("the next service at the last one's km, as in the guide's own list") {
  odometer_facts f;
  f.last_service = {21804, d("2024-01-10")};
  f.next_service_km = 21804;
  CHECK(problems(f) == "next_service_km:not_after_last=21804");
  f.next_service_km = 20000;
  CHECK(problems(f) == "next_service_km:not_after_last=21804");
}

TEST_CASE("a reading that goes backwards") {
  odometer_facts f;
  f.last_service = {45210, d("2024-05-02")};
  f.current = {4521, d("2024-08-30")};  // a digit lost
  CHECK(problems(f) == "km:backwards=45210");
  f.current = {4521, d("2024-01-30")};  // read before the service: not backwards
  CHECK(problems(f).empty());
}

TEST_CASE("jumps over 150,000 km a year") {
  odometer_facts f;
  f.delivery = {std::nullopt, d("2024-01-15")};
  f.last_service = {98000, d("2024-03-15")};  // 98,000 km in two months
  CHECK(problems(f) == "last_service_km:jump");
  f.last_service = {9800, d("2024-03-15")};
  f.current = {309800, d("2024-09-15")};  // 300,000 km in six months
  CHECK(problems(f) == "km:jump");
  f.current = {80000, d("2024-09-15")};  // 70,000 km in six months: a taxi, plausible
  CHECK(problems(f).empty());
}

TEST_CASE("absurd values, and the largest number a cell may hold") {
  odometer_facts f;
  f.current = {2500000, d("2024-01-01")};
  f.last_service = {-10, d("2023-01-01")};
  f.next_service_km = 9223372036854775807L;
  CHECK(problems(f) == "km:absurd;last_service_km:absurd;next_service_km:absurd");
}
