// Civil dates as day numbers, business days, and the date and time spellings the exports use.
#pragma once
#include <climits>
#include <cstdint>
#include <string>
#include <string_view>

namespace gen {

enum class country { mx, co };

// Days since 1970-01-01; no_day stands for "no date".
using day = std::int32_t;
constexpr day no_day = INT32_MIN;

struct ymd {
  int y;
  int m;
  int d;
};

day from_ymd(int y, int m, int d);
ymd to_ymd(day z);
int weekday(day z);  // 0 = Sunday
day add_months(day z, int months);  // the day of month clamped: 31/01 + 1 = 28/02
bool parse_iso(std::string_view s, day& out);

// A fixed-date and Monday-moved holiday list, enough to keep the generated world off the
// days a dealership is closed (exact calendars are the product's business, not the generator's).
bool is_holiday(day z, country c);
// Mon-Sat and not a holiday: dealerships open Saturday mornings.
bool is_business_day(day z, country c);
day next_business_day(day z, country c);      // z itself when it is one
day previous_business_day(day z, country c);  // strictly before z

// Appends a date: dd/mm/yyyy, yyyy-mm-dd, dd-mmm-yyyy with Spanish month abbreviations.
void put_dmy(std::string& out, day z);
void put_iso(std::string& out, day z);
void put_dmon(std::string& out, day z);
// A time of day in minutes: "14:05", "02:05 p. m." (Spanish Windows), "14:05:37".
void put_hm(std::string& out, int minute);
void put_hm12(std::string& out, int minute);
void put_hms(std::string& out, int minute, int second);
inline void put_2(std::string& out, int v) {
  char two[2] = {static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
  out.append(two, 2);
}

}  // namespace gen
