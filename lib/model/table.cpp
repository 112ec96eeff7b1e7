// Canonical tables read back by name: header checks, projection, compact storage.
#include "core/catalog.hpp"
#include "model/table.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "csv/reader.hpp"
#include "model/tables.hpp"

namespace retorno::model {

std::uint64_t for_each_row(const std::string& path, std::span<const std::string_view> columns,
                           std::span<const std::string_view> required,
                           const std::function<void(const row_view&)>& fn) {
  // retorno writes canonical tables with commas, but their cells may hold many `;` and `|`
  // (dq_flags, notes) that would sway the sniffer: read with commas first, and sniff only when
  // the header does not read that way (a table re-saved by a spreadsheet with `;`).
  std::vector<int> index(columns.size(), -1);
  auto header_ok = [&](const csv::record& rec) {
    std::fill(index.begin(), index.end(), -1);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      auto it = std::find(rec.fields.begin(), rec.fields.end(), columns[c]);
      if (it != rec.fields.end()) index[c] = static_cast<int>(it - rec.fields.begin());
    }
    for (auto r : required) {
      auto c = std::find(columns.begin(), columns.end(), r) - columns.begin();
      if (c == static_cast<long>(columns.size()) || index[c] < 0) return std::optional<std::string_view>(r);
    }
    return std::optional<std::string_view>();
  };
  csv::reader_options comma;
  comma.delimiter = ',';
  std::optional<csv::reader> in;
  in.emplace(path, path == "-" ? csv::reader_options{} : comma);
  csv::record rec;
  if (!in->next(rec)) throw input_error(path, 0, tr(msg::err_empty_file));
  if (header_ok(rec) && path != "-") {
    in.emplace(path, csv::reader_options{});
    if (!in->next(rec)) throw input_error(path, 0, tr(msg::err_empty_file));
  }
  check_table(path, rec.line, rec.fields, columns);
  if (auto missing = header_ok(rec))
    throw input_error(path, rec.line, tr(msg::err_missing_column, *missing), tr(msg::err_missing_column_hint));
  // A column named twice: which one is meant cannot be known.
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (index[c] < 0) continue;
    const auto again = std::find(rec.fields.begin() + index[c] + 1, rec.fields.end(), columns[c]);
    if (again != rec.fields.end())
      throw input_error(path, rec.line, tr(msg::err_column_twice, columns[c], index[c] + 1, again - rec.fields.begin() + 1));
  }
  // VINs join the tables: a canonical table written by hand in lower case joins all the same.
  const auto vin_at = std::find(columns.begin(), columns.end(), "vin") - columns.begin();
  const bool has_vin = vin_at < static_cast<long>(columns.size()) && index[vin_at] >= 0;
  std::string upper_vin;
  const std::size_t width = rec.fields.size();
  std::vector<std::string_view> cells(columns.size());
  std::uint64_t rows = 0;
  while (in->next(rec)) {
    if (rec.problem != csv::record_problem::none)
      throw input_error(path, rec.line, csv::problem_message(rec.problem));
    if (rec.fields.size() != width)
      throw input_error(path, rec.line, tr(msg::err_ragged, rec.fields.size(), width));
    for (std::size_t c = 0; c < columns.size(); ++c) cells[c] = index[c] >= 0 ? rec.fields[index[c]] : std::string_view();
    if (has_vin && has_lower_ascii(cells[vin_at])) {
      upper_vin.assign(cells[vin_at]);
      for (char& ch : upper_vin)
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
      cells[vin_at] = upper_vin;
    }
    fn(row_view{cells, rec.line});
    ++rows;
  }
  return rows;
}

table::table(const std::string& path, std::span<const std::string_view> columns,
             std::span<const std::string_view> required)
    : path_(path), width_(columns.size()) {
  for_each_row(path, columns, required, [&](const row_view& row) { append(row.cells, row.line); });
}

std::uint32_t table::append(std::span<const std::string_view> cells, std::uint64_t line) {
  const std::size_t start = arena_.size();
  if (start > UINT32_MAX) throw input_error(path_, line, tr(msg::err_table_too_big));
  starts_.push_back(static_cast<std::uint32_t>(start));
  for (auto cell : cells) {
    arena_.append(cell.data(), cell.size());
    const std::size_t end = arena_.size() - start;
    if (!wide_ && end > UINT16_MAX) widen();
    if (wide_) {
      if (end > UINT32_MAX) throw input_error(path_, line, tr(msg::err_row_too_big));
      ends32_.push_back(static_cast<std::uint32_t>(end));
    } else {
      ends16_.push_back(static_cast<std::uint16_t>(end));
    }
  }
  lines_.push_back(static_cast<std::uint32_t>(line));
  return static_cast<std::uint32_t>(lines_.size() - 1);
}

void table::widen() {
  for (const std::uint16_t end : ends16_) ends32_.push_back(end);
  big_vector<std::uint16_t>().swap(ends16_);
  wide_ = true;
}

void table::pop_back() {
  if (lines_.empty()) return;
  lines_.pop_back();
  if (wide_) ends32_.resize(ends32_.size() - width_);
  else ends16_.resize(ends16_.size() - width_);
  arena_.resize(starts_.back());  // shrinks: no record is created
  starts_.pop_back();
}

}  // namespace retorno::model
