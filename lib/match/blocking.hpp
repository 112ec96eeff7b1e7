// Blocking: which record pairs get compared at all, so that comparisons grow about linearly.
#pragma once
#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "match/score.hpp"

namespace retorno::match {

// 64-bit FNV-1a, stable across machines and runs (person ids are built from it).
std::uint64_t fnv1a(std::string_view s, std::uint64_t seed = 14695981039346656037ull);

// The blocking keys of one record, appended to `out`: each phone, the e-mail, the first 10
// characters of the tax id, the customer number; every pair of name tokens by their first 4
// letters (order-free, so "GARCIA LOPEZ JUAN" and "JUAN GARCIA LOPEZ" share all three pairs,
// and one typo still leaves the pairs without that token); for names of two tokens or fewer,
// whose one pair a typo breaks, each token's first 3 letters with the postal code. Initials
// give no key.
// Comparisons are then bounded by keys x max(full_block, window): linear in the rows.
// With `counts` (count_name_tokens over the whole table), pairs are formed among the 3 rarest
// tokens only: 3 keys instead of 6 for a four-word name, and the rare words make small blocks.
using token_counts = std::unordered_map<std::uint64_t, std::uint32_t>;
void count_name_tokens(std::string_view name_key, token_counts& counts);
void block_keys(const person_view& p, std::vector<std::uint64_t>& out, const token_counts* counts = nullptr);

struct blocking_options {
  std::size_t full_block = 16;  // blocks up to this size: every pair is compared
  std::size_t window = 6;       // larger blocks: each record against its next `window` in name order
};

// Calls `compare(a, b)` (a < b) once for each candidate pair: every pair in a small block, and
// neighbours in name order in a large one (a common surname pair, a shared switchboard phone).
// A pair sharing several small blocks is compared in the first only. `keys_of` holds each
// record's keys (CSR: keys[offsets[r] .. offsets[r+1]]), `name_of(r)` its name key. Equal
// names in a large block go by `rank` (a permutation of the records: their order by value,
// so that the pairs compared do not depend on the table's order), or by record when empty.
void for_each_candidate(std::size_t records, const std::vector<std::uint64_t>& keys,
                        const std::vector<std::uint32_t>& offsets,
                        const std::function<std::string_view(std::uint32_t)>& name_of,
                        std::span<const std::uint32_t> rank, const blocking_options& opts,
                        const std::function<void(std::uint32_t, std::uint32_t)>& compare);

}  // namespace retorno::match
