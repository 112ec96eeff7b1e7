// The canonical tables of doc/design.md: their names and columns, in contract order.
#pragma once
#include <span>
#include <string_view>
#include <vector>

namespace retorno::model {

struct table_def {
  std::string_view name;
  std::span<const std::string_view> columns;  // without the trailing origin and dq_flags
  bool has_provenance;                         // ends with origin, dq_flags (input tables do)
};

// nullptr when `name` is not a canonical table.
const table_def* find_table(std::string_view name);

// Position of `column` in the table, or -1.
int column_index(const table_def& t, std::string_view column);

}  // namespace retorno::model
