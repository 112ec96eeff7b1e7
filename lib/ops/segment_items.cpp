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

// How a rule reached an item, in --lang (`en` or `es` with the same arguments). Only
// --explain prints it: without it, nothing is formatted (a million items, two strings each).
template <typename... Args>
std::string say(const segment_config& c, sv en, sv es, const Args&... args) {
  if (c.explain_vin.empty()) return {};
  return fmt::format(fmt::runtime(c.english ? en : es), args...);
}

// An exclusion of `it`: the detail in English for the file, and in Spanish for --explain.
template <typename... Args>
exclusion exclude(const item& it, std::string reason, sv en, sv es, const Args&... args) {
  return {it.item_id, it.vin, std::string(rules::segment_name(it.seg)), std::move(reason),
          fmt::format(fmt::runtime(en), args...), fmt::format(fmt::runtime(es), args...)};
}

// The ended window of `it`, reported while it ended within the look-back.
void report_expired(const segment_config& c, const item& it, day expires, std::vector<exclusion>& excluded) {
  if ((c.today - expires).count() <= c.policy.expired_lookback_days)
    excluded.push_back(exclude(it, "expired", "window ended {}", "ventana terminó el {}", format_day(expires)));
}

// Adds the item when its window is open today; reports it when it expired within the look-back.
void place(const segment_config& c, item it, day opens, day expires, std::vector<item>& open,
           std::vector<exclusion>& excluded) {
  if (!selected(c, it.seg) || c.today < opens) return;
  if (c.today <= expires) {
    it.due_on = opens;
    open.push_back(std::move(it));
  } else {
    report_expired(c, it, expires, excluded);
  }
}

void vehicle_candidates(const world& w, const segment_config& c, std::uint32_t v, std::vector<item>& open,
                        std::vector<exclusion>& excluded) {
  const auto& t = w.vehicles;
  const std::string vin(t.get(v, v_vin));
  const auto facts = facts_of(w, v);
  const auto& p = c.policy;
  for (const auto& win : rules::maintenance_windows(facts, p, c.today, c.english)) {
    item it{win.seg, make_id(win.seg, vin, win.event), vin, v};
    it.talking_key = fmt::format("{}:{}", rules::segment_name(win.seg), vin);
    if (!c.explain_vin.empty()) it.detail = win.detail;
    place(c, std::move(it), win.opens, win.expires, open, excluded);
  }
  if (auto end = parse_day(t.get(v, v_warranty_end))) {
    item it{segment::warranty_expiring, make_id(segment::warranty_expiring, vin, format_day(*end)), vin, v};
    it.talking_key = fmt::format("warranty_expiring:{}", vin);
    it.detail = say(c, "warranty ends {}", "la garantía termina el {}", format_day(*end));
    place(c, std::move(it), *end - date::days{p.warranty_days}, *end, open, excluded);
  }
  if (long km = rules::estimated_km(facts, c.today); km >= p.test_drive_km) {
    item it{segment::test_drive, make_id(segment::test_drive, vin, fmt::format("{}", p.test_drive_km)), vin, v};
    it.talking_key = fmt::format("test_drive:{}", vin);
    it.detail = say(c, "estimated {} km", "{} km estimados", km);
    place(c, std::move(it), c.today, day::max(), open, excluded);
  }
  if (facts.dofu) {
    int years = static_cast<int>(date::year_month_day{c.today}.year()) - static_cast<int>(date::year_month_day{*facts.dofu}.year());
    for (int y : {years - 1, years}) {  // this year's anniversary, or last year's still in its week
      if (y < 1) continue;
      day anniv = add_months(*facts.dofu, 12 * y);
      item it{segment::anniversary, make_id(segment::anniversary, vin, fmt::format("{}y", y)), vin, v};
      it.talking_key = fmt::format("anniversary:{}", vin);
      it.detail = say(c, "{} years since {}", "{} años desde {}", y, format_day(*facts.dofu));
      place(c, std::move(it), anniv, anniv + date::days{p.anniversary_days - 1}, open, excluded);
    }
  }
  const history& h = w.histories[v];
  if (h.last_closed) {
    item it{segment::post_service, make_id(segment::post_service, vin, h.last_closed_ro), vin, v};
    it.talking_key = fmt::format("post_service:{}", h.last_closed_ro);
    it.detail = say(c, "RO {} closed {}", "OR {} cerrada el {}", h.last_closed_ro, format_day(*h.last_closed));
    place(c, std::move(it), *h.last_closed + date::days{p.post_service_from_days},
          *h.last_closed + date::days{p.post_service_expiry_days}, open, excluded);
  }
}

// A campaign row is open work from its launched_on (when given) until the day before its
// completed_on, both read against --as-of: replaying an earlier night gives that night's answer.
// A completed_on that is not a date counts as completed.
bool campaign_open(sv launched_on, sv completed_on, day today) {
  if (auto launched = parse_day(launched_on); launched && today < *launched) return false;
  if (completed_on.empty()) return true;
  auto completed = parse_day(completed_on);
  return completed && today < *completed;
}

void campaign_candidates(const world& w, const segment_config& c, std::vector<item>& open,
                         std::vector<exclusion>& excluded) {
  const auto& t = w.campaigns;
  std::map<std::string_view, long> vins_per_campaign;
  for (std::size_t r = 0; r < t.rows(); ++r)
    if (campaign_open(t.get(r, 6), t.get(r, 5), c.today)) ++vins_per_campaign[t.get(r, 0)];
  for (std::size_t r = 0; r < t.rows(); ++r) {
    if (!campaign_open(t.get(r, 6), t.get(r, 5), c.today)) continue;  // not launched yet, or completed
    const segment s = t.get(r, 2) == "safety" ? segment::campaign_safety : segment::campaign;
    if (!selected(c, s)) continue;
    // A VIN missing from the vehicles table stays a candidate: check_item excludes it as no_channel.
    item it{s, make_id(s, t.get(r, 1), t.get(r, 0)), std::string(t.get(r, 1)), w.vehicle(t.get(r, 1))};
    it.campaign_vins = vins_per_campaign[t.get(r, 0)];
    it.talking_key = fmt::format("campaign:{}", t.get(r, 0));
    it.detail = say(c, "campaign {} ({}, {} VINs): {}", "campaña {} ({}, {} VIN): {}", t.get(r, 0),
                    t.get(r, 2), it.campaign_vins, t.get(r, 3));
    const sv parts = t.get(r, 4);
    if (parts == "ordered" || parts == "unavailable") {
      excluded.push_back(exclude(it, "parts_unavailable", "parts {}",
                                 parts == "ordered" ? "refacciones pedidas" : "refacciones no disponibles", parts));
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
    auto v = w.vehicle(t.get(r, 1));  // none: still a candidate, excluded by check_item as no_channel
    if (!follow || (t.get(r, 6) != "pending" && !t.get(r, 6).empty())) continue;
    item it{segment::pending_quote, make_id(segment::pending_quote, t.get(r, 1), t.get(r, 0)),
            std::string(t.get(r, 1)), v};
    it.talking_key = fmt::format("quote:{}", t.get(r, 0));
    it.detail = say(c, "quote {} ({}) follow up on {}", "cotización {} ({}) seguimiento el {}", t.get(r, 0),
                    t.get(r, 3), format_day(*follow));
    day expires = *follow + date::days{c.policy.quote_expiry_days};
    if (t.get(r, 5) == "false" && c.today >= *follow && c.today <= expires && selected(c, it.seg)) {
      excluded.push_back(exclude(it, "parts_unavailable", "quote parts not available",
                                 "refacciones de la cotización no disponibles"));
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
    // The appointment's own name and phone come first, as a lead's do: a web booking often has no VIN.
    auto own_contact = [&](item& it) {
      it.name.assign(t.get(r, 6));
      it.phone.assign(t.get(r, 7));
    };
    if (status == "no_show") {
      item it{segment::no_show, make_id(segment::no_show, vin, t.get(r, 0)), vin, w.vehicle(vin)};
      it.talking_key = fmt::format("no_show:{}", t.get(r, 0));
      it.detail = say(c, "appointment {} on {} missed", "no se presentó a la cita {} del {}", t.get(r, 0),
                      t.get(r, 2));
      own_contact(it);
      place(c, std::move(it), *when_day + date::days{1}, *when_day + date::days{c.policy.no_show_expiry_days}, open,
            excluded);
    } else if (t.get(r, 4) == "web" && status == "booked") {
      auto created = parse_day(t.get(r, 3)).value_or(c.today);
      item it{segment::web_confirmation, make_id(segment::web_confirmation, vin, t.get(r, 0)), vin, w.vehicle(vin)};
      it.talking_key = fmt::format("web_confirmation:{}", t.get(r, 0));
      it.detail = say(c, "web booking {} for {} not confirmed", "cita web {} para el {} sin confirmar",
                      t.get(r, 0), t.get(r, 2));
      own_contact(it);
      const day opens = created + date::days{c.policy.web_confirmation_days};
      // Confirmable until the appointment itself: once its time has passed, the window has ended.
      if (*when < c.now_minutes && c.today == *when_day) {
        if (selected(c, it.seg) && c.today >= opens) report_expired(c, it, *when_day, excluded);
        continue;
      }
      place(c, std::move(it), opens, *when_day, open, excluded);
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
    it.detail = say(c, "lead {} ({}) received {}", "lead {} ({}) recibido el {}", t.get(r, 0), t.get(r, 2),
                    t.get(r, 1));
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

std::optional<refusal> check_item(const world& w, const segment_config& c, item& it) {
  // The contact log speaks first: what an earlier call ended does not come back.
  if (auto v = w.log.vehicle_closed.find(it.vin); !it.vin.empty() && v != w.log.vehicle_closed.end())
    return refusal{"closed", v->second, {}};
  if (auto l = w.log.items.find(it.item_id); l != w.log.items.end()) {
    const auto& outcome = l->second.outcome;
    if (outcome == "vehicle_sold" || outcome == "do_not_contact") return refusal{"closed", outcome, {}};
    if (outcome == "already_serviced") return refusal{"already_serviced", "contact log", "bitácora de contacto"};
  }
  const bool service_item = it.seg != segment::lead && it.seg != segment::post_service &&
                            it.seg != segment::web_confirmation;
  if (it.vehicle) {
    const history& h = w.histories[*it.vehicle];
    if (!h.open_ro.empty() && it.seg != segment::lead)
      return refusal{"in_workshop", fmt::format("RO {} open", h.open_ro), fmt::format("OR {} abierta", h.open_ro)};
    if (service_item) {
      if (auto b = w.log.booked.find(it.vin); b != w.log.booked.end())
        return refusal{"has_appointment", fmt::format("booked for {}", b->second),
                       fmt::format("cita agendada para el {}", b->second)};
      if (auto a = w.future_appointment.find(it.vin); a != w.future_appointment.end())
        return refusal{"has_appointment", fmt::format("appointment {} on {}", a->second.first, a->second.second),
                       fmt::format("cita {} el {}", a->second.first, a->second.second)};
    }
  }
  // Who is called: the lead's or the appointment's own data first, else the vehicle's maintainer, owner or user.
  person p;
  if (it.vehicle) p = person_of(w, *it.vehicle);
  if (!it.name.empty()) p.name = it.name;
  if (!it.phone.empty())
    p = person{it.name.empty() ? p.name : it.name, it.phone, {}, {}, it.email.empty() ? p.email : it.email, "phone",
               p.consent, p.person_id, it.seg == segment::lead ? "lead" : "appointment", p.address};
  if (!it.vehicle && p.phone_mobile.empty() && p.email.empty() && !it.vin.empty())
    return refusal{"no_channel", "vehicle not in the vehicles table",
                   "el vehículo no está en la tabla de vehículos"};
  if (p.consent == "no") return refusal{"no_consent", p.role, {}};
  it.customer_id = it.vehicle ? std::string(w.vehicles.get(*it.vehicle, v_customer_id)) : std::string();
  // Opt-outs: by VIN, customer, e-mail or phone. Scope all ends the item; a channel scope removes
  // that channel: phone the numbers, whatsapp or sms the messages, email the address, letter the mail.
  auto scopes_of = [](const std::unordered_map<std::string, unsigned>& m, const std::string& key) -> unsigned {
    if (key.empty()) return 0;
    auto f = m.find(key);
    return f == m.end() ? 0u : f->second;
  };
  unsigned off = scopes_of(w.optouts.vins, it.vin) | scopes_of(w.optouts.customers, it.customer_id) |
                 scopes_of(w.optouts.emails, p.email);
  if (off & off_all) return refusal{"opted_out", "all channels", "todos los canales"};
  bool removed = (off & (off_phone | off_email)) != 0;
  struct number {
    std::string value;
    unsigned off;  // the message channels this number opted out of
  };
  std::vector<number> phones;
  for (const auto* ph : {&p.phone_mobile, &p.phone_home, &p.phone_work}) {
    if (ph->empty() || std::any_of(phones.begin(), phones.end(), [&](const number& n) { return n.value == *ph; }))
      continue;
    const unsigned s = scopes_of(w.optouts.phones, *ph);
    if (s & off_all)
      return refusal{"opted_out", "phone on the do-not-call list", "teléfono en la lista de no llamar"};
    off |= s & (off_email | off_letter);  // what the person asked, whatever the number it came with
    if ((s | off) & off_phone) {
      removed = true;
      continue;
    }
    phones.push_back({*ph, s | off});
  }
  if (off & off_email) p.email.clear();
  if (phones.empty() && p.email.empty())
    return removed ? refusal{"opted_out", "every channel opted out", "todos los canales dados de baja"}
                   : refusal{"no_channel", "no valid phone or e-mail", "sin teléfono ni correo válido"};
  // The preferred channel when it can be used; a message goes to the first number that accepts it.
  auto usable = [&](std::string_view channel) {
    if (channel == "phone") return !phones.empty();
    if (channel == "email") return !p.email.empty();
    if (channel == "letter") return !(off & off_letter) && !p.address.empty();
    const unsigned bit = optout_bit(channel);
    if (bit != off_whatsapp && bit != off_sms) return false;
    auto n = std::find_if(phones.begin(), phones.end(), [&](const number& x) { return !(x.off & bit); });
    if (n == phones.end()) return false;
    std::rotate(phones.begin(), n, n + 1);
    return true;
  };
  it.channel = usable(p.preferred_channel) ? p.preferred_channel : phones.empty() ? "email" : "phone";
  it.name = p.name;
  it.phone = phones.empty() ? std::string() : phones[0].value;
  it.phone_alt = phones.size() > 1 ? phones[1].value : std::string();
  it.email = p.email;
  it.person_id = p.person_id;
  return std::nullopt;
}

}  // namespace retorno::ops::segment_detail
