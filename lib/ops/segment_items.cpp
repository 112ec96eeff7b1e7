// Candidates of every segment and the per-item exclusions (doc/design.md#exclusions).
#include "core/catalog.hpp"
#include "ops/segment_items.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "core/text.hpp"
#include "render/readable.hpp"

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
  if (vin.size() > UINT16_MAX) throw input_error({}, 0, tr(msg::err_vin_too_long));
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
  const world& w;
  const segment_config& c;
  string_pool& text;
  const std::function<void(item&)>& open;
  big_vector<exclusion>& excluded;
  big_vector<own_contact>& owns;
  view_map<sv>& details;  // item id -> how the rule reached it (only under --explain)
  view_map<sv>& about;    // item id -> what a campaign or a quote is about
  const bool explaining;
  const calendar::business_calendar& cal;
  // The candidates found and not yet opened, oldest first from `first`. Opening one starts
  // with the contact log's slot for its id, a read from a table of 16 MB per million items:
  // it is asked for when the candidate is found and read `waiting` candidates later, where a
  // million lookups one after the other would each wait on memory.
  static constexpr std::size_t waiting = 8;
  std::array<item, waiting> queue{};
  std::size_t first = 0, queued = 0;

  // Whether `it` is of the run's branch (every item is without --branch): the one place the
  // candidates of other branches are left out, before anything is weighed.
  bool ours(const item& it) const {
    return !c.branch.active() || c.branch.keeps(branch_of(w, it, owns));
  }

  // Opens `it` once `waiting` more candidates have been found (or at flush), in order.
  void hand_on(const item& it) {
    if (!ours(it)) return drop(it);
    w.log.items.prefetch(it.item_id);
    if (queued == waiting) {
      open(queue[first]);
      queue[first] = it;
      first = (first + 1) % waiting;
      return;
    }
    queue[(first + queued++) % waiting] = it;
  }
  void flush() {
    for (; queued > 0; --queued, first = (first + 1) % waiting) open(queue[first]);
  }

  // A window of the rules: its item is handed on or reported as expired, and its detail kept.
  void place(item& it, const rules::window& win) {
    if (explaining) details[it.item_id] = text.keep(win.detail);
    place(it, win.opens, win.expires);
  }

  // An exclusion of `it`, its detail in --lang.
  void exclude(const item& it, const rules::verdict& v) {
    if (!ours(it)) return drop(it);
    excluded.push_back(exclusion(it, v, text, c.english));
  }

  // The ended window of `it`, reported while it ended within the look-back: whether it was.
  bool expired(const item& it, day expires) {
    if ((c.today - expires).count() > c.policy.expired_lookback_days) return false;
    const std::string when = format_day(expires);
    exclude(it, {rules::exclusion_reason::expired, msg::excl_detail_window_ended, when});
    return true;
  }

  // Hands the item on when its window is open today; reports it when it expired within the look-back.
  void place(item& it, day opens, day expires) {
    if (!selected(c, it.seg) || c.today < opens) return drop(it);
    if (c.today <= expires) {
      it.due_on = opens;
      hand_on(it);
    } else if (!expired(it, expires)) {
      drop(it);
    }
  }

  // An item neither handed on nor reported: its id goes back to the pool when nothing was
  // kept after it. A million vehicles offer several million windows, most not open today;
  // their ids would take a few hundred MB. Under --explain the id stays (details' key).
  void drop(const item& it) {
    if (!explaining) text.release(it.item_id);
  }
};

// The day the customer last heard the test-drive offer before this period: a reached attempt
// on an earlier period's item of `vin` (this period's, once reached, is closed like any item).
std::optional<day> last_test_drive_offer(const world& w, const rules::policy& p, day today, sv vin) {
  if (w.log.test_drive_heard.empty()) return std::nullopt;
  const std::int32_t* heard = w.log.test_drive_heard.find(vin);
  if (!heard) return std::nullopt;
  const day on = day_of_minute(*heard);
  if (on >= rules::test_drive_period(today, p.test_drive_every_months)) return std::nullopt;
  return on;
}

void vehicle_candidates(const world& w, sink& out, std::uint32_t v, const rules::maintenance_facts& facts) {
  const auto& t = w.vehicles;
  const auto& c = out.c;
  const sv vin = t.get(v, v_vin);
  const auto& p = c.policy;
  const bool en = c.english, why = out.explaining;
  auto offer = [&](const rules::window& win) {
    item it = new_item(out.text, win.seg, v, vin, win.event);
    out.place(it, win);
  };
  for (const auto& win : rules::maintenance_windows(facts, p, c.today, en, why)) offer(win);
  if (auto end = parse_day(t.get(v, v_warranty_end))) offer(rules::warranty_window(*end, p, en, why));
  if (const long km = rules::estimated_km(facts, c.today); km >= p.test_drive_km)
    if (auto win = rules::test_drive_window(km, p, c.today, last_test_drive_offer(w, p, c.today, vin), en, why))
      offer(*win);
  if (facts.dofu)
    for (const auto& win : rules::anniversary_windows(*facts.dofu, p, c.today, en, why)) offer(win);
  // Most vehicles' last visit and delivery are long past: their windows are not made at all.
  const auto weighed = [&](day from) {
    const auto days = rules::follow_up_days_of(from, p);
    return rules::weighed(days.opens, days.expires, p, c.today);
  };
  const history& h = w.histories[v];
  if (h.last_closed && weighed(*h.last_closed))
    offer(rules::post_service_window(*h.last_closed, h.last_closed_ro.view(), p, en, why));
  // A new vehicle this dealership delivered: its delivery is followed up like a service.
  if (facts.dofu && !t.get(v, v_delivered_new).empty() && weighed(*facts.dofu)) {
    const auto win = rules::post_delivery_window(*facts.dofu, p, en, why);
    item it = new_item(out.text, win.seg, v, vin, win.event);
    if (c.today >= win.opens && c.today <= win.expires && selected(c, win.seg))
      out.about[it.item_id] = say(out.text, retorno::text(msg::about_delivered, en),
                                  win.event, format_day(add_months(*facts.dofu, p.first_service_months)),
                                  p.service_interval_km);
    out.place(it, win);
  }
}

void campaign_candidates(const world& w, sink& out) {
  const auto& c = out.c;
  if (c.in.campaigns.empty()) return;
  const auto& path = c.in.campaigns;
  view_map<std::int32_t> vins_per_campaign;  // keys in the pool
  model::for_each_row(path, campaign_columns, campaign_required, [&](const model::row_view& r) {
    if (rules::campaign_open(r[6], r[5], c.today)) ++vins_per_campaign.slot(r[0], [&](sv k) { return out.text.keep(k); });
  });
  model::for_each_row(path, campaign_columns, campaign_required, [&](const model::row_view& r) {
    if (!rules::campaign_open(r[6], r[5], c.today)) return;  // not launched yet, or completed
    const segment s = rules::campaign_segment(r[2]);
    if (!selected(c, s)) return;
    // A VIN missing from the vehicles table stays a candidate: check_item excludes it as no_channel.
    item it = new_item(out.text, s, w.vehicle(r[1]), r[1], r[0]);
    it.campaign_vins = static_cast<std::uint32_t>(std::clamp(*vins_per_campaign.find(r[0]), 0, 0xFFFFFF));
    if (out.explaining)
      out.details[it.item_id] = say(out.text, retorno::text(msg::detail_campaign, c.english),
                                    r[0], rules::campaign_type_label(r[2], c.english), it.campaign_vins, r[3]);
    const sv parts = r[4];
    if (rules::campaign_waits_for_parts(parts)) {
      out.exclude(it, {rules::exclusion_reason::parts_unavailable,
                       parts == "ordered" ? msg::excl_detail_parts_ordered : msg::excl_detail_parts_unavailable});
      return;
    }
    // Waiting since the campaign's launch: the older ones first among equals.
    if (!r[3].empty() || r[2] == "safety")
      out.about[it.item_id] =
          say(out.text, retorno::text(r[2] == "safety" ? msg::about_campaign_safety : msg::about_campaign, c.english),
              r[0], r[3]);
    it.due_on = std::min(parse_day(r[6]).value_or(c.today), c.today);
    out.hand_on(it);
  });
}

void quote_candidates(const world& w, sink& out) {
  const auto& c = out.c;
  if (c.in.quotes.empty()) return;
  model::for_each_row(c.in.quotes, quote_columns, quote_required, [&](const model::row_view& r) {
    auto follow = parse_day(r[2]);
    if (!follow || (r[5] != "pending" && !r[5].empty())) return;
    // A VIN missing from the vehicles table stays a candidate: check_item excludes it as no_channel.
    const auto win = rules::quote_window(*follow, r[0], r[3], c.policy, c.english, out.explaining);
    item it = new_item(out.text, segment::pending_quote, w.vehicle(r[1]), r[1], r[0]);
    if (out.explaining) out.details[it.item_id] = out.text.keep(win.detail);
    if (r[4] == "false" && c.today >= win.opens && c.today <= win.expires && selected(c, it.seg)) {
      out.exclude(it, {rules::exclusion_reason::parts_unavailable, msg::excl_detail_quote_parts});
      return;
    }
    if ((!r[3].empty() || !r[6].empty()) && c.today >= win.opens && c.today <= win.expires && selected(c, it.seg))
      out.about[it.item_id] = say(out.text, retorno::text(msg::about_quote, c.english), r[0], r[3],
                                  r[6].empty() ? "" : r[3].empty() ? "$" : ", $", r[6]);
    out.place(it, win.opens, win.expires);
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
    auto candidate = [&](segment s, sv event) {
      item it = new_item(out.text, s, w.vehicle(vin), vin, event);
      it.own = static_cast<std::uint32_t>(out.owns.size());
      out.owns.push_back({out.text.keep(r[6]), out.text.keep(r[7]), {}, {}, out.text.keep(trim(r[9]))});
      return it;
    };
    if (status == "no_show") {
      item it = candidate(segment::no_show, r[0]);
      out.place(it, rules::no_show_window(*when_day, r[0], r[2], c.policy, c.english, out.explaining));
      return;
    }
    // Every booked or confirmed appointment is reminded; a cancelled one is not, and a moved one
    // is reminded of its new time (the time is part of the item).
    if (status == "booked" || status == "confirmed") {
      const auto win = rules::reminder_window(*when_day, r[0], r[2], c.policy, out.cal, c.english, out.explaining);
      if (c.today >= win.opens && c.today <= win.expires && selected(c, win.seg)) {
        item it = candidate(segment::appointment_reminder, win.event);
        if (out.explaining) out.details[it.item_id] = out.text.keep(win.detail);
        const sv at = r[2].size() > 11 ? r[2].substr(11, 5) : sv();
        out.about[it.item_id] =
            r[8].empty() ? say(out.text, retorno::text(msg::about_appointment, c.english), r[0], r[2].substr(0, 10),
                               at.empty() ? "" : " ", at)
                         : say(out.text, retorno::text(msg::about_appointment_advisor, c.english), r[0],
                               r[2].substr(0, 10), at.empty() ? "" : " ", at, r[8]);
        out.place(it, win.opens, win.expires);
      }
    }
    if (r[4] == "web" && status == "booked") {
      const auto win = rules::web_confirmation_window(parse_day(r[3]).value_or(c.today), *when_day, r[0], r[2],
                                                      c.policy, c.english, out.explaining);
      item it = candidate(segment::web_confirmation, r[0]);
      if (out.explaining) out.details[it.item_id] = out.text.keep(win.detail);
      // Confirmable until the appointment itself: once its time has passed, the window has ended.
      if (*when < c.now_minutes && c.today == *when_day) {
        if (selected(c, it.seg) && c.today >= win.opens) out.expired(it, *when_day);
        return;
      }
      out.place(it, win.opens, win.expires);
    }
  });
}

// Every complaint not yet closed with the customer's confirmation, once a period; the oldest
// complaint first (due since its opening); the agent reads its area, category, description and
// the solution agreed.
void complaint_candidates(const world& w, sink& out) {
  const auto& c = out.c;
  if (c.in.complaints.empty() || !selected(c, segment::complaint_followup)) return;
  model::for_each_row(c.in.complaints, complaint_columns, complaint_required, [&](const model::row_view& r) {
    const auto opened = parse_day(r[2]);
    if (!opened) return;
    const bool confirmed_closed = r[3] == "closed" && r[5] == "true";
    const auto win = rules::complaint_window(*opened, r[0], confirmed_closed, c.policy, c.today, c.english, out.explaining);
    if (!win) return;
    item it = new_item(out.text, segment::complaint_followup, w.vehicle(r[1]), r[1], win->event);
    it.own = static_cast<std::uint32_t>(out.owns.size());
    out.owns.push_back({out.text.keep(r[6]), out.text.keep(r[7]), {}, {}, out.text.keep(trim(r[14]))});
    if (out.explaining) out.details[it.item_id] = out.text.keep(win->detail);
    const bool en = c.english;
    std::string about = tr_in(en, msg::about_complaint, r[0]);
    std::string what;
    for (const sv part : {render::complaint_area(r[8], en), r[9]})
      if (!part.empty()) what += fmt::format("{}{}", what.empty() ? "" : ", ", part);
    if (!what.empty()) about += fmt::format(" ({})", what);
    if (!r[10].empty()) about += fmt::format(": {}", r[10]);
    if (!r[11].empty())
      about += r[12].empty() ? tr_in(en, msg::about_complaint_solution, r[11])
                             : tr_in(en, msg::about_complaint_solution_on, r[12], r[11]);
    if (r[3] == "closed")
      about += r[4].empty() ? tr_in(en, msg::about_complaint_closed) : tr_in(en, msg::about_complaint_closed_on, r[4]);
    if (!r[13].empty()) about += tr_in(en, msg::about_complaint_owner, r[13]);

    out.about[it.item_id] = out.text.keep(about);
    // Due since its opening: the oldest complaints come first.
    out.place(it, *opened, win->expires);
  });
}

void lead_candidates(const world& w, sink& out) {
  const auto& c = out.c;
  if (c.in.leads.empty()) return;
  model::for_each_row(c.in.leads, lead_columns, lead_required, [&](const model::row_view& r) {
    auto received = parse_day(r[1]);
    if (!received) return;
    item it = new_item(out.text, segment::lead, w.vehicle(r[3]), r[3], r[0]);
    it.own = static_cast<std::uint32_t>(out.owns.size());
    out.owns.push_back(
        {out.text.keep(r[4]), out.text.keep(r[5]), out.text.keep(r[6]), out.text.keep(r[7]), out.text.keep(trim(r[8]))});
    const auto win = rules::lead_window(*received, r[0], r[2], r[1], c.policy, out.cal, c.english, out.explaining);
    // The leads standard: a lead called and not reached gets its e-mail even once its window
    // has closed; it never expires with the e-mail unsent. The run decides whether one is due.
    if (c.today > win.expires && (c.today - win.expires).count() <= c.policy.expired_lookback_days &&
        selected(c, it.seg) && w.log.items.find(it.item_id)) {
      if (out.explaining) out.details[it.item_id] = out.text.keep(win.detail);
      it.late = 1;
      it.due_on = win.opens;
      if (out.ours(it)) out.open(it);
      return;
    }
    out.place(it, win);
  });
}

}  // namespace

namespace {

// `format` with `arg1` and `arg2` in place of its first two "{}", kept in `text`: what fmt
// writes for the verdicts' formats (text and plain "{}"), without parsing a format for each of
// a million exclusions. fmt takes any other format.
sv fill_in(string_pool& text, sv format, sv arg1, sv arg2) {
  std::array<sv, 5> parts;
  const std::array<sv, 2> args = {arg1, arg2};
  std::size_t n = 0, used = 0;
  for (sv rest = format;;) {
    const auto brace = rest.find_first_of("{}");
    if (brace == sv::npos) {
      parts[n++] = rest;
      break;
    }
    if (rest.substr(brace, 2) != "{}" || used == args.size()) return say(text, format, arg1, arg2);
    parts[n++] = rest.substr(0, brace);
    parts[n++] = args[used++];
    rest.remove_prefix(brace + 2);
  }
  return text.concat(std::span<const sv>(parts.data(), n));
}

}  // namespace

exclusion::exclusion(const item& it, const rules::verdict& v, string_pool& text, bool english)
    : item_id(it.item_id), seg(it.seg), reason(v.reason), vin_size(it.vin_size) {
  // A detail without fields is the catalogue's literal: nothing is copied for it.
  const sv format = retorno::text(v.detail, english ? lang::en : lang::es);
  detail = format.find('{') == sv::npos ? format
                                        : fill_in(text, format, rules::detail_word(v.arg1_is, v.arg1, english), v.arg2);
}

std::string_view branch_of(const world& w, const item& it, std::span<const own_contact> owns) {
  if (it.own != no_row && it.own < owns.size() && !owns[it.own].branch.empty()) return owns[it.own].branch;
  return it.vehicle ? trim(w.vehicles.get(*it.vehicle, v_branch)) : std::string_view();
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
    case segment::post_delivery:
    case segment::anniversary:
    case segment::test_drive: return text.concat({name, ":", vin});
    case segment::pending_quote: return text.concat({"quote:", event});
    default: return text.concat({name, ":", event});
  }
}

void collect_candidates(world& w, const segment_config& c, string_pool& text,
                        const std::function<void(item&)>& open, big_vector<exclusion>& excluded,
                        big_vector<own_contact>& owns, view_map<std::string_view>& details,
                        view_map<std::string_view>& about) {
  const calendar::business_calendar cal(c.country, c.closed_days);
  sink out{w, c, text, open, excluded, owns, details, about, !c.explain_vin.empty(), cal, {}, 0, 0};
  // A vehicle whose own readings say too little is estimated at its model year's median rate,
  // known once every other vehicle's own rate is: those vehicles wait for the end of the pass,
  // so that each vehicle's facts are read once.
  std::vector<std::pair<int, float>> rates;
  std::vector<std::uint32_t> waiting;
  for (std::uint32_t v = 0; v < w.vehicles.rows(); ++v) {
    const auto facts = facts_of(w, v);
    if (const long year = model_year_of(w, v)) {
      const auto r = rules::rate_for(facts, c.today);
      if (!r.own) {
        waiting.push_back(v);
        continue;
      }
      rates.emplace_back(static_cast<int>(year), static_cast<float>(*r.rate));
    }
    vehicle_candidates(w, out, v, facts);
  }
  set_year_rates(w, rates);
  for (const std::uint32_t v : waiting) vehicle_candidates(w, out, v, facts_of(w, v));
  campaign_candidates(w, out);
  quote_candidates(w, out);
  complaint_candidates(w, out);
  appointment_candidates(w, out);
  lead_candidates(w, out);
  out.flush();
}

std::optional<rules::verdict> check_item(const world& w, const item& it, std::span<const own_contact> owns,
                                         std::span<const rules::attempt> history, contact& who, std::string& when) {
  const sv vin = it.vin();
  rules::item_facts f;
  f.seg = it.seg;
  if (!vin.empty())
    if (const auto* closed = w.log.vehicle_closed.find(vin)) {
      f.vehicle_closed = closed->result;
      f.vehicle_closed_when = closed->when;
    }
  if (!history.empty()) {
    const auto& last = history.back();
    f.last_outcome = last.result;
    when.clear();  // what the closed detail and the exhausted one say: written only for those
    if (last.result && (rules::closes_item(*last.result) || rules::is_message(*last.result))) {
      when = format_minutes(last.at);
      if (!last.agent.empty()) (when += ' ') += last.agent;
    }
    f.last_when = when;
  }
  if (it.vehicle) {
    f.open_ro = w.histories[*it.vehicle].open_ro.view();
    // The rule reads the bookings only for items that want a workshop visit: a million
    // candidates spare two lookups each.
    if (rules::wants_workshop_visit(it.seg)) {
      if (const sv* booked = w.log.booked.find(vin)) f.booked_for = *booked;
      if (const appointment_ref* a = w.future_appointment.find(vin)) {
        f.appointment_id = a->id;
        f.appointment_at = a->at;
      }
    }
  }
  if (auto v = rules::log_and_workshop(f)) return v;
  return reach(w, it, owns, who);
}

std::optional<rules::verdict> reach(const world& w, const item& it, std::span<const own_contact> owns, contact& who) {
  const sv vin = it.vin();
  const own_contact own = it.own == no_row ? own_contact{} : owns[it.own];
  // Who is called: the lead's or the appointment's own data first, else the vehicle's maintainer, owner or user.
  person p;
  if (it.vehicle) p = person_of(w, *it.vehicle);
  if (!own.name.empty()) p.name = own.name;
  if (!own.phone.empty())
    p = person{own.name.empty() ? p.name : own.name, own.phone, {}, {}, own.email.empty() ? p.email : own.email,
               "phone", p.consent, p.person_id, it.seg == segment::lead ? "lead" : "appointment", p.address, p.has_tax_id, {}};
  auto scopes_of = [](const view_map<unsigned>& m, sv key) -> unsigned {
    if (key.empty()) return 0;
    const unsigned* f = m.find(key);
    return f ? *f : 0u;
  };
  const sv customer_id = it.vehicle ? w.vehicles.get(*it.vehicle, v_customer_id) : sv();
  rules::reach_facts f;
  f.unknown_vehicle = !it.vehicle && p.phone_mobile.empty() && p.email.empty() && !vin.empty();
  f.consent = p.consent;
  f.role = p.role;
  f.preferred_channel = p.preferred_channel;
  f.phones = {p.phone_mobile, p.phone_home, p.phone_work};
  for (std::size_t i = 0; i < f.phones.size(); ++i)  // a number listed twice is looked up once
    f.phone_optouts[i] = i > 0 && f.phones[i] == f.phones[i - 1] ? f.phone_optouts[i - 1]
                         : i > 1 && f.phones[i] == f.phones[0]   ? f.phone_optouts[0]
                                                                 : scopes_of(w.optouts.phones, f.phones[i]);
  f.email = p.email;
  f.address = p.address;
  f.optouts = scopes_of(w.optouts.vins, vin) | scopes_of(w.optouts.customers, customer_id) |
              scopes_of(w.optouts.emails, p.email);
  // A branch's own opt-outs, for its customers, when the run holds several branches.
  if (w.optouts.any_by_branch) {
    if (const sv branch = branch_of(w, it, owns); !branch.empty()) {
      std::string key;
      auto scoped = [&](std::size_t kind, sv value) -> unsigned {
        if (value.empty()) return 0;
        branch_key(branch, value, key);
        const unsigned* bits = w.optouts.by_branch[kind].find(key);
        return bits ? *bits : 0u;
      };
      for (std::size_t i = 0; i < f.phones.size(); ++i) f.phone_optouts[i] |= scoped(0, f.phones[i]);
      f.optouts |= scoped(1, p.email) | scoped(2, vin) | scoped(3, customer_id);
    }
  }
  const auto r = rules::reach(f);
  if (r.refused) return r.refused;
  who.channel = r.channel;
  who.name = p.name;
  who.phone = r.phone;
  who.phone_alt = r.phone_alt;
  who.email = r.email;
  who.whatsapp = r.whatsapp;
  who.sms = r.sms;
  who.letter = r.letter;
  who.person_id = p.person_id;
  who.role = p.role;
  who.owner = p.owner;
  who.has_tax_id = p.has_tax_id;
  return std::nullopt;
}

}  // namespace retorno::ops::segment_detail
