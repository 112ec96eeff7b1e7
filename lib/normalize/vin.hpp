// Vehicle identification numbers (ISO 3779 / FMVSS 115): cleaning, check digit, model year.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "normalize/result.hpp"

namespace retorno::normalize {

// The position-9 check digit ('0'..'9' or 'X') of a 17-character VIN, or '\0' when a
// character is not allowed in a VIN (I, O, Q, punctuation).
char vin_check_digit(std::string_view vin17);

// True where the check digit is mandatory: North American WMIs (first character 1-5)
// and Mexico's 3. Elsewhere (e.g. MR2829F38H1093227 from Thailand) it is only advisory.
bool vin_check_digit_mandatory(std::string_view vin17);

// The model years a position-10 code can mean (30-year cycle), the one nearest to
// `reference_year`. nullopt for characters that are not year codes (I, O, Q, U, Z, 0).
std::optional<int> vin_model_year(char code, int reference_year);

// `value` is the cleaned VIN whenever it has 17 allowed characters (even when rejected for
// its check digit), "" for length and character problems.
struct vin_result : result {
  bool reject = false;     // unusable as a key: wrong length, forbidden characters, or a mandatory check digit that fails
  // A VIN one confusable character away (S/5, O/0, I/1, Q/0, B/8, Z/2, G/6) that would be accepted,
  // if exactly one exists (the known model year breaks ties). For check-digit problems it must
  // be one whose check digit is mandatory and passes; for a lone I, O or Q, any accepted VIN.
  std::string suggestion;
};

// Upper-cases, drops spaces and dashes, then checks length, characters, the check digit
// (rejecting only where mandatory) and, when model_year is known, the year code.
// problem: "" | "length" | "characters" | "check_digit" | "model_year"; detail: the suggestion
// for check_digit problems, the raw value for length/characters, the year the code means
// for model_year. Where the check digit is only advisory a failure is flagged (not
// rejected) only when a suggestion exists. Empty input gives "" without a problem.
//   normalize_vin("stdkkrfh6gs159858") -> {"STDKKRFH6GS159858", "check_digit", suggestion "5TDKKRFH6GS159858"}
// Written into `out` (cleared first, its strings' capacity kept); the second form returns a new result.
void normalize_vin(std::string_view raw, std::optional<int> model_year, vin_result& out);
inline vin_result normalize_vin(std::string_view raw, std::optional<int> model_year = std::nullopt) {
  vin_result r;
  normalize_vin(raw, model_year, r);
  return r;
}

}  // namespace retorno::normalize
