// Clustering matched pairs into persons without chaining strangers through one weak link.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

namespace retorno::match {

struct edge {
  std::uint32_t a, b;
  float score;
  unsigned agreed;  // match::field_bit mask
};

struct clustering {
  std::vector<std::uint32_t> cluster_of;  // the smallest record index of each record's cluster
  std::vector<edge> best_link;            // per record: its strongest accepted link (score NaN: none)
  std::uint64_t comparisons = 0;          // pairs scored by the cross-checks
};

// Edges (all at or above `threshold`) are taken strongest first. Two singletons joined by an
// edge merge; two groups merge only when the average score over the pairs across them (at
// most 16 x 16 members, re-scored with `score`) is at least half of `threshold`. So A~B and
// B~C, two weak links with A and C unlike each other, leave C out of {A, B}: average linkage
// instead of the connected components that chain a city of namesakes into one person.
// Edges of equal score go by record number, and a merge samples the members in the order
// the merges made: numbered in an order of their values (match/persons does), records cluster
// the same whatever the table's order.
clustering cluster(std::size_t records, std::vector<edge> edges, double threshold,
                   const std::function<double(std::uint32_t, std::uint32_t)>& score);

}  // namespace retorno::match
