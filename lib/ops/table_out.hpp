// One table a command writes: CSV rows as they come, or a workbook sheet written at the end.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "csv/writer.hpp"
#include "render/call_sheet.hpp"

namespace retorno::ops {

// How a command's tables are written: --format xlsx, --excel, --lang, --paper, and the day
// the workbook carries (its print header and its creation date).
struct table_style {
  bool xlsx = false;
  bool excel = false;
  bool english = false;
  render::paper paper = render::paper::letter;
  day on{};
};

// A table of canonical `columns` into `out`: as CSV (header first, each row as it comes), or as
// a one-sheet workbook (titles in --lang, typed cells) assembled by finish(), which must then be
// called before `out` is finished.
class table_out {
public:
  table_out(csv::output& out, std::span<const std::string_view> columns, const table_style& style);
  void row(std::span<const std::string> cells);
  // Writes the workbook, its sheet named `sheet_name`; nothing for CSV.
  void finish(const std::string& sheet_name);

private:
  csv::output& out_;
  std::span<const std::string_view> columns_;
  table_style style_;
  csv::csv_writer csv_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace retorno::ops
