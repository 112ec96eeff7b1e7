// Telephone numbers of Mexico and Colombia to E.164, with their legacy dialling forms.
#pragma once
#include <string_view>

#include "core/country.hpp"
#include "normalize/result.hpp"

namespace retorno::normalize {

using retorno::country;

// Mexico: 10-digit national numbers; legacy prefixes 01, 044, 045 and the mobile 1 after
// +52 are removed. Colombia: mobiles 3xx + 7 digits; landlines rewritten to the 2021 plan
// (60 + one-digit area + 7 digits), the old 0 + carrier + area forms and 03 + mobile included.
// Placeholders (NP, SIN, N/A, 0000000, ...) give "" with problem "placeholder";
// a wrong length gives "" with problem "invalid" and detail = the raw value. Removing legacy
// prefixes is not flagged: it changes how the number is dialled, not which line it reaches.
// Empty gives "" without a problem.
//   normalize_phone("044871-3915055", country::mx) -> "+528713915055"
//   normalize_phone("045553-226710", country::mx)  -> "" invalid
// Written into `out` (cleared first; see result::clear); the second form returns a new result.
void normalize_phone(std::string_view raw, country c, result& out);
inline result normalize_phone(std::string_view raw, country c) {
  result r;
  normalize_phone(raw, c, r);
  return r;
}

}  // namespace retorno::normalize
