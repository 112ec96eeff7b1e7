// Reading canonical tables (the output of ingest) by column name: streamed, or held compactly.
#pragma once
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/big_vector.hpp"
#include "core/prefetch.hpp"

namespace retorno::model {

// One row of a projection: the requested columns in the requested order ("" when the file
// lacks an optional column).
struct row_view {
  std::span<const std::string_view> cells;
  std::uint64_t line;
  std::string_view operator[](std::size_t i) const { return cells[i]; }
};

// Streams the rows of a canonical CSV, projected onto `columns`. Columns listed in `required`
// must be in the header (input error, exit 3, otherwise); a row with the wrong number of
// fields is an input error naming its line. Returns the number of rows.
std::uint64_t for_each_row(const std::string& path, std::span<const std::string_view> columns,
                           std::span<const std::string_view> required,
                           const std::function<void(const row_view&)>& fn);

// A projected table held in memory: one text arena, one 4-byte start per row and one 2-byte
// end per cell (relative to its row), so that a million vehicles of 21 columns cost their text
// plus 46 bytes a row. A table with a row over 64 KiB of text switches to 4-byte ends.
class table {
public:
  table() = default;
  table(const std::string& path, std::span<const std::string_view> columns,
        std::span<const std::string_view> required);
  // An empty table of `width` columns read from `path`, filled with append.
  table(std::size_t width, std::string path) : path_(std::move(path)), width_(width) {}
  // Adds a row of `width` cells (from `path`'s line `line`); returns its index.
  std::uint32_t append(std::span<const std::string_view> cells, std::uint64_t line);
  // Drops the last row, and its text: a row replaced right after it was added costs nothing.
  void pop_back();
  std::size_t rows() const { return lines_.size(); }
  std::string_view get(std::size_t row, std::size_t col) const {
    const std::size_t i = row * width_ + col;
    const char* base = arena_.data() + starts_[row];
    if (!wide_) {
      const std::size_t b = col ? ends16_[i - 1] : 0;
      return std::string_view(base + b, ends16_[i] - b);
    }
    const std::size_t b = col ? ends32_[i - 1] : 0;
    return std::string_view(base + b, ends32_[i] - b);
  }
  // Asks the processor for a row ahead of reading it, when rows are read in scattered order:
  // first where it lies (its start and ends), then, some rows later, its text.
  void prefetch_index(std::size_t row) const {
    prefetch(&starts_[row]);
    const std::size_t i = row * width_;
    if (!wide_) prefetch(&ends16_[i]), prefetch(&ends16_[i + width_ - 1]);
    else prefetch(&ends32_[i]), prefetch(&ends32_[i + width_ - 1]);
  }
  void prefetch_text(std::size_t row) const {
    const char* p = arena_.data() + starts_[row];
    const char* end = row + 1 < starts_.size() ? arena_.data() + starts_[row + 1] : arena_.data() + arena_.size();
    for (int lines = 0; p < end && lines < 8; p += 64, ++lines) prefetch(p);
  }
  std::uint64_t line(std::size_t row) const { return lines_[row]; }
  const std::string& path() const { return path_; }

private:
  std::string path_;
  std::size_t width_ = 0;
  big_vector<char> arena_;
  big_vector<std::uint32_t> starts_;  // per row: where its text begins in arena_
  big_vector<std::uint16_t> ends16_;  // per cell: where it ends, from its row's start
  big_vector<std::uint32_t> ends32_;  // the same, once some row is over 64 KiB (wide_)
  bool wide_ = false;
  big_vector<std::uint32_t> lines_;

  void widen();
};

}  // namespace retorno::model
