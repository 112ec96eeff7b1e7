// lib/core/dates: ISO days and datetimes as the canonical tables write them.
#include <doctest/doctest.h>

#include "core/dates.hpp"

using namespace retorno;

TEST_CASE("parse_minutes reads a date, a datetime with T or space, and drops seconds") {
  const long long day0 = 20'419LL * 24 * 60;  // 2025-11-27
  CHECK(parse_minutes("2025-11-27") == day0);
  CHECK(parse_minutes("2025-11-27T09:30") == day0 + 9 * 60 + 30);
  CHECK(parse_minutes("2025-11-27 23:59") == day0 + 23 * 60 + 59);
  CHECK(parse_minutes("2025-11-27T09:30:45") == day0 + 9 * 60 + 30);
}

TEST_CASE("parse_minutes refuses an impossible or half-written time instead of reading midnight") {
  CHECK_FALSE(parse_minutes("2025-11-27T25:00"));
  CHECK_FALSE(parse_minutes("2025-11-27T09:60"));
  CHECK_FALSE(parse_minutes("2025-11-27T9:30"));
  CHECK_FALSE(parse_minutes("2025-11-27T09:30:99"));
  CHECK_FALSE(parse_minutes("2025-11-27 por la tarde"));
  CHECK_FALSE(parse_minutes("2025-02-30T10:00"));
  CHECK_FALSE(parse_minutes(""));
}

TEST_CASE("add_months keeps the day, or the month's last day when it has fewer") {
  auto d = [](const char* s) { return *parse_day(s); };
  CHECK(format_day(d("0999-01-02")) == "0999-01-02");
  CHECK(format_day(d("2026-12-31")) == "2026-12-31");
  CHECK(format_day(add_months(d("2025-01-31"), 1)) == "2025-02-28");
  CHECK(format_day(add_months(d("2024-01-31"), 1)) == "2024-02-29");
  CHECK(format_day(add_months(d("2025-08-15"), 5)) == "2026-01-15");
  CHECK(format_day(add_months(d("2025-03-31"), -1)) == "2025-02-28");
}

TEST_CASE("minutes and days: one floor division, before 1970 too") {
  const long long m = *parse_minutes("2026-11-27T09:30");
  CHECK(format_day(day_of_minute(m)) == "2026-11-27");
  CHECK(format_minutes(start_of_day(m)) == "2026-11-27T00:00");
  CHECK(minute_of_day(m) == 9 * 60 + 30);
  CHECK(minute_of(day_of_minute(m)) == start_of_day(m));
  CHECK(format_minutes(m) == "2026-11-27T09:30");
  CHECK(format_minutes(m + 14 * 60 + 29) == "2026-11-27T23:59");
  CHECK(format_minutes(m + 14 * 60 + 30) == "2026-11-28T00:00");
  CHECK(format_minutes(*parse_minutes("0999-01-02T10:05")) == "0999-01-02T10:05");
  // 1969-12-31T23:59 is minute -1: its day is the 31st, not 1 January (a truncating division's answer).
  CHECK(format_day(day_of_minute(-1)) == "1969-12-31");
  CHECK(start_of_day(-1) == -minutes_per_day);
  CHECK(minute_of_day(-1) == minutes_per_day - 1);
  CHECK(format_minutes(-1) == "1969-12-31T23:59");
  CHECK(day_index(0) == 0);
  CHECK(day_index(-minutes_per_day) == -1);
  CHECK(day_index(-minutes_per_day - 1) == -2);
}
