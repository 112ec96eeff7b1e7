// The advisors' agenda, the sales prospects and the leads' status, assembled from facts.
#include "ops/agenda.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "core/catalog.hpp"
#include "rules/kpi_tally.hpp"
#include "rules/outcomes.hpp"
#include "rules/prospects.hpp"
#include "rules/scripts.hpp"
#include "rules/segments.hpp"

namespace retorno::ops::agenda {

namespace {

using sv = std::string_view;

bool same_day(sv iso, day on) {
  const auto d = parse_day(iso);
  return d && *d == on;
}

bool open_status(sv status) { return status.empty() || status == "booked" || status == "confirmed"; }

// Later attempts last; ties by item id, then by the row's other cells, so that the order
// never depends on the file's.
bool earlier(const attempt& a, const attempt& b) {
  return std::tie(a.at, a.item_id, a.outcome, a.agent, a.notes) < std::tie(b.at, b.item_id, b.outcome, b.agent, b.notes);
}

// What brought the customer in, in words: the segment of the call that booked it (a campaign or
// a quote with its code), else how the appointment was made.
std::string reason_of(const attempt* booking, sv source, bool english) {
  std::string r;
  if (booking) {
    const sv seg = item_segment(booking->item_id);
    if (auto s = rules::segment_from_name(seg, seg == "campaign" ? rules::segment_priority(rules::segment::campaign) : 0)) {
      r = std::string(rules::segment_title(*s, english));
      if (*s == rules::segment::campaign || *s == rules::segment::pending_quote)
        r += fmt::format(" {}", item_event(booking->item_id));
    }
    if (!booking->reason.empty()) r += (r.empty() ? "" : " · ") + booking->reason;
  }
  if (!r.empty()) return r;
  if (source == "web") return std::string(text(msg::agenda_source_web, english));
  if (source == "phone") return std::string(text(msg::agenda_source_phone, english));
  if (source == "proactive") return std::string(text(msg::agenda_source_proactive, english));
  if (source == "walk_in") return std::string(text(msg::agenda_source_walk_in, english));

  return {};
}

std::string joined(const std::vector<pending>& all, sv vin) {
  std::string out;
  if (vin.empty()) return out;
  for (const auto& p : all)
    if (p.vin == vin) out += (out.empty() ? "" : "; ") + p.code + (p.text.empty() ? "" : " " + p.text);
  return out;
}

}  // namespace

std::string_view item_segment(std::string_view item_id) { return item_id.substr(0, item_id.find(':')); }
std::string_view item_event(std::string_view item_id) {
  const auto at = item_id.rfind(':');
  return at == sv::npos ? sv() : item_id.substr(at + 1);
}

std::vector<agenda_row> build_agenda(const facts& f, day on, long long now, bool english) {
  // The bookings made by now for that day, latest last.
  std::vector<const attempt*> bookings;
  for (const auto& a : f.log)
    if (a.at <= now && a.outcome == "appointment_booked" && same_day(a.appointment_at, on)) bookings.push_back(&a);
  std::sort(bookings.begin(), bookings.end(), [](const attempt* a, const attempt* b) { return earlier(*a, *b); });
  auto booking_for = [&](sv vin, sv id) -> const attempt* {
    for (auto it = bookings.rbegin(); it != bookings.rend(); ++it)
      if ((!vin.empty() && (*it)->vin == vin) || (!id.empty() && item_event((*it)->item_id) == id)) return *it;
    return nullptr;
  };
  // A call about the appointment itself (a web booking's confirmation) carries its notes too.
  auto call_about = [&](sv id) -> const attempt* {
    const attempt* best = nullptr;
    for (const auto& a : f.log)
      if (!id.empty() && a.at <= now && !a.notes.empty() && item_event(a.item_id) == id && (!best || earlier(*best, a)))
        best = &a;
    return best;
  };
  auto vehicle_of = [&](sv vin) -> const vehicle* {
    if (vin.empty()) return nullptr;
    auto it = f.vehicles.find(std::string(vin));
    return it == f.vehicles.end() ? nullptr : &it->second;
  };
  auto fill = [&](agenda_row& r, const vehicle* v, const attempt* booking) {
    if (v) {
      r.make = v->make, r.model = v->model, r.model_year = v->model_year, r.plate = v->plate, r.km = v->km;
      if (r.customer_name.empty()) r.customer_name = v->customer_name;
      if (r.phone.empty()) r.phone = v->phone;
    }
    r.campaigns = joined(f.campaigns, r.vin);
    r.quotes = joined(f.quotes, r.vin);
    if (booking) r.notes = booking->notes, r.booked_by = booking->agent, r.booked_at = format_minutes(booking->at);
  };

  std::vector<agenda_row> rows;
  std::vector<std::string> held;  // VINs and appointment ids of that day in the book, whatever their status
  for (const auto& a : f.appointments) {
    if (!same_day(a.scheduled_at, on)) continue;
    if (!a.vin.empty()) held.push_back(a.vin);
    held.push_back(a.id);
    if (!open_status(a.status)) continue;
    agenda_row r;
    r.advisor = a.advisor, r.scheduled_at = a.scheduled_at, r.appointment_id = a.id;
    r.status = a.status.empty() ? "booked" : a.status;
    r.source = a.source, r.customer_name = a.customer_name, r.phone = a.phone, r.vin = a.vin;
    const attempt* booking = booking_for(a.vin, a.id);
    r.reason = reason_of(booking, a.source, english);
    fill(r, vehicle_of(a.vin), booking);
    if (!booking)
      if (const attempt* about = call_about(a.id)) r.notes = about->notes;
    rows.push_back(std::move(r));
  }
  // Bookings the call center made that the book does not hold yet: the advisors must know too.
  std::vector<std::string> added;
  for (auto it = bookings.rbegin(); it != bookings.rend(); ++it) {
    const attempt& b = **it;
    const std::string key = b.vin.empty() ? b.item_id : b.vin;
    const std::string event(item_event(b.item_id));
    if (std::find(held.begin(), held.end(), key) != held.end() ||
        std::find(held.begin(), held.end(), event) != held.end() ||
        std::find(added.begin(), added.end(), key) != added.end())
      continue;
    added.push_back(key);
    agenda_row r;
    r.scheduled_at = b.appointment_at, r.status = "booked", r.source = "contact_log", r.vin = b.vin;
    if (item_segment(b.item_id) == "lead")
      for (const auto& l : f.leads)
        if (l.id == event) r.customer_name = l.customer_name, r.phone = l.phone;
    r.reason = reason_of(&b, "", english);
    fill(r, vehicle_of(b.vin), &b);
    rows.push_back(std::move(r));
  }
  std::sort(rows.begin(), rows.end(), [](const agenda_row& a, const agenda_row& b) {
    return std::make_tuple(a.advisor.empty(), std::cref(a.advisor), std::cref(a.scheduled_at), std::cref(a.appointment_id),
                           std::cref(a.vin)) <
           std::make_tuple(b.advisor.empty(), std::cref(b.advisor), std::cref(b.scheduled_at), std::cref(b.appointment_id),
                           std::cref(b.vin));
  });
  return rows;
}

std::vector<prospect_row> build_prospects(const facts& f, long long from, long long now) {
  std::map<std::string, const attempt*> latest;  // per customer: VIN, else item id
  for (const auto& a : f.log) {
    if (a.at < from || a.at >= now) continue;
    if (a.outcome != "test_drive_accepted" && !rules::accepts_test_drive(a.outcome) &&
        !rules::accepts_test_drive(a.reason))
      continue;
    auto& slot = latest[a.vin.empty() ? a.item_id : a.vin];
    if (!slot || earlier(*slot, a)) slot = &a;
  }
  const std::string now_text = format_minutes(now);
  std::vector<prospect_row> rows;
  for (const auto& [key, a] : latest) {
    prospect_row p;
    p.attempted_at = format_minutes(a->at), p.agent = a->agent, p.vin = a->vin, p.item_id = a->item_id;
    p.notes = a->notes;
    p.said = rules::accepts_test_drive(a->reason) ? a->reason : a->outcome;
    if (auto v = f.vehicles.find(a->vin); !a->vin.empty() && v != f.vehicles.end()) {
      p.customer_name = v->second.customer_name, p.phone = v->second.phone, p.email = v->second.email;
      p.current_vehicle = v->second.make.empty() ? v->second.model : v->second.make + " " + v->second.model;
      p.model_year = v->second.model_year, p.km = v->second.km;
    }
    const sv event = item_event(a->item_id);
    if (p.customer_name.empty() && item_segment(a->item_id) == "lead")
      for (const auto& l : f.leads)
        if (l.id == event) p.customer_name = l.customer_name, p.phone = l.phone, p.email = l.email;
    if (p.customer_name.empty())
      for (const auto& ap : f.appointments)
        if (ap.id == event) p.customer_name = ap.customer_name, p.phone = ap.phone;
    p.vehicle_of_interest = a->vehicle_of_interest;
    if (p.vehicle_of_interest.empty()) p.vehicle_of_interest = rules::vehicle_of_interest(a->notes);
    if (p.vehicle_of_interest.empty()) p.vehicle_of_interest = rules::vehicle_of_interest(a->reason);
    if (a->outcome == "appointment_booked" && !a->appointment_at.empty()) p.service_appointment = a->appointment_at;
    // Else the VIN's next visit: the book's first open appointment from today on, else the
    // latest booking of the log for a day not gone.
    const std::string today = now_text.substr(0, 10);
    if (p.service_appointment.empty() && !p.vin.empty()) {
      for (const auto& ap : f.appointments)
        if (ap.vin == p.vin && open_status(ap.status) && ap.scheduled_at.substr(0, 10) >= today &&
            (p.service_appointment.empty() || ap.scheduled_at < p.service_appointment))
          p.service_appointment = ap.scheduled_at;
      const attempt* booked = nullptr;
      for (const auto& b : f.log)
        if (b.vin == p.vin && b.at < now && b.outcome == "appointment_booked" &&
            b.appointment_at.substr(0, 10) >= today && (!booked || earlier(*booked, b)))
          booked = &b;
      if (p.service_appointment.empty() && booked) p.service_appointment = booked->appointment_at;
    }
    rows.push_back(std::move(p));
  }
  std::sort(rows.begin(), rows.end(), [](const prospect_row& a, const prospect_row& b) {
    return std::tie(a.attempted_at, a.item_id) < std::tie(b.attempted_at, b.item_id);
  });
  return rows;
}

std::string_view lead_state_name(lead_state s) {
  constexpr sv names[] = {"overdue", "untouched", "in_progress", "booked"};
  return names[static_cast<std::size_t>(s)];
}

std::vector<lead_row> build_lead_status(const facts& f, const calendar::business_calendar& cal, long long now,
                                        int days_back) {
  std::unordered_map<std::string, std::vector<const attempt*>> by_lead;
  for (const auto& a : f.log)
    if (a.at <= now && item_segment(a.item_id) == "lead") by_lead[std::string(item_event(a.item_id))].push_back(&a);
  const std::string today = format_day(day_of_minute(now));
  std::vector<lead_row> rows;
  for (const auto& l : f.leads) {
    if (l.received > now || l.received <= now - static_cast<long long>(days_back) * minutes_per_day) continue;
    lead_row r;
    r.lead_id = l.id, r.received_at = l.received_at, r.lead_type = l.type, r.source = l.source;
    r.assigned_to = l.assigned_to, r.customer_name = l.customer_name, r.phone = l.phone, r.vin = l.vin;
    const long long deadline = rules::lead_deadline(cal, l.received);
    r.deadline = format_minutes(deadline);
    r.age_business_hours = std::round(static_cast<double>(cal.business_minutes(l.received, now)) / 6.0) / 10.0;
    auto it = by_lead.find(l.id);
    std::vector<const attempt*> tries = it == by_lead.end() ? std::vector<const attempt*>{} : it->second;
    std::sort(tries.begin(), tries.end(), [](const attempt* a, const attempt* b) { return earlier(*a, *b); });
    r.attempts = static_cast<int>(tries.size());
    if (!tries.empty()) {
      const attempt& last = *tries.back();
      const auto o = rules::parse_outcome(last.outcome);
      if (o && (rules::closes_item(*o) || rules::is_message(*o))) continue;  // processed
      r.first_attempt_at = format_minutes(tries.front()->at), r.last_attempt_at = format_minutes(last.at);
      r.last_outcome = last.outcome, r.last_agent = last.agent;
      if (o && rules::books(*o)) {
        if (!last.appointment_at.empty() && last.appointment_at.substr(0, 10) < today) continue;  // it came, or not
        r.appointment_at = last.appointment_at;
      }
      r.within_1bd = tries.front()->at <= deadline ? "yes" : "no";
      r.state = lead_state::in_progress;
    } else {
      r.within_1bd = now > deadline ? "no" : "pending";
      r.state = now > deadline ? lead_state::overdue : lead_state::untouched;
    }
    if (r.appointment_at.empty() && !l.vin.empty())
      for (const auto& ap : f.appointments)
        if (ap.vin == l.vin && open_status(ap.status) && ap.scheduled_at.substr(0, 10) >= today &&
            (r.appointment_at.empty() || ap.scheduled_at < r.appointment_at))
          r.appointment_at = ap.scheduled_at;
    if (!r.appointment_at.empty()) r.state = lead_state::booked;
    rows.push_back(std::move(r));
  }
  std::sort(rows.begin(), rows.end(), [](const lead_row& a, const lead_row& b) {
    return std::tie(a.state, a.received_at, a.lead_id) < std::tie(b.state, b.received_at, b.lead_id);
  });
  return rows;
}

}  // namespace retorno::ops::agenda
