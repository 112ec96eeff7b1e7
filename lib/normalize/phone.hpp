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
// A written country code wins over `c` ("+57", "(+57)", "+ 57", "0057", and 57 or 52 before
// a number too long to be national). An extension ("ext. 949", "x949", "extensión 949") is
// split off: the number is kept with problem "extension" and the extension's digits as detail.
// A number outside the national plan's assigned ranges (see phone_assigned) is kept with
// problem "unassigned". A Colombian 7-digit landline takes the area of the row's `city`
// (Bogotá 601, Medellín 604, ...), else `default_area` ('1'-'8', 0 for none), else is invalid.
void normalize_phone(std::string_view raw, country c, result& out, std::string_view city = {},
                     char default_area = 0);
inline result normalize_phone(std::string_view raw, country c, std::string_view city = {}) {
  result r;
  normalize_phone(raw, c, r, city);
  return r;
}

// Whether an E.164 number of Mexico or Colombia lies in a range its plan assigned: Mexico's
// area codes, Colombia's mobile blocks in service (300-305, 310-324, 333, 350, 351, 370) and
// landline areas. Other values answer true: this only tells a known plan's gaps.
//   phone_assigned("+521001234567") == false, phone_assigned("+573001234567") == true
bool phone_assigned(std::string_view e164);

// The 2021 plan's landline area ('1' Bogotá ... '8' the east and south) of a Colombian city,
// accents, case and what follows the name ignored ("Bogotá D.C." -> '1'); 0 when unknown.
char colombian_area(std::string_view city);

}  // namespace retorno::normalize
