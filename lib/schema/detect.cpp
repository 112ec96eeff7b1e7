// Header detection: modal field count for raw files, best alias match for schemas.
#include "schema/detect.hpp"

#include <algorithm>
#include <map>

namespace retorno::schema {

std::optional<std::size_t> find_raw_header(const std::vector<std::vector<std::string>>& rows) {
  if (rows.empty()) return std::nullopt;
  std::map<std::size_t, std::size_t> freq;
  for (const auto& r : rows) ++freq[r.size()];
  std::size_t mode = 0, best = 0;
  for (auto [count, n] : freq)
    if (n > best || (n == best && count > mode)) mode = count, best = n;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].size() != mode) continue;
    std::size_t filled = 0;
    for (const auto& c : rows[i]) filled += !c.empty();
    if (filled * 5 >= mode * 4) return i;  // at least 80% of the cells named
  }
  return 0;
}

std::optional<header_choice> choose_header(const std::vector<std::vector<std::string>>& rows,
                                           const std::vector<schema>& schemas,
                                           header_choice* best_unusable) {
  std::optional<header_choice> best;
  header_choice miss;
  bool have_miss = false;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t s = 0; s < schemas.size(); ++s) {
      auto m = match_header(schemas[s], rows[r]);
      if (m.usable()) {
        if (!best || m.matched > best->match.matched) best = header_choice{r, s, std::move(m)};
      } else if (!have_miss || m.matched > miss.match.matched) {
        miss = header_choice{r, s, std::move(m)};
        have_miss = true;
      }
    }
  }
  if (best_unusable && have_miss) *best_unusable = std::move(miss);
  return best;
}

std::vector<header_choice> nearest_schemas(const std::vector<std::vector<std::string>>& rows,
                                           const std::vector<schema>& schemas, std::size_t n) {
  std::vector<header_choice> best(schemas.size());
  for (std::size_t s = 0; s < schemas.size(); ++s) {
    best[s].schema = s;
    best[s].match.column_of_field.assign(schemas[s].fields.size(), -1);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      auto m = match_header(schemas[s], rows[r]);
      if (r == 0 || m.matched > best[s].match.matched) best[s] = header_choice{r, s, std::move(m)};
    }
  }
  std::stable_sort(best.begin(), best.end(), [&](const header_choice& a, const header_choice& b) {
    if (a.match.matched != b.match.matched) return a.match.matched > b.match.matched;
    return a.match.matched * schemas[b.schema].fields.size() > b.match.matched * schemas[a.schema].fields.size();
  });
  if (best.size() > n) best.resize(n);
  return best;
}

}  // namespace retorno::schema
