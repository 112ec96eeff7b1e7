// `retorno report`: reads the log and the optional tables into the KPI tally (rules/kpi_tally)
// and writes its rows as CSV (long format) or as the HTML dashboard.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.hpp"
#include "model/branch.hpp"
#include "rules/kpi_tally.hpp"
#include "rules/kpis.hpp"
#include "rules/reasons.hpp"

namespace retorno::ops {

using report_by = rules::kpi_grouping;

// The validated configuration of one run (tools/retorno/cmd_report.cpp builds it).
struct report_config {
  std::string log;                 // required: the contact log
  std::vector<std::string> lists;  // call lists (list_coverage)
  std::string appointments, services, vehicles, leads;
  std::string complaints;       // customer care: complaint metrics
  std::string contacts;         // the three profiles of the database's health
  std::string vehicles_before;  // last month's vehicles table: the health's change over the month
  rules::reason_map reasons = rules::reason_map::defaults();  // config::load_reasons adds the dealership's
  int months = 0;               // the monthly trend (0 = none)
  int attribution_days = rules::default_attribution_days;
  std::string output = "-";
  std::string rejects;  // "" = beside the output (x.csv -> x.rejects.csv), written only when a row is rejected
  long long end = 0;    // minutes since the epoch, exclusive: attempts before it have happened
  rules::period_kind period = rules::period_kind::month;
  report_by by = report_by::none;
  calendar::country country = calendar::country::mx;
  rules::kpi_targets targets;  // config::load_targets
  double max_reject_rate = 0.05;
  bool html = false;
  bool xlsx = false;  // the rows as a workbook: rates as percentages
  bool english = false;
  bool excel = false;
  // --branch: the attempts, listings, leads, vehicles and complaints of this branch (and of none).
  model::branch_filter branch;
};

struct report_summary {
  std::uint64_t log_rows = 0, rows_current = 0, rows_previous = 0, rows_other = 0;
  std::uint64_t rows_in = 0, rows_rejected = 0;  // every input file
  std::uint64_t log_rows_other_branches = 0;      // --branch: attempts of items of other branches
  std::vector<std::string> notes;
  std::string rejects_path;
  std::string current_label, previous_label;
  bool too_many_rejects = false;
};

// Throws retorno::error for usage, input and output errors; bad rows go to the rejects file.
report_summary run_report(const report_config& config);

// The computation alone, for the dashboard and the tests: no output written. Rejected rows
// are passed to `reject(file, line, field, value, reason)`.
struct reject_sink {
  virtual void add(std::string_view file, std::uint64_t line, std::string_view field, std::string_view value,
                   std::string_view reason) = 0;
  virtual ~reject_sink() = default;
};
rules::report_result compute_report(const report_config& config, reject_sink& rejects, report_summary& summary);

}  // namespace retorno::ops
