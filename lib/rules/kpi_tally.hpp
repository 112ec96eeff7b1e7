// The KPI tally: fed the report's inputs row by row, it counts every metric of rules/kpis per group and period. Pure.
#pragma once
#include <array>
#include <climits>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "calendar/calendar.hpp"
#include "core/dates.hpp"
#include "core/interner.hpp"
#include "rules/kpis.hpp"
#include "rules/outcomes.hpp"
#include "rules/reasons.hpp"

namespace retorno::rules {

enum class kpi_grouping { none, agent, segment, branch };

// A booking counts as shown when the VIN had a 'showed' appointment this many days either side
// of the day it was booked for.
inline constexpr int show_window_days = 5;

// The last minute at which a lead received at `received` is answered in time: the same time of
// day on the next business day after the day it arrived.
long long lead_deadline(const calendar::business_calendar& cal, long long received);

struct tally_options {
  long long end = 0;  // minutes since the epoch, exclusive: attempts before it have happened
  period_kind period = period_kind::month;
  kpi_grouping by = kpi_grouping::none;
  bool dashboard = false;  // the HTML page: per-agent bars and the weekly trend
  // The optional inputs given: a metric that needs a missing one is left out.
  bool lists = false, appointments = false, vehicles = false, leads = false;
  country lead_country = country::mx;  // whose business days set the leads' deadline
  int months = 0;                      // the monthly trend: each main metric in each of the last N months (0-12)
  int attribution_days = default_attribution_days;  // retention_pura's window after a contact
  const reason_map* reasons = nullptr;  // the reasons' map (nullptr = reasons as written)
};
inline constexpr int max_trend_months = 12;

// One row of the contact log as the tally reads it, its values as read (views valid for the call
// only). Not rules::attempt (rules/attempts.hpp), which the scheduler keeps by the million.
struct logged_attempt {
  std::string_view item;    // "next_service:VIN:RO": the segment is its first part
  std::string_view vin;     // "" = the second part of the item id
  std::string_view agent;   // "" = unassigned
  std::string_view reason;  // trimmed; "" = the outcome's name
  std::string_view branch;  // the item's branch ("" = none known), for --by branch
  long long at = 0;         // minutes since the epoch
  channel via = channel::phone;
  outcome result = outcome::no_answer;
  std::optional<day> booked_for;  // a booking's appointment day
};

// Log rows by where they fell: the current period, the previous one, neither (after the end or
// older). A row in no period but in a trend week is still `other`.
struct attempt_rows {
  std::uint64_t current = 0, previous = 0, other = 0;
};

class kpi_tally {
public:
  explicit kpi_tally(const tally_options& options);

  const report_periods& periods() const { return periods_; }

  // Every attempt of the log, in the log's order: of two bookings of an item in the same minute
  // for the same day, the later row's VIN counts. The hot path: no string is built for an
  // item, agent or reason already seen.
  void add_attempt(const logged_attempt& a);
  // An appointment of `vin` that the customer showed up to, on `d`.
  void add_show(std::string_view vin, day d);
  // One row of a call list: the item, the day it was listed, its segment ("" = the item id's)
  // and agent ("" = "(none)"); an item's last row in either period names its agent and segment.
  void add_listing(std::string_view item, day listed, std::string_view segment, std::string_view agent,
                   std::string_view branch = {});
  // One lead, received at `received` (minutes), assigned to `agent` ("" = "(none)"); its first
  // attempt is the earliest log row of an item "lead:...:<lead_id>".
  void add_lead(std::string_view lead_id, long long received, std::string_view agent, std::string_view branch = {});
  // One vehicle with its whole history (the vehicle rates are the dealership's: total only); its
  // effective contacts are taken from the log by `vin` (retention_pura).
  void add_vehicle(const vehicle_history& v);
  void add_vehicle(std::string_view vin, vehicle_history v);
  // The trend months (empty without --months).
  const std::vector<period>& months() const { return months_; }

  const attempt_rows& rows() const { return rows_; }

  // The report: the metric and reason rows of the total and of each group, targets beside
  // them; for the dashboard, the per-agent bars and the trend. Call after the last row.
  report_result result(const kpi_targets& targets);

private:
  // What the log says of one item (or one item and agent): bucket bits 0 = current period,
  // 1 = previous, 2.. = the trend weeks.
  struct item_state {
    std::uint32_t attempted = 0, reached = 0, booked = 0;
    std::array<std::uint32_t, 2> no_booking_reason{};  // reason id + 1 of the last reached, unbooked attempt
    std::array<long long, 2> no_booking_at{LLONG_MIN, LLONG_MIN};
    std::array<long long, 2> booked_at{LLONG_MIN, LLONG_MIN};
    std::array<int, 2> booked_for{INT_MIN, INT_MIN};  // the day number the last booking was for
    std::uint32_t vin = 0;                            // interned VIN + 1 of a booked item
  };
  // One item: its state, and (per agent, when agents are counted) the state of each agent's
  // attempts at it. Items are worked by one or two agents: a short vector beats a second map.
  struct item_entry {
    item_state st;
    std::vector<std::pair<std::uint32_t, item_state>> by_agent;  // agent id -> state
    std::uint32_t branch = 0;  // in branch_ids_, when counted by branch
  };
  using group = std::array<period_counts, 2>;  // current, previous
  using groups = std::map<std::string, group, std::less<>>;
  struct listing {
    std::uint32_t mask = 0;
    std::string agent, segment, branch;
  };
  struct lead {
    std::string id, agent, branch;
    long long deadline = 0;
    std::uint8_t mask = 0;  // the periods it was received in
  };
  // Lookups by string_view: no string is built for a key already seen.
  struct sv_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  template <typename T>
  using sv_map = std::unordered_map<std::string, T, sv_hash, std::equal_to<>>;

  static group& at(groups& m, std::string_view name);
  std::uint32_t buckets(long long at) const;
  void update_item(item_state& st, std::uint32_t mask, const logged_attempt& a, bool reached, std::uint32_t reason);
  void count_item(group& g, const item_state& st) const;
  void aggregate();
  void emit(std::vector<kpi_row>& out, std::string_view group_by, const std::string& name, const group& g,
            bool total, const kpi_targets& targets) const;
  bool available(const metric_def& d) const;

  tally_options o_;
  report_periods periods_;
  std::vector<period> weeks_;
  std::array<const period*, 2> both_{};
  calendar::business_calendar calendar_;
  std::string_view lead_prefix_;  // "lead": the segment of a lead's items

  group total_{};
  groups agents_, segments_, branches_;
  std::vector<period_counts> week_;  // the trend's totals
  std::vector<period> months_;       // the monthly trend (bits 10..)
  std::vector<period_counts> month_;
  sv_map<std::vector<int>> contacted_;  // VIN -> days of its effective contacts (only with vehicles)
  sv_map<item_entry> items_;
  sv_map<long long> lead_first_;  // lead id -> first attempt (only with leads)
  sv_map<std::vector<int>> showed_;  // VIN -> day numbers of appointments that showed
  std::unordered_map<std::string, listing> listed_;
  std::vector<lead> leads_;
  // Logs come grouped by item more often than not: the last item's entry saves a lookup.
  // (Nodes of an unordered_map stay put when it grows.)
  std::string last_item_;
  item_entry* last_entry_ = nullptr;
  interner reasons_, vins_, agent_ids_, branch_ids_;
  attempt_rows rows_;
  bool by_agent_, by_segment_, by_branch_, aggregated_ = false;
};

}  // namespace retorno::rules
