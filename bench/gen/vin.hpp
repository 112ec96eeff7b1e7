// VINs: ISO 3779 / 49 CFR 565 check digit, model-year code, and unique serials per vehicle.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "rng.hpp"
#include "tables.hpp"

namespace gen {

// Position-9 check digit of a 17-character VIN ('0'-'9' or 'X'); '?' for a character a VIN
// may not hold.
char vin_check_digit(std::string_view vin);
// Position-10 code of a model year (30-year cycle from 1980 = A).
char vin_year_code(int model_year);
// True where the check digit is mandatory: North American WMIs, Mexico's 3 included.
inline bool vin_check_mandatory(std::string_view vin) { return !vin.empty() && vin[0] >= '1' && vin[0] <= '5'; }

// A VIN for vehicle `index` of model `m`: unique for every index below 24 million whatever the
// model (the serial is a permutation of the index), with a correct check digit wherever it is
// mandatory and on most others.
std::string make_vin(const model_def& m, int model_year, std::uint64_t index, std::uint64_t seed, rng& r);

}  // namespace gen
