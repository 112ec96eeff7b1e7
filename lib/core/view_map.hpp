// A hash map from text to values for millions of lookups: open addressing over one array.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

#include "core/prefetch.hpp"

namespace retorno {

// A 64-bit hash of short text (VINs, phones, item ids), eight bytes at a time.
inline std::uint64_t text_hash(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
  }
  // The last bytes, as memcpy would place them on a little-endian machine: a byte loop, since
  // memcpy of a length known only at run time is a call (an empty view may have no data).
  std::uint64_t w = 0;
  for (std::size_t k = 0; i + k < s.size(); ++k) w |= std::uint64_t{static_cast<unsigned char>(s[i + k])} << (8 * k);
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 29);
}

// Keys are views whose text outlives the map (a table, a string_pool). A slot is 8 bytes (a
// hash tag and the entry's index), at most half full, so that a miss, the common case of an
// opt-out or log lookup, usually reads one slot; entries sit in insertion order.
// std::unordered_map spends a heap node per entry and three scattered reads per lookup.
// The tag (the hash's high half) also picks the slot, so that growing never reads a key again.
template <typename V>
class view_map {
public:
  using entry = std::pair<std::string_view, V>;

  V* find(std::string_view key) {
    if (entries_.empty()) return nullptr;  // no input given: no hash to compute
    const std::uint32_t e = locate(key, text_hash(key));
    return e == none ? nullptr : &entries_[e].second;
  }
  const V* find(std::string_view key) const { return const_cast<view_map*>(this)->find(key); }

  // The value of `key`, added (value-initialised) when missing; the key stored is keep(key),
  // so that the caller can copy transient text somewhere lasting only when it is new.
  template <typename Keep>
  V& slot(std::string_view key, Keep&& keep) {
    if (2 * (entries_.size() + 1) > slots_.size()) rehash(slots_.empty() ? 16 : 2 * slots_.size());
    const std::uint64_t h = text_hash(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    std::size_t i = tag & mask_;
    for (;; i = (i + 1) & mask_) {
      const std::uint64_t s = slots_[i];
      if (s == 0) break;
      const auto e = static_cast<std::uint32_t>(s) - 1;
      if (static_cast<std::uint32_t>(s >> 32) == tag && entries_[e].first == key) return entries_[e].second;
    }
    entries_.emplace_back(keep(key), V{});
    slots_[i] = (static_cast<std::uint64_t>(tag) << 32) | entries_.size();
    return entries_.back().second;
  }
  // For keys that already last (views into a table).
  V& operator[](std::string_view lasting_key) {
    return slot(lasting_key, [](std::string_view k) { return k; });
  }

  // Asks the processor for the slot of `key` ahead of a lookup (a loop over millions of
  // scattered keys waits on memory, not on arithmetic).
  void prefetch(std::string_view key) const {
    if (!slots_.empty()) retorno::prefetch(&slots_[(text_hash(key) >> 32) & mask_]);
  }

  // Then, once that slot has arrived, for the entry it names (the first probe's: usually the
  // one looked for), so that a lookup a few steps later finds both at hand.
  void prefetch_entry(std::string_view key) const {
    if (slots_.empty()) return;
    if (const std::uint64_t s = slots_[(text_hash(key) >> 32) & mask_]; s != 0)
      retorno::prefetch(&entries_[static_cast<std::uint32_t>(s) - 1]);
  }

  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  auto begin() const { return entries_.begin(); }
  auto end() const { return entries_.end(); }
  auto begin() { return entries_.begin(); }
  auto end() { return entries_.end(); }
  void reserve(std::size_t n) {
    entries_.reserve(n);
    std::size_t size = 16;
    while (size < 2 * n) size *= 2;
    if (size > slots_.size()) rehash(size);
  }

private:
  static constexpr std::uint32_t none = UINT32_MAX;

  std::uint32_t locate(std::string_view key, std::uint64_t h) const {
    if (slots_.empty()) return none;
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = tag & mask_;; i = (i + 1) & mask_) {
      const std::uint64_t s = slots_[i];
      if (s == 0) return none;
      const auto e = static_cast<std::uint32_t>(s) - 1;
      if (static_cast<std::uint32_t>(s >> 32) == tag && entries_[e].first == key) return e;
    }
  }

  void rehash(std::size_t size) {
    std::vector<std::uint64_t> old(size, 0);
    old.swap(slots_);
    mask_ = size - 1;
    for (const std::uint64_t s : old) {
      if (s == 0) continue;
      std::size_t i = (s >> 32) & mask_;
      while (slots_[i] != 0) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<entry> entries_;
  std::vector<std::uint64_t> slots_;  // (tag << 32) | (entry + 1); 0 = empty
  std::size_t mask_ = 0;
};

}  // namespace retorno
