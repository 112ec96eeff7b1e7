// Tax ids of Mexico (RFC) and Colombia (NIT, cédula): one canonical form and their check digits.
#pragma once
#include <optional>
#include <string_view>

#include "core/country.hpp"
#include "normalize/result.hpp"

namespace retorno::normalize {

using retorno::country;

// The canonical form drops separators and labels and upper-cases letters (ñ -> Ñ), so that
// dedupe and billing see one customer:
//   "CUIJ-980717-SA0" -> "CUIJ980717SA0", "NIT 899.999.068-1" -> "8999990681".
// Mexico's RFC: persona física 4 letters + birth date YYMMDD + homoclave (13), persona moral
// 3 letters + date + homoclave (12); the date must exist and the last character is SAT's
// check digit (`check_digit` when wrong, the value kept). The generic RFCs XAXX010101000
// (Mexican public) and XEXX010101000 (foreigners) are kept and flagged `generic`; the 10 or 9
// characters without homoclave are kept and flagged `incomplete`.
// Colombia: digits. A NIT written with its verification digit (after a dash, or 10 digits
// starting with 8 or 9: a company's 9 and its digit) is checked by DIAN's rule (`check_digit`);
// a cédula is 5 to 11 digits, kept as is.
// `c` is the row's country when known: in Mexico only an RFC is a tax id; unknown, the shape
// decides (an RFC starts with letters, a Colombian id is digits).
// Placeholders ("SIN RFC", "NA", "0000000") give "" with `placeholder`; anything else that is
// no tax id gives "" with `invalid` and the raw value as detail.
void normalize_tax_id(std::string_view raw, std::optional<country> c, result& out);
inline result normalize_tax_id(std::string_view raw, std::optional<country> c) {
  result r;
  normalize_tax_id(raw, c, r);
  return r;
}

// Whether a canonical tax id names the customer on an invoice: any but XAXX010101000, the RFC
// of sales to the general public, which says the customer's own RFC was never asked for.
// (XEXX010101000 is a foreigner's: an invoice takes it.)
bool names_customer(std::string_view canonical);

// Whether normalize_tax_id(t, c) gives `t` itself and no problem, asked without building
// anything: an RFC with its SAT check character or a plain cédula or NIT, as most exports hold
// them, or nothing at all. False only says the full normaliser must decide (a labelled NIT,
// Ñ and & take it).
//   canonical_tax_id("CUIJ980717SA0", std::nullopt) == true, canonical_tax_id("cuij980717sa0", ...) == false
bool canonical_tax_id(std::string_view t, std::optional<country> c);

// SAT's check character of the first 12 (física) or 11 (moral) characters of an RFC, which
// holds only 0-9, A-Z, & and Ñ (one byte per character, Ñ as '#'): '0'-'9' or 'A'.
char rfc_check_digit(std::string_view body);
// DIAN's verification digit of a NIT's digits (up to 15): 0-9.
int nit_check_digit(std::string_view digits);

}  // namespace retorno::normalize
