// One table a command writes, as CSV or as an .xlsx workbook.
#include "ops/table_out.hpp"

#include "render/xlsx.hpp"

namespace retorno::ops {

table_out::table_out(csv::output& out, std::span<const std::string_view> columns, const table_style& style)
    : out_(out), columns_(columns), style_(style), csv_(out, style.excel && !style.xlsx) {
  if (!style_.xlsx) csv_.row(columns);
}

void table_out::row(std::span<const std::string> cells) {
  if (style_.xlsx) rows_.emplace_back(cells.begin(), cells.end());
  else csv_.row(cells);
}

void table_out::finish(const std::string& sheet_name) {
  if (!style_.xlsx) return;
  const auto sheet = render::xlsx::table_sheet(sheet_name, format_day(style_.on), columns_, rows_, style_.english);
  out_.write(render::xlsx::workbook({&sheet, 1}, {sheet_name, style_.on.time_since_epoch().count(), style_.paper,
                                                  style_.english}));
}

}  // namespace retorno::ops
