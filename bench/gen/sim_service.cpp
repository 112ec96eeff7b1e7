// The workshop side of a vehicle's life: maintenance every 6 months or 10,000 km, lapses, extra repair
// orders, campaigns done at visits, multipoint quotes, and the calls that bring customers back.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "sim.hpp"

namespace gen {
namespace {

// Chance per maintenance cycle that the customer stops coming (in warranty, after it).
double lapse_chance(behaviour b, bool in_warranty) {
  switch (b) {
    case behaviour::faithful: return in_warranty ? 0.02 : 0.07;
    case behaviour::average: return in_warranty ? 0.06 : 0.17;
    case behaviour::fickle: return in_warranty ? 0.16 : 0.35;
    case behaviour::elsewhere: return 1.0;
  }
  return 1.0;
}

std::int64_t money(const world_shape& w, rng& r, int lo, int hi) {
  std::int64_t pesos = r.between(lo, hi);
  if (w.where == country::co) pesos = pesos * 220 / 100 * 100;  // COP, whole hundreds
  return pesos * 100 + (w.where == country::mx ? r.between(0, 99) : 0);
}

repair_order& add_ro(vehicle& v, const world_shape& w, counters& seq, rng& r, ro_type t, day opened) {
  repair_order ro;
  ro.number = seq.ro++;
  ro.opened = opened;
  ro.type = t;
  ro.km = std::max(v.km0, static_cast<int>(v.km_estimated(opened) * (0.97 + 0.06 * r.unit())));
  ro.advisor = static_cast<int>(r.below(static_cast<std::uint32_t>(dealer_for(w.where).advisors.size())));
  ro.branch = r.chance(0.7) ? 0 : 1;
  int stay = t == ro_type::body_paint ? r.between(3, 15) : r.chance(0.8) ? 0 : r.between(1, 3);
  ro.closed = opened + stay;
  if (ro.closed >= w.as_of) ro.closed = no_day;  // still in the workshop
  switch (t) {
    case ro_type::maintenance:
      ro.labor_cents = money(w, r, 700, 2600);
      ro.parts_cents = money(w, r, 800, 4200);
      break;
    case ro_type::repair:
      ro.labor_cents = money(w, r, 500, 6000);
      ro.parts_cents = money(w, r, 300, 12000);
      break;
    case ro_type::body_paint:
      ro.labor_cents = money(w, r, 2500, 18000);
      ro.parts_cents = money(w, r, 500, 9000);
      break;
    case ro_type::accessories:
      ro.labor_cents = money(w, r, 0, 800);
      ro.parts_cents = money(w, r, 900, 9000);
      break;
    default:  // warranty and campaign work is paid by the maker
      ro.labor_cents = money(w, r, 300, 2500);
      ro.parts_cents = money(w, r, 0, 5000);
      ro.customer_pay = false;
      break;
  }
  v.ros.push_back(ro);
  return v.ros.back();
}

// Customers come around the due date, more often late than early.
int visit_offset(rng& r) {
  double u = r.unit();
  return -12 + static_cast<int>(72.0 * u * u);
}

std::string event_item(std::string_view segment, const vehicle& v, std::string_view event) {
  return fmt::format("{}:{}:{}", segment, v.vin, event);
}

std::string iso(day d) {
  std::string s;
  put_iso(s, d);
  return s;
}

// A web or phone booking made before a visit the customer chose on their own.
void book_own_visit(vehicle& v, const world_shape& w, counters& seq, rng& r, day visit, appt_status status) {
  appointment a;
  a.id = seq.appointment++;
  a.on = visit;
  a.minute = 7 * 60 + 30 + 30 * static_cast<int>(r.below(18));
  if (weekday(visit) == 6) a.minute = std::min(a.minute, 12 * 60 + 30);
  a.source = r.chance(0.45) ? appt_source::web : appt_source::phone;
  a.created_on = std::max(v.sold_on, visit - r.between(0, 12));
  if (a.created_on > w.as_of) a.created_on = w.as_of;
  a.created_minute = a.source == appt_source::web ? r.between(0, 24 * 60 - 1) : r.between(9 * 60, 18 * 60);
  a.status = status;
  a.advisor = static_cast<int>(r.below(static_cast<std::uint32_t>(dealer_for(w.where).advisors.size())));
  v.appts.push_back(a);
}

void complete_campaigns(vehicle& v, const world_shape& w, const std::vector<campaign_def>& campaigns,
                        counters& seq, rng& r, day visit) {
  for (auto& h : v.campaigns) {
    if (h.completed != no_day || campaigns[static_cast<std::size_t>(h.campaign)].launched > visit) continue;
    if (h.parts != parts_status::available && h.parts != parts_status::not_needed) continue;
    if (!r.chance(0.8)) continue;
    h.completed = visit;
    add_ro(v, w, seq, r, ro_type::campaign, visit);
  }
}

void extras(vehicle& v, const world_shape& w, counters& seq, rng& r, day from, day to, bool first) {
  if (to - from < 10) return;
  auto some_day = [&] { return next_business_day(from + 1 + static_cast<day>(r.below(static_cast<std::uint32_t>(to - from - 1))), w.where); };
  if (first && v.sale == sale_type::new_car && r.chance(0.25)) {
    day d = next_business_day(v.dofu + r.between(1, 60), w.where);
    if (d < to) add_ro(v, w, seq, r, ro_type::accessories, d);
  }
  if (r.chance(0.10)) add_ro(v, w, seq, r, ro_type::repair, some_day());
  if (v.warranty_end != no_day && from < v.warranty_end && r.chance(0.06))
    add_ro(v, w, seq, r, ro_type::warranty, some_day());
  if (r.chance(0.03)) add_ro(v, w, seq, r, ro_type::body_paint, some_day());
  if (r.chance(0.01)) add_ro(v, w, seq, r, ro_type::other, some_day());
}

void multipoint_quote(vehicle& v, const world_shape& w, counters& seq, rng& r, day visit) {
  if (!r.chance(0.22)) return;
  quote q;
  q.id = seq.quote++;
  q.created = visit;
  q.follow_up = visit + r.between(15, 120);
  q.item = static_cast<int>(r.below(static_cast<std::uint32_t>(quote_items().size())));
  const auto& it = quote_items()[static_cast<std::size_t>(q.item)];
  q.amount_cents = money(w, r, it.min_amount, it.max_amount);
  q.parts_available = r.chance(0.75);
  q.status = q.follow_up < w.as_of - 60 ? quote_status::expired : quote_status::pending;
  if (r.chance(0.08)) q.status = quote_status::declined;
  v.quotes.push_back(q);
}

}  // namespace

void run_services(vehicle& v, const world_shape& w, const std::vector<campaign_def>& campaigns, counters& seq,
                  rng& r) {
  const day as_of = w.as_of;
  const day horizon = as_of - call_log_days;
  day last_day = v.sold_on;
  int last_km = v.km0;
  int label = (v.km0 / 10000 + 1) * 10000;
  std::uint64_t last_ro = 0;  // number of the last maintenance RO, 0 before the first
  const int km_days = static_cast<int>(std::ceil(10000.0 / v.daily_km));

  for (int cycle = 0; cycle < 60; ++cycle) {
    day due_k = last_day + km_days;
    day due = std::min(add_months(last_day, 6), due_k);
    day open = std::min(add_months(last_day, 5), due_k - 30);
    if (open > as_of) break;
    bool in_warranty = v.warranty_end != no_day && due < v.warranty_end;
    bool lapse = r.chance(lapse_chance(v.how, in_warranty));
    bool skip = !lapse && r.chance(0.08);
    day natural = lapse ? no_day : due + visit_offset(r) + (skip ? r.between(150, 220) : 0);

    // The call center works the item while the customer has not come on their own.
    if (open >= horizon - 30 && (natural == no_day || natural > open)) {
      std::string item = last_ro == 0 ? event_item("first_service", v, iso(v.sold_on))
                                      : event_item("next_service", v, std::to_string(last_ro));
      day until = natural == no_day ? as_of + 1 : std::min(natural, as_of + 1);
      call_result res = work_item(v, w, std::move(item), open, until, !lapse, seq, r);
      if (res.visit != no_day) natural = res.visit;
    }
    if (natural == no_day) {
      v.lapsed = true;
      break;
    }
    day visit = next_business_day(std::max(natural, last_day + 7), w.where);
    bool booked_by_call = !v.appts.empty() && v.appts.back().on == visit &&
                          v.appts.back().source == appt_source::proactive;
    // Events of the --as-of day itself have not happened yet: the nightly run sees up to yesterday.
    if (visit >= as_of) {
      // Some customers booked their coming visit already: web bookings waiting for the
      // confirmation call, phone bookings confirmed.
      if (!booked_by_call && visit <= as_of + 21 && r.chance(0.35)) {
        book_own_visit(v, w, seq, r, visit, appt_status::booked);
        auto& a = v.appts.back();
        if (a.source == appt_source::phone || a.created_on < as_of - 2)
          a.status = r.chance(0.6) ? appt_status::confirmed : appt_status::booked;
      }
      break;
    }
    if (!booked_by_call && visit >= as_of - 90 && r.chance(0.45)) {
      // A booking of their own; a few miss it and come a little later.
      if (r.chance(0.08)) {
        book_own_visit(v, w, seq, r, visit, appt_status::no_show);
        std::uint64_t missed = v.appts.back().id;
        day later = next_business_day(visit + r.between(5, 25), w.where);
        // The no-show call the next business day may book the visit again.
        day call = next_business_day(visit + 1, w.where);
        if (call >= horizon && r.chance(0.8)) {
          call_result res = work_item(v, w, event_item("no_show", v, std::to_string(missed)), call, later, true,
                                      seq, r);
          if (res.visit != no_day) later = res.visit;
        }
        visit = later;
        if (visit >= as_of) break;
      } else {
        book_own_visit(v, w, seq, r, visit, r.chance(0.04) ? appt_status::cancelled : appt_status::showed);
      }
    }
    extras(v, w, seq, r, last_day, visit, cycle == 0);
    repair_order& ro = add_ro(v, w, seq, r, ro_type::maintenance, visit);
    ro.maintenance_km = label;
    last_ro = ro.number;
    v.last_maintenance = static_cast<int>(v.ros.size()) - 1;
    day closed = ro.closed;
    label += skip ? 20000 : 10000;
    complete_campaigns(v, w, campaigns, seq, r, visit);
    multipoint_quote(v, w, seq, r, visit);
    // Post-service call 3-5 days after delivery.
    if (closed != no_day && closed >= horizon && closed + 3 <= as_of && r.chance(0.55)) {
      day d = next_business_day(closed + r.between(3, 5), w.where);
      if (d < as_of) work_item(v, w, event_item("post_service", v, std::to_string(last_ro)), d, d + 1, true, seq, r);
    }
    last_day = visit;
    last_km = v.ros[static_cast<std::size_t>(v.last_maintenance)].km;
  }

  // Lapsed customers (12+ months without a visit) get the recovery calls of the inactive list.
  if (v.lapsed && last_day <= as_of - 365 && r.chance(0.5)) {
    std::string item = last_ro == 0 ? event_item("inactive", v, iso(v.sold_on))
                                    : event_item("inactive", v, std::to_string(last_ro));
    for (day month = horizon; month < as_of; month += 30) {
      if (!r.chance(0.4)) continue;
      call_result res = work_item(v, w, item, month + r.between(0, 20), month + 30, r.chance(0.12), seq, r);
      if (res.closed) {
        if (res.visit != no_day && res.visit < as_of) {
          repair_order& ro = add_ro(v, w, seq, r, ro_type::maintenance, res.visit);
          ro.maintenance_km = (ro.km / 10000 + 1) * 10000;
          last_ro = ro.number;
          v.last_maintenance = static_cast<int>(v.ros.size()) - 1;
          last_day = res.visit;
          last_km = ro.km;
          v.lapsed = false;
        }
        break;
      }
    }
  }

  // Campaigns pending with parts at hand, and quotes on their follow-up date.
  for (auto& h : v.campaigns) {
    const auto& c = campaigns[static_cast<std::size_t>(h.campaign)];
    if (h.completed != no_day || (h.parts != parts_status::available && h.parts != parts_status::not_needed)) continue;
    if (c.launched > as_of - 3 || !r.chance(0.5)) continue;
    day open = std::max(c.launched + r.between(3, 20), horizon);
    call_result res = work_item(v, w, event_item("campaign", v, c.code), open, as_of + 1, r.chance(0.6), seq, r);
    if (res.visit != no_day && res.visit < as_of) {
      h.completed = res.visit;
      add_ro(v, w, seq, r, ro_type::campaign, res.visit);
    }
  }
  for (auto& q : v.quotes) {
    if (q.status != quote_status::pending || q.follow_up < horizon || q.follow_up > as_of || !r.chance(0.7)) continue;
    day d = next_business_day(q.follow_up, w.where);
    if (d >= as_of) continue;
    bool willing = r.chance(0.35);
    call_result res = work_item(v, w, event_item("pending_quote", v, fmt::format("COT-{}", q.id)), d, as_of + 1,
                                willing, seq, r);
    if (res.visit != no_day) q.status = quote_status::accepted;
    else if (res.closed && !willing) q.status = quote_status::declined;
  }

  // A few cars in the workshop right now, so that every small world has some.
  if (!v.lapsed && v.how != behaviour::elsewhere && r.chance(0.003))
    add_ro(v, w, seq, r, r.chance(0.5) ? ro_type::repair : ro_type::body_paint, previous_business_day(as_of, w.where))
        .closed = no_day;

  std::stable_sort(v.ros.begin(), v.ros.end(),
                   [](const repair_order& a, const repair_order& b) { return a.opened < b.opened; });
  v.last_maintenance = -1;
  for (std::size_t i = 0; i < v.ros.size(); ++i)
    if (v.ros[i].type == ro_type::maintenance) v.last_maintenance = static_cast<int>(i);
  if (v.last_maintenance >= 0) {
    const auto& m = v.ros[static_cast<std::size_t>(v.last_maintenance)];
    last_day = m.opened;
    last_km = m.km;
  } else {
    last_day = v.sold_on;
    last_km = v.km0;
  }
  v.next_due = std::min(add_months(last_day, 6), last_day + km_days);
  // The DMS counts the next service from the last maintenance km, 0 when there was none.
  v.next_due_km = (v.last_maintenance >= 0 ? last_km : (v.sale == sale_type::new_car ? 0 : v.km0)) + 10000;
  v.km_now = v.km0;
  v.km_date = v.sold_on;
  for (const auto& ro : v.ros)
    if (ro.opened >= v.km_date && ro.km > 0) {
      v.km_now = ro.km;
      v.km_date = ro.opened;
    }
}

}  // namespace gen
