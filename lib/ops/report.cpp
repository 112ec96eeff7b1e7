// report: streams the contact log and the optional tables into the KPI tally, row by row (a bad
// row is rejected, not fatal), then writes the tally's rows as CSV or the HTML dashboard.
#include "core/catalog.hpp"
#include "ops/report.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "csv/rejects.hpp"
#include "csv/writer.hpp"
#include "model/branch.hpp"
#include "ops/ingest.hpp"
#include "ops/report_care.hpp"
#include "ops/report_inputs.hpp"
#include "render/dashboard.hpp"
#include "render/xlsx.hpp"
#include "rules/outcomes.hpp"
#include "rules/segments.hpp"

namespace retorno::ops {

namespace {

using sv = std::string_view;

rules::tally_options tally_options_of(const report_config& c) {
  rules::tally_options o;
  o.end = c.end;
  o.period = c.period;
  o.by = c.by;
  o.dashboard = c.html;
  o.lists = !c.lists.empty();
  o.appointments = !c.appointments.empty();
  o.vehicles = !c.vehicles.empty() && !c.services.empty();
  o.leads = !c.leads.empty();
  o.lead_country = c.country;
  o.months = c.months;
  o.attribution_days = c.attribution_days;
  o.reasons = &c.reasons;
  return o;
}

void read_appointments(const report_config& c, rules::kpi_tally& tally, reject_sink& rejects, report_summary& summary) {
  constexpr std::array<sv, 4> cols = {"appointment_id", "vin", "scheduled_at", "status"};
  constexpr std::array<sv, 2> req = {"appointment_id", "scheduled_at"};
  scan_rows(c.appointments, cols, req, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
    auto when = parse_day(r[2]);
    if (!when) return row_problem{"scheduled_at", r[2], msg::rej_not_date_time};
    if (r[3] == "showed" && !r[1].empty()) tally.add_show(r[1], *when);
    return std::nullopt;
  });
}

// Where an attempt belongs, for --by branch and --branch: its item's branch on a call list, else
// its lead's, else its vehicle's; each branch under its first spelling ("Norte", not "NORTE").
class branch_index {
public:
  bool empty() const { return items_.empty() && leads_.empty() && vins_.empty(); }
  void item(sv id, sv branch) { put(items_, id, branch); }
  void lead(sv id, sv branch) { put(leads_, id, branch); }
  void vin(sv vin, sv branch) { put(vins_, vin, branch); }
  // The branch of an attempt at `item` (segment:VIN:event) on `vin` ("" = the item's), or "".
  sv of(sv item, sv vin) const {
    if (auto b = find(items_, item); !b.empty()) return b;
    const auto first = item.find(':'), second = item.find(':', first == sv::npos ? first : first + 1);
    if (item.substr(0, first) == rules::segment_name(rules::segment::lead) && second != sv::npos)
      if (auto b = find(leads_, item.substr(second + 1)); !b.empty()) return b;
    if (vin.empty() && first != sv::npos) vin = item.substr(first + 1, second == sv::npos ? sv::npos : second - first - 1);
    return find(vins_, vin);
  }
  // The first spelling of `branch` seen ("" stays "").
  sv spelling(sv branch) {
    branch = trim(branch);
    if (branch.empty()) return {};
    std::string key;
    model::fold_branch(branch, key);
    return spellings_.emplace(std::move(key), std::string(branch)).first->second;
  }

private:
  using map = std::unordered_map<std::string, std::string>;
  void put(map& m, sv key, sv branch) {
    const sv name = spelling(branch);
    if (!key.empty() && !name.empty()) m.emplace(std::string(key), std::string(name));
  }
  static sv find(const map& m, sv key) {
    if (m.empty() || key.empty()) return {};
    const auto it = m.find(std::string(key));
    return it == m.end() ? sv() : sv(it->second);
  }
  map items_, leads_, vins_;
  std::unordered_map<std::string, std::string> spellings_;  // lower case -> the first spelling
};

// A sink that keeps nothing: the branch index reads the inputs before the report does, which
// rejects their bad rows in its own pass.
struct no_rejects : reject_sink {
  void add(sv, std::uint64_t, sv, sv, sv) override {}
};

// The branches of the lists' items, the leads and the vehicles, when the report needs them.
branch_index read_branches(const report_config& c) {
  branch_index index;
  if (!c.branch.active() && c.by != report_by::branch) return index;
  no_rejects none;
  report_summary scratch;
  constexpr std::array<sv, 2> list_cols = {"item_id", "branch"};
  for (const auto& path : c.lists)
    scan_rows(path, list_cols, std::array<sv, 1>{"item_id"}, none, scratch, [&](const model::row_view& r) {
      index.item(r[0], r[1]);
      return std::optional<row_problem>();
    });
  if (!c.leads.empty())
    scan_rows(c.leads, std::array<sv, 2>{"lead_id", "branch"}, std::array<sv, 1>{"lead_id"}, none, scratch,
              [&](const model::row_view& r) {
                index.lead(r[0], r[1]);
                return std::optional<row_problem>();
              });
  if (!c.vehicles.empty())
    scan_rows(c.vehicles, std::array<sv, 2>{"vin", "branch"}, std::array<sv, 1>{"vin"}, none, scratch,
              [&](const model::row_view& r) {
                index.vin(r[0], r[1]);
                return std::optional<row_problem>();
              });
  return index;
}

void read_log(const report_config& c, rules::kpi_tally& tally, score_log& scores, reject_sink& rejects,
              report_summary& summary, branch_index& branches) {
  constexpr std::array<sv, 9> all = {"item_id", "vin",     "agent",  "attempted_at",  "channel",
                                     "outcome", "reason", "appointment_at", "score"};
  std::uint64_t bad_scores = 0;
  constexpr std::array<sv, 4> required = {"item_id", "attempted_at", "channel", "outcome"};
  summary.log_rows = scan_rows(c.log, all, required, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
    if (r[0].empty()) return row_problem{"item_id", r[0], msg::rej_required_missing};
    auto at = parse_minutes(r[3]);
    if (!at || r[3].size() < 10) return row_problem{"attempted_at", r[3], msg::rej_not_date_time};
    const auto via = rules::parse_channel(r[4]);
    if (!via) return row_problem{"channel", r[4], msg::prob_unknown};
    const auto outcome = rules::parse_outcome(r[5]);
    if (!outcome) return row_problem{"outcome", r[5], msg::prob_unknown};
    rules::logged_attempt a;
    a.item = r[0];
    a.vin = r[1];
    a.agent = r[2];
    a.reason = trim(r[6]);
    a.branch = branches.of(r[0], r[1]);
    // An attempt of another branch's item is read (it is no reject) and left out, counted.
    if (!c.branch.keeps(a.branch)) {
      ++summary.log_rows_other_branches;
      return std::nullopt;
    }
    a.at = *at;
    a.via = *via;
    a.result = *outcome;
    // Only a booking's appointment_at is read; an unreadable one books no particular day.
    if (rules::books(*outcome)) a.booked_for = parse_day(r[7]);
    tally.add_attempt(a);
    // A score that is no whole number from 0 to 10 is left out; the attempt still counts.
    if (!r[8].empty() && !scores.add(r[0], *at, r[8])) ++bad_scores;
    return std::nullopt;
  });
  if (bad_scores)
    summary.notes.push_back(tr(msg::note_bad_scores, bad_scores, c.log));
  const auto& n = tally.rows();
  summary.rows_current = n.current;
  summary.rows_previous = n.previous;
  summary.rows_other = n.other;
}

void read_lists(const report_config& c, rules::kpi_tally& tally, reject_sink& rejects, report_summary& summary,
                branch_index& branches) {
  constexpr std::array<sv, 5> cols = {"item_id", "list_date", "segment", "agent", "branch"};
  constexpr std::array<sv, 2> req = {"item_id", "list_date"};
  for (const auto& path : c.lists)
    scan_rows(path, cols, req, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
      if (r[0].empty()) return row_problem{"item_id", r[0], msg::rej_required_missing};
      auto d = parse_day(r[1]);
      if (!d) return row_problem{"list_date", r[1], msg::rej_not_date};
      if (!c.branch.keeps(r[4])) return std::nullopt;
      tally.add_listing(r[0], *d, r[2], r[3], branches.spelling(r[4]));
      return std::nullopt;
    });
}

void read_leads(const report_config& c, rules::kpi_tally& tally, reject_sink& rejects, report_summary& summary,
                branch_index& branches) {
  constexpr std::array<sv, 4> cols = {"lead_id", "received_at", "assigned_to", "branch"};
  constexpr std::array<sv, 2> req = {"lead_id", "received_at"};
  scan_rows(c.leads, cols, req, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
    auto received = parse_minutes(r[1]);
    if (!received || r[1].size() < 10) return row_problem{"received_at", r[1], msg::rej_not_date_time};
    if (!c.branch.keeps(r[3])) return std::nullopt;
    tally.add_lead(r[0], *received, r[2], branches.spelling(r[3]));
    return std::nullopt;
  });
}

}  // namespace

rules::report_result compute_report(const report_config& c, reject_sink& rejects, report_summary& summary) {
  rules::kpi_tally tally(tally_options_of(c));
  summary.current_label = tally.periods().current.label;
  summary.previous_label = tally.periods().previous.label;
  score_log scores;
  // The order of the reads is the order of the rejects file.
  if (!c.appointments.empty()) read_appointments(c, tally, rejects, summary);
  branch_index branches = read_branches(c);
  if (c.branch.active() && branches.empty())
    summary.notes.push_back(tr(msg::note_branch_unknown));
  read_log(c, tally, scores, rejects, summary, branches);
  if (!c.lists.empty()) read_lists(c, tally, rejects, summary, branches);
  if (!c.leads.empty()) read_leads(c, tally, rejects, summary, branches);
  if (!c.vehicles.empty() && !c.services.empty()) read_vehicles(c, tally, rejects, summary);
  std::vector<rules::period> buckets = {tally.periods().current, tally.periods().previous};
  buckets.insert(buckets.end(), tally.months().begin(), tally.months().end());
  rules::care_tally care(std::move(buckets));
  read_care(c, scores, care, rejects, summary);
  auto res = tally.result(c.targets);
  care.emit(res.rows, res.month_rows, res.left_out, c.targets);
  std::stable_sort(res.month_rows.begin(), res.month_rows.end(),
                   [](const rules::kpi_row& a, const rules::kpi_row& b) { return a.period < b.period; });
  return res;
}

namespace {

// The report's rejects. Written on every run when named or beside a file (a header alone when
// nothing was rejected: last night's rejects never linger); beside standard output, only
// when a row was rejected.
class file_rejects : public reject_sink {
public:
  file_rejects(std::string path, bool eager, bool excel) : file_(std::move(path), eager, excel) {}
  void add(sv file, std::uint64_t line, sv field, sv value, sv reason) override {
    file_.add(file, line, field, value, reason);
  }
  csv::rejects_file& file() { return file_; }

private:
  csv::rejects_file file_;
};

// The report as a workbook: the CSV's rows, rates as percentages and counts as numbers.
std::string report_workbook(const rules::report_result& res, const report_config& c) {
  namespace x = render::xlsx;
  constexpr sv columns[] = {"period", "group_by", "group", "metric", "value", "numerator", "denominator", "previous",
                            "target"};
  x::sheet sheet;
  sheet.name = text(msg::report_sheet_kpis, c.english);

  sheet.page_header = res.periods.current.label;
  for (sv col : columns) sheet.headers.push_back(x::column_title(col, c.english));
  for (const auto& r : res.rows) {
    const x::kind value = r.is_rate ? x::kind::percent : x::kind::number;
    const bool decimal = r.is_rate || r.one_decimal;  // as the CSV writes it: a mean score keeps its decimal
    sheet.rows.push_back({{res.periods.current.label, x::kind::text},
                          {r.group_by, x::kind::text},
                          {r.group, x::kind::text},
                          {r.metric, x::kind::text},
                          {rules::format_value(r.value, decimal), value},
                          {r.numerator, x::kind::number},
                          {r.denominator, x::kind::number},
                          {rules::format_value(r.previous, decimal), value},
                          {r.target ? fmt::format("{:g}", *r.target) : std::string(), value}});
  }
  return x::workbook({&sheet, 1}, {sheet.name, day_index(c.end - 1), render::paper::letter, c.english});
}

}  // namespace

report_summary run_report(const report_config& c) {
  report_summary summary;
  const std::string rejects_path = !c.rejects.empty() ? c.rejects : default_rejects_path(c.output);
  file_rejects rejects(rejects_path, !c.rejects.empty() || (c.output != "-" && !c.output.empty()), c.excel);
  auto res = compute_report(c, rejects, summary);
  summary.notes.insert(summary.notes.begin(), res.left_out.begin(), res.left_out.end());

  csv::output out(c.output);
  if (c.html) {
    out.write(render::dashboard(res, c.english));
  } else if (c.xlsx) {
    out.write(report_workbook(res, c));
  } else {
    csv::csv_writer w(out, c.excel);
    w.row({"period", "group_by", "group", "metric", "value", "numerator", "denominator", "previous", "target"});
    for (const auto& r : res.rows) {
      w.row(std::vector<std::string>{res.periods.current.label, r.group_by, r.group, r.metric,
                                     rules::format_row(r, r.value), r.numerator, r.denominator,
                                     rules::format_row(r, r.previous),
                                     r.target ? fmt::format("{:g}", *r.target) : std::string()});
    }
    // The monthly trend: the same columns, one period per month, oldest first.
    for (const auto& r : res.month_rows)
      w.row(std::vector<std::string>{r.period, r.group_by, r.group, r.metric, rules::format_row(r, r.value),
                                     r.numerator, r.denominator, "", ""});
  }
  out.finish();
  rejects.file().finish();
  out.publish();
  rejects.file().publish();
  summary.rejects_path = rejects.file().path();
  summary.too_many_rejects = summary.rows_in > 0 && static_cast<double>(summary.rows_rejected) >
                                                        c.max_reject_rate * static_cast<double>(summary.rows_in);
  return summary;
}

}  // namespace retorno::ops
