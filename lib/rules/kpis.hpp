// The KPIs in one place: report periods, each metric's definition and counters, the report's rows. Pure, no I/O.
#pragma once
#include <array>
#include <climits>
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/dates.hpp"
#include "rules/outcomes.hpp"

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

// The `n` calendar months ending with the one holding the last minute before `end`, oldest
// first, whole months except the last, cut at `end`.
std::vector<period> trend_months(long long end, int n);

// The `n` ISO weeks ending with the one holding the last minute before `end`, oldest first;
// the last one is cut at `end`.
std::vector<period> trend_weeks(long long end, int n);

// "2026-W48": the ISO year and week of `d`.
std::string iso_week_label(day d);

// numerator / denominator x 100, or nullopt when the denominator is zero (never NaN or inf).
std::optional<double> percent(std::uint64_t numerator, std::uint64_t denominator);
// A value as the report writes it: one decimal for rates, "" for nothing.
std::string format_value(std::optional<double> v, bool is_rate);
struct kpi_row;
// A row's value (or previous value) as the report writes it.
std::string format_row(const kpi_row& r, std::optional<double> v);

// One vehicle's dates as day numbers (days since 1970-01-01): delivery (INT_MIN = unknown),
// every repair-order opening, and the maintenance ones among them.
struct vehicle_history {
  int dofu = INT_MIN;
  std::vector<int> visits, maintenance;
  std::vector<int> contacts;  // days of effective contacts (a booking included) with the vehicle's customer
};

// A visit is the list's doing ("pura") when it came within this many days after an effective
// contact or a booking (report's --attribution-days).
inline constexpr int default_attribution_days = 30;

// The vehicle rates' numerators and denominators in one period:
//  first_service: delivered vehicles whose DOFU + 7 months falls in the period, and those with a
//    maintenance visit from the DOFU to that day (both included);
//  retention: vehicles in operation at the period's last day (delivered by then, or DOFU
//    unknown), and those with a visit in the 12 months ending that day (the day 12 months
//    before excluded);
//  recovery: vehicles whose last visit before the period (else the DOFU) is 12 months or more
//    before its first day, and those that visited in the period.
//  retention pura: of the retained, those with a visit in those 12 months that came within
//    `attribution_days` after an effective contact (a booking included).
struct vehicle_counts {
  std::uint64_t first_service = 0, first_service_cohort = 0, retained = 0, in_operation = 0, recovered = 0,
                inactive = 0, retained_pura = 0;
};
void count_vehicle(const vehicle_history& v, const period& p, vehicle_counts& out,
                   int attribution_days = default_attribution_days);

// What is counted for one group (the total, one agent, one segment) in one period: every
// metric is a ratio or a count of these.
struct period_counts {
  std::uint64_t calls = 0, effective_calls = 0;                  // phone attempts, and those that reached
  std::uint64_t items = 0, items_reached = 0, items_booked = 0;  // distinct items attempted, reached, booked
  std::uint64_t bookings_due = 0, bookings_showed = 0;  // bookings whose day has come, and those that showed
  std::uint64_t listed = 0, listed_reached = 0;         // items of the call lists, and those reached
  std::uint64_t leads_due = 0, leads_answered = 0;      // leads past their deadline, and those answered by it
  // The vehicle rates (vehicle_counts): the dealership's, in the total only.
  std::uint64_t first_service = 0, first_service_cohort = 0, retained = 0, in_operation = 0, recovered = 0,
                inactive = 0, retained_pura = 0;
  std::uint64_t reminders_listed = 0, reminders_reached = 0;  // appointment_reminder items listed, and those reached
  std::array<std::uint64_t, outcome_count> not_reached{};  // calls that did not reach, by outcome
  std::map<std::uint32_t, std::uint64_t> no_booking;        // reason id -> items reached without a booking
};

// The optional inputs of `retorno report`: a metric needing one is left out without it.
enum class kpi_input : std::uint8_t { log, lists, appointments, vehicles, leads };
// The flags that give an input: "--list", "--vehicles --services"; "" for the log.
std::string_view input_flags(kpi_input input);

// Every metric of the report table, in output order.
enum class metric_id : std::uint8_t {
  calls, effective_calls, call_effectiveness, items, items_reached, contactability, appointments_booked,
  appointment_rate, show_rate, list_coverage, reminder_contact_efficiency, first_service_rate, retention_12m,
  retention_pura, recovery_rate, lead_response_1bd,
};
inline constexpr std::size_t metric_count = 16;

// One of period_counts' numbers: a metric's numerator or denominator.
using counter = std::uint64_t period_counts::*;

// One metric: its name in the table, the input it needs, its title and definition for a
// person, and its value: numerator / denominator x 100 for a rate, the numerator for a count.
struct metric_def {
  metric_id id;
  std::string_view name;
  bool is_rate;
  kpi_input needs;
  std::string_view title_es, title_en;  // a column or chart title: "Contactabilidad"
  std::string_view es, en;              // the definition as a person reads it ({reached}, {booked}: outcome names)
  counter numerator;
  counter denominator;  // nullptr for a count
  bool by_group;        // a column of the dashboard's table by agent or segment
  std::string_view title(bool english) const { return english ? title_en : title_es; }
  // The definition with the outcome names it lists filled in from rules/outcomes.
  std::string definition(bool english) const;
};
std::span<const metric_def> metric_defs();
const metric_def* find_metric(std::string_view name);
const metric_def& metric_info(metric_id m);
// The metric's value from one period's counts: a percentage (nullopt over zero) or a count.
std::optional<double> metric_value(const metric_def& d, const period_counts& c);

// The reason counts that follow the metrics: "no_contact:<outcome>", "no_booking:<reason>".
enum class reason_kind : std::uint8_t { no_contact, no_booking };
inline constexpr std::size_t reason_kind_count = 2;
struct reason_def {
  reason_kind id;
  std::string_view prefix;              // "no_contact": the metric is prefix:value
  std::string_view key_es, key_en;      // "no_contact:<resultado>"
  std::string_view title_es, title_en;  // the dashboard's chart
  std::string_view brief_es, brief_en;  // one clause, for the dashboard's definitions
  std::string_view es, en;              // the whole definition, for --help
  std::string_view key(bool english) const { return english ? key_en : key_es; }
  std::string_view title(bool english) const { return english ? title_en : title_es; }
  std::string_view brief(bool english) const { return english ? brief_en : brief_es; }
  // The definition with the outcome names it lists filled in from rules/outcomes.
  std::string definition(bool english) const;
};
std::span<const reason_def> reason_defs();
// The reason count a metric name is ("no_booking:precio" -> no_booking), nullptr for another.
const reason_def* find_reason(std::string_view metric);

// Targets: metric -> group ("" = every group) -> target value (percent for rates).
using kpi_targets = std::map<std::string, std::map<std::string, double>>;
// The target of `metric` for `group`, else its target for every group, else none.
std::optional<double> target_for(const kpi_targets& targets, const std::string& metric, const std::string& group);

// One row of the report table, with the numbers the dashboard draws.
struct kpi_row {
  std::string period;  // "" = the report's period; a trend month's label otherwise
  std::string group_by, group, metric;
  bool is_rate = false;
  bool one_decimal = false;  // a figure written with one decimal (a median, a mean)
  std::optional<double> value, previous, target;
  std::string numerator, denominator;  // "" for counts
};

// One week of the dashboard's trend (totals).
struct trend_point {
  std::string label;
  std::uint64_t calls = 0;
  std::optional<double> call_effectiveness, contactability;
};

struct report_result {
  report_periods periods;
  std::vector<kpi_row> rows;        // the table, in output order
  std::vector<kpi_row> agent_rows;  // call_effectiveness and contactability per agent (dashboard bars)
  std::vector<trend_point> trend;
  std::vector<period> months;        // the monthly trend's periods (--months), oldest first
  std::vector<kpi_row> month_rows;   // each main metric's total in each of those months
  std::vector<std::string> left_out;  // metrics without their input, each with the flag it needs
};

}  // namespace retorno::rules
