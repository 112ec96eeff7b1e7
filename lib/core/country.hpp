// The two countries retorno knows: their phone plans, holidays and contact hours differ.
#pragma once
#include <optional>
#include <string_view>

namespace retorno {

enum class country { mx, co };

// "MX"/"mx" and "CO"/"co"; nullopt for anything else (the caller names the flag in its error).
constexpr std::optional<country> parse_country(std::string_view s) {
  if (s == "MX" || s == "mx") return country::mx;
  if (s == "CO" || s == "co") return country::co;
  return std::nullopt;
}

}  // namespace retorno
