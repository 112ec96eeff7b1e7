// dedupe's VIN merge: the rows of one vehicle become one output row, the newest values first.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ops/held_table.hpp"

namespace retorno::ops {

// Output rows as groups of source rows, each group newest first.
struct row_groups {
  std::vector<std::uint32_t> order;  // source rows, group after group
  std::vector<std::uint32_t> start;  // group g is order[start[g] .. start[g + 1]); one past the last too
  std::size_t size() const { return start.size() - 1; }
  std::span<const std::uint32_t> rows(std::size_t g) const {
    return std::span<const std::uint32_t>(order).subspan(start[g], start[g + 1] - start[g]);
  }
};

// Every source row its own output row, in file order (contacts: one VIN has several people).
row_groups one_group_per_row(std::size_t rows);

// One group per VIN (vehicles). Within a group the newest row comes first: the latest of its
// km_date, last_service_date and dofu, then the later origin (file name, then line number:
// the later line of one export), then the greater cells. The rows' order in the table does
// not change a group: only rows equal in every cell are ordered by position. Rows without a
// VIN stay alone: nothing tells them apart. Groups come in the order of their first source row.
row_groups group_by_vin(const held_table& t);

// The newest non-empty value of a column among a group's rows ("" for a missing column).
inline std::string_view newest_value(const held_table& t, std::span<const std::uint32_t> rows, int col) {
  if (col < 0) return {};
  for (auto r : rows)
    if (auto v = t.get(r, col); !v.empty()) return v;
  return {};
}

// One output row merged from a group, as the table's columns.
struct merged_row {
  std::vector<std::string_view> cells;  // per input column; views into the table and into this
  std::string origin;                   // every source row's origin, newest first, joined by '+'
  std::string flags;                    // the rows' own flags once each, then the conflicts
  std::uint64_t conflicts = 0;          // values overruled by a newer row's
};

// Merges groups of one table: each column takes its newest non-empty value; every other
// non-empty value of it becomes `column:conflict=value` in dq_flags (the VIN, origin, dq_flags
// and person_id columns excepted). A group of one row keeps its values, its flags listed once.
class vin_merger {
public:
  explicit vin_merger(const held_table& t);
  // The merged row of `rows` (newest first), valid until the next call.
  const merged_row& merge(std::span<const std::uint32_t> rows);

private:
  const held_table& t_;
  int c_vin_, c_origin_, c_flags_, c_pid_;
  merged_row row_;
  std::string flag_;
};

}  // namespace retorno::ops
