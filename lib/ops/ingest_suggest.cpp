// Reads an unknown export's header and a sample of its rows, and writes the suggested schema.
#include "core/catalog.hpp"
#include "ops/ingest_suggest.hpp"

#include "core/error.hpp"
#include "csv/reader.hpp"
#include "csv/writer.hpp"
#include "schema/detect.hpp"
#include "schema/suggest.hpp"

namespace retorno::ops {

suggest_summary run_suggest_schema(const ingest_config& c, bool english) {
  csv::reader in(c.input, c.reader);
  std::vector<std::vector<std::string>> rows;
  csv::record r;
  constexpr std::size_t header_rows = 20, sample_rows = 500;
  while (rows.size() < header_rows + sample_rows && in.next(r)) {
    if (r.problem != csv::record_problem::none) continue;
    rows.emplace_back(r.fields.begin(), r.fields.end());
  }
  std::vector<std::vector<std::string>> head(rows.begin(), rows.begin() + std::min(rows.size(), header_rows));
  const auto at = schema::find_raw_header(head);
  if (!at) throw input_error(in.display_name(), 0, tr(msg::err_no_header_to_suggest));
  const std::vector<std::string> header = rows[*at];
  rows.erase(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(*at) + 1);
  const auto known = schema::load_all(c.schema_dirs);
  const std::string country = c.country && *c.country == retorno::country::co ? "CO" : "MX";
  const auto s = schema::suggest(header, rows, known, country);
  csv::output out(c.output);
  out.write(schema::schema_text(s, c.input == "-" ? std::string("-") : in.display_name(), english));
  out.commit();
  return {s.table, header.size(), s.matched, rows.size()};
}

}  // namespace retorno::ops
