// VIN construction: transliteration table, weights, year codes, serial permutation.
#include "vin.hpp"

namespace gen {
namespace {

int value_of(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  switch (c) {
    case 'A': case 'J': return 1;
    case 'B': case 'K': case 'S': return 2;
    case 'C': case 'L': case 'T': return 3;
    case 'D': case 'M': case 'U': return 4;
    case 'E': case 'N': case 'V': return 5;
    case 'F': case 'W': return 6;
    case 'G': case 'P': case 'X': return 7;
    case 'H': case 'Y': return 8;
    case 'R': case 'Z': return 9;
    default: return -1;  // I, O, Q and anything else
  }
}

constexpr int weights[17] = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
constexpr std::string_view year_codes = "ABCDEFGHJKLMNPRSTVWXY123456789";
constexpr std::string_view block_letters = "ABCDEFGHJKLMNPRSTUVWXYZ";

}  // namespace

char vin_check_digit(std::string_view vin) {
  if (vin.size() != 17) return '?';
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    int v = value_of(vin[i]);
    if (v < 0) return '?';
    sum += v * weights[i];
  }
  int r = sum % 11;
  return r == 10 ? 'X' : static_cast<char>('0' + r);
}

char vin_year_code(int model_year) {
  int k = (model_year - 1980) % 30;
  if (k < 0) k += 30;
  return year_codes[static_cast<std::size_t>(k)];
}

std::string make_vin(const model_def& m, int model_year, std::uint64_t index, std::uint64_t seed, rng& r) {
  std::string v;
  v.reserve(17);
  v.append(m.wmi);
  v.append(m.vds[r.below(static_cast<std::uint32_t>(m.vds.size()))]);
  v.push_back('0');  // check digit, set below
  v.push_back(vin_year_code(model_year));
  v.push_back(m.plants[r.below(static_cast<std::uint32_t>(m.plants.size()))]);
  // Six serial digits: a keyed permutation of the index below 10^6, so no two vehicles of
  // one million share them; each further million takes a letter in position 12, which no
  // first-million VIN holds there.
  std::uint64_t block = index / 1000000;
  std::uint64_t serial = permute(index % 1000000, 1000000, 10, mix(seed, 0x5E71A1));
  char digits[7];
  for (int i = 5; i >= 0; --i) {
    digits[i] = static_cast<char>('0' + serial % 10);
    serial /= 10;
  }
  if (block > 0) digits[0] = block_letters[(block - 1) % block_letters.size()];
  v.append(digits, 6);
  char cd = vin_check_digit(v);
  // Outside North America many plants leave position 9 as a plain digit of the series.
  if (!vin_check_mandatory(v) && r.chance(0.3)) cd = static_cast<char>('0' + r.below(10));
  v[8] = cd;
  return v;
}

}  // namespace gen
