// report: one streaming pass over the contact log into per-item and per-group counters, then
// the optional tables (lists, appointments, vehicles and services, leads), then the KPI rows.
#include "ops/report.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <filesystem>
#include <unordered_map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/interner.hpp"
#include "core/text.hpp"
#include "csv/rejects.hpp"
#include "csv/writer.hpp"
#include "ops/ingest.hpp"
#include "ops/report_inputs.hpp"
#include "render/dashboard.hpp"
#include "rules/outcomes.hpp"

namespace retorno::ops {

namespace {

using sv = std::string_view;
constexpr long long per_day = minutes_per_day;
constexpr int trend_n = 8;
constexpr int no_day = INT_MIN;


// "next_service:VIN:RO" -> "next_service"; the segment is the first part of every item id.
std::string segment_of(sv item) {
  auto colon = item.find(':');
  return colon == sv::npos || colon == 0 ? std::string("(none)") : std::string(item.substr(0, colon));
}
std::string group_name(sv s) { return s.empty() ? std::string("(none)") : std::string(s); }

// Attempt counters of one group in one period.
struct attempt_counts {
  std::uint64_t calls = 0, effective = 0;
  std::array<std::uint64_t, rules::outcome_count> not_effective{};  // calls that did not reach, by outcome
};

// What the log says of one item (or one item and agent): bucket bits 0 = current period,
// 1 = previous, 2.. = the trend weeks.
struct item_state {
  std::uint16_t attempted = 0, reached = 0, booked = 0;
  std::array<std::uint32_t, 2> no_booking_reason{};  // reason index + 1 of the last reached, unbooked attempt
  std::array<long long, 2> no_booking_at{LLONG_MIN, LLONG_MIN};
  std::array<long long, 2> booked_at{LLONG_MIN, LLONG_MIN};
  std::array<int, 2> booked_for{no_day, no_day};  // the day the last booking was for
  std::uint32_t vin = 0;                          // interned VIN + 1 of a booked item
};

// One item: its state, and (per agent, when agents are counted) the state of each agent's
// attempts at it. Items are worked by one or two agents: a short vector beats a second map.
struct item_entry {
  item_state st;
  std::vector<std::pair<std::uint32_t, item_state>> by_agent;  // agent id -> state
};

// Everything counted for one group (the total, one agent, one segment) in the two periods.
struct group_stats {
  std::array<attempt_counts, 2> a;
  std::array<std::uint64_t, 2> items{}, reached{}, booked{}, show_den{}, show_num{}, listed{}, listed_reached{},
      leads{}, leads_ok{};
  std::array<std::map<std::uint32_t, std::uint64_t>, 2> no_booking;  // reason index -> items
};

// Lookups by string_view: no string is built for an item already seen.
struct sv_hash {
  using is_transparent = void;
  std::size_t operator()(sv s) const noexcept { return std::hash<sv>{}(s); }
};
template <typename T>
using sv_map = std::unordered_map<std::string, T, sv_hash, std::equal_to<>>;

template <typename T>
T& find_or_add(sv_map<T>& m, sv key) {
  auto it = m.find(key);
  if (it == m.end()) it = m.emplace(std::string(key), T{}).first;
  return it->second;
}

struct computation {
  const report_config& c;
  reject_sink& rejects;
  report_summary& summary;
  rules::report_periods periods;
  std::vector<rules::period> weeks;
  std::array<const rules::period*, 2> both{};

  group_stats total;
  std::map<std::string, group_stats, std::less<>> agents, segments;
  std::array<std::uint64_t, trend_n> week_calls{}, week_effective{};
  sv_map<item_entry> items;
  sv_map<long long> lead_first;  // lead id -> first attempt (only with --leads)
  // Logs come grouped by item more often than not: the last item's entry saves a lookup.
  // (Nodes of an unordered_map stay put when it grows.)
  std::string last_item;
  item_entry* last_entry = nullptr;
  interner reasons, vins, agent_ids;
  sv_map<std::vector<int>> showed;  // VIN -> days of appointments that showed
  bool by_agent, by_segment;

  computation(const report_config& config, reject_sink& r, report_summary& s)
      : c(config), rejects(r), summary(s), periods(rules::periods_for(config.period, config.end)),
        weeks(rules::trend_weeks(config.end, trend_n)) {
    both = {&periods.current, &periods.previous};
    by_agent = c.by == report_by::agent || c.html;
    by_segment = c.by == report_by::segment;
  }

  static group_stats& group(std::map<std::string, group_stats, std::less<>>& m, sv name) {
    auto it = m.find(name);
    if (it == m.end()) it = m.emplace(std::string(name), group_stats{}).first;
    return it->second;
  }

  std::uint16_t buckets(long long at) const {
    std::uint16_t mask = 0;
    for (int b = 0; b < 2; ++b)
      if (both[b]->contains(at)) mask |= static_cast<std::uint16_t>(1u << b);
    for (int w = 0; w < trend_n; ++w)
      if (weeks[w].contains(at)) mask |= static_cast<std::uint16_t>(1u << (w + 2));
    return mask;
  }

  static void count_attempt(attempt_counts& a, bool phone, bool reached, std::size_t outcome) {
    if (!phone) return;
    ++a.calls;
    if (reached) ++a.effective;
    else ++a.not_effective[outcome];
  }

  void update_item(item_state& st, std::uint16_t mask, long long at, rules::outcome outcome, bool reached,
                   std::uint32_t reason, std::optional<day> booked_for, sv vin) {
    st.attempted |= mask;
    if (!reached) return;
    st.reached |= mask;
    const bool booking = rules::books(outcome);
    if (booking) st.booked |= mask;
    for (int b = 0; b < 2; ++b) {
      if (!(mask & (1u << b))) continue;
      const int for_day = booked_for ? day_number(*booked_for) : no_day;
      if (booking && (at > st.booked_at[b] || (at == st.booked_at[b] && for_day >= st.booked_for[b]))) {
        st.booked_at[b] = at;
        st.booked_for[b] = for_day;
        if (!vin.empty()) st.vin = vins.id(vin) + 1;
      } else if (!booking && (at > st.no_booking_at[b] ||
                              // Same minute: the greater reason wins, whatever the row order.
                              (at == st.no_booking_at[b] && reasons.name(reason) > reasons.name(st.no_booking_reason[b] - 1)))) {
        st.no_booking_at[b] = at;
        st.no_booking_reason[b] = reason + 1;
      }
    }
  }

  void read_log() {
    constexpr std::array<sv, 8> all = {"item_id", "vin",    "agent",  "attempted_at",
                                       "channel", "outcome", "reason", "appointment_at"};
    constexpr std::array<sv, 4> required = {"item_id", "attempted_at", "channel", "outcome"};
    summary.log_rows = scan_rows(c.log, all, required, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
      const sv item = r[0];
      if (item.empty()) return row_problem{"item_id", item, "empty item_id"};
      auto at = parse_minutes(r[3]);
      if (!at || r[3].size() < 10) return row_problem{"attempted_at", r[3], "not a date or datetime"};
      const sv channel = rules::canonical_channel(r[4]);
      if (channel.empty()) return row_problem{"channel", r[4], "unknown channel"};
      const auto parsed = rules::parse_outcome(r[5]);
      if (!parsed) return row_problem{"outcome", r[5], "unknown outcome"};
      const rules::outcome outcome = *parsed;

      if (*at >= c.end) {  // after --as-of: has not happened yet
        ++summary.rows_other;
        return std::nullopt;
      }
      if (!c.leads.empty() && item.starts_with("lead:")) {
        const sv lead = item.substr(item.rfind(':') + 1);
        auto it = lead_first.find(lead);
        if (it == lead_first.end()) lead_first.emplace(std::string(lead), *at);
        else it->second = std::min(it->second, *at);
      }
      const std::uint16_t mask = buckets(*at);
      if (mask & 1) ++summary.rows_current;
      if (mask & 2) ++summary.rows_previous;
      if (!(mask & 3)) ++summary.rows_other;
      if (!mask) return std::nullopt;

      const bool phone = channel == "phone";
      const bool reached = rules::is_reached(outcome);
      const auto oi = static_cast<std::size_t>(outcome);
      const sv reason_text = trim(r[6]);
      const std::uint32_t reason = reached && !rules::books(outcome)
                                       ? reasons.id(reason_text.empty() ? rules::outcome_name(outcome) : reason_text)
                                       : 0;
      std::optional<day> booked_for = rules::books(outcome) ? parse_day(r[7]) : std::nullopt;
      sv vin = r[1];
      if (vin.empty()) {  // segment:VIN:event
        auto a = item.find(':'), b = a == sv::npos ? sv::npos : item.find(':', a + 1);
        if (b != sv::npos) vin = item.substr(a + 1, b - a - 1);
      }

      const sv agent = r[2].empty() ? sv("(none)") : r[2];
      for (int b = 0; b < 2; ++b) {
        if (!(mask & (1u << b))) continue;
        count_attempt(total.a[b], phone, reached, oi);
        if (by_agent) count_attempt(group(agents, agent).a[b], phone, reached, oi);
        if (by_segment) count_attempt(segments[segment_of(item)].a[b], phone, reached, oi);
      }
      for (int w = 0; w < trend_n; ++w)
        if (phone && (mask & (1u << (w + 2)))) {
          ++week_calls[w];
          if (reached) ++week_effective[w];
        }
      if (!last_entry || item != last_item) {
        last_entry = &find_or_add(items, item);
        last_item.assign(item);
      }
      update_item(last_entry->st, mask, *at, outcome, reached, reason, booked_for, vin);
      if (by_agent && (mask & 3)) {
        const std::uint32_t id = agent_ids.id(agent);
        auto& parts = last_entry->by_agent;
        auto part = std::find_if(parts.begin(), parts.end(), [&](const auto& p) { return p.first == id; });
        if (part == parts.end()) part = parts.emplace(parts.end(), id, item_state{});
        update_item(part->second, mask & 3, *at, outcome, reached, reason, booked_for, vin);
      }
      return std::nullopt;
    });
  }

  void read_appointments() {
    constexpr std::array<sv, 4> cols = {"appointment_id", "vin", "scheduled_at", "status"};
    constexpr std::array<sv, 2> req = {"appointment_id", "scheduled_at"};
    scan_rows(c.appointments, cols, req, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
      auto when = parse_day(r[2]);
      if (!when) return row_problem{"scheduled_at", r[2], "not a date or datetime"};
      if (r[3] == "showed" && !r[1].empty()) showed[std::string(r[1])].push_back(day_number(*when));
      return std::nullopt;
    });
  }

  // Item-level counts of one group from one item's state.
  void count_item(group_stats& g, const item_state& st) {
    const int today = day_number(periods.current.last);
    for (int b = 0; b < 2; ++b) {
      const unsigned bit = 1u << b;
      if (!(st.attempted & bit)) continue;
      ++g.items[b];
      if (st.reached & bit) ++g.reached[b];
      if (st.booked & bit) {
        ++g.booked[b];
        if (!c.appointments.empty() && st.booked_for[b] != no_day && st.booked_for[b] <= today) {
          ++g.show_den[b];
          auto it = st.vin ? showed.find(vins.name(st.vin - 1)) : showed.end();
          if (it != showed.end() && std::any_of(it->second.begin(), it->second.end(), [&](int d) {
                return d >= st.booked_for[b] - 5 && d <= st.booked_for[b] + 5;
              }))
            ++g.show_num[b];
        }
      } else if ((st.reached & bit) && st.no_booking_reason[b] > 0) {
        ++g.no_booking[b][st.no_booking_reason[b] - 1];
      }
    }
  }

  void aggregate_items() {
    for (const auto& [item, e] : items) {
      count_item(total, e.st);
      if (by_segment) count_item(segments[segment_of(item)], e.st);
      for (const auto& [id, st] : e.by_agent) count_item(group(agents, agent_ids.name(id)), st);
    }
  }

  void read_lists() {
    struct listing {
      std::uint8_t mask = 0;
      std::string agent, segment;
    };
    std::unordered_map<std::string, listing> listed;
    constexpr std::array<sv, 4> cols = {"item_id", "list_date", "segment", "agent"};
    constexpr std::array<sv, 2> req = {"item_id", "list_date"};
    for (const auto& path : c.lists)
      scan_rows(path, cols, req, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
        if (r[0].empty()) return row_problem{"item_id", r[0], "empty item_id"};
        auto d = parse_day(r[1]);
        if (!d) return row_problem{"list_date", r[1], "not a date"};
        for (int b = 0; b < 2; ++b)
          if (both[b]->contains_day(*d)) {
            auto& l = listed[std::string(r[0])];
            l.mask |= static_cast<std::uint8_t>(1u << b);
            l.agent = group_name(r[3]);
            l.segment = r[2].empty() ? segment_of(r[0]) : std::string(r[2]);
          }
        return std::nullopt;
      });
    for (const auto& [item, l] : listed) {
      auto it = items.find(item);
      for (int b = 0; b < 2; ++b) {
        if (!(l.mask & (1u << b))) continue;
        const bool reached = it != items.end() && (it->second.st.reached & (1u << b));
        for (group_stats* g : {&total, c.by == report_by::agent ? &agents[l.agent] : nullptr,
                               by_segment ? &segments[l.segment] : nullptr}) {
          if (!g) continue;
          ++g->listed[b];
          if (reached) ++g->listed_reached[b];
        }
      }
    }
  }

  void read_leads() {
    const calendar::business_calendar cal(c.country);
    constexpr std::array<sv, 3> cols = {"lead_id", "received_at", "assigned_to"};
    constexpr std::array<sv, 2> req = {"lead_id", "received_at"};
    scan_rows(c.leads, cols, req, rejects, summary, [&](const model::row_view& r) -> std::optional<row_problem> {
      auto received = parse_minutes(r[1]);
      if (!received || r[1].size() < 10) return row_problem{"received_at", r[1], "not a date or datetime"};
      // Until the same time of day on the next business day after the day it arrived.
      const day arrived = day_of_minute(*received);
      const day due = cal.add_business_days(arrived + date::days{1}, 0);
      const long long deadline = *received + (due - arrived).count() * per_day;
      if (deadline >= c.end) return std::nullopt;  // still within its day: neither answered late nor on time yet
      auto first = lead_first.find(std::string(r[0]));
      const bool ok = first != lead_first.end() && first->second <= deadline;
      for (int b = 0; b < 2; ++b) {
        if (!both[b]->contains(*received)) continue;
        for (group_stats* g : {&total, c.by == report_by::agent ? &agents[group_name(r[2])] : nullptr,
                               by_segment ? &segments["lead"] : nullptr}) {
          if (!g) continue;
          ++g->leads[b];
          if (ok) ++g->leads_ok[b];
        }
      }
      return std::nullopt;
    });
  }
};

std::optional<double> target_for(const report_config& c, const std::string& metric, const std::string& group) {
  auto m = c.targets.find(metric);
  if (m == c.targets.end()) return std::nullopt;
  auto g = m->second.find(group);
  if (g == m->second.end()) g = m->second.find("");
  return g == m->second.end() ? std::nullopt : std::optional<double>(g->second);
}

}  // namespace

report_result compute_report(const report_config& c, reject_sink& rejects, report_summary& summary) {
  computation k(c, rejects, summary);
  report_result res;
  res.periods = k.periods;
  summary.current_label = k.periods.current.label;
  summary.previous_label = k.periods.previous.label;
  if (!c.appointments.empty()) k.read_appointments();
  k.read_log();
  k.aggregate_items();
  if (!c.lists.empty()) k.read_lists();
  if (!c.leads.empty()) k.read_leads();
  std::optional<std::array<std::array<std::uint64_t, 2>, 6>> vehicle;
  if (!c.vehicles.empty() && !c.services.empty()) vehicle = vehicle_rates(c, k.both, rejects, summary);

  auto available = [&](const rules::metric_def& d) {
    if (d.needs == "--list") return !c.lists.empty();
    if (d.needs == "--appointments") return !c.appointments.empty();
    if (d.needs == "--leads") return !c.leads.empty();
    if (d.needs == "--vehicles --services") return vehicle.has_value();
    return true;
  };
  for (const auto& d : rules::metric_defs())
    if (!available(d)) res.left_out.push_back(fmt::format("{} left out: it needs {}", d.name, d.needs));

  auto emit = [&](std::vector<kpi_row>& out, const std::string& group_by, const std::string& group, const group_stats& g,
                  bool with_vehicles) {
    auto add = [&](const rules::metric_def& d, std::array<std::uint64_t, 2> num, std::array<std::uint64_t, 2> den) {
      kpi_row r;
      r.group_by = group_by;
      r.group = group;
      r.metric = d.name;
      r.is_rate = d.is_rate;
      if (d.is_rate) {
        r.value = rules::percent(num[0], den[0]);
        r.previous = rules::percent(num[1], den[1]);
        r.numerator = fmt::format("{}", num[0]);
        r.denominator = fmt::format("{}", den[0]);
      } else {
        r.value = static_cast<double>(num[0]);
        r.previous = static_cast<double>(num[1]);
      }
      r.target = target_for(c, r.metric, group);
      out.push_back(std::move(r));
    };
    const std::array<std::uint64_t, 2> none{};
    for (const auto& d : rules::metric_defs()) {
      if (!available(d)) continue;
      const sv n = d.name;
      if (n == "calls") add(d, {g.a[0].calls, g.a[1].calls}, none);
      else if (n == "effective_calls") add(d, {g.a[0].effective, g.a[1].effective}, none);
      else if (n == "call_effectiveness") add(d, {g.a[0].effective, g.a[1].effective}, {g.a[0].calls, g.a[1].calls});
      else if (n == "items") add(d, g.items, none);
      else if (n == "items_reached") add(d, g.reached, none);
      else if (n == "contactability") add(d, g.reached, g.items);
      else if (n == "appointments_booked") add(d, g.booked, none);
      else if (n == "appointment_rate") add(d, g.booked, g.reached);
      else if (n == "show_rate") add(d, g.show_num, g.show_den);
      else if (n == "list_coverage") add(d, g.listed_reached, g.listed);
      else if (n == "lead_response_1bd") add(d, g.leads_ok, g.leads);
      else if (with_vehicles && n == "first_service_rate") add(d, (*vehicle)[0], (*vehicle)[1]);
      else if (with_vehicles && n == "retention_12m") add(d, (*vehicle)[2], (*vehicle)[3]);
      else if (with_vehicles && n == "recovery_rate") add(d, (*vehicle)[4], (*vehicle)[5]);
    }
    // Reason counts: every reason seen in either period, by name.
    std::map<std::string, std::array<std::uint64_t, 2>> no_contact, no_booking;
    for (int b = 0; b < 2; ++b) {
      for (std::size_t o = 0; o < rules::outcome_count; ++o)
        if (g.a[b].not_effective[o]) no_contact[std::string(rules::outcome_names()[o])][b] += g.a[b].not_effective[o];
      for (const auto& [reason, n] : g.no_booking[b]) no_booking[std::string(k.reasons.name(reason))][b] += n;
    }
    for (auto* reasons : {&no_contact, &no_booking})
      for (const auto& [name, n] : *reasons) {
        kpi_row r;
        r.group_by = group_by;
        r.group = group;
        r.metric = fmt::format("{}:{}", reasons == &no_contact ? "no_contact" : "no_booking", name);
        r.value = static_cast<double>(n[0]);
        r.previous = static_cast<double>(n[1]);
        r.target = target_for(c, r.metric, group);
        out.push_back(std::move(r));
      }
  };
  emit(res.rows, "total", "total", k.total, vehicle.has_value());
  if (c.by == report_by::agent)
    for (const auto& [name, g] : k.agents) emit(res.rows, "agent", name, g, false);
  if (c.by == report_by::segment)
    for (const auto& [name, g] : k.segments) emit(res.rows, "segment", name, g, false);
  if (c.html) {
    for (const auto& [name, g] : k.agents) {
      std::vector<kpi_row> rows;
      emit(rows, "agent", name, g, false);
      for (auto& r : rows)
        if (r.metric == "call_effectiveness" || r.metric == "contactability") res.agent_rows.push_back(std::move(r));
    }
    // The trend: effectiveness from the week counters, contactability from item bits.
    std::array<std::uint64_t, trend_n> attempted{}, reached{};
    for (const auto& [item, e] : k.items)
      for (int w = 0; w < trend_n; ++w) {
        const unsigned bit = 1u << (w + 2);
        if (e.st.attempted & bit) ++attempted[w];
        if (e.st.reached & bit) ++reached[w];
      }
    for (int w = 0; w < trend_n; ++w)
      res.trend.push_back({k.weeks[w].label, k.week_calls[w], rules::percent(k.week_effective[w], k.week_calls[w]),
                           rules::percent(reached[w], attempted[w])});
  }
  return res;
}

namespace {

// The report's rejects go to a file that exists only when a row was rejected.
class file_rejects : public reject_sink {
public:
  file_rejects(std::string path, bool excel) : file_(std::move(path), false, excel) {}
  void add(sv file, std::uint64_t line, sv field, sv value, sv reason) override {
    file_.add(file, line, field, value, reason);
  }
  csv::rejects_file& file() { return file_; }

private:
  csv::rejects_file file_;
};

}  // namespace

report_summary run_report(const report_config& c) {
  report_summary summary;
  const std::string rejects_path = !c.rejects.empty() ? c.rejects : default_rejects_path(c.output);
  file_rejects rejects(rejects_path, c.excel);
  auto res = compute_report(c, rejects, summary);
  summary.notes.insert(summary.notes.begin(), res.left_out.begin(), res.left_out.end());

  csv::output out(c.output);
  if (c.html) {
    out.write(render::dashboard(res, c.english));
  } else {
    csv::csv_writer w(out, c.excel);
    w.row({"period", "group_by", "group", "metric", "value", "numerator", "denominator", "previous", "target"});
    for (const auto& r : res.rows) {
      w.row(std::vector<std::string>{res.periods.current.label, r.group_by, r.group, r.metric,
                                     rules::format_value(r.value, r.is_rate), r.numerator, r.denominator,
                                     rules::format_value(r.previous, r.is_rate),
                                     r.target ? fmt::format("{:g}", *r.target) : std::string()});
    }
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
