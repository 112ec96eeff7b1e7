// Candidates of every segment and the per-item exclusions (DESIGN.md "Rules", exclusions table).
#include "ops/segment_items.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace retorno::ops::segment_detail {

namespace {

using rules::segment;
using sv = std::string_view;

bool selected(const segment_config& c, segment s) {
  if (c.segments.empty()) return true;
  return std::any_of(c.segments.begin(), c.segments.end(),
                     [&](const std::string& n) { return rules::segment_matches(n, s); });
}

std::string make_id(segment s, sv vin, sv event) { return fmt::format("{}:{}:{}", rules::segment_name(s), vin, event); }

// Adds the item when its window is open today; reports it when it expired within the look-back.
void place(const segment_config& c, item it, day opens, day expires, std::vector<item>& open,
           std::vector<exclusion>& excluded) {
  if (!selected(c, it.seg) || c.today < opens) return;
  if (c.today <= expires) {
    it.due_on = opens;
    open.push_back(std::move(it));
  } else if ((c.today - expires).count() <= c.policy.expired_lookback_days) {
    excluded.push_back({it.item_id, it.vin, std::string(rules::segment_name(it.seg)), "expired",
                        fmt::format("window ended {}", format_day(expires))});
  }
}

void vehicle_candidates(const world& w, const segment_config& c, std::uint32_t v, std::vector<item>& open,
                        std::vector<exclusion>& excluded) {
  const auto& t = w.vehicles;
  const std::string vin(t.get(v, v_vin));
  const auto facts = facts_of(w, v);
  const auto& p = c.policy;
  for (const auto& win : rules::maintenance_windows(facts, p, c.today)) {
    item it{win.seg, make_id(win.seg, vin, win.event), vin, v};
    it.talking_key = fmt::format("{}:{}", rules::segment_name(win.seg), vin);
    it.detail = win.detail;
    place(c, std::move(it), win.opens, win.expires, open, excluded);
  }
  if (auto end = parse_day(t.get(v, v_warranty_end))) {
    item it{segment::warranty_expiring, make_id(segment::warranty_expiring, vin, format_day(*end)), vin, v};
    it.talking_key = fmt::format("warranty_expiring:{}", vin);
    it.detail = fmt::format("warranty ends {}", format_day(*end));
    place(c, std::move(it), *end - date::days{p.warranty_days}, *end, open, excluded);
  }
  if (long km = rules::estimated_km(facts, c.today); km >= p.test_drive_km) {
    item it{segment::test_drive, make_id(segment::test_drive, vin, fmt::format("{}", p.test_drive_km)), vin, v};
    it.talking_key = fmt::format("test_drive:{}", vin);
    it.detail = fmt::format("estimated {} km", km);
    place(c, std::move(it), c.today, day::max(), open, excluded);
  }
  if (facts.dofu) {
    int years = static_cast<int>(date::year_month_day{c.today}.year()) - static_cast<int>(date::year_month_day{*facts.dofu}.year());
    for (int y : {years - 1, years}) {  // this year's anniversary, or last year's still in its week
      if (y < 1) continue;
      day anniv = add_months(*facts.dofu, 12 * y);
      item it{segment::anniversary, make_id(segment::anniversary, vin, fmt::format("{}y", y)), vin, v};
      it.talking_key = fmt::format("anniversary:{}", vin);
      it.detail = fmt::format("{} years since {}", y, format_day(*facts.dofu));
      place(c, std::move(it), anniv, anniv + date::days{p.anniversary_days - 1}, open, excluded);
    }
  }
  const history& h = w.histories[v];
  if (h.last_closed) {
    item it{segment::post_service, make_id(segment::post_service, vin, h.last_closed_ro), vin, v};
    it.talking_key = fmt::format("post_service:{}", h.last_closed_ro);
    it.detail = fmt::format("RO {} closed {}", h.last_closed_ro, format_day(*h.last_closed));
    place(c, std::move(it), *h.last_closed + date::days{p.post_service_from_days},
          *h.last_closed + date::days{p.post_service_expiry_days}, open, excluded);
  }
}

void campaign_candidates(const world& w, const segment_config& c, std::vector<item>& open,
                         std::vector<exclusion>& excluded) {
  const auto& t = w.campaigns;
  std::map<std::string_view, long> vins_per_campaign;
  for (std::size_t r = 0; r < t.rows(); ++r)
    if (t.get(r, 5).empty()) ++vins_per_campaign[t.get(r, 0)];
  for (std::size_t r = 0; r < t.rows(); ++r) {
    if (!t.get(r, 5).empty()) continue;  // completed
    auto v = w.vehicle(t.get(r, 1));
    if (!v) continue;
    const segment s = t.get(r, 2) == "safety" ? segment::campaign_safety : segment::campaign;
    if (!selected(c, s)) continue;
    item it{s, make_id(s, t.get(r, 1), t.get(r, 0)), std::string(t.get(r, 1)), v};
    it.campaign_vins = vins_per_campaign[t.get(r, 0)];
    it.talking_key = fmt::format("campaign:{}", t.get(r, 0));
    it.detail = fmt::format("campaign {} ({}, {} VINs): {}", t.get(r, 0), t.get(r, 2), it.campaign_vins, t.get(r, 3));
    const sv parts = t.get(r, 4);
    if (parts == "ordered" || parts == "unavailable") {
      excluded.push_back({it.item_id, it.vin, "campaign", "parts_unavailable", fmt::format("parts {}", parts)});
      continue;
    }
    it.due_on = c.today;
    open.push_back(std::move(it));
  }
}

void quote_candidates(const world& w, const segment_config& c, std::vector<item>& open,
                      std::vector<exclusion>& excluded) {
  const auto& t = w.quotes;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    auto follow = parse_day(t.get(r, 2));
    auto v = w.vehicle(t.get(r, 1));
    if (!follow || !v || (t.get(r, 6) != "pending" && !t.get(r, 6).empty())) continue;
    item it{segment::pending_quote, make_id(segment::pending_quote, t.get(r, 1), t.get(r, 0)),
            std::string(t.get(r, 1)), v};
    it.talking_key = fmt::format("quote:{}", t.get(r, 0));
    it.detail = fmt::format("quote {} ({}) follow up on {}", t.get(r, 0), t.get(r, 3), format_day(*follow));
    day expires = *follow + date::days{c.policy.quote_expiry_days};
    if (t.get(r, 5) == "false" && c.today >= *follow && c.today <= expires && selected(c, it.seg)) {
      excluded.push_back({it.item_id, it.vin, "pending_quote", "parts_unavailable", "quote parts not available"});
      continue;
    }
    place(c, std::move(it), *follow, expires, open, excluded);
  }
}

void appointment_candidates(const world& w, const segment_config& c, std::vector<item>& open,
                            std::vector<exclusion>& excluded) {
  const auto& t = w.appointments;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    auto when = parse_minutes(t.get(r, 2));
    auto when_day = parse_day(t.get(r, 2));
    if (!when || !when_day) continue;
    const std::string vin(t.get(r, 1));
    const sv status = t.get(r, 5);
    if (status == "no_show") {
      item it{segment::no_show, make_id(segment::no_show, vin, t.get(r, 0)), vin, w.vehicle(vin)};
      it.talking_key = fmt::format("no_show:{}", t.get(r, 0));
      it.detail = fmt::format("appointment {} on {} missed", t.get(r, 0), t.get(r, 2));
      place(c, std::move(it), *when_day + date::days{1}, *when_day + date::days{c.policy.no_show_expiry_days}, open,
            excluded);
    } else if (t.get(r, 4) == "web" && status == "booked" && *when >= c.now_minutes) {
      auto created = parse_day(t.get(r, 3)).value_or(c.today);
      item it{segment::web_confirmation, make_id(segment::web_confirmation, vin, t.get(r, 0)), vin, w.vehicle(vin)};
      it.talking_key = fmt::format("web_confirmation:{}", t.get(r, 0));
      it.detail = fmt::format("web booking {} for {} not confirmed", t.get(r, 0), t.get(r, 2));
      place(c, std::move(it), created + date::days{c.policy.web_confirmation_days}, *when_day, open, excluded);
    }
  }
}

// Business days after `d`, Sundays skipped (the holiday calendars arrive with schedule-attempts).
day add_business_days(day d, int n) {
  while (n > 0) {
    d += date::days{1};
    if (date::weekday{d} != date::Sunday) --n;
  }
  return d;
}

void lead_candidates(const world& w, const segment_config& c, std::vector<item>& open,
                     std::vector<exclusion>& excluded) {
  const auto& t = w.leads;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    auto received = parse_day(t.get(r, 1));
    if (!received) continue;
    const std::string vin(t.get(r, 3));
    item it{segment::lead, make_id(segment::lead, vin, t.get(r, 0)), vin, w.vehicle(vin)};
    it.talking_key = fmt::format("lead:{}", t.get(r, 0));
    it.detail = fmt::format("lead {} ({}) received {}", t.get(r, 0), t.get(r, 2), t.get(r, 1));
    it.name.assign(t.get(r, 4));
    it.phone.assign(t.get(r, 5));
    it.email.assign(t.get(r, 6));
    place(c, std::move(it), *received, add_business_days(*received, c.policy.lead_expiry_days), open, excluded);
  }
}

}  // namespace

void collect_candidates(const world& w, const segment_config& c, std::vector<item>& open,
                        std::vector<exclusion>& excluded) {
  for (std::uint32_t v = 0; v < w.vehicles.rows(); ++v) vehicle_candidates(w, c, v, open, excluded);
  campaign_candidates(w, c, open, excluded);
  quote_candidates(w, c, open, excluded);
  appointment_candidates(w, c, open, excluded);
  lead_candidates(w, c, open, excluded);
}

std::optional<std::pair<std::string, std::string>> check_item(const world& w, const segment_config& c, item& it) {
  using reason = std::pair<std::string, std::string>;
  // The contact log speaks first: what an earlier call ended does not come back.
  if (auto v = w.log.vehicle_closed.find(it.vin); !it.vin.empty() && v != w.log.vehicle_closed.end())
    return reason{"closed", v->second};
  if (auto l = w.log.items.find(it.item_id); l != w.log.items.end()) {
    const auto& outcome = l->second.outcome;
    if (outcome == "vehicle_sold" || outcome == "do_not_contact") return reason{"closed", outcome};
    if (outcome == "already_serviced") return reason{"already_serviced", "contact log"};
  }
  const bool service_item = it.seg != segment::lead && it.seg != segment::post_service &&
                            it.seg != segment::web_confirmation;
  if (it.vehicle) {
    const history& h = w.histories[*it.vehicle];
    if (!h.open_ro.empty() && it.seg != segment::lead) return reason{"in_workshop", fmt::format("RO {} open", h.open_ro)};
    if (service_item) {
      if (auto b = w.log.booked.find(it.vin); b != w.log.booked.end())
        return reason{"has_appointment", fmt::format("booked for {}", b->second)};
      if (auto a = w.future_appointment.find(it.vin); a != w.future_appointment.end())
        return reason{"has_appointment", a->second};
    }
  }
  // Who is called: the lead's own data first, else the vehicle's maintainer, owner or user.
  person p;
  if (it.vehicle) p = person_of(w, *it.vehicle);
  if (!it.name.empty()) p.name = it.name;
  if (!it.phone.empty()) p = person{it.name.empty() ? p.name : it.name, it.phone, {}, {}, it.email.empty() ? p.email : it.email,
                                    "phone", p.consent, p.person_id, "lead"};
  if (p.consent == "no") return reason{"no_consent", p.role};
  it.customer_id = it.vehicle ? std::string(w.vehicles.get(*it.vehicle, v_customer_id)) : std::string();
  // Opt-outs: by VIN, customer, e-mail or phone; scope all ends the item, a channel scope removes that channel.
  bool removed = false;
  auto scope_of = [](const std::unordered_map<std::string, std::string>& m, const std::string& key) -> std::string {
    if (key.empty()) return {};
    auto f = m.find(key);
    return f == m.end() ? std::string() : f->second;
  };
  for (auto s : {scope_of(w.optouts.vins, it.vin), scope_of(w.optouts.customers, it.customer_id),
                 scope_of(w.optouts.emails, p.email)}) {
    if (s == "all") return reason{"opted_out", "all channels"};
    if (s == "phone") p.phone_mobile.clear(), p.phone_home.clear(), p.phone_work.clear(), removed = true;
    if (s == "email") p.email.clear(), removed = true;
  }
  std::vector<std::string> phones;
  for (const auto* ph : {&p.phone_mobile, &p.phone_home, &p.phone_work}) {
    if (ph->empty() || std::find(phones.begin(), phones.end(), *ph) != phones.end()) continue;
    auto s = scope_of(w.optouts.phones, *ph);
    if (s == "all") return reason{"opted_out", "phone on the do-not-call list"};
    if (s == "phone") {
      removed = true;
      continue;
    }
    phones.push_back(*ph);
  }
  if (phones.empty() && p.email.empty()) return reason{removed ? "opted_out" : "no_channel", removed ? "every channel opted out" : "no valid phone or e-mail"};
  it.name = p.name;
  it.phone = phones.empty() ? std::string() : phones[0];
  it.phone_alt = phones.size() > 1 ? phones[1] : std::string();
  it.email = p.email;
  it.channel = !p.preferred_channel.empty() ? p.preferred_channel : phones.empty() ? "email" : "phone";
  it.person_id = p.person_id;
  return std::nullopt;
}

}  // namespace retorno::ops::segment_detail
