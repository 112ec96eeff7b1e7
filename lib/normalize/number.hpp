// Numbers as DMS exports print them: thousands separators, decimal comma.
#pragma once
#include <string_view>

#include "normalize/result.hpp"

namespace retorno::normalize {

// Whole numbers such as km: "12,345", "12.345", "12 345" -> "12345"; "0" stays "0".
// A fractional value ("12.5") is rounded half away from zero with problem "rounded" (detail =
// raw); "12.0" is not flagged. Text gives "invalid" (detail = raw). Empty, "-" and "$ -" give ""
// without a problem. A leading $, a sign, accounting parentheses, a trailing minus and the
// words MXN, MN, COP, USD, KM around the figure are accepted.
// Written into `out` (cleared first; see result::clear); the second form returns a new result.
void normalize_integer(std::string_view raw, result& out);
inline result normalize_integer(std::string_view raw) {
  result r;
  normalize_integer(raw, r);
  return r;
}

// Money: decimal_comma true means "1.234,56"; false means "1,234.56". When the format is not
// known (auto), a lone separator followed by exactly three digits is a thousands separator.
// Output has two decimals: "1234.56", "-5.00"; more decimals are rounded with problem "rounded".
// Thousands separators must stand every three digits, so a mark that does not fit the value
// ("1,234.56" read with decimal_mark::comma) gives "invalid" rather than a wrong amount.
enum class decimal_mark { auto_detect, comma, point };
void normalize_money(std::string_view raw, decimal_mark mark, result& out);
inline result normalize_money(std::string_view raw, decimal_mark mark = decimal_mark::auto_detect) {
  result r;
  normalize_money(raw, mark, r);
  return r;
}

}  // namespace retorno::normalize
