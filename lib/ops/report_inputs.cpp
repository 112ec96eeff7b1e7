// Report inputs: streamed canonical tables whose bad rows are rejected; vehicles joined to their repair orders.
#include "core/catalog.hpp"
#include "ops/report_inputs.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/dates.hpp"
#include "core/error.hpp"
#include "csv/reader.hpp"
#include "csv/rejects.hpp"
#include "model/tables.hpp"
#include "rules/kpis.hpp"
#include "schema/convert.hpp"

namespace retorno::ops {

std::uint64_t scan_rows(const std::string& path, std::span<const std::string_view> columns,
                        std::span<const std::string_view> required, reject_sink& rejects, report_summary& summary,
                        const std::function<std::optional<row_problem>(const model::row_view&)>& fn) {
  csv::reader in(path, {});
  csv::record rec;
  if (!in.next(rec)) throw input_error(path, 0, tr(msg::err_empty_file));
  model::check_table(path, rec.line, rec.fields, columns);
  std::vector<int> index(columns.size(), -1);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    auto it = std::find(rec.fields.begin(), rec.fields.end(), columns[c]);
    if (it != rec.fields.end()) index[c] = static_cast<int>(it - rec.fields.begin());
  }
  for (auto r : required) {
    auto c = std::find(columns.begin(), columns.end(), r) - columns.begin();
    if (c == static_cast<long>(columns.size()) || index[c] < 0)
      throw input_error(path, rec.line, tr(msg::err_missing_column, r), tr(msg::err_missing_column_hint));
  }
  const std::size_t width = rec.fields.size();
  std::vector<std::string_view> cells(columns.size());
  std::uint64_t rows = 0;
  while (in.next(rec)) {
    ++rows;
    ++summary.rows_in;
    if (rec.problem != csv::record_problem::none || rec.fields.size() != width) {
      auto why = rec.problem != csv::record_problem::none ? csv::problem_message(rec.problem)
                                                          : csv::ragged_reason(rec.fields.size(), width);
      // The rejects file is UTF-8: bytes that are not go as '?'.
      std::string raw(rec.raw);
      for (auto& ch : raw)
        if (static_cast<unsigned char>(ch) >= 0x80 && rec.problem == csv::record_problem::invalid_utf8) ch = '?';
        else if (ch == '\0') ch = '?';
      rejects.add(path, rec.line, "", raw, why);
      ++summary.rows_rejected;
      continue;
    }
    for (std::size_t c = 0; c < columns.size(); ++c) cells[c] = index[c] >= 0 ? rec.fields[index[c]] : std::string_view();
    if (auto bad = fn(model::row_view{cells, rec.line})) {
      rejects.add(path, rec.line, bad->field, bad->value, tr(bad->reason));
      ++summary.rows_rejected;
    }
  }
  return rows;
}

void read_vehicles(const report_config& c, rules::kpi_tally& tally, reject_sink& rejects, report_summary& summary) {
  using sv = std::string_view;
  std::unordered_map<std::string, rules::vehicle_history> vehicles;
  constexpr std::array<sv, 3> vcols = {"vin", "dofu", "branch"};
  constexpr std::array<sv, 1> vreq = {"vin"};
  std::unordered_set<std::string> elsewhere;  // --branch: vehicles of other branches (their ROs are not unknown)
  scan_rows(c.vehicles, vcols, vreq, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
    if (r[0].empty()) return row_problem{"vin", r[0], msg::rej_required_missing};
    if (!c.branch.keeps(r[2])) elsewhere.emplace(r[0]);
    auto& v = vehicles[std::string(r[0])];
    if (auto d = parse_day(r[1])) v.dofu = day_number(*d);  // an unreadable DOFU: in operation, in no cohort
    return std::nullopt;
  });
  constexpr std::array<sv, 4> scols = {"ro_number", "vin", "opened_on", "service_type"};
  constexpr std::array<sv, 3> sreq = {"ro_number", "vin", "opened_on"};
  std::uint64_t unknown = 0;
  scan_rows(c.services, scols, sreq, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
    auto d = parse_day(r[2]);
    if (!d) return row_problem{"opened_on", r[2], msg::rej_not_date};
    auto it = vehicles.find(std::string(r[1]));
    if (it == vehicles.end()) {
      ++unknown;
      return std::nullopt;
    }
    it->second.visits.push_back(day_number(*d));
    if (r[3] == "maintenance") it->second.maintenance.push_back(day_number(*d));
    return std::nullopt;
  });
  if (unknown)
    summary.notes.push_back(tr(msg::note_unknown_service_vins, unknown, c.vehicles));
  for (auto& [vin, v] : vehicles)
    if (elsewhere.empty() || !elsewhere.count(vin)) tally.add_vehicle(vin, std::move(v));
}

}  // namespace retorno::ops
