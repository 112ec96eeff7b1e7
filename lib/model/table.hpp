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

// A projected table held in memory: one text arena and one offset per cell (4 bytes), so
// that a million vehicles cost their text plus 4 bytes a cell.
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
    return std::string_view(arena_.data() + offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  std::uint64_t line(std::size_t row) const { return lines_[row]; }
  const std::string& path() const { return path_; }

private:
  std::string path_;
  std::size_t width_ = 0;
  big_vector<char> arena_;
  big_vector<std::uint32_t> offsets_ = first_offset();
  big_vector<std::uint32_t> lines_;

  static big_vector<std::uint32_t> first_offset() {
    big_vector<std::uint32_t> v;
    v.push_back(0);
    return v;
  }
};

}  // namespace retorno::model
