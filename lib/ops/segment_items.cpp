// Candidates of every segment and the per-item exclusions (DESIGN.md "Rules", exclusions table).
#include "ops/segment_items.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <string>

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

// A candidate of segment `s` for `vin`, opened by `event`: its id is segment:vin:event, kept
// in the pool, and its VIN is a view into the id (the input row need not outlive it).
item new_item(string_pool& text, segment s, std::optional<std::uint32_t> vehicle, sv vin, sv event) {
  item it;
  it.seg = s;
  it.vehicle = vehicle;
  const sv name = rules::segment_name(s);
  it.item_id = text.concat({name, ":", vin, ":", event});
  if (vin.size() > UINT16_MAX) throw input_error({}, 0, "a VIN over 64 KiB: is this a vehicles table?");
  it.vin_size = static_cast<std::uint16_t>(vin.size());
  return it;
}

// Formats into the pool, with the format chosen at run time (a language).
template <typename... Args>
sv say(string_pool& text, sv format, const Args&... args) {
  return text.format(fmt::runtime(format), args...);
}

// What the candidates of one run share: the config, the pool their text goes to, and the sinks.
struct sink {
  const segment_config& c;
  string_pool& text;
  const std::function<void(item&)>& open;
  big_vector<exclusion>& excluded;
  big_vector<own_contact>& owns;
  view_map<sv>& details;  // item id -> how the rule reached it (only under --explain)
  const bool explaining = !c.explain_vin.empty();

  // How a rule reached an item, in --lang. Only --explain prints it: without it nothing is
  // formatted (a million items). Callers check `explaining` first so that the arguments are
  // not computed either.
  template <typename... Args>
  sv detail(sv en, sv es, const Args&... args) {
    return say(text, c.english ? en : es, args...);
  }

  // An exclusion of `it`: the detail in English for the file, and in Spanish for --explain.
  template <typename... Args>
  void exclude(const item& it, sv reason, sv en, sv es, const Args&... args) {
    excluded.push_back(exclusion(it, reason, say(text, en, args...), explaining ? say(text, es, args...) : sv()));
  }

  // The ended window of `it`, reported while it ended within the look-back.
  void expired(const item& it, day expires) {
    if ((c.today - expires).count() <= c.policy.expired_lookback_days)
      exclude(it, "expired", "window ended {}", "ventana terminó el {}", format_day(expires));
  }

  // Hands the item on when its window is open today; reports it when it expired within the look-back.
  void place(item& it, day opens, day expires) {
    if (!selected(c, it.seg) || c.today < opens) return;
    if (c.today <= expires) {
      it.due_on = opens;
      open(it);
    } else {
      expired(it, expires);
    }
  }
};

void vehicle_candidates(const world& w, sink& out, std::uint32_t v) {
  const auto& t = w.vehicles;
  const auto& c = out.c;
  auto& text = out.text;
  const sv vin = t.get(v, v_vin);
  const auto facts = facts_of(w, v);
  const auto& p = c.policy;
  auto candidate = [&](segment s, sv event) { return new_item(text, s, v, vin, event); };
  for (const auto& win : rules::maintenance_windows(facts, p, c.today, c.english, out.explaining)) {
    item it = candidate(win.seg, win.event);
    if (out.explaining) out.details[it.item_id] = text.keep(win.detail);
    out.place(it, win.opens, win.expires);
  }
  if (auto end = parse_day(t.get(v, v_warranty_end))) {
    item it = candidate(segment::warranty_expiring, format_day(*end));
    if (out.explaining) out.details[it.item_id] = out.detail("warranty ends {}", "la garantía termina el {}", format_day(*end));
    out.place(it, *end - date::days{p.warranty_days}, *end);
  }
  if (long km = rules::estimated_km(facts, c.today); km >= p.test_drive_km) {
    item it = candidate(segment::test_drive, std::to_string(p.test_drive_km));
    if (out.explaining) out.details[it.item_id] = out.detail("estimated {} km", "{} km estimados", km);
    out.place(it, c.today, day::max());
  }
  if (facts.dofu) {
    int years = static_cast<int>(date::year_month_day{c.today}.year()) - static_cast<int>(date::year_month_day{*facts.dofu}.year());
    for (int y : {years - 1, years}) {  // this year's anniversary, or last year's still in its week
      if (y < 1) continue;
      day anniv = add_months(*facts.dofu, 12 * y);
      item it = candidate(segment::anniversary, std::to_string(y) + "y");
      if (out.explaining) out.details[it.item_id] = out.detail("{} years since {}", "{} años desde {}", y, format_day(*facts.dofu));
      out.place(it, anniv, anniv + date::days{p.anniversary_days - 1});
    }
  }
  const history& h = w.histories[v];
  if (h.last_closed) {
    item it = candidate(segment::post_service, h.last_closed_ro);
    if (out.explaining)
      out.details[it.item_id] = out.detail("RO {} closed {}", "OR {} cerrada el {}", h.last_closed_ro.view(), format_day(*h.last_closed));
    out.place(it, *h.last_closed + date::days{p.post_service_from_days},
              *h.last_closed + date::days{p.post_service_expiry_days});
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

void campaign_candidates(const world& w, sink& out) {
  const auto& c = out.c;
  if (c.in.campaigns.empty()) return;
  const auto& path = c.in.campaigns;
  view_map<std::int32_t> vins_per_campaign;  // keys in the pool
  model::for_each_row(path, campaign_columns, campaign_required, [&](const model::row_view& r) {
    if (campaign_open(r[6], r[5], c.today)) ++vins_per_campaign.slot(r[0], [&](sv k) { return out.text.keep(k); });
  });
  model::for_each_row(path, campaign_columns, campaign_required, [&](const model::row_view& r) {
    if (!campaign_open(r[6], r[5], c.today)) return;  // not launched yet, or completed
    const segment s = r[2] == "safety" ? segment::campaign_safety : segment::campaign;
    if (!selected(c, s)) return;
    // A VIN missing from the vehicles table stays a candidate: check_item excludes it as no_channel.
    item it = new_item(out.text, s, w.vehicle(r[1]), r[1], r[0]);
    it.campaign_vins = *vins_per_campaign.find(r[0]);
    if (out.explaining)
      out.details[it.item_id] = out.detail("campaign {} ({}, {} VINs): {}", "campaña {} ({}, {} VIN): {}", r[0], r[2],
                             it.campaign_vins, r[3]);
    const sv parts = r[4];
    if (parts == "ordered" || parts == "unavailable") {
      out.exclude(it, "parts_unavailable", "parts {}",
                  parts == "ordered" ? "refacciones pedidas" : "refacciones no disponibles", parts);
      return;
    }
    it.due_on = c.today;
    out.open(it);
  });
}

void quote_candidates(const world& w, sink& out) {
  const auto& c = out.c;
  if (c.in.quotes.empty()) return;
  model::for_each_row(c.in.quotes, quote_columns, quote_required, [&](const model::row_view& r) {
    auto follow = parse_day(r[2]);
    if (!follow || (r[5] != "pending" && !r[5].empty())) return;
    // A VIN missing from the vehicles table stays a candidate: check_item excludes it as no_channel.
    item it = new_item(out.text, segment::pending_quote, w.vehicle(r[1]), r[1], r[0]);
    if (out.explaining)
      out.details[it.item_id] = out.detail("quote {} ({}) follow up on {}", "cotización {} ({}) seguimiento el {}", r[0], r[3],
                             format_day(*follow));
    day expires = *follow + date::days{c.policy.quote_expiry_days};
    if (r[4] == "false" && c.today >= *follow && c.today <= expires && selected(c, it.seg)) {
      out.exclude(it, "parts_unavailable", "quote parts not available", "refacciones de la cotización no disponibles");
      return;
    }
    out.place(it, *follow, expires);
  });
}

void appointment_candidates(const world& w, sink& out) {
  const auto& c = out.c;
  if (c.in.appointments.empty()) return;
  model::for_each_row(c.in.appointments, appointment_columns, appointment_required, [&](const model::row_view& r) {
    auto when = parse_minutes(r[2]);
    auto when_day = parse_day(r[2]);
    if (!when || !when_day) return;
    const sv vin = r[1];
    const sv status = r[5];
    // The appointment's own name and phone come first, as a lead's do: a web booking often has no VIN.
    auto candidate = [&](segment s) {
      item it = new_item(out.text, s, w.vehicle(vin), vin, r[0]);
      it.own = static_cast<std::uint32_t>(out.owns.size());
      out.owns.push_back({out.text.keep(r[6]), out.text.keep(r[7]), {}});
      return it;
    };
    if (status == "no_show") {
      item it = candidate(segment::no_show);
      if (out.explaining)
        out.details[it.item_id] = out.detail("appointment {} on {} missed", "no se presentó a la cita {} del {}", r[0], r[2]);
      out.place(it, *when_day + date::days{1}, *when_day + date::days{c.policy.no_show_expiry_days});
    } else if (r[4] == "web" && status == "booked") {
      auto created = parse_day(r[3]).value_or(c.today);
      item it = candidate(segment::web_confirmation);
      if (out.explaining)
        out.details[it.item_id] = out.detail("web booking {} for {} not confirmed", "cita web {} para el {} sin confirmar", r[0], r[2]);
      const day opens = created + date::days{c.policy.web_confirmation_days};
      // Confirmable until the appointment itself: once its time has passed, the window has ended.
      if (*when < c.now_minutes && c.today == *when_day) {
        if (selected(c, it.seg) && c.today >= opens) out.expired(it, *when_day);
        return;
      }
      out.place(it, opens, *when_day);
    }
  });
}

// Business days after `d`, Sundays skipped (the holiday calendars arrive with schedule-attempts).
day add_business_days(day d, int n) {
  while (n > 0) {
    d += date::days{1};
    if (date::weekday{d} != date::Sunday) --n;
  }
  return d;
}

void lead_candidates(const world& w, sink& out) {
  const auto& c = out.c;
  if (c.in.leads.empty()) return;
  model::for_each_row(c.in.leads, lead_columns, lead_required, [&](const model::row_view& r) {
    auto received = parse_day(r[1]);
    if (!received) return;
    item it = new_item(out.text, segment::lead, w.vehicle(r[3]), r[3], r[0]);
    if (out.explaining)
      out.details[it.item_id] = out.detail("lead {} ({}) received {}", "lead {} ({}) recibido el {}", r[0], r[2], r[1]);
    it.own = static_cast<std::uint32_t>(out.owns.size());
    out.owns.push_back({out.text.keep(r[4]), out.text.keep(r[5]), out.text.keep(r[6])});
    out.place(it, *received, add_business_days(*received, c.policy.lead_expiry_days));
  });
}

}  // namespace

std::uint8_t reason_index(std::string_view reason) {
  const auto* at = std::find(std::begin(exclusion_reasons), std::end(exclusion_reasons), reason);
  if (at == std::end(exclusion_reasons)) throw std::logic_error("unknown exclusion reason");
  return static_cast<std::uint8_t>(at - std::begin(exclusion_reasons));
}

std::string_view talking_key(const item& it, string_pool& text) {
  // A vehicle's own items are mentioned by VIN; the others by what opened them (the id's end).
  const sv name = rules::segment_name(it.seg);
  const sv vin = it.vin();
  const sv event = it.item_id.substr(std::min(it.item_id.size(), name.size() + 1 + vin.size() + 1));
  switch (it.seg) {
    case segment::first_service:
    case segment::next_service:
    case segment::inactive:
    case segment::warranty_expiring:
    case segment::anniversary:
    case segment::test_drive: return text.concat({name, ":", vin});
    case segment::pending_quote: return text.concat({"quote:", event});
    default: return text.concat({name, ":", event});
  }
}

void collect_candidates(const world& w, const segment_config& c, string_pool& text,
                        const std::function<void(item&)>& open, big_vector<exclusion>& excluded,
                        big_vector<own_contact>& owns, view_map<std::string_view>& details) {
  sink out{c, text, open, excluded, owns, details};
  for (std::uint32_t v = 0; v < w.vehicles.rows(); ++v) vehicle_candidates(w, out, v);
  campaign_candidates(w, out);
  quote_candidates(w, out);
  appointment_candidates(w, out);
  lead_candidates(w, out);
}

std::optional<refusal> check_item(const world& w, const segment_config& c, string_pool& text, const item& it,
                                  std::span<const own_contact> owns, contact& who) {
  const bool explaining = !c.explain_vin.empty();
  const sv vin = it.vin();
  // The contact log speaks first: what an earlier call ended does not come back.
  // (The outcomes are returned as literals: the log's text is let go before the files are written.)
  auto closing = [](sv outcome) { return outcome == "vehicle_sold" ? sv("vehicle_sold") : sv("do_not_contact"); };
  if (const sv* closed = vin.empty() ? nullptr : w.log.vehicle_closed.find(vin))
    return refusal{"closed", closing(*closed), {}};
  if (const auto* logged = w.log.items.find(it.item_id)) {
    const sv outcome = w.log.names.name(logged->outcome);
    if (outcome == "vehicle_sold" || outcome == "do_not_contact") return refusal{"closed", closing(outcome), {}};
    if (outcome == "already_serviced") return refusal{"already_serviced", "contact log", "bitácora de contacto"};
  }
  const bool service_item = it.seg != segment::lead && it.seg != segment::post_service &&
                            it.seg != segment::web_confirmation;
  if (it.vehicle) {
    const history& h = w.histories[*it.vehicle];
    if (!h.open_ro.empty() && it.seg != segment::lead)
      return refusal{"in_workshop", say(text, "RO {} open", h.open_ro.view()),
                     explaining ? say(text, "OR {} abierta", h.open_ro.view()) : sv()};
    if (service_item) {
      if (const sv* booked = w.log.booked.find(vin))
        return refusal{"has_appointment", say(text, "booked for {}", *booked),
                       explaining ? say(text, "cita agendada para el {}", *booked) : sv()};
      if (const appointment_ref* a = w.future_appointment.find(vin)) {
        const sv id = a->id, at = a->at;
        return refusal{"has_appointment", say(text, "appointment {} on {}", id, at),
                       explaining ? say(text, "cita {} el {}", id, at) : sv()};
      }
    }
  }
  return reach(w, it, owns, who);
}

std::optional<refusal> reach(const world& w, const item& it, std::span<const own_contact> owns, contact& who) {
  const sv vin = it.vin();
  const own_contact own = it.own == no_row ? own_contact{} : owns[it.own];
  // Who is called: the lead's or the appointment's own data first, else the vehicle's maintainer, owner or user.
  person p;
  if (it.vehicle) p = person_of(w, *it.vehicle);
  if (!own.name.empty()) p.name = own.name;
  if (!own.phone.empty())
    p = person{own.name.empty() ? p.name : own.name, own.phone, {}, {}, own.email.empty() ? p.email : own.email,
               "phone", p.consent, p.person_id, it.seg == segment::lead ? "lead" : "appointment", p.address};
  if (!it.vehicle && p.phone_mobile.empty() && p.email.empty() && !vin.empty())
    return refusal{"no_channel", "vehicle not in the vehicles table", "el vehículo no está en la tabla de vehículos"};
  if (p.consent == "no") return refusal{"no_consent", p.role, {}};
  const sv customer_id = it.vehicle ? w.vehicles.get(*it.vehicle, v_customer_id) : sv();
  // Opt-outs: by VIN, customer, e-mail or phone. Scope all ends the item; a channel scope removes
  // that channel: phone the numbers, whatsapp or sms the messages, email the address, letter the mail.
  auto scopes_of = [](const view_map<unsigned>& m, sv key) -> unsigned {
    if (key.empty()) return 0;
    const unsigned* f = m.find(key);
    return f ? *f : 0u;
  };
  unsigned off = scopes_of(w.optouts.vins, vin) | scopes_of(w.optouts.customers, customer_id) |
                 scopes_of(w.optouts.emails, p.email);
  if (off & off_all) return refusal{"opted_out", "all channels", "todos los canales"};
  bool removed = (off & (off_phone | off_email)) != 0;
  struct number {
    sv value;
    unsigned off;  // the message channels this number opted out of
  };
  std::array<number, 3> numbers;
  std::size_t count = 0;
  for (sv ph : {p.phone_mobile, p.phone_home, p.phone_work}) {
    if (ph.empty() || std::any_of(numbers.begin(), numbers.begin() + count, [&](const number& n) { return n.value == ph; }))
      continue;
    const unsigned s = scopes_of(w.optouts.phones, ph);
    if (s & off_all) return refusal{"opted_out", "phone on the do-not-call list", "teléfono en la lista de no llamar"};
    off |= s & (off_email | off_letter);  // what the person asked, whatever the number it came with
    if ((s | off) & off_phone) {
      removed = true;
      continue;
    }
    numbers[count++] = {ph, s | off};
  }
  const auto phones = std::span(numbers).first(count);
  if (off & off_email) p.email = {};
  if (phones.empty() && p.email.empty())
    return removed ? refusal{"opted_out", "every channel opted out", "todos los canales dados de baja"}
                   : refusal{"no_channel", "no valid phone or e-mail", "sin teléfono ni correo válido"};
  // The preferred channel when it can be used; a message goes to the first number that accepts it.
  auto usable = [&](sv channel) {
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
  who.channel = usable(p.preferred_channel) ? p.preferred_channel : phones.empty() ? sv("email") : sv("phone");
  who.name = p.name;
  who.phone = phones.empty() ? sv() : phones[0].value;
  who.phone_alt = phones.size() > 1 ? phones[1].value : sv();
  who.email = p.email;
  who.person_id = p.person_id;
  return std::nullopt;
}

}  // namespace retorno::ops::segment_detail
