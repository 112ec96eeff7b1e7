// Calendar arithmetic on canonical ISO dates: parsing, months, formatting (Howard Hinnant's date).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

namespace retorno {

using day = date::sys_days;

// "2026-11-27" -> that day; nullopt for anything else (canonical tables hold ISO dates only).
// A datetime ("2026-11-27T09:30") gives its day.
std::optional<day> parse_day(std::string_view iso);

// "2026-11-27T09:30" (or with a space, or with :SS) -> minutes since the epoch; a plain date
// is 00:00; anything else after the date (a bad time such as "T25:00") -> nullopt.
std::optional<long long> parse_minutes(std::string_view iso);

std::string format_day(day d);

// Days since 1970-01-01, the compact form tables of many dates keep.
inline int day_number(day d) { return static_cast<int>(d.time_since_epoch().count()); }

// Times are minutes since 1970-01-01T00:00 local time. Every conversion between a minute and
// its day goes through these: the division floors, so that minutes before 1970 (negative)
// fall in their own day and not the next one.
inline constexpr long long minutes_per_day = 24 * 60;
constexpr long long day_index(long long minutes) {
  return (minutes >= 0 ? minutes : minutes - minutes_per_day + 1) / minutes_per_day;
}
// The day holding `minutes`, and its first minute.
inline day day_of_minute(long long minutes) { return day{date::days{day_index(minutes)}}; }
constexpr long long start_of_day(long long minutes) { return day_index(minutes) * minutes_per_day; }
// The first minute of `d`.
inline long long minute_of(day d) { return static_cast<long long>(d.time_since_epoch().count()) * minutes_per_day; }
// Minutes since midnight of `minutes`'s day: 0 to 1439.
constexpr long long minute_of_day(long long minutes) { return minutes - start_of_day(minutes); }
// "2026-11-27T09:30".
std::string format_minutes(long long minutes);

// Adds calendar months, clamping to the end of the month (31 Jan + 1 month = 28/29 Feb).
day add_months(day d, int months);

// Whole months from a to b (b >= a), counting a month complete on the same day-of-month.
int months_between(day a, day b);

}  // namespace retorno
