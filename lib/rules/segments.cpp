// Maintenance windows: first service, next service by date or km, and inactivity month by month.
#include "rules/segments.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

namespace retorno::rules {

namespace {

struct segment_entry {
  segment seg;
  std::string_view name;
};
constexpr std::array<segment_entry, 13> segments = {{
    {segment::lead, "lead"},
    {segment::no_show, "no_show"},
    {segment::web_confirmation, "web_confirmation"},
    {segment::campaign_safety, "campaign"},
    {segment::pending_quote, "pending_quote"},
    {segment::post_service, "post_service"},
    {segment::first_service, "first_service"},
    {segment::next_service, "next_service"},
    {segment::campaign, "campaign"},
    {segment::warranty_expiring, "warranty_expiring"},
    {segment::inactive, "inactive"},
    {segment::anniversary, "anniversary"},
    {segment::test_drive, "test_drive"},
}};

// The words of --explain: `en` or `es`, with the same arguments.
template <typename... Args>
std::string say(bool english, std::string_view en, std::string_view es, const Args&... args) {
  return fmt::format(fmt::runtime(english ? en : es), args...);
}

}  // namespace

std::string_view segment_name(segment s) { return segments[static_cast<std::size_t>(s)].name; }
int segment_priority(segment s) { return static_cast<int>(s) + 1; }
bool segment_matches(std::string_view name, segment s) { return segment_name(s) == name; }

std::optional<segment> segment_from_name(std::string_view name, int priority) {
  std::optional<segment> first;
  for (const auto& e : segments) {
    if (e.name != name) continue;
    if (segment_priority(e.seg) == priority) return e.seg;
    if (!first) first = e.seg;
  }
  return first;
}

std::vector<std::string_view> all_segment_names() {
  std::vector<std::string_view> out;
  for (const auto& e : segments)
    if (e.seg != segment::campaign) out.push_back(e.name);
  return out;
}

std::optional<double> daily_km(const maintenance_facts& f) {
  if (f.last_date && f.previous_date && f.last_km > f.previous_km && f.previous_km >= 0) {
    auto days = (*f.last_date - *f.previous_date).count();
    if (days > 0) return static_cast<double>(f.last_km - f.previous_km) / static_cast<double>(days);
  }
  if (f.dofu && f.reading_date && f.reading_km > 0) {
    auto days = (*f.reading_date - *f.dofu).count();
    if (days > 0) return static_cast<double>(f.reading_km) / static_cast<double>(days);
  }
  return std::nullopt;
}

long estimated_km(const maintenance_facts& f, day today) {
  if (!f.reading_date || f.reading_km < 0) return -1;
  auto rate = daily_km(f);
  auto days = (today - *f.reading_date).count();
  if (!rate || days <= 0) return f.reading_km;
  return f.reading_km + std::lround(*rate * static_cast<double>(days));
}

std::vector<window> maintenance_windows(const maintenance_facts& f, const policy& p, day today, bool english,
                                        bool with_detail) {
  std::vector<window> out;
  // The reference visit: the last maintenance, else the delivery.
  const bool has_service = f.last_date.has_value();
  if (!has_service && !f.dofu) return out;
  const day ref = has_service ? *f.last_date : *f.dofu;
  const std::string ref_event = has_service ? f.last_event : format_day(*f.dofu);
  const day inactive_from = add_months(ref, p.inactive_months);

  if (!has_service) {
    day opens = add_months(ref, p.first_service_months);
    std::string detail;
    if (with_detail)
      detail = say(english, "DOFU {} + {} months = {}", "DOFU {} + {} meses = {}", format_day(ref),
                   p.first_service_months, format_day(opens));
    out.push_back({segment::first_service, ref_event, opens, inactive_from - date::days{1}, std::move(detail)});
  } else {
    day by_date = add_months(ref, p.next_service_months);
    day opens = by_date;
    std::string detail;
    if (with_detail)
      detail = say(english, "last maintenance {} + {} months = {}", "último mantenimiento {} + {} meses = {}",
                   format_day(ref), p.next_service_months, format_day(by_date));
    if (auto rate = daily_km(f); rate && *rate > 0 && f.last_km >= 0) {
      const long interval = p.service_interval_km;
      long target = f.next_km > f.last_km ? f.next_km : (f.last_km / interval + 1) * interval;
      auto days_to_target = static_cast<long>(std::ceil(static_cast<double>(target - f.last_km) / *rate));
      day reaches = ref + date::days{days_to_target};
      day km_opens = reaches - date::days{p.km_lead_days};
      if (with_detail)
        detail += say(english, "; {:.1f} km/day reaches {} km on {}, listed from {}",
                      "; {:.1f} km/día llega a {} km el {}, en la lista desde {}", *rate, target,
                      format_day(reaches), format_day(km_opens));
      if (km_opens < opens) opens = km_opens;
    }
    if (opens < ref) opens = ref;
    out.push_back({segment::next_service, ref_event, opens, inactive_from - date::days{1}, std::move(detail)});
  }
  // Inactive: one item per month of inactivity from 12 to 23 months, then one for 24 and more.
  if (today >= inactive_from) {
    const int months = months_between(ref, today);
    const int current = std::min(months, p.inactive_open_ended_months);
    auto inactive_detail = [&](int m) {
      if (!with_detail) return std::string();
      return say(english, "no maintenance since {}: {} months", "sin mantenimiento desde {}: {} meses",
                 format_day(ref), m);
    };
    // The months that ended within the look-back, oldest first, then the current one.
    for (int m = p.inactive_months; m < current; ++m) {
      day expires = add_months(ref, m + 1) - date::days{1};
      if ((today - expires).count() > p.expired_lookback_days) continue;
      out.push_back({segment::inactive, fmt::format("{}:m{}", ref_event, m), add_months(ref, m), expires,
                     inactive_detail(m)});
    }
    if (months >= p.inactive_open_ended_months) {
      day opens = add_months(ref, p.inactive_open_ended_months);
      out.push_back({segment::inactive, fmt::format("{}:m{}+", ref_event, p.inactive_open_ended_months), opens,
                     day::max(), inactive_detail(months)});
    } else {
      out.push_back({segment::inactive, fmt::format("{}:m{}", ref_event, months), add_months(ref, months),
                     add_months(ref, months + 1) - date::days{1}, inactive_detail(months)});
    }
  }
  return out;
}

}  // namespace retorno::rules
