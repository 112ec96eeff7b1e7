// Dates and date-times from a strftime-like format, with Spanish month names.
#pragma once
#include <string_view>

#include "normalize/result.hpp"

namespace retorno::normalize {

// format: %d %m %Y %y %b (month name or abbreviation, Spanish or English, any case)
// %H %M %S, any other character literal. An empty format means ISO (YYYY-MM-DD, and
// YYYY-MM-DDTHH:MM or "YYYY-MM-DD HH:MM[:SS]" for date-times).
// Empty markers (//, 00/00/0000, 0000-00-00, --, N/A, and the zero dates 01/01/1900 of SQL
// Server and 01/01/0001 of .NET) give "" without a problem: they say "no value".
// Impossible dates (31/02/2024, 11, years before 1900) give "" with problem "invalid" and
// detail = raw. Tolerated: surrounding spaces, one-digit day/month/hour, any of / - . where
// the format has one of them, and a time Excel appends to a date ("08/02/2018 12:00:00 a. m.").
// %y pivots at 70: 69 -> 2069, 70 -> 1970. %Y takes exactly four digits.
//   normalize_date("08/02/2018", "%d/%m/%Y") -> "2018-02-08"
//   normalize_date("15-ene-2024", "%d-%b-%Y") -> "2024-01-15"
// Written into `out` (cleared first; see result::clear); the second form returns a new result.
void normalize_date(std::string_view raw, std::string_view format, result& out);
inline result normalize_date(std::string_view raw, std::string_view format) {
  result r;
  normalize_date(raw, format, r);
  return r;
}

// Same, giving YYYY-MM-DDTHH:MM (seconds dropped). When the format has no time fields, or the
// value stops where they begin, the time is the one appended to the value, else 00:00.
void normalize_datetime(std::string_view raw, std::string_view format, result& out);
inline result normalize_datetime(std::string_view raw, std::string_view format) {
  result r;
  normalize_datetime(raw, format, r);
  return r;
}

}  // namespace retorno::normalize
