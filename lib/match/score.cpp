// Fellegi-Sunter pair scores over the comparable fields of two person records.
#include "match/score.hpp"

#include "match/compare.hpp"

namespace retorno::match {

std::string matched_on_text(unsigned bits) {
  static constexpr std::array<std::pair<unsigned, std::string_view>, 7> names = {{{f_name, "name"},
                                                                                  {f_phone, "phone"},
                                                                                  {f_email, "email"},
                                                                                  {f_tax, "tax_id"},
                                                                                  {f_customer, "customer_id"},
                                                                                  {f_address, "address"},
                                                                                  {f_postal, "postal_code"}}};
  std::string out;
  for (const auto& [bit, name] : names) {
    if (!(bits & bit)) continue;
    if (!out.empty()) out.push_back('+');
    out += name;
  }
  return out;
}

bool generic_tax_id(std::string_view t) {
  // SAT's generic RFCs (general public, foreigners) and filler such as 0000000000.
  if (t.starts_with("XAXX010101") || t.starts_with("XEXX010101")) return true;
  return !t.empty() && t.find_first_not_of(t[0]) == std::string_view::npos;
}

pair_score score_pair(const person_view& a, const person_view& b, const weights& w, double floor) {
  pair_score s;
  switch (compare_names(a.name, b.name)) {
    case name_level::exact: s.score += w.name_exact; s.agreed |= f_name; break;
    case name_level::full: s.score += w.name_full; s.agreed |= f_name; break;
    case name_level::subset: s.score += w.name_subset; s.agreed |= f_name; break;
    case name_level::single: s.score += w.name_single; break;
    case name_level::partial: s.score += w.name_partial; break;
    case name_level::none: s.score += w.name_none; break;
    case name_level::missing: break;
  }
  bool any_a = false, any_b = false, shared = false;
  for (auto pa : a.phones) {
    if (!pa) continue;
    any_a = true;
    for (auto pb : b.phones) shared |= pa == pb;
  }
  for (auto pb : b.phones) any_b |= pb != 0;
  if (shared) {
    s.score += w.phone_agree;
    s.agreed |= f_phone;
  } else if (any_a && any_b) {
    s.score += w.phone_differ;
  }
  if (a.email && b.email) {
    if (a.email == b.email) {
      s.score += w.email_agree;
      s.agreed |= f_email;
    } else {
      s.score += w.email_differ;
    }
  }
  switch (generic_tax_id(a.tax_id) || generic_tax_id(b.tax_id) ? code_level::missing : compare_codes(a.tax_id, b.tax_id)) {
    case code_level::equal: s.score += w.tax_equal; s.agreed |= f_tax; break;
    case code_level::close: s.score += w.tax_close; s.agreed |= f_tax; break;
    case code_level::differ: s.score += w.tax_differ; break;
    case code_level::missing: break;
  }
  if (a.customer_id && b.customer_id) {
    if (a.customer_id == b.customer_id) {
      s.score += w.customer_agree;
      s.agreed |= f_customer;
    } else {
      s.score += w.customer_differ;
    }
  }
  if (a.postal && b.postal) {
    if (a.postal == b.postal) {
      s.score += w.postal_agree;
      s.agreed |= f_postal;
    } else {
      s.score += w.postal_differ;
    }
  }
  // Address and city can add at most this much: when even that leaves the pair under `floor`,
  // their costly comparison changes nothing the caller acts on.
  if (s.score + w.address_agree + w.city_agree < floor) {
    s.below_floor = true;
    return s;
  }
  if (!a.address.empty() && !b.address.empty()) {
    // Addresses as token sets, like names: "52 FLOREY DRIVE NORTH STIRLING DOWNS" holds
    // "52 NORTH STIRILNG DOWNS" (a word left out, a typo).
    switch (compare_names(a.address, b.address)) {
      case name_level::exact:
      case name_level::full: s.score += w.address_agree; s.agreed |= f_address; break;
      case name_level::subset: s.score += w.address_subset; s.agreed |= f_address; break;
      case name_level::partial: s.score += w.address_close; break;
      default: s.score += w.address_differ; break;
    }
  }
  if (!a.city.empty() && !b.city.empty())
    s.score += a.city == b.city || jaro_winkler(a.city, b.city) >= 0.9 ? w.city_agree : w.city_differ;
  return s;
}

}  // namespace retorno::match
