// Excel workbooks (.xlsx) of the day's tables: typed cells, one sheet per agent, print-ready.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "render/call_sheet.hpp"

namespace retorno::render::xlsx {

// What a cell holds, so that a spreadsheet neither turns a phone into a number
// (+523343591939 -> 523343591939) nor leaves a date as text.
enum class kind : std::uint8_t {
  text,      // kept as written: ids, phones, VINs, codes
  number,    // 12, 45300, 12.5
  km,        // a number shown with thousands separators
  date,      // YYYY-MM-DD
  datetime,  // YYYY-MM-DDTHH:MM
  percent,   // percentage points as the CSV writes them ("45.3" is shown as 45.3%)
};

struct cell {
  std::string text;  // the CSV's form of the value; "" leaves the cell blank
  kind type = kind::text;
};

// One worksheet: a header row (frozen, with filters) and the rows under it.
struct sheet {
  std::string name;         // the tab; cut to 31 characters and cleaned of []:*?/\ when written
  std::string page_header;  // printed at the top of every page ("Agente: ANA")
  std::vector<std::string> headers;
  std::vector<std::vector<cell>> rows;
};

struct workbook_info {
  std::string title;           // the document's title property
  long long created_day = 0;   // days since 1970-01-01: the file's creation date (same inputs, same bytes)
  paper size = paper::letter;  // every sheet prints landscape on this paper
  bool english = false;        // date formats: dd/mm/yyyy in Spanish, yyyy-mm-dd in English
};

// The bytes of an .xlsx file holding `sheets` in order (libxlsxwriter): values typed, the
// header row frozen and filtered, columns as wide as their content (within limits), fitted
// to the page's width, the header repeated on every printed page. A cell whose text does not
// read as its kind (a "date" of "11") is written as text, never lost. Throws an output error
// when the workbook cannot be assembled.
std::string workbook(std::span<const sheet> sheets, const workbook_info& info);

// The kind of a canonical column, by its name: dates, datetimes, counts, km, rates; text
// otherwise (ids, phones, VINs, codes).
kind column_kind(std::string_view column);

// A canonical column's title as a person reads it, in Spanish or English; the name itself when
// it has none ("customer_name" -> "Cliente" / "Customer").
std::string column_title(std::string_view column, bool english);

// A sheet of canonical columns: titles in the language, each cell typed by its column.
sheet table_sheet(std::string name, std::string page_header, std::span<const std::string_view> columns,
                  const std::vector<std::vector<std::string>>& rows, bool english);

// The call list as a workbook's sheets: a summary (per agent: calls, messages, and per segment)
// then one sheet per agent in order of first appearance, rows in list order; rows without an
// agent go to one sheet of their own. `columns` names the row cells (one must be "agent").
std::vector<sheet> call_list_sheets(std::span<const std::string_view> columns,
                                    const std::vector<std::vector<std::string>>& rows, const std::string& list_date,
                                    bool english);

}  // namespace retorno::render::xlsx
