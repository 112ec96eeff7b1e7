// The evidence two records give of being one person: Fellegi-Sunter weights summed over fields.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace retorno::match {

// What a record says about its person, already in comparable form (match/persons builds it):
// name key (match::name_match_key), tax id upper-case without spaces, phones and e-mail as
// 64-bit hashes of their normalised text (0 = none), address as a sorted token key, postal
// code hashed, city folded.
struct person_view {
  std::string_view name;
  std::string_view tax_id;
  std::string_view address;
  std::array<std::uint64_t, 3> phones{};
  std::uint64_t email = 0;
  std::uint64_t customer_id = 0;  // the DMS customer number (vehicles tables)
  std::uint64_t postal = 0;
  std::string_view city;  // folded
};

// A tax id that identifies nobody: SAT's XAXX010101000 / XEXX010101000, or one repeated character.
bool generic_tax_id(std::string_view tax_id);

// Weights in bits: log2(m/u) when a field agrees, log2((1-m)/(1-u)) when it disagrees, 0 when
// either side is empty. m = P(agree | same person), u = P(agree | different people among the
// candidate pairs blocking brings together), estimated on the generator's truth and the
// FEBRL sets and rounded; README "dedupe" lists them. A phone is weaker evidence than an
// e-mail because households share the home phone; a tax id is stronger than both; a partial name (one given name differs) is
// strong evidence against, because that is what a household looks like.
struct weights {
  double name_exact = 7, name_full = 5.5, name_subset = 3.5, name_single = 1.5, name_partial = -8,
         name_none = -12;
  double phone_agree = 6, phone_differ = -2.5;
  double email_agree = 8, email_differ = -2;
  double tax_equal = 14, tax_close = 7, tax_differ = -4;
  double customer_agree = 6, customer_differ = -1;
  double address_agree = 3, address_subset = 2, address_close = 1, address_differ = -1.5;
  double postal_agree = 1.5, postal_differ = -1;
  double city_agree = 0.5, city_differ = -0.5;
};

// The fields that agreed, for the cluster map's matched_on ("name+phone+email").
enum field_bit : unsigned {
  f_name = 1, f_phone = 2, f_email = 4, f_tax = 8, f_customer = 16, f_address = 32, f_postal = 64
};
std::string matched_on_text(unsigned bits);

struct pair_score {
  double score = 0;
  unsigned agreed = 0;       // field_bit mask
  bool below_floor = false;  // stopped early: the full score is surely under the floor
};

// The pair's score. With a `floor`, a pair that cannot reach it even if address and city
// agreed returns early (below_floor, score without them): blocking asks only "is it a match?".
pair_score score_pair(const person_view& a, const person_view& b, const weights& w,
                      double floor = -1e300);

// Default --threshold: a pair at or above it is a match. Same name and a shared phone
// (5.5 + 6) pass; an exact common name alone (7) or with a city (7.5) does not; a household
// (partial name -8 + phone 6 + address 3 + postal 1.5) stays below. One tax id (14) outweighs a
// name changed by marriage or a nickname (-8): RFCs are personal, and the generic ones
// (XAXX010101000 for "público en general") are not compared.
constexpr double default_threshold = 8.0;

}  // namespace retorno::match
