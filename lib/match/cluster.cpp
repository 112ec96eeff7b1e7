// Average-linkage merging of scored pairs, strongest first (see cluster.hpp).
#include "match/cluster.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace retorno::match {

clustering cluster(std::size_t records, std::vector<edge> edges, double threshold,
                   const std::function<double(std::uint32_t, std::uint32_t)>& score) {
  std::sort(edges.begin(), edges.end(), [](const edge& x, const edge& y) {
    if (x.score != y.score) return x.score > y.score;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  clustering out;
  std::vector<std::uint32_t> parent(records), size(records, 1), next(records);
  std::iota(parent.begin(), parent.end(), 0u);
  std::iota(next.begin(), next.end(), 0u);  // circular member lists
  out.best_link.assign(records, edge{0, 0, std::nanf(""), 0});
  auto find = [&](std::uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  auto note = [&](const edge& e) {
    for (auto r : {e.a, e.b})
      if (std::isnan(out.best_link[r].score) || e.score > out.best_link[r].score) out.best_link[r] = e;
  };
  constexpr std::uint32_t sample = 16;
  for (const auto& e : edges) {
    auto ra = find(e.a), rb = find(e.b);
    if (ra == rb) {
      note(e);
      continue;
    }
    if (size[ra] > 1 || size[rb] > 1) {
      double total = 0;
      std::uint32_t n = 0;
      std::uint32_t x = ra;
      for (std::uint32_t i = 0; i < sample && i < size[ra]; ++i, x = next[x]) {
        std::uint32_t y = rb;
        for (std::uint32_t j = 0; j < sample && j < size[rb]; ++j, y = next[y]) {
          total += score(std::min(x, y), std::max(x, y));
          ++n;
        }
      }
      out.comparisons += n;
      if (total / n < 0.5 * threshold) continue;
    }
    if (size[ra] < size[rb]) std::swap(ra, rb);
    parent[rb] = ra;
    size[ra] += size[rb];
    std::swap(next[ra], next[rb]);
    note(e);
  }
  out.cluster_of.resize(records);
  std::vector<std::uint32_t> smallest(records, UINT32_MAX);
  for (std::uint32_t r = 0; r < records; ++r) {
    auto root = find(r);
    smallest[root] = std::min(smallest[root], r);
  }
  for (std::uint32_t r = 0; r < records; ++r) out.cluster_of[r] = smallest[find(r)];
  return out;
}

}  // namespace retorno::match
