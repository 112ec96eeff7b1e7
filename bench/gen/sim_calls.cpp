// The call center's side: attempts and outcomes per item, bookings they produce, leads, confirmations.
#include <fmt/format.h>

#include <algorithm>

#include "sim.hpp"

namespace gen {
namespace {

constexpr std::string_view reasons[] = {
    "Precio alto", "Servicio en otro taller", "Cambio de domicilio", "Sin tiempo por ahora",
    "Ya no tiene el vehículo", "Está manejando", "Pide llamar más tarde", "Hizo el servicio en otra agencia",
    "Vehículo vendido a un familiar", "No desea recibir llamadas", "Número no corresponde al cliente",
    "Lo atiende su mecánico de confianza", "Satisfecho con el servicio", "Queja: entrega tardía",
    "Acepta prueba de manejo"};
constexpr int test_drive_reason = 14;

// Contact hours: Mon-Fri mornings, middays and afternoons in rotation; Saturdays until 13:00
// (inside Colombia's Ley 2300 window, 08:00-15:00).
int slot_minute(day d, int slot, rng& r) {
  if (weekday(d) == 6) return 9 * 60 + static_cast<int>(r.below(4 * 60));
  switch (slot % 3) {
    case 0: return 9 * 60 + static_cast<int>(r.below(3 * 60));
    case 1: return 12 * 60 + static_cast<int>(r.below(3 * 60));
    default: return 15 * 60 + static_cast<int>(r.below(3 * 60 + 30));
  }
}

outcome not_reached(rng& r) {
  constexpr std::uint32_t wts[] = {65, 10, 25};
  constexpr outcome o[] = {outcome::no_answer, outcome::busy, outcome::voicemail};
  return o[r.weighted(wts)];
}

outcome reached_outcome(rng& r, bool willing) {
  constexpr outcome o[] = {outcome::appointment_booked, outcome::callback_requested, outcome::reached,
                           outcome::declined, outcome::already_serviced, outcome::vehicle_sold,
                           outcome::do_not_contact};
  constexpr std::uint32_t yes[] = {55, 15, 8, 8, 6, 1, 1};
  constexpr std::uint32_t no[] = {5, 12, 9, 30, 28, 10, 6};
  return o[r.weighted(willing ? yes : no)];
}

int reason_for(outcome o, rng& r) {
  switch (o) {
    case outcome::declined: { constexpr int k[] = {0, 1, 2, 3, 11}; return k[r.below(5)]; }
    case outcome::callback_requested: return r.chance(0.5) ? 5 : 6;
    case outcome::already_serviced: return r.chance(0.6) ? 7 : 1;
    case outcome::vehicle_sold: return r.chance(0.5) ? 8 : 4;
    case outcome::do_not_contact: return 9;
    case outcome::wrong_number: return 10;
    default: return -1;
  }
}

attempt& push_attempt(vehicle& v, const std::string& item, day d, int minute, channel via, outcome o, int reason) {
  attempt a;
  a.item_id = item;
  a.on = d;
  a.minute = minute;
  a.agent = v.agent;
  a.via = via;
  a.result = o;
  a.reason = reason;
  v.attempts.push_back(std::move(a));
  return v.attempts.back();
}

channel fallback_channel(rng& r) {
  constexpr std::uint32_t wts[] = {55, 15, 30};
  constexpr channel c[] = {channel::whatsapp, channel::sms, channel::email};
  return c[r.weighted(wts)];
}

}  // namespace

std::span<const std::string_view> reason_texts() { return reasons; }

call_result work_item(vehicle& v, const world_shape& w, std::string item, day open, day until, bool willing,
                      counters& seq, rng& r) {
  call_result res;
  const day as_of = w.as_of;
  const day horizon = as_of - call_log_days;
  const bool post_service = item.starts_with("post_service");
  const bool is_lead = item.starts_with("lead");
  const int max_failures = post_service ? 2 : 3;
  day d = next_business_day(open, w.where);
  int failures = 0;
  int slot = static_cast<int>(r.below(3));
  for (int calls = 0; calls < 8 && d < until && d < as_of; ++calls) {
    int minute = slot_minute(d, slot++, r);
    outcome o;
    if (!v.phone_reachable) o = r.chance(0.6) ? outcome::invalid_number : outcome::wrong_number;
    else if (r.chance(post_service ? 0.55 : 0.42))
      o = post_service ? (r.chance(0.9) ? outcome::reached : outcome::do_not_contact) : reached_outcome(r, willing);
    else o = not_reached(r);
    // lead48h: the first failed call on a lead leaves a voicemail.
    if (is_lead && failures == 0 && (o == outcome::no_answer || o == outcome::busy)) o = outcome::voicemail;
    int reason = post_service && o == outcome::reached ? (r.chance(0.9) ? 12 : 13) : reason_for(o, r);
    bool logged = d >= horizon;
    attempt scratch;
    attempt& a = logged ? push_attempt(v, item, d, minute, channel::phone, o, reason) : scratch;
    switch (o) {
      case outcome::appointment_booked: {
        appointment ap;
        ap.id = seq.appointment++;
        ap.on = next_business_day(d + r.between(1, 8), w.where);
        ap.minute = 8 * 60 + 30 * static_cast<int>(r.below(weekday(ap.on) == 6 ? 8 : 18));
        ap.created_on = d;
        ap.created_minute = minute;
        ap.source = is_lead ? appt_source::web : appt_source::proactive;
        ap.advisor = static_cast<int>(r.below(static_cast<std::uint32_t>(dealer_for(w.where).advisors.size())));
        if (ap.on < as_of) {
          constexpr std::uint32_t wts[] = {85, 10, 5};
          constexpr appt_status st[] = {appt_status::showed, appt_status::no_show, appt_status::cancelled};
          ap.status = st[r.weighted(wts)];
        } else {
          ap.status = r.chance(0.5) ? appt_status::confirmed : appt_status::booked;
        }
        a.appt_on = ap.on;
        a.appt_minute = ap.minute;
        v.appts.push_back(ap);
        res.closed = true;
        if (ap.status != appt_status::no_show && ap.status != appt_status::cancelled) res.visit = ap.on;
        return res;
      }
      case outcome::callback_requested:
      case outcome::reached:
        if (post_service) {
          res.closed = true;
          return res;
        }
        if (o == outcome::callback_requested) {
          a.callback_on = next_business_day(d + r.between(1, 3), w.where);
          a.callback_minute = 9 * 60 + 30 * static_cast<int>(r.below(18));
          d = a.callback_on;
        } else {
          d = next_business_day(d + 5, w.where);
        }
        continue;
      case outcome::declined:
      case outcome::already_serviced:
      case outcome::vehicle_sold:
      case outcome::do_not_contact:
        res.closed = true;
        return res;
      case outcome::wrong_number:
      case outcome::invalid_number: {
        res.closed = true;
        day next = next_business_day(d + 1, w.where);
        if ((is_lead || r.chance(0.5)) && next < as_of && next >= horizon)
          push_attempt(v, item, next, slot_minute(next, slot, r), channel::email, outcome::message_sent, -1);
        return res;
      }
      default:
        break;
    }
    if (++failures >= max_failures) {
      res.closed = true;
      day next = next_business_day(d + 1, w.where);
      if (!post_service && next < as_of && next >= horizon)
        push_attempt(v, item, next, slot_minute(next, slot, r), is_lead ? channel::email : fallback_channel(r),
                     outcome::message_sent, -1);
      return res;
    }
    // mrs: +5 days between calls; lead48h: the next business day.
    d = next_business_day(d + (is_lead ? 1 : 5), w.where);
  }
  return res;
}

void add_leads(vehicle& v, const world_shape& w, counters& seq, rng& r) {
  const day as_of = w.as_of;
  const int n_agents = static_cast<int>(dealer_for(w.where).agents.size());
  auto make = [&](day on, bool prospect) {
    lead l;
    l.id = seq.lead++;
    l.on = on;
    l.minute = static_cast<int>(r.below(24 * 60));
    l.second = static_cast<int>(r.below(60));
    constexpr std::uint32_t type_w[] = {45, 25, 10, 10, 10};
    constexpr std::uint32_t source_w[] = {50, 15, 15, 10, 10};
    l.type = static_cast<int>(r.weighted(type_w));
    if (prospect) l.type = r.chance(0.6) ? 4 : 3;
    l.source = static_cast<int>(r.weighted(source_w));
    l.with_vin = !prospect && r.chance(0.55);
    l.person = prospect ? w.prospect + v.index : v.owner;
    l.agent = static_cast<int>(r.below(static_cast<std::uint32_t>(n_agents)));
    v.leads.push_back(l);
    // lead48h: most are called within one business day of arrival, some later, a few never.
    double u = r.unit();
    if (u > 0.9) return;
    day first = u < 0.75 ? (l.minute < 17 * 60 && is_business_day(on, w.where) ? on : next_business_day(on + 1, w.where))
                         : next_business_day(on + r.between(2, 4), w.where);
    std::string item = fmt::format("lead:{}:WEB-{}", l.with_vin ? std::string_view(v.vin) : std::string_view(), l.id);
    int saved_agent = v.agent;
    v.agent = l.agent;
    work_item(v, w, std::move(item), first, first + 6, r.chance(0.6), seq, r);
    v.agent = saved_agent;
  };
  if (r.chance(0.012)) make(as_of - r.between(1, 30), false);
  // Leads of the last business day: the ones the morning list must hold.
  if (r.chance(0.004)) make(previous_business_day(as_of, w.where), false);
  if (r.chance(0.004)) make(as_of - r.between(1, 20), true);
}

void follow_up_appointments(vehicle& v, const world_shape& w, counters& seq, rng& r) {
  const day as_of = w.as_of;
  const day horizon = as_of - call_log_days;
  const std::size_t n = v.appts.size();
  for (std::size_t i = 0; i < n; ++i) {
    appointment a = v.appts[i];
    if (a.source != appt_source::web || a.created_on < horizon || a.created_on >= as_of) continue;
    // Confirmation calls on web bookings: same day within office hours, else the next one.
    bool unconfirmed = a.status == appt_status::booked && a.on >= as_of;
    if (unconfirmed && a.created_on >= as_of - 2) continue;  // not reached yet: the list's job
    day d = a.created_minute < 17 * 60 && is_business_day(a.created_on, w.where)
                ? a.created_on
                : next_business_day(a.created_on + 1, w.where);
    if (d >= as_of || d > a.on) continue;
    std::string item = fmt::format("web_confirmation:{}:{}", v.vin, a.id);
    outcome o = unconfirmed ? not_reached(r) : outcome::reached;
    push_attempt(v, item, d, std::max(a.created_minute, 9 * 60) % (19 * 60), channel::phone, o, -1);
  }
  // The yesterday's no-show and the unconfirmed web booking every small world needs.
  const auto& dealer = dealer_for(w.where);
  if (!v.lapsed && r.chance(0.005)) {
    appointment a;
    a.id = seq.appointment++;
    a.on = previous_business_day(as_of, w.where);
    a.minute = 8 * 60 + 30 * static_cast<int>(r.below(14));
    a.created_on = a.on - r.between(1, 7);
    a.created_minute = r.between(9 * 60, 18 * 60);
    a.source = r.chance(0.5) ? appt_source::phone : appt_source::web;
    a.status = appt_status::no_show;
    a.advisor = static_cast<int>(r.below(static_cast<std::uint32_t>(dealer.advisors.size())));
    v.appts.push_back(a);
  }
  if (!v.lapsed && r.chance(0.005)) {
    appointment a;
    a.id = seq.appointment++;
    a.on = next_business_day(as_of + r.between(1, 10), w.where);
    a.minute = 8 * 60 + 30 * static_cast<int>(r.below(14));
    a.created_on = r.chance(0.5) ? as_of - 1 : previous_business_day(as_of, w.where);
    a.created_minute = static_cast<int>(r.below(24 * 60));
    a.source = appt_source::web;
    a.status = appt_status::booked;
    a.advisor = static_cast<int>(r.below(static_cast<std::uint32_t>(dealer.advisors.size())));
    v.appts.push_back(a);
  }
}

void day_ahead(vehicle& v, const world_shape& w) {
  rng r(w.seed, stream::day_ahead, v.index);
  const day as_of = w.as_of;
  const day tomorrow = next_business_day(as_of + 1, w.where);
  const day yesterday = previous_business_day(as_of, w.where);
  const auto& dealer = dealer_for(w.where);
  constexpr std::string_view interests[] = {"RAV4 híbrida", "Corolla Cross", "Hilux", "Tacoma", "Camry", "Sienna"};
  // Vehicles with this many km are offered a test drive (the proactive-contact flowchart).
  const bool test_drive_age = v.km_estimated(as_of) > 30000;
  // What the call center works: the vehicle's next maintenance, or its first.
  std::uint64_t last_ro = 0;
  for (const auto& ro : v.ros)
    if (ro.type == ro_type::maintenance) last_ro = ro.number;
  std::string sold;
  put_iso(sold, v.sold_on);
  const std::string item = last_ro == 0 ? fmt::format("first_service:{}:{}", v.vin, sold)
                                        : fmt::format("next_service:{}:{}", v.vin, last_ro);
  bool future = false;
  for (const auto& a : v.appts) future = future || a.on >= as_of;
  const double u = r.unit();
  if (u < 0.1) {
    if (v.lapsed || future) return;
    // An appointment tomorrow, with one of the workshop's advisors.
    appointment a;
    a.id = 900000 + v.index;
    a.on = tomorrow;
    a.minute = 8 * 60 + 30 * static_cast<int>(r.below(weekday(tomorrow) == 6 ? 8 : 18));
    a.created_on = yesterday;
    a.created_minute = 9 * 60 + static_cast<int>(r.below(8 * 60));
    constexpr std::uint32_t src_w[] = {70, 20, 10};
    constexpr appt_source src[] = {appt_source::proactive, appt_source::web, appt_source::phone};
    a.source = src[r.weighted(src_w)];
    a.status = r.chance(0.5) ? appt_status::confirmed : appt_status::booked;
    a.advisor = static_cast<int>(r.below(static_cast<std::uint32_t>(dealer.advisors.size())));
    v.appts.push_back(a);
    if (a.source == appt_source::proactive && v.phone_reachable) {
      // The call that booked it, with what the agent noted.
      attempt at;
      at.item_id = item;
      at.on = a.created_on;
      at.minute = a.created_minute;
      at.agent = v.agent;
      at.result = outcome::appointment_booked;
      at.appt_on = a.on;
      at.appt_minute = a.minute;
      constexpr std::string_view notes[] = {"Trae el vehículo su esposa", "Solicita lavado incluido",
                                            "Pregunta por la campaña de seguridad", "Ruido en la suspensión delantera",
                                            "Quiere cotización de llantas"};
      if (test_drive_age && r.chance(0.4)) {
        at.reason = test_drive_reason;
        at.note = fmt::format("Interesado en {}", interests[r.below(std::size(interests))]);
      } else {
        at.note = notes[r.below(std::size(notes))];
      }
      v.attempts.push_back(std::move(at));
    }
  } else if (u < 0.115) {
    if (!test_drive_age || !v.phone_reachable) return;
    // A test drive accepted on yesterday's call: the sales prospect of the day.
    attempt at;
    // The offer's item is the half-year's: test_drive:VIN:2026-07.
    std::string period;
    put_iso(period, yesterday);
    at.item_id = fmt::format("test_drive:{}:{}-{}", v.vin, period.substr(0, 4), period.substr(5, 2) <= "06" ? "01" : "07");
    at.on = yesterday;
    at.minute = 10 * 60 + static_cast<int>(r.below(7 * 60));
    at.agent = v.agent;
    at.result = outcome::test_drive_accepted;
    at.note = fmt::format("Interesado en {}", interests[r.below(std::size(interests))]);
    v.attempts.push_back(std::move(at));
  } else if (u < 0.13) {
    // A lead still open: untouched for days (past its deadline), arrived last night, or in progress.
    lead l;
    l.id = 900000 + v.index;
    const double kind = r.unit();
    l.on = kind < 0.4 ? previous_business_day(yesterday, w.where) - 1 : kind < 0.7 ? as_of - 1 : yesterday;
    l.minute = kind < 0.4 ? 11 * 60 + static_cast<int>(r.below(5 * 60)) : 19 * 60 + static_cast<int>(r.below(4 * 60));
    if (kind >= 0.7) l.minute = 9 * 60 + static_cast<int>(r.below(3 * 60));
    l.second = static_cast<int>(r.below(60));
    l.type = static_cast<int>(r.below(5));
    l.source = static_cast<int>(r.below(5));
    l.with_vin = r.chance(0.5);
    l.person = v.owner;
    l.agent = static_cast<int>(r.below(static_cast<std::uint32_t>(dealer.agents.size())));
    v.leads.push_back(l);
    if (kind >= 0.7) {
      attempt at;
      at.item_id = fmt::format("lead:{}:WEB-{}", l.with_vin ? std::string_view(v.vin) : std::string_view(), l.id);
      at.on = yesterday;
      at.minute = l.minute + 45;
      at.agent = l.agent;
      at.result = outcome::voicemail;
      v.attempts.push_back(at);
      // Some were called three times yesterday, to no avail: the lead's e-mail is due this morning.
      if (kind >= 0.85)
        for (int k : {1, 2}) {
          at.minute = l.minute + 45 + 180 * k;
          at.result = outcome::no_answer;
          v.attempts.push_back(at);
        }
    }
  }
}

}  // namespace gen
