// Tests of the MX and CO holiday calendars (written out from the official calendars), Easter,
// contact hours and business-day arithmetic.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"

using namespace retorno;
using namespace retorno::calendar;

namespace {

std::set<std::string> dates_of(country c, int y) {
  std::set<std::string> out;
  for (const auto& h : holidays(c, y)) out.insert(format_day(h.date));
  return out;
}

day d(const char* iso) { return *parse_day(iso); }

// A second, independent Easter computation: Gauss's algorithm with its two exceptions.
std::string gauss_easter(int y) {
  int a = y % 19, b = y % 4, c = y % 7, k = y / 100, p = (13 + 8 * k) / 25, q = k / 4;
  int M = (15 - p + k - q) % 30, N = (4 + k - q) % 7;
  int dd = (19 * a + M) % 30, e = (2 * b + 4 * c + 6 * dd + N) % 7;
  int march = 22 + dd + e;
  int month = 3, day_ = march;
  if (march > 31) month = 4, day_ = dd + e - 9;
  if (month == 4 && dd == 29 && e == 6) day_ = 19;
  if (month == 4 && dd == 28 && e == 6 && (11 * M + 11) % 30 < 19) day_ = 18;
  char buf[40];  // room for any int, which the compiler cannot rule out
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, month, day_);
  return buf;
}

}  // namespace

TEST_CASE("Mexico: Ley Federal del Trabajo rest days 2025-2027") {
  CHECK(dates_of(country::mx, 2025) == std::set<std::string>{"2025-01-01", "2025-02-03", "2025-03-17", "2025-05-01",
                                                             "2025-09-16", "2025-11-17", "2025-12-25"});
  CHECK(dates_of(country::mx, 2026) == std::set<std::string>{"2026-01-01", "2026-02-02", "2026-03-16", "2026-05-01",
                                                             "2026-09-16", "2026-11-16", "2026-12-25"});
  CHECK(dates_of(country::mx, 2027) == std::set<std::string>{"2027-01-01", "2027-02-01", "2027-03-15", "2027-05-01",
                                                             "2027-09-16", "2027-11-15", "2027-12-25"});
}

TEST_CASE("Mexico: 1 October every six years from 2024") {
  business_calendar mx(country::mx);
  CHECK(mx.is_holiday(d("2024-10-01")));
  CHECK(mx.is_holiday(d("2030-10-01")));
  CHECK_FALSE(mx.is_holiday(d("2025-10-01")));
  CHECK_FALSE(mx.is_holiday(d("2029-10-01")));
  CHECK_FALSE(mx.is_holiday(d("2018-10-01")));
}

TEST_CASE("Colombia: national holidays 2025-2027, Emiliani and Easter-based ones included") {
  // 2025: San Pedro y San Pablo and the Sagrado Corazón both fall on Monday 30 June.
  CHECK(dates_of(country::co, 2025) ==
        std::set<std::string>{"2025-01-01", "2025-01-06", "2025-03-24", "2025-04-17", "2025-04-18", "2025-05-01",
                              "2025-06-02", "2025-06-23", "2025-06-30", "2025-07-20", "2025-08-07", "2025-08-18",
                              "2025-10-13", "2025-11-03", "2025-11-17", "2025-12-08", "2025-12-25"});
  CHECK(holidays(country::co, 2025).size() == 18);
  CHECK(dates_of(country::co, 2026) ==
        std::set<std::string>{"2026-01-01", "2026-01-12", "2026-03-23", "2026-04-02", "2026-04-03", "2026-05-01",
                              "2026-05-18", "2026-06-08", "2026-06-15", "2026-06-29", "2026-07-20", "2026-08-07",
                              "2026-08-17", "2026-10-12", "2026-11-02", "2026-11-16", "2026-12-08", "2026-12-25"});
  CHECK(dates_of(country::co, 2027) ==
        std::set<std::string>{"2027-01-01", "2027-01-11", "2027-03-22", "2027-03-25", "2027-03-26", "2027-05-01",
                              "2027-05-10", "2027-05-31", "2027-06-07", "2027-07-05", "2027-07-20", "2027-08-07",
                              "2027-08-16", "2027-10-18", "2027-11-01", "2027-11-15", "2027-12-08", "2027-12-25"});
}

TEST_CASE("Easter 1990-2040 agrees with Gauss's algorithm, and with known dates") {
  for (int y = 1990; y <= 2040; ++y) {
    CAPTURE(y);
    CHECK(format_day(easter_sunday(y)) == gauss_easter(y));
  }
  CHECK(format_day(easter_sunday(2025)) == "2025-04-20");
  CHECK(format_day(easter_sunday(2026)) == "2026-04-05");
  CHECK(format_day(easter_sunday(2027)) == "2027-03-28");
  CHECK(format_day(easter_sunday(2019)) == "2019-04-21");  // a d=28, e=6 style year for Gauss
}

TEST_CASE("business days skip Sundays, holidays and the dealership's closed days") {
  business_calendar co(country::co, {d("2026-12-24")});
  CHECK_FALSE(co.is_business_day(d("2026-11-29")));  // Sunday
  CHECK_FALSE(co.is_business_day(d("2026-11-16")));  // Independencia de Cartagena
  CHECK_FALSE(co.is_business_day(d("2026-12-24")));  // closed by the dealership
  CHECK(co.is_business_day(d("2026-11-28")));        // Saturday
  CHECK(format_day(co.add_business_days(d("2026-11-13"), 1)) == "2026-11-14");  // Fri -> Sat
  CHECK(format_day(co.add_business_days(d("2026-11-14"), 1)) == "2026-11-17");  // Sat -> Tue (Sun, holiday Mon)
  CHECK(format_day(co.add_business_days(d("2026-11-15"), 0)) == "2026-11-17");
}

TEST_CASE("contact hours: Ley 2300 in Colombia, dealership hours in Mexico") {
  business_calendar co(country::co), mx(country::mx);
  auto weekday_hours = co.contact_hours(d("2026-11-27"));
  REQUIRE(weekday_hours);
  CHECK(weekday_hours->open == 7 * 60);
  CHECK(weekday_hours->close == 19 * 60);
  CHECK(co.contact_hours(d("2026-11-28"))->close == 15 * 60);  // Saturday until 15:00
  CHECK_FALSE(co.contact_hours(d("2026-11-29")));              // never on Sundays
  const long long minutes_per_day = 24 * 60;
  // Friday 19:30 in Colombia -> Saturday 08:00.
  long long fri = d("2026-11-27").time_since_epoch().count() * minutes_per_day;
  CHECK(co.next_contact_minute(fri + 19 * 60 + 30) == fri + minutes_per_day + 8 * 60);
  // Saturday 15:00 -> Monday 07:00 (Sunday skipped).
  CHECK(co.next_contact_minute(fri + minutes_per_day + 15 * 60) == fri + 3 * minutes_per_day + 7 * 60);
  // Inside hours stays put.
  CHECK(mx.next_contact_minute(fri + 10 * 60) == fri + 10 * 60);
}

TEST_CASE("business minutes: only contact hours count, across nights, Sundays and holidays") {
  const business_calendar mx(country::mx), co(country::co);
  auto at = [](const char* iso) { return parse_minutes(iso).value(); };
  // A lead of Friday 18:00 answered Monday 10:00 (MX): 1 h Friday, 5 h Saturday, 1 h Monday.
  CHECK(mx.business_minutes(at("2026-11-27T18:00"), at("2026-11-30T10:00")) == 420);
  // Received at night, read at the next opening: no working time has passed.
  CHECK(mx.business_minutes(at("2026-11-24T22:30"), at("2026-11-25T09:00")) == 0);
  CHECK(mx.business_minutes(at("2026-11-25T09:00"), at("2026-11-25T09:00")) == 0);
  CHECK(mx.business_minutes(at("2026-11-25T12:00"), at("2026-11-25T09:00")) == 0);
  // Monday 16 November 2026 is a Mexican holiday (third Monday): none of it counts.
  CHECK(mx.business_minutes(at("2026-11-14T13:00"), at("2026-11-17T10:00")) == 60 + 60);
  // Colombia's Saturday runs 08:00-15:00 (Ley 2300).
  CHECK(co.business_minutes(at("2026-11-28T00:00"), at("2026-11-29T00:00")) == 7 * 60);
}
