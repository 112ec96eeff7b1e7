// dedupe's input held whole in memory: one text arena and one 32-bit offset per cell.
#pragma once
#include <algorithm>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model/branch.hpp"

namespace retorno::ops {

// A table read once and then looked at in any order (dedupe sorts, groups and writes it).
// 4 bytes of offset a cell: a million contacts cost 68 MB here.
struct held_table {
  std::vector<std::string> header;
  std::string arena;
  std::vector<std::uint32_t> offsets{0};
  std::vector<std::uint64_t> lines;  // each row's line in the file
  std::size_t width = 0;

  std::size_t rows() const { return lines.size(); }
  // The cell, or "" when `col` is -1 (a column the table lacks).
  std::string_view get(std::size_t row, int col) const {
    if (col < 0) return {};
    const std::size_t i = row * width + static_cast<std::size_t>(col);
    return std::string_view(arena).substr(offsets[i], offsets[i + 1] - offsets[i]);
  }
  // The column's index, or -1.
  int column(std::string_view name) const {
    auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
  }
  // Appends a row of `width` fields read from `line`; false once the text passes 4 GiB,
  // beyond what the offsets can say.
  bool add_row(std::span<const std::string_view> fields, std::uint64_t line) {
    for (auto f : fields) {
      arena.append(f);
      if (arena.size() > UINT32_MAX) return false;
      offsets.push_back(static_cast<std::uint32_t>(arena.size()));
    }
    lines.push_back(line);
    return true;
  }
};

// Reads a CSV table ("-" = standard input). Throws retorno::error (input): unreadable, no
// header row, a broken record, or a row whose field count is not the header's. With a `branch`
// column and an active `only`, the rows of other branches are counted in `left_out`, not held.
held_table read_held_table(const std::string& path, const model::branch_filter& only = {},
                           std::uint64_t* left_out = nullptr);

}  // namespace retorno::ops
