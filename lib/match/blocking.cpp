// Blocking keys and candidate pairs: small blocks in full, large ones by sorted neighbourhood.
#include "match/blocking.hpp"

#include <algorithm>
#include <array>

namespace retorno::match {

std::uint64_t fnv1a(std::string_view s, std::uint64_t seed) {
  std::uint64_t h = seed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

namespace {

std::uint64_t mix(std::uint64_t tag, std::uint64_t v) {
  std::uint64_t x = v ^ (tag * 0x9E3779B97F4A7C15ull);
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdull;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ull;
  x ^= x >> 33;
  return x;
}

}  // namespace

namespace {

// The name's tokens without the cut mark, initials left out.
std::size_t key_tokens(std::string_view name, std::array<std::string_view, 8>& tokens) {
  std::size_t n = 0;
  std::size_t start = 0;
  while (start < name.size() && n < tokens.size()) {
    std::size_t end = name.find(' ', start);
    if (end == std::string_view::npos) end = name.size();
    std::string_view t = name.substr(start, end - start);
    if (!t.empty() && t.back() == '*') t.remove_suffix(1);
    if (t.size() >= 2) tokens[n++] = t;
    start = end + 1;
  }
  return n;
}

}  // namespace

void count_name_tokens(std::string_view name_key, token_counts& counts) {
  std::array<std::string_view, 8> tokens;
  const std::size_t n = key_tokens(name_key, tokens);
  for (std::size_t i = 0; i < n; ++i) ++counts[fnv1a(tokens[i].substr(0, 4))];
}

void block_keys(const person_view& p, std::vector<std::uint64_t>& out, const token_counts* counts) {
  const std::size_t first = out.size();
  for (auto ph : p.phones)
    if (ph) out.push_back(mix(1, ph));
  if (p.email) out.push_back(mix(2, p.email));
  if (p.tax_id.size() >= 6) out.push_back(mix(3, fnv1a(p.tax_id.substr(0, 10))));
  if (p.customer_id) out.push_back(mix(4, p.customer_id));
  std::array<std::string_view, 8> tokens;
  std::size_t n = key_tokens(p.name, tokens);
  const std::size_t all = n;
  if (counts && n > 3) {
    std::array<std::uint32_t, 8> freq{};
    for (std::size_t i = 0; i < n; ++i) {
      auto it = counts->find(fnv1a(tokens[i].substr(0, 4)));
      freq[i] = it == counts->end() ? 0 : it->second;
    }
    // Stable selection of the 3 rarest (ties: the earlier token of the key, whose tokens are sorted).
    std::array<std::size_t, 8> idx{0, 1, 2, 3, 4, 5, 6, 7};
    std::stable_sort(idx.begin(), idx.begin() + static_cast<long>(n),
                     [&](std::size_t x, std::size_t y) { return freq[x] < freq[y]; });
    std::array<std::string_view, 8> rare;
    for (std::size_t i = 0; i < 3; ++i) rare[i] = tokens[idx[i]];
    tokens = rare;
    n = 3;
  }
  for (std::size_t i = 0; i < n; ++i) {
    const auto pi = tokens[i].substr(0, 4);
    for (std::size_t j = i + 1; j < n; ++j) {
      const auto pj = tokens[j].substr(0, 4);
      if (pi == pj) continue;
      const auto& lo = pi < pj ? pi : pj;
      const auto& hi = pi < pj ? pj : pi;
      out.push_back(mix(5, fnv1a(hi, fnv1a(lo) ^ 0x5bd1e995)));
    }
    // Two-token names (FEBRL's given name + surname) lose their only pair to one typo.
    if (p.postal && all <= 2) out.push_back(mix(6, fnv1a(tokens[i].substr(0, 3), p.postal)));
  }
  std::sort(out.begin() + static_cast<long>(first), out.end());
  out.erase(std::unique(out.begin() + static_cast<long>(first), out.end()), out.end());
}

void for_each_candidate(std::size_t records, const std::vector<std::uint64_t>& keys,
                        const std::vector<std::uint32_t>& offsets,
                        const std::function<std::string_view(std::uint32_t)>& name_of,
                        std::span<const std::uint32_t> rank, const blocking_options& opts,
                        const std::function<void(std::uint32_t, std::uint32_t)>& compare) {
  struct entry {
    std::uint64_t key;
    std::uint32_t record;
    std::uint32_t slot;  // index into keys
    bool operator<(const entry& o) const { return key != o.key ? key < o.key : record < o.record; }
  };
  std::vector<entry> entries;
  entries.reserve(keys.size());
  for (std::uint32_t r = 0; r < records; ++r)
    for (std::uint32_t k = offsets[r]; k < offsets[r + 1]; ++k) entries.push_back({keys[k], r, k});
  std::sort(entries.begin(), entries.end());

  std::vector<bool> large(keys.size(), false);  // per key slot: its block is large
  for (std::size_t i = 0; i < entries.size();) {
    std::size_t j = i;
    while (j < entries.size() && entries[j].key == entries[i].key) ++j;
    if (j - i > opts.full_block)
      for (std::size_t k = i; k < j; ++k) large[entries[k].slot] = true;
    i = j;
  }
  // The first small block two records share, or ~0 when they share none.
  auto first_small_common = [&](std::uint32_t a, std::uint32_t b) {
    std::uint32_t i = offsets[a], j = offsets[b];
    while (i < offsets[a + 1] && j < offsets[b + 1]) {
      if (keys[i] < keys[j]) ++i;
      else if (keys[j] < keys[i]) ++j;
      else {
        if (!large[i]) return keys[i];
        ++i;
        ++j;
      }
    }
    return ~std::uint64_t{0};
  };

  std::vector<std::uint32_t> members;
  struct named {
    std::string_view name;
    std::uint32_t rank, record;
    bool operator<(const named& o) const { return name != o.name ? name < o.name : rank < o.rank; }
  };
  std::vector<named> by_name;
  for (std::size_t i = 0; i < entries.size();) {
    std::size_t j = i;
    while (j < entries.size() && entries[j].key == entries[i].key) ++j;
    const std::uint64_t key = entries[i].key;
    members.clear();
    for (std::size_t k = i; k < j; ++k) members.push_back(entries[k].record);
    if (members.size() > 1 && !large[entries[i].slot]) {
      for (std::size_t x = 0; x < members.size(); ++x)
        for (std::size_t y = x + 1; y < members.size(); ++y)
          if (first_small_common(members[x], members[y]) == key) compare(members[x], members[y]);
    } else if (members.size() > 1) {
      by_name.clear();
      for (auto m : members) by_name.push_back({name_of(m), rank.empty() ? m : rank[m], m});
      std::sort(by_name.begin(), by_name.end());
      for (std::size_t x = 0; x < members.size(); ++x) members[x] = by_name[x].record;
      for (std::size_t x = 0; x < members.size(); ++x)
        for (std::size_t y = x + 1; y < members.size() && y <= x + opts.window; ++y) {
          const auto a = std::min(members[x], members[y]), b = std::max(members[x], members[y]);
          if (first_small_common(a, b) == ~std::uint64_t{0}) compare(a, b);
        }
    }
    i = j;
  }
}

}  // namespace retorno::match
