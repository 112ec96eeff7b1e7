// Edit distance for "did you mean" hints.
#include "core/text.hpp"

#include <algorithm>
#include <limits>
#include <vector>

namespace retorno {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::optional<std::string> closest(std::string_view typed, std::span<const std::string> candidates) {
  std::size_t best_distance = std::numeric_limits<std::size_t>::max();
  const std::string* best = nullptr;
  for (const auto& c : candidates) {
    auto d = edit_distance(typed, c);
    if (d < best_distance) best_distance = d, best = &c;
  }
  if (!best || best_distance > 3 || best_distance * 2 >= typed.size()) return std::nullopt;
  return *best;
}

}  // namespace retorno
