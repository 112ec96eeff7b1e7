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

// Adds calendar months, clamping to the end of the month (31 Jan + 1 month = 28/29 Feb).
day add_months(day d, int months);

// Whole months from a to b (b >= a), counting a month complete on the same day-of-month.
int months_between(day a, day b);

}  // namespace retorno
