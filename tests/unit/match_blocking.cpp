// Unit tests of lib/match/blocking.cpp: keys survive swaps and typos; pairs are compared once.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "match/blocking.hpp"
#include "match/name.hpp"

using namespace retorno::match;

namespace {
std::vector<std::uint64_t> keys_of(const std::string& key, std::uint64_t phone = 0) {
  person_view p;
  p.name = key;
  p.phones[0] = phone;
  std::vector<std::uint64_t> out;
  block_keys(p, out);
  return out;
}
bool share(const std::vector<std::uint64_t>& a, const std::vector<std::uint64_t>& b) {
  for (auto k : a)
    if (std::find(b.begin(), b.end(), k) != b.end()) return true;
  return false;
}
}  // namespace

TEST_CASE("swapped order and a typo in one word still share a block") {
  auto a = keys_of(name_match_key("JUAN GARCIA LOPEZ"));
  CHECK(share(a, keys_of(name_match_key("GARCIA LOPEZ JUAN"))));
  CHECK(share(a, keys_of(name_match_key("JUAN GRACIA LOPEZ"))));
  CHECK_FALSE(share(a, keys_of(name_match_key("PEDRO RAMIREZ SOTO"))));
  CHECK(share(keys_of("PEDRO", 42), keys_of("ANA", 42)));  // a shared phone
}

TEST_CASE("each candidate pair is compared once, and large blocks by neighbourhood") {
  // 100 people sharing one phone (a fleet's switchboard), and 10 pairs sharing a name too.
  std::vector<std::string> names;
  for (int i = 0; i < 100; ++i) names.push_back(i < 20 ? "P" + std::to_string(i / 2) + " R" + std::to_string(i / 2) : "N" + std::to_string(i) + " X");
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> offsets{0};
  for (int i = 0; i < 100; ++i) {
    person_view p;
    p.name = names[i];
    p.phones[0] = 7;
    block_keys(p, keys);
    offsets.push_back(static_cast<std::uint32_t>(keys.size()));
  }
  std::set<std::pair<std::uint32_t, std::uint32_t>> seen;
  std::size_t calls = 0;
  blocking_options opts;
  opts.full_block = 64;
  opts.window = 5;
  for_each_candidate(
      100, keys, offsets, [&](std::uint32_t r) { return std::string_view(names[r]); }, {}, opts,
      [&](std::uint32_t a, std::uint32_t b) {
        CHECK(a < b);
        seen.insert({a, b});
        ++calls;
      });
  CHECK(calls == seen.size());
  CHECK(calls <= 10 + 100 * 5);  // the name pairs, then the phone block by window: never its 4,950 pairs
  for (std::uint32_t i = 0; i < 20; i += 2) CHECK(seen.count({i, i + 1}));  // the small name blocks in full
}
