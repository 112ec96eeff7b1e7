// KPI definitions of DESIGN.md "Rules — KPIs": periods, outcome classes, ratios. Pure, no I/O.
#pragma once
#include <climits>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"

namespace retorno::rules {

enum class period_kind { week, month };

// A span of attempts: minutes since the epoch, [from, to). `first` and `last` are its days.
struct period {
  long long from = 0, to = 0;
  day first{}, last{};
  std::string label;  // "2026-11" or "2026-W48"
  bool contains(long long minute) const { return minute >= from && minute < to; }
  bool contains_day(day d) const { return d >= first && d <= last; }
};

// The report period is the week (ISO, Monday first) or month holding the last minute before
// `end` (exclusive: --as-of's next midnight, or its minute + 1), cut at `end`: month to date.
// The previous period is the same span of the period before (1-27 Nov against 1-27 Oct),
// clamped to that period's end (1-31 Mar against 1-28 Feb), so that counts compare like
// with like.
struct report_periods {
  period current, previous;
};
report_periods periods_for(period_kind kind, long long end);

// The `n` ISO weeks ending with the one holding the last minute before `end`, oldest first;
// the last one is cut at `end`.
std::vector<period> trend_weeks(long long end, int n);

// "2026-W48": the ISO year and week of `d`.
std::string iso_week_label(day d);

// numerator / denominator x 100, or nullopt when the denominator is zero (never NaN or inf).
std::optional<double> percent(std::uint64_t numerator, std::uint64_t denominator);
// A value as the report writes it: one decimal for rates, "" for nothing.
std::string format_value(std::optional<double> v, bool is_rate);

// One vehicle's dates as day numbers (days since 1970-01-01): delivery (INT_MIN = unknown),
// every repair-order opening, and the maintenance ones among them.
struct vehicle_history {
  int dofu = INT_MIN;
  std::vector<int> visits, maintenance;
};

// The vehicle rates' numerators and denominators in one period (DESIGN.md "Rules — KPIs"):
//  first_service: delivered vehicles whose DOFU + 7 months falls in the period, and those with a
//    maintenance visit from the DOFU to that day (both included);
//  retention: vehicles in operation at the period's last day (delivered by then, or DOFU
//    unknown), and those with a visit in the 12 months ending that day (the day 12 months
//    before excluded);
//  recovery: vehicles whose last visit before the period (else the DOFU) is 12 months or more
//    before its first day, and those that visited in the period.
struct vehicle_counts {
  std::uint64_t first_service = 0, first_service_cohort = 0, retained = 0, in_operation = 0, recovered = 0,
                inactive = 0;
};
void count_vehicle(const vehicle_history& v, const period& p, vehicle_counts& out);

// The metrics of the report table, in output order, with the inputs each needs.
struct metric_def {
  std::string_view name;
  bool is_rate;
  std::string_view needs;  // "" (the log suffices), "--list", "--appointments", "--vehicles --services", "--leads"
  std::string_view es, en;  // the definition as a person reads it
};
std::span<const metric_def> metric_defs();
const metric_def* find_metric(std::string_view name);

}  // namespace retorno::rules
