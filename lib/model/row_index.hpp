// Finding a table's row by the text of one column (a VIN): open addressing over one array.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/view_map.hpp"
#include "model/table.hpp"

namespace retorno::model {

// The first row of each distinct value of `column` of a table; lookups take the same table
// (the index keeps no pointer to it, so that both can move). One slot is 8 bytes (a hash tag and the
// row), at most half full: a million VINs take 16 MB and a lookup touches one slot and the
// row's text, where a std::unordered_map of views takes about 56 MB and three scattered reads.
class row_index {
public:
  row_index() = default;
  row_index(const table& t, std::size_t column);

  std::optional<std::uint32_t> find(const table& t, std::string_view key) const {
    if (slots_.empty()) return std::nullopt;
    const std::uint64_t h = text_hash(key);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      const std::uint64_t s = slots_[i];
      if (s == 0) return std::nullopt;
      const auto row = static_cast<std::uint32_t>(s) - 1;
      if (static_cast<std::uint32_t>(s >> 32) == tag && t.get(row, column_) == key) return row;
    }
  }

  // Asks the processor for the slot of `key` ahead of a find (a loop over many scattered
  // keys waits on memory, not on arithmetic).
  void prefetch(std::string_view key) const {
    if (!slots_.empty()) retorno::prefetch(&slots_[text_hash(key) & mask_]);
  }

  // Whether some value appears in more than one row.
  bool has_duplicates() const { return duplicates_; }

private:
  std::size_t column_ = 0;
  std::vector<std::uint64_t> slots_;  // (tag << 32) | (row + 1); 0 = empty
  std::size_t mask_ = 0;
  bool duplicates_ = false;
};

}  // namespace retorno::model
