// The KPI tally: one pass over the attempts into per-item states and per-group counters, then
// the report's rows from the metric definitions of rules/kpis.
#include "core/catalog.hpp"
#include "rules/kpi_tally.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "rules/segments.hpp"

namespace retorno::rules {

namespace {

using sv = std::string_view;
constexpr sv unassigned_agent = "unassigned";
constexpr int trend_n = 8;
constexpr int no_day = INT_MIN;
constexpr sv no_name = "(none)";
constexpr int month_bit = 2 + trend_n;  // the first month's bucket bit

// "next_service:VIN:RO" -> "next_service"; the segment is the first part of every item id.
sv segment_of(sv item) {
  auto colon = item.find(':');
  return colon == sv::npos || colon == 0 ? no_name : item.substr(0, colon);
}
sv group_name(sv s) { return s.empty() ? unassigned_agent : s; }
// A branch's group: its name, "(none)" when no branch is known.
sv branch_name(sv s) { return s.empty() ? no_name : s; }

// The attempt's VIN, else the one in its item id (segment:VIN:event).
sv vin_of(const logged_attempt& a) {
  if (!a.vin.empty()) return a.vin;
  auto p = a.item.find(':'), q = p == sv::npos ? sv::npos : a.item.find(':', p + 1);
  return q == sv::npos ? sv() : a.item.substr(p + 1, q - p - 1);
}

kpi_row make_row(const metric_def& d, sv group_by, const std::string& group, const std::array<period_counts, 2>& g,
                 const kpi_targets& targets) {
  kpi_row r;
  r.group_by = group_by;
  r.group = group;
  r.metric = d.name;
  r.is_rate = d.is_rate;
  r.value = metric_value(d, g[0]);
  r.previous = metric_value(d, g[1]);
  if (d.is_rate) {
    r.numerator = fmt::format("{}", g[0].*d.numerator);
    r.denominator = fmt::format("{}", g[0].*d.denominator);
  }
  r.target = target_for(targets, r.metric, group);
  return r;
}

}  // namespace

long long lead_deadline(const calendar::business_calendar& cal, long long received) {
  const day arrived = day_of_minute(received);
  const day due = cal.add_business_days(arrived + date::days{1}, 0);
  return received + (due - arrived).count() * minutes_per_day;
}

kpi_tally::kpi_tally(const tally_options& options)
    : o_(options), periods_(periods_for(options.period, options.end)), weeks_(trend_weeks(options.end, trend_n)),
      calendar_(options.lead_country), lead_prefix_(segment_name(segment::lead)), week_(trend_n) {
  if (o_.months > 0) months_ = trend_months(o_.end, std::min(o_.months, max_trend_months));
  month_.resize(months_.size());
  both_ = {&periods_.current, &periods_.previous};
  by_agent_ = o_.by == kpi_grouping::agent || o_.dashboard;
  by_segment_ = o_.by == kpi_grouping::segment;
  by_branch_ = o_.by == kpi_grouping::branch;
}

kpi_tally::group& kpi_tally::at(groups& m, sv name) {
  auto it = m.find(name);
  if (it == m.end()) it = m.emplace(std::string(name), group{}).first;
  return it->second;
}

std::uint32_t kpi_tally::buckets(long long at) const {
  std::uint32_t mask = 0;
  for (int b = 0; b < 2; ++b)
    if (both_[b]->contains(at)) mask |= 1u << b;
  // Months are consecutive: one comparison finds the month, if any.
  if (!months_.empty() && at >= months_.front().from && at < months_.back().to) {
    auto m = std::upper_bound(months_.begin(), months_.end(), at, [](long long t, const period& p) { return t < p.from; });
    mask |= 1u << (month_bit + (m - months_.begin()) - 1);
  }
  if (!o_.dashboard) return mask;  // the weekly trend is drawn on the dashboard only
  for (int w = 0; w < trend_n; ++w)
    if (weeks_[w].contains(at)) mask |= 1u << (w + 2);
  return mask;
}

void kpi_tally::update_item(item_state& st, std::uint32_t mask, const logged_attempt& a, bool reached, std::uint32_t reason) {
  st.attempted |= mask;
  if (!reached) return;
  st.reached |= mask;
  const bool booking = books(a.result);
  if (booking) st.booked |= mask;
  for (int b = 0; b < 2; ++b) {
    if (!(mask & (1u << b))) continue;
    const int for_day = a.booked_for ? day_number(*a.booked_for) : no_day;
    // The last booking of the period counts; in the same minute, the later day it was for.
    if (booking && (a.at > st.booked_at[b] || (a.at == st.booked_at[b] && for_day >= st.booked_for[b]))) {
      st.booked_at[b] = a.at;
      st.booked_for[b] = for_day;
      if (const sv vin = vin_of(a); !vin.empty()) st.vin = vins_.id(vin) + 1;
    } else if (!booking &&
               (a.at > st.no_booking_at[b] ||
                // Same minute: the greater reason wins, whatever the row order.
                (a.at == st.no_booking_at[b] && reasons_.name(reason) > reasons_.name(st.no_booking_reason[b] - 1)))) {
      st.no_booking_at[b] = a.at;
      st.no_booking_reason[b] = reason + 1;
    }
  }
}

void kpi_tally::add_attempt(const logged_attempt& a) {
  if (a.at >= o_.end) {  // after the end: has not happened yet
    ++rows_.other;
    return;
  }
  // A lead's first attempt counts from any time before the end, in a period or not.
  if (o_.leads && a.item.size() > lead_prefix_.size() && a.item.starts_with(lead_prefix_) &&
      a.item[lead_prefix_.size()] == ':') {
    const sv id = a.item.substr(a.item.rfind(':') + 1);
    auto it = lead_first_.find(id);
    if (it == lead_first_.end()) lead_first_.emplace(std::string(id), a.at);
    else it->second = std::min(it->second, a.at);
  }
  const bool reached = is_reached(a.result);
  if (o_.vehicles && reached)
    if (const sv vin = vin_of(a); !vin.empty()) {
      auto it = contacted_.find(vin);
      if (it == contacted_.end()) it = contacted_.emplace(std::string(vin), std::vector<int>{}).first;
      it->second.push_back(day_number(day_of_minute(a.at)));
    }
  const std::uint32_t mask = buckets(a.at);
  if (mask & 1) ++rows_.current;
  if (mask & 2) ++rows_.previous;
  if (!(mask & 3)) ++rows_.other;
  if (!mask) return;

  const bool phone = a.via == channel::phone;
  const auto oi = static_cast<std::size_t>(a.result);
  std::uint32_t reason = 0;
  if (reached && !books(a.result)) {
    if (o_.reasons) reason = reasons_.id(o_.reasons->canonical(a.reason, a.result));
    else reason = reasons_.id(a.reason.empty() ? outcome_name(a.result) : a.reason);
  }
  const sv agent = group_name(a.agent);
  if (phone && (mask & 3)) {
    group* by_agent = by_agent_ ? &at(agents_, agent) : nullptr;
    group* by_segment = by_segment_ ? &at(segments_, segment_of(a.item)) : nullptr;
    group* by_branch = by_branch_ ? &at(branches_, branch_name(a.branch)) : nullptr;
    for (int b = 0; b < 2; ++b) {
      if (!(mask & (1u << b))) continue;
      for (group* g : {&total_, by_agent, by_segment, by_branch}) {
        if (!g) continue;
        period_counts& c = (*g)[b];
        ++c.calls;
        if (reached) ++c.effective_calls;
        else ++c.not_reached[oi];
      }
    }
  }
  if (phone) {
    for (int w = 0; w < trend_n; ++w)
      if (mask & (1u << (w + 2))) {
        ++week_[w].calls;
        if (reached) ++week_[w].effective_calls;
      }
    for (std::size_t m = 0; m < months_.size(); ++m)
      if (mask & (1u << (month_bit + m))) {
        ++month_[m].calls;
        if (reached) ++month_[m].effective_calls;
      }
  }
  if (!last_entry_ || a.item != last_item_) {
    auto it = items_.find(a.item);
    if (it == items_.end()) it = items_.emplace(std::string(a.item), item_entry{}).first;
    last_entry_ = &it->second;
    last_item_.assign(a.item);
  }
  update_item(last_entry_->st, mask, a, reached, reason);
  if (by_branch_) last_entry_->branch = branch_ids_.id(branch_name(a.branch));
  if (by_agent_ && (mask & 3)) {
    const std::uint32_t id = agent_ids_.id(agent);
    auto& parts = last_entry_->by_agent;
    auto part = std::find_if(parts.begin(), parts.end(), [&](const auto& p) { return p.first == id; });
    if (part == parts.end()) part = parts.emplace(parts.end(), id, item_state{});
    update_item(part->second, mask & 3, a, reached, reason);
  }
}

void kpi_tally::add_show(sv vin, day d) {
  auto it = showed_.find(vin);
  if (it == showed_.end()) it = showed_.emplace(std::string(vin), std::vector<int>{}).first;
  it->second.push_back(day_number(d));
}

void kpi_tally::add_listing(sv item, day listed, sv segment, sv agent, sv branch) {
  std::uint32_t mask = 0;
  for (int b = 0; b < 2; ++b)
    if (both_[b]->contains_day(listed)) mask |= 1u << b;
  for (std::size_t m = 0; m < months_.size(); ++m)
    if (months_[m].contains_day(listed)) mask |= 1u << (month_bit + m);
  if (!mask) return;
  auto& l = listed_[std::string(item)];
  l.mask |= mask;
  if (mask & 3) {
    l.agent = group_name(agent);
    l.segment = segment.empty() ? segment_of(item) : segment;
    l.branch = branch_name(branch);
  } else if (l.segment.empty()) {
    l.segment = segment.empty() ? segment_of(item) : segment;
  }
}

void kpi_tally::add_lead(sv lead_id, long long received, sv agent, sv branch) {
  const long long deadline = lead_deadline(calendar_, received);
  if (deadline >= o_.end) return;  // still within its day: neither answered late nor on time yet
  std::uint8_t mask = 0;
  for (int b = 0; b < 2; ++b)
    if (both_[b]->contains(received)) mask |= static_cast<std::uint8_t>(1u << b);
  if (mask)
    leads_.push_back({std::string(lead_id), std::string(group_name(agent)), std::string(branch_name(branch)), deadline, mask});
}

void kpi_tally::add_vehicle(sv vin, vehicle_history v) {
  if (auto it = contacted_.find(vin); it != contacted_.end()) v.contacts = it->second;
  add_vehicle(v);
}

void kpi_tally::add_vehicle(const vehicle_history& v) {
  auto add = [&](const period& p, period_counts& c) {
    vehicle_counts n;
    count_vehicle(v, p, n, o_.attribution_days);
    c.first_service += n.first_service;
    c.first_service_cohort += n.first_service_cohort;
    c.retained += n.retained;
    c.retained_pura += n.retained_pura;
    c.in_operation += n.in_operation;
    c.recovered += n.recovered;
    c.inactive += n.inactive;
  };
  for (int b = 0; b < 2; ++b) add(*both_[b], total_[b]);
  for (std::size_t m = 0; m < months_.size(); ++m) add(months_[m], month_[m]);
}

// Item-level counts of one group from one item's state.
void kpi_tally::count_item(group& g, const item_state& st) const {
  const int today = day_number(periods_.current.last);
  for (int b = 0; b < 2; ++b) {
    const unsigned bit = 1u << b;
    if (!(st.attempted & bit)) continue;
    period_counts& c = g[b];
    ++c.items;
    if (st.reached & bit) ++c.items_reached;
    if (st.booked & bit) {
      ++c.items_booked;
      const int for_day = st.booked_for[b];
      if (o_.appointments && for_day != no_day && for_day <= today) {
        ++c.bookings_due;
        auto it = st.vin ? showed_.find(vins_.name(st.vin - 1)) : showed_.end();
        if (it != showed_.end() && std::any_of(it->second.begin(), it->second.end(), [&](int d) {
              return d >= for_day - show_window_days && d <= for_day + show_window_days;
            }))
          ++c.bookings_showed;
      }
    } else if ((st.reached & bit) && st.no_booking_reason[b] > 0) {
      ++c.no_booking[st.no_booking_reason[b] - 1];
    }
  }
}

// Once, after the last row: items into their groups and trend weeks, then the lists and leads,
// which need every item's and lead's attempts.
void kpi_tally::aggregate() {
  if (aggregated_) return;
  aggregated_ = true;
  for (const auto& [item, e] : items_) {
    count_item(total_, e.st);
    if (by_segment_) count_item(at(segments_, segment_of(item)), e.st);
    if (by_branch_) count_item(at(branches_, branch_ids_.name(e.branch)), e.st);
    for (const auto& [id, st] : e.by_agent) count_item(at(agents_, agent_ids_.name(id)), st);
    for (int w = 0; w < trend_n; ++w) {
      const unsigned bit = 1u << (w + 2);
      if (e.st.attempted & bit) ++week_[w].items;
      if (e.st.reached & bit) ++week_[w].items_reached;
    }
    for (std::size_t m = 0; m < months_.size(); ++m) {
      const unsigned bit = 1u << (month_bit + m);
      if (e.st.attempted & bit) ++month_[m].items;
      if (e.st.reached & bit) ++month_[m].items_reached;
      if (e.st.booked & bit) ++month_[m].items_booked;
    }
  }
  const bool by_listed_agent = o_.by == kpi_grouping::agent;
  // The appointment reminders' contact efficiency is a metric of its own.
  const sv reminder = segment_name(segment::appointment_reminder);
  for (const auto& [item, l] : listed_) {
    auto it = items_.find(item);
    const bool is_reminder = l.segment == reminder;
    for (std::size_t m = 0; m < months_.size(); ++m) {
      const unsigned bit = 1u << (month_bit + m);
      if (!(l.mask & bit)) continue;
      const bool reached = it != items_.end() && (it->second.st.reached & bit);
      ++month_[m].listed;
      if (reached) ++month_[m].listed_reached;
      if (is_reminder) {
        ++month_[m].reminders_listed;
        if (reached) ++month_[m].reminders_reached;
      }
    }
    for (int b = 0; b < 2; ++b) {
      if (!(l.mask & (1u << b))) continue;
      const bool reached = it != items_.end() && (it->second.st.reached & (1u << b));
      if (is_reminder) {
        // The reminders' efficiency is the dealership's figure: total only.
        ++total_[b].reminders_listed;
        if (reached) ++total_[b].reminders_reached;
      }
      for (group* g : {&total_, by_listed_agent ? &at(agents_, l.agent) : nullptr,
                       by_segment_ ? &at(segments_, l.segment) : nullptr,
                       by_branch_ ? &at(branches_, l.branch) : nullptr}) {
        if (!g) continue;
        ++(*g)[b].listed;
        if (reached) ++(*g)[b].listed_reached;
      }
    }
  }
  for (const auto& l : leads_) {
    auto first = lead_first_.find(l.id);
    const bool ok = first != lead_first_.end() && first->second <= l.deadline;
    for (int b = 0; b < 2; ++b) {
      if (!(l.mask & (1u << b))) continue;
      for (group* g : {&total_, by_listed_agent ? &at(agents_, l.agent) : nullptr,
                       by_segment_ ? &at(segments_, lead_prefix_) : nullptr,
                       by_branch_ ? &at(branches_, l.branch) : nullptr}) {
        if (!g) continue;
        ++(*g)[b].leads_due;
        if (ok) ++(*g)[b].leads_answered;
      }
    }
  }
}

bool kpi_tally::available(const metric_def& d) const {
  switch (d.needs) {
    case kpi_input::lists: return o_.lists;
    case kpi_input::appointments: return o_.appointments;
    case kpi_input::vehicles: return o_.vehicles;
    case kpi_input::leads: return o_.leads;
    case kpi_input::log: break;
  }
  return true;
}

void kpi_tally::emit(std::vector<kpi_row>& out, sv group_by, const std::string& name, const group& g, bool total,
                     const kpi_targets& targets) const {
  for (const auto& d : metric_defs()) {
    // The vehicle rates count the dealership's vehicles, which belong to no agent or segment.
    if (!available(d) || ((d.needs == kpi_input::vehicles || d.id == metric_id::reminder_contact_efficiency) && !total))
      continue;
    out.push_back(make_row(d, group_by, name, g, targets));
  }
  // Reason counts: every reason seen in either period, by name.
  std::array<std::map<std::string, std::array<std::uint64_t, 2>>, 2> counts;
  auto& no_contact = counts[static_cast<std::size_t>(reason_kind::no_contact)];
  auto& no_booking = counts[static_cast<std::size_t>(reason_kind::no_booking)];
  for (int b = 0; b < 2; ++b) {
    for (std::size_t o = 0; o < outcome_count; ++o)
      if (g[b].not_reached[o]) no_contact[std::string(outcome_names()[o])][b] += g[b].not_reached[o];
    for (const auto& [reason, n] : g[b].no_booking) no_booking[std::string(reasons_.name(reason))][b] += n;
  }
  for (const auto& kind : reason_defs())
    for (const auto& [reason, n] : counts[static_cast<std::size_t>(kind.id)]) {
      kpi_row r;
      r.group_by = group_by;
      r.group = name;
      r.metric = fmt::format("{}:{}", kind.prefix, reason);
      r.value = static_cast<double>(n[0]);
      r.previous = static_cast<double>(n[1]);
      r.target = target_for(targets, r.metric, name);
      out.push_back(std::move(r));
    }
}

report_result kpi_tally::result(const kpi_targets& targets) {
  aggregate();
  report_result res;
  res.periods = periods_;
  for (const auto& d : metric_defs())
    if (!available(d)) res.left_out.push_back(tr(msg::note_metric_left_out, d.title(english()), input_flags(d.needs)));
  emit(res.rows, "total", "total", total_, true, targets);
  if (o_.by == kpi_grouping::agent)
    for (const auto& [name, g] : agents_) emit(res.rows, "agent", name, g, false, targets);
  if (o_.by == kpi_grouping::segment)
    for (const auto& [name, g] : segments_) emit(res.rows, "segment", name, g, false, targets);
  if (o_.by == kpi_grouping::branch)
    for (const auto& [name, g] : branches_) emit(res.rows, "branch", name, g, false, targets);
  if (o_.dashboard) {
    const metric_def& effectiveness = metric_info(metric_id::call_effectiveness);
    const metric_def& contactability = metric_info(metric_id::contactability);
    for (const auto& [name, g] : agents_)
      for (const metric_def* d : {&effectiveness, &contactability})
        res.agent_rows.push_back(make_row(*d, "agent", name, g, targets));
    for (int w = 0; w < trend_n; ++w)
      res.trend.push_back({weeks_[w].label, week_[w].calls, metric_value(effectiveness, week_[w]),
                           metric_value(contactability, week_[w])});
  }
  // The monthly trend: each main metric's total, month by month (like the table's, without previous).
  res.months = months_;
  for (std::size_t m = 0; m < months_.size(); ++m)
    for (const auto& d : metric_defs()) {
      if (!available(d) || d.id == metric_id::effective_calls || d.id == metric_id::items ||
          d.id == metric_id::items_reached || d.id == metric_id::appointments_booked || d.id == metric_id::show_rate ||
          d.id == metric_id::lead_response_1bd)
        continue;
      const std::array<period_counts, 2> g{month_[m], period_counts{}};
      kpi_row r = make_row(d, "total", "total", g, targets);
      r.period = months_[m].label;
      r.previous.reset();
      res.month_rows.push_back(std::move(r));
    }
  return res;
}

}  // namespace retorno::rules
