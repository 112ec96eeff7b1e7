// Reasons for not booking, normalised: the dealership's wordings mapped onto one canonical reason
// each ("Servicio en otro taller" and "Hizo el servicio en otra agencia" are one bar), outcomes
// never taken for reasons. Pure: the map file is read in lib/config.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/outcomes.hpp"

namespace retorno::rules {

// Canonical reasons with a name in both languages; a dealership may map onto others, shown as written.
inline constexpr std::string_view reason_unspecified = "unspecified";

class reason_map {
public:
  // The built-in Spanish wordings (serviced elsewhere, price, no time, moved, sold the car,
  // complaint, not interested) and every outcome's spellings, which mean "no reason given".
  static reason_map defaults();
  // `reason` (any case, accents, spacing or punctuation) means `canonical`; a later entry wins.
  void add(std::string_view reason, std::string_view canonical);
  // The canonical reason of an effective contact without a booking: its reason mapped (the part
  // before a colon too: "Queja: entrega tardía" -> complaint), else the reason as written;
  // with no reason, or an outcome for a reason, what the outcome implies (already_serviced ->
  // serviced_elsewhere, vehicle_sold -> vehicle_sold) or "unspecified".
  std::string canonical(std::string_view reason, outcome result) const;

private:
  std::vector<std::pair<std::string, std::string>> entries_;  // folded key -> canonical, sorted by key
  bool sorted_ = true;
  const std::string* find(std::string_view key) const;
};

// A canonical reason as a person reads it ("serviced_elsewhere" -> "Servicio en otro taller o
// agencia" / "Serviced elsewhere"); any other reason unchanged.
std::string_view reason_label(std::string_view canonical, bool english);

}  // namespace retorno::rules
