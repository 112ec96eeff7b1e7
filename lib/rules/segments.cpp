// Maintenance windows: first service, next service by date or km, and inactivity month by month.
#include "rules/segments.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>

#include <fmt/format.h>

#include "core/catalog.hpp"

namespace retorno::rules {

namespace {

struct segment_entry {
  segment seg;
  std::string_view name;
};
constexpr std::array<segment_entry, segment_count> segments = {{
    {segment::lead, "lead"},
    {segment::no_show, "no_show"},
    {segment::web_confirmation, "web_confirmation"},
    {segment::appointment_reminder, "appointment_reminder"},
    {segment::complaint_followup, "complaint_followup"},
    {segment::campaign_safety, "campaign"},
    {segment::pending_quote, "pending_quote"},
    {segment::post_service, "post_service"},
    {segment::post_delivery, "post_delivery"},
    {segment::first_service, "first_service"},
    {segment::next_service, "next_service"},
    {segment::campaign, "campaign"},
    {segment::warranty_expiring, "warranty_expiring"},
    {segment::inactive, "inactive"},
    {segment::anniversary, "anniversary"},
    {segment::test_drive, "test_drive"},
}};


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

bool wants_workshop_visit(segment s) {
  return s != segment::lead && s != segment::post_service && s != segment::post_delivery &&
         s != segment::web_confirmation && s != segment::appointment_reminder && s != segment::complaint_followup;
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

km_rate rate_for(const maintenance_facts& f, day today) {
  const auto own = daily_km(f);
  const bool recent = f.reading_date && (today - *f.reading_date).count() < stale_reading_days;
  if (own && *own <= max_daily_km && recent) return {own, true};
  if (f.model_year_rate && *f.model_year_rate > 0) return {std::min(*f.model_year_rate, max_daily_km), false};
  return {};
}

long estimated_km(const maintenance_facts& f, day today) {
  if (!f.reading_date || f.reading_km < 0) return -1;
  const auto rate = rate_for(f, today).rate;
  const long days = (today - *f.reading_date).count();
  if (!rate || days <= 0) return f.reading_km;
  // The rate is bounded and a century of days at most: the sum is a few million km at most.
  const long added = std::lround(*rate * static_cast<double>(std::min(days, 36500L)));
  long km;
  return __builtin_add_overflow(f.reading_km, added, &km) ? LONG_MAX : km;
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
      detail = tr_in(english, msg::detail_first_service, format_day(ref), p.first_service_months, format_day(opens));
    out.push_back({segment::first_service, ref_event, opens, inactive_from - date::days{1}, std::move(detail)});
  } else {
    day by_date = add_months(ref, p.next_service_months);
    day opens = by_date;
    std::string detail;
    if (with_detail)
      detail = tr_in(english, msg::detail_next_service, format_day(ref), p.next_service_months, format_day(by_date));
    if (auto rate = rate_for(f, today).rate; rate && *rate > 0 && f.last_km >= 0) {
      const long interval = p.service_interval_km;
      long target = f.next_km > f.last_km ? f.next_km : (f.last_km / interval + 1) * interval;
      // At most a century away: a crawling rate must not carry the date off the calendar.
      auto days_to_target = static_cast<long>(
          std::min(36500.0, std::ceil(static_cast<double>(target - f.last_km) / *rate)));
      day reaches = ref + date::days{days_to_target};
      day km_opens = reaches - date::days{p.km_lead_days};
      if (with_detail)
        detail += tr_in(english, msg::detail_km_pace, *rate, target, format_day(reaches), format_day(km_opens));
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
      return tr_in(english, msg::detail_inactive, format_day(ref), m);
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

window warranty_window(day end, const policy& p, bool english, bool with_detail) {
  window w{segment::warranty_expiring, format_day(end), end - date::days{p.warranty_days}, end, {}};
  if (with_detail) w.detail = tr_in(english, msg::detail_warranty, w.event);
  return w;
}

day test_drive_period(day d, int every_months) {
  const int every = std::max(1, every_months);
  const date::year_month_day ymd{d};
  const int month = static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
  const int start = month - ((month % every) + every) % every;
  return date::sys_days{date::year{start / 12} / date::month{static_cast<unsigned>(start % 12 + 1)} / 1};
}

std::optional<window> test_drive_window(long km, const policy& p, day today, std::optional<day> last_offer,
                                        bool english, bool with_detail) {
  if (km < p.test_drive_km) return std::nullopt;
  const day period = test_drive_period(today, p.test_drive_every_months);
  const day end = add_months(period, std::max(1, p.test_drive_every_months)) - date::days{1};
  day opens = period;
  if (last_offer) opens = std::max(opens, add_months(*last_offer, std::max(1, p.test_drive_every_months)));
  if (opens > end) return std::nullopt;
  window w{segment::test_drive, format_day(period).substr(0, 7), opens, end, {}};
  if (with_detail) w.detail = tr_in(english, msg::detail_test_drive, km);
  return w;
}

anniversaries anniversary_windows(day dofu, const policy& p, day today, bool english, bool with_detail) {
  anniversaries out;
  const int years = static_cast<int>(date::year_month_day{today}.year()) - static_cast<int>(date::year_month_day{dofu}.year());
  for (int y : {years - 1, years}) {  // this year's anniversary, or last year's still in its week
    if (y < 1) continue;
    const day anniv = add_months(dofu, 12 * y);
    window& w = out.at[out.count++];
    w = {segment::anniversary, std::to_string(y) + "y", anniv, anniv + date::days{p.anniversary_days - 1}, {}};
    if (with_detail) w.detail = tr_in(english, msg::detail_anniversary, y, format_day(dofu));
  }
  return out;
}

follow_up_days follow_up_days_of(day from, const policy& p) {
  return {from + date::days{p.post_service_from_days}, from + date::days{p.post_service_expiry_days}};
}

bool weighed(day opens, day expires, const policy& p, day today) {
  return today >= opens && (today - expires).count() <= p.expired_lookback_days;
}

window post_service_window(day closed, std::string_view ro, const policy& p, bool english, bool with_detail) {
  const auto days = follow_up_days_of(closed, p);
  window w{segment::post_service, std::string(ro), days.opens, days.expires, {}};
  if (with_detail) w.detail = tr_in(english, msg::detail_post_service, ro, format_day(closed));
  return w;
}

window post_delivery_window(day delivered, const policy& p, bool english, bool with_detail) {
  const auto days = follow_up_days_of(delivered, p);
  window w{segment::post_delivery, format_day(delivered), days.opens, days.expires, {}};
  if (with_detail) w.detail = tr_in(english, msg::detail_post_delivery, w.event);
  return w;
}

window quote_window(day follow, std::string_view id, std::string_view description, const policy& p, bool english,
                    bool with_detail) {
  window w{segment::pending_quote, std::string(id), follow, follow + date::days{p.quote_expiry_days}, {}};
  if (with_detail)
    w.detail = tr_in(english, msg::detail_quote, id, description, format_day(follow));
  return w;
}

window no_show_window(day scheduled, std::string_view id, std::string_view at, const policy& p, bool english,
                      bool with_detail) {
  window w{segment::no_show, std::string(id), scheduled + date::days{1}, scheduled + date::days{p.no_show_expiry_days}, {}};
  if (with_detail) w.detail = tr_in(english, msg::detail_no_show, id, at);
  return w;
}

window web_confirmation_window(day created, day scheduled, std::string_view id, std::string_view at, const policy& p,
                               bool english, bool with_detail) {
  window w{segment::web_confirmation, std::string(id), created + date::days{p.web_confirmation_days}, scheduled, {}};
  if (with_detail)
    w.detail = tr_in(english, msg::detail_web_booking, id, at);
  return w;
}

window reminder_window(day scheduled, std::string_view id, std::string_view at, const policy& p,
                       const calendar::business_calendar& cal, bool english, bool with_detail) {
  day opens = scheduled;
  for (int n = 0, guard = 0; n < p.reminder_days && guard < 400; ++guard) {
    opens -= date::days{1};
    if (cal.is_business_day(opens)) ++n;
  }
  window w{segment::appointment_reminder, fmt::format("{}@{}", id, at.substr(0, 16)), opens,
           p.reminder_days == 0 ? scheduled : scheduled - date::days{1}, {}};
  if (with_detail) w.detail = tr_in(english, msg::excl_detail_appointment, id, at);
  return w;
}

std::optional<window> complaint_window(day opened, std::string_view id, bool confirmed_closed, const policy& p,
                                       day today, bool english, bool with_detail) {
  const int every = std::max(1, p.complaint_every_days);
  const long days_open = (today - opened).count();
  if (confirmed_closed || days_open < every) return std::nullopt;
  const day starts = opened + date::days{days_open / every * every};
  window w{segment::complaint_followup, fmt::format("{}@{}", id, format_day(starts)), starts,
           starts + date::days{every - 1}, {}};
  if (with_detail)
    w.detail = tr_in(english, msg::detail_complaint, id, format_day(opened), days_open);
  return w;
}

window lead_window(day received, std::string_view id, std::string_view type, std::string_view received_at,
                   const policy& p, const calendar::business_calendar& cal, bool english, bool with_detail) {
  // The deadline counts business days of the calendar: a lead of Saturday evening is not lost
  // over a holiday Monday.
  const day expires = p.lead_expiry_days == 0
                          ? received
                          : cal.add_business_days(received + date::days{1}, p.lead_expiry_days - 1);
  window w{segment::lead, std::string(id), received, expires, {}};
  if (with_detail) w.detail = tr_in(english, msg::detail_lead, id, type, received_at);

  return w;
}

bool campaign_open(std::string_view launched_on, std::string_view completed_on, day today) {
  if (auto launched = parse_day(launched_on); launched && today < *launched) return false;
  if (completed_on.empty()) return true;
  auto completed = parse_day(completed_on);
  return completed && today < *completed;
}

segment campaign_segment(std::string_view type) { return type == "safety" ? segment::campaign_safety : segment::campaign; }

std::string_view campaign_type_label(std::string_view type, bool english) {
  const lang l = english ? lang::en : lang::es;
  if (type == "safety") return text(msg::campaign_safety, l);
  if (type == "emissions") return text(msg::campaign_emissions, l);
  if (type == "satisfaction") return text(msg::campaign_satisfaction, l);
  if (type == "other") return text(msg::campaign_other, l);
  return type;
}

bool campaign_waits_for_parts(std::string_view parts) { return parts == "ordered" || parts == "unavailable"; }

}  // namespace retorno::rules
