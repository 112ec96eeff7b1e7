// Numbers as DMS exports print them: thousands separators, decimal comma.
#pragma once
#include <string_view>

#include "normalize/result.hpp"

namespace retorno::normalize {

// Whole numbers such as km: "12,345", "12.345", "12 345" -> "12345"; "0" stays "0".
// A fractional value ("12.5") is rounded with problem "rounded"; text gives "invalid".
result normalize_integer(std::string_view raw);

// Money: decimal_comma true means "1.234,56"; false means "1,234.56". When the format is not
// known (auto), a lone separator followed by exactly three digits is a thousands separator.
// Output has two decimals: "1234.56", "-5.00".
enum class decimal_mark { auto_detect, comma, point };
result normalize_money(std::string_view raw, decimal_mark mark = decimal_mark::auto_detect);

}  // namespace retorno::normalize
