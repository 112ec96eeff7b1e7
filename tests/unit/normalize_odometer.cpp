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

// ingest asks odometer_clean_by_months, then odometer_clean, and builds the facts for
// check_odometer only when both fail: over every mix of known, unknown, absurd, equal and
// distant readings, the first must never pass a row the full check flags, and the second must
// pass exactly the rows it leaves clean.
TEST_CASE("the quick checks agree with check_odometer") {
  const std::optional<long> kms[] = {std::nullopt, -5, 0, 400, 411, 21804, 30000, 150000, 300001, 2000000, 2000001};
  const std::optional<std::string> dates[] = {std::nullopt, "2022-03-15", "2022-12-31", "2023-01-01",
                                              "2023-09-02", "2023-09-20", "2023-10-01", "2024-02-01", "2024-02-29"};
  auto numbers = [](const odometer_facts& f, const std::optional<std::string>& cur, const std::optional<std::string>& last,
                    const std::optional<std::string>& dofu) {
    odometer_numbers n;
    auto km = [](const std::optional<long>& v) { return v ? *v : no_reading; };
    auto month = [](const std::optional<std::string>& s) {
      return s ? std::stol(s->substr(0, 4)) * 12 + std::stol(s->substr(5, 2)) - 1 : -1L;
    };
    n.current_km = km(f.current.km), n.last_km = km(f.last_service.km), n.next_km = km(f.next_service_km);
    n.current_day = km(f.current.day), n.last_day = km(f.last_service.day), n.delivery_day = km(f.delivery.day);
    n.current_month = month(cur), n.last_month = month(last), n.delivery_month = month(dofu);
    return n;
  };
  auto day = [](const std::optional<std::string>& s) { return s ? std::optional<long>(d(*s)) : std::nullopt; };
  std::size_t rows = 0, clean = 0, by_months = 0;
  for (const auto& now_km : kms)
    for (const auto& last_km : kms)
      for (const auto& next_km : {std::optional<long>(), std::optional<long>(0), std::optional<long>(21804),
                                  std::optional<long>(30000), std::optional<long>(2000001)})
        for (const auto& now_day : dates)
          for (const auto& last_day : dates)
            for (const auto& dofu : dates) {
              odometer_facts f;
              f.current = {now_km, day(now_day)};
              f.last_service = {last_km, day(last_day)};
              f.next_service_km = next_km;
              f.delivery = {std::nullopt, day(dofu)};
              const odometer_numbers n = numbers(f, now_day, last_day, dofu);
              std::array<odometer_problem, 4> out;
              const bool none = check_odometer(f, out) == 0;
              ++rows;
              clean += none;
              by_months += odometer_clean_by_months(n);
              if (odometer_clean(n) != none || (odometer_clean_by_months(n) && !none)) {
                CAPTURE(now_km.value_or(-1));
                CAPTURE(last_km.value_or(-1));
                CAPTURE(next_km.value_or(-1));
                CAPTURE(now_day.value_or("-"));
                CAPTURE(last_day.value_or("-"));
                CAPTURE(dofu.value_or("-"));
                CHECK(odometer_clean(n) == none);
                CHECK(!(odometer_clean_by_months(n) && !none));
              }
            }
  // The grid holds both kinds of rows, and the quick look passes some of the clean ones.
  CHECK(clean > 0);
  CHECK(clean < rows);
  CHECK(by_months > 0);
}

TEST_CASE("the look by months passes typical rows and leaves a car read days after delivery to the days") {
  odometer_numbers n;
  n.current_km = 96389, n.current_month = 2026 * 12 + 6, n.delivery_month = 2018 * 12 + 2;  // 96,389 km in eight years
  CHECK(odometer_clean_by_months(n));
  n.current_km = 5000, n.delivery_month = 2026 * 12 + 8, n.current_month = 2026 * 12 + 10;  // 5,000 km, September to November
  CHECK(odometer_clean_by_months(n));
  n.current_month = 2026 * 12 + 8;  // 5,000 km within the month of delivery: the days decide
  CHECK_FALSE(odometer_clean_by_months(n));
}
