// Unit tests of lib/match/cluster.cpp: no chaining through weak links.
#include <doctest/doctest.h>

#include <map>

#include "match/cluster.hpp"

using namespace retorno::match;

TEST_CASE("a chain A~B~C of weak links does not merge A with C") {
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> s{{{0, 1}, 9}, {{1, 2}, 8.5}, {{0, 2}, -10}};
  auto c = cluster(3, {{0, 1, 9, 0}, {1, 2, 8.5, 0}}, 8, [&](std::uint32_t a, std::uint32_t b) { return s[{a, b}]; });
  CHECK(c.cluster_of[0] == c.cluster_of[1]);
  CHECK(c.cluster_of[2] == 2);
  CHECK(c.comparisons == 2);
}

TEST_CASE("strong triangles merge, and ids are the smallest member") {
  auto c = cluster(4, {{1, 2, 20, 0}, {2, 3, 15, 0}, {1, 3, 12, 0}}, 8, [](std::uint32_t, std::uint32_t) { return 14.0; });
  CHECK(c.cluster_of[0] == 0);
  CHECK(c.cluster_of[1] == 1);
  CHECK(c.cluster_of[2] == 1);
  CHECK(c.cluster_of[3] == 1);
  CHECK(c.best_link[3].score == 15);
}
