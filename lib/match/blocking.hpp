// Blocking: which record pairs get compared at all, so that comparisons grow about linearly.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "match/score.hpp"

namespace retorno::match {

// 64-bit FNV-1a, stable across machines and runs (person ids are built from it).
std::uint64_t fnv1a(std::string_view s, std::uint64_t seed = 14695981039346656037ull);

// The blocking keys of one record, appended to `out`: each phone, the e-mail, the first 10
// characters of the tax id, the customer number; every pair of name tokens by their first 4
// letters (order-free, so "GARCIA LOPEZ JUAN" and "JUAN GARCIA LOPEZ" share all three pairs,
// and one typo still leaves the pairs without that token); each name token's first 3 letters
// with the postal code (two-token names with a typo). Initials give no key.
void block_keys(const person_view& p, std::vector<std::uint64_t>& out);

struct blocking_options {
  std::size_t full_block = 64;  // blocks up to this size: every pair is compared
  std::size_t window = 12;      // larger blocks: each record against its next `window` in name order
};

// Calls `compare(a, b)` (a < b) once for each candidate pair: every pair in a small block, and
// neighbours in name order in a large one (a common surname pair, a shared switchboard phone).
// A pair sharing several small blocks is compared in the first only. `keys_of` holds each
// record's keys (CSR: keys[offsets[r] .. offsets[r+1]]), `name_of(r)` its name key.
void for_each_candidate(std::size_t records, const std::vector<std::uint64_t>& keys,
                        const std::vector<std::uint32_t>& offsets,
                        const std::function<std::string_view(std::uint32_t)>& name_of,
                        const blocking_options& opts,
                        const std::function<void(std::uint32_t, std::uint32_t)>& compare);

}  // namespace retorno::match
