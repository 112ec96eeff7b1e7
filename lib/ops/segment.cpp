// segment: candidates -> exclusions -> one call per customer -> agents -> the day's call list.
#include "ops/segment.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "core/trace.hpp"
#include "csv/writer.hpp"
#include "render/xlsx.hpp"
#include "model/tables.hpp"
#include "ops/segment_day.hpp"
#include "ops/segment_items.hpp"
#include "render/call_sheet.hpp"
#include "render/readable.hpp"
#include "rules/scripts.hpp"

namespace retorno::ops {

using namespace segment_detail;
using sv = std::string_view;

namespace {

// Eight bytes of `s` from `from`, big-endian (zeros past the end): comparing these compares the text.
std::uint64_t bytes_at(std::string_view s, std::size_t from) {
  std::uint64_t h = 0;
  for (std::size_t i = from; i < from + 8; ++i) h = h << 8 | (i < s.size() ? static_cast<unsigned char>(s[i]) : 0u);
  return h;
}

// Sorting a million records of 100-200 bytes by swapping them costs seconds, and comparing
// their text reads memory all over the heap. The order is found on small keys instead: four
// numbers from prefix(record) that order as the records do, then less(a, b) for the records
// whose keys tie, then the order found (so that equal records keep it). Each record then
// moves once into its place, following the cycles of the permutation.
template <typename T, typename Prefix, typename Less>
void sort_records(big_vector<T>& records, Prefix prefix, Less less) {
  struct key {
    std::array<std::uint64_t, 4> head;
    std::uint32_t index;
  };
  std::vector<key> keys(records.size());
  for (std::uint32_t i = 0; i < records.size(); ++i) keys[i] = {prefix(records[i]), i};
  std::sort(keys.begin(), keys.end(), [&](const key& a, const key& b) {
    for (std::size_t w = 0; w < a.head.size(); ++w)  // not head != head: that calls memcmp
      if (a.head[w] != b.head[w]) return a.head[w] < b.head[w];
    if (less(records[a.index], records[b.index])) return true;
    if (less(records[b.index], records[a.index])) return false;
    return a.index < b.index;
  });
  std::vector<std::uint32_t> order(keys.size());
  for (std::uint32_t p = 0; p < keys.size(); ++p) order[p] = keys[p].index;
  keys = {};
  place_in_order(records, order);
}

// The documented total order of the list: priority, then due date (the oldest waiting
// first: what was carried over comes before what is new), then (campaigns) more VINs first,
// VIN, item id.
void sort_listed(big_vector<item>& items) {
  sort_records(
      items,
      [](const item& it) {
        const auto vins = static_cast<std::uint64_t>(it.campaign_vins);
        const auto due = static_cast<std::uint64_t>(static_cast<std::int64_t>(it.due_on.time_since_epoch().count()) +
                                                    (std::int64_t{1} << 31)) & 0xFFFFFFFF;
        const std::uint64_t rank =
            static_cast<std::uint64_t>(rules::segment_priority(it.seg)) << 56 | due << 24 | (0xFFFFFF - vins);
        const std::string_view vin = it.vin();
        return std::array<std::uint64_t, 4>{rank, bytes_at(vin, 0), bytes_at(vin, 8), bytes_at(vin, 16)};
      },
      [](const item& a, const item& b) {
        return std::make_pair(a.vin(), a.item_id) < std::make_pair(b.vin(), b.item_id);
      });
}

// The exclusions file's order: item id, reason, detail.
void sort_excluded(big_vector<exclusion>& excluded) {
  sort_records(
      excluded,
      [](const exclusion& e) {
        return std::array<std::uint64_t, 4>{bytes_at(e.item_id, 0), bytes_at(e.item_id, 8), bytes_at(e.item_id, 16),
                                            bytes_at(e.item_id, 24)};
      },
      [](const exclusion& a, const exclusion& b) {
        return std::make_tuple(a.item_id, a.reason_name(), a.detail) <
               std::make_tuple(b.item_id, b.reason_name(), b.detail);
      });
}

// The agent's name, or "".
std::string_view agent_of(const segment_config& c, const item& it) {
  return it.agent ? std::string_view(c.agents[it.agent - 1].name) : std::string_view();
}

// The list is in priority order, its vehicles all over the tables: writing it waits on memory.
// Asks for what the item 16 rows ahead reads (its text, history, where its vehicle's row lies),
// and for the vehicle row's text 8 rows ahead, once where it lies has arrived.
void prefetch_ahead(const world& w, const big_vector<item>& listed, std::size_t i) {
  if (i + 16 < listed.size()) {
    const item& it = listed[i + 16];
    prefetch(it.item_id.data());
    if (!it.talking_points.empty()) prefetch(it.talking_points.data());
    if (it.vehicle) {
      w.vehicles.prefetch_index(*it.vehicle);
      prefetch(&w.histories[*it.vehicle]);
      if (!w.contact_of.empty()) prefetch(&w.contact_of[*it.vehicle]);
    }
  }
  if (i + 8 < listed.size()) {
    const item& it = listed[i + 8];
    if (!it.vehicle) return;
    w.vehicles.prefetch_text(*it.vehicle);
    if (!w.contact_of.empty())
      if (const std::uint32_t k = w.contact_of[*it.vehicle]; k != no_row) w.contacts.prefetch_index(k);
  }
}

constexpr std::size_t call_list_width = 32;

// The channels the cadence may use for the person `who` reaches.
rules::customer_channels channels_of(const contact& who, std::optional<rules::slot> first_slot = std::nullopt) {
  return {std::string(who.channel), !who.whatsapp.empty(), !who.email.empty(), first_slot, !who.sms.empty(), who.letter};
}

// The messages a person accepts, as the call list's message_channels column has them:
// "whatsapp:+52... sms:+52... email letter", or "none".
void message_channels(const contact& who, std::string& out) {
  out.clear();
  auto add = [&](std::string_view part, std::string_view number = {}) {
    if (!out.empty()) out += ' ';
    out += part;
    if (!number.empty()) (out += ':') += number;
  };
  if (!who.whatsapp.empty()) add("whatsapp", who.whatsapp);
  if (!who.sms.empty()) add("sms", who.sms);
  if (!who.email.empty()) add("email");
  if (who.letter) add("letter");
  if (out.empty()) out = "none";
}

// The talking points as a person reads them, in --lang, " · " between them: another vehicle of
// the customer with its model and year ("Siguiente mantenimiento: HILUX 2024, VIN ..."), the
// called vehicle's other reasons ("Cliente inactivo (este vehículo)"), a campaign, a quote, a
// household's other names, how many more.
void talking_points_text(const world& w, const segment_config& c, std::string_view keys, std::string_view own_vin,
                         std::string& out) {
  out.clear();
  while (!keys.empty()) {
    const std::size_t end = std::min(keys.find(';'), keys.size());
    const std::string_view key = keys.substr(0, end);
    keys.remove_prefix(std::min(end + 1, keys.size()));
    if (key.empty()) continue;
    if (!out.empty()) out += " · ";
    const std::size_t colon = key.find(':');
    const auto seg = colon == std::string_view::npos ? std::nullopt : rules::segment_from_name(key.substr(0, colon));
    // A test drive is about the customer's next car: it reads as the renderer words it.
    const auto v = seg && *seg != rules::segment::test_drive ? w.vehicle(key.substr(colon + 1)) : std::nullopt;
    if (v && key.substr(colon + 1) == own_vin) {
      out += rules::segment_title(*seg, c.english);
      out += retorno::text(msg::point_this_vehicle, c.english);
    } else if (v) {
      out += rules::segment_title(*seg, c.english);
      out += ": ";
      const std::string_view model = w.vehicles.get(*v, v_model), year = w.vehicles.get(*v, v_model_year);
      out += model;
      if (!year.empty()) (out += model.empty() ? "" : " ") += year;
      if (!model.empty() || !year.empty()) out += ", ";
      (out += "VIN ") += key.substr(colon + 1);
    } else {
      out += render::talking_point(key, c.english);
    }
  }
}

// The item's talking points and what the agent should know of the person: whom they speak to
// when someone else owns the vehicle ("role:maintainer", "owner:NAME"), and the billing data to ask for
// when the vehicle's person has no tax id or no e-mail ("billing:rfc,email").
void person_points(const item& it, const contact& who, std::string& out) {
  out.assign(it.talking_points);
  auto add = [&](std::string_view kind, std::string_view value) {
    if (!out.empty()) out += ';';
    (out += kind) += ':';
    for (char ch : value) out += ch == ';' ? ',' : ch;  // a name never splits the column
  };
  // Said only when someone else owns the vehicle: a maintainer who is the owner is just the owner.
  if (!who.owner.empty()) {
    if (who.role == "maintainer" || who.role == "user") add("role", who.role);
    add("owner", who.owner);
  }
  if (it.vehicle && it.seg != rules::segment::lead && (!who.has_tax_id || who.email.empty()))
    add("billing", !who.has_tax_id && who.email.empty() ? "rfc,email" : !who.has_tax_id ? "rfc" : "email");
}

// What one run shares while writing: the calendar, the sheet's slots and a history buffer.
struct writing {
  const world& w;
  const segment_config& c;
  const calendar::business_calendar& cal;
  std::span<const own_contact> owns;
  const view_map<std::string_view>& about;
  std::vector<rules::attempt> history;
  std::array<std::string, 9> scratch;
  rules::step_cells step;  // today's step of the row being written
};

// What the item is about when it is a campaign or a quote ("Campaña 26TO06: ..."), else "".
std::string_view about_of(const writing& out, const item& it) {
  if (out.about.empty()) return {};
  const std::string_view* text = out.about.find(it.item_id);
  return text ? *text : std::string_view();
}

// One row of the call list, in call_list_columns' order: the views point into `it`, the world,
// and the scratch strings (which hold the formatted cells until the next call). `first_slot`
// is the slot the sheet gives the item's first call.
std::array<std::string_view, call_list_width> call_list_row(writing& out, const item& it, rules::slot first_slot) {
  const world& w = out.w;
  const segment_config& c = out.c;
  contact who;
  reach(w, it, out.owns, who);  // as when it was listed: the opt-outs and contacts have not changed
  std::string_view make, model, year;
  for (auto& s : out.scratch) s.clear();
  auto& [list_date, priority, due_on, last_date, last_km, est_km, messages, points, keys] = out.scratch;
  if (it.vehicle) {
    const auto& t = w.vehicles;
    make = t.get(*it.vehicle, v_make);
    model = t.get(*it.vehicle, v_model);
    year = t.get(*it.vehicle, v_model_year);
    auto f = facts_of(w, *it.vehicle);
    if (f.last_date) last_date = format_day(*f.last_date);
    if (f.last_km >= 0) fmt::format_to(std::back_inserter(last_km), "{}", f.last_km);
    if (long km = rules::estimated_km(f, c.today); km >= 0) fmt::format_to(std::back_inserter(est_km), "{}", km);
  }
  list_date = format_day(c.today);
  fmt::format_to(std::back_inserter(priority), "{}", rules::segment_priority(it.seg));
  due_on = format_day(it.due_on);
  // Today's step, decided again with the sheet's slot: the same decision that listed the item.
  w.attempts.history(it.history, out.history);
  const auto& cadence = c.cadences.of(rules::segment_name(it.seg));
  const auto d = rules::decide(out.history, cadence, out.cal, c.now_minutes, channels_of(who, first_slot));
  out.step = rules::describe_step(d, out.history, cadence, it.is_call());
  message_channels(who, messages);
  person_points(it, who, keys);
  talking_points_text(w, c, keys, it.vin(), points);
  const std::string_view channel = rules::channel_name(static_cast<rules::channel>(it.via));
  return {it.item_id, list_date, rules::segment_name(it.seg), priority, due_on, it.vin(), who.person_id, who.name,
          who.phone, who.phone_alt, who.email, who.channel, make, model, year, last_date, last_km, est_km,
          keys, agent_of(c, it), rules::segment_script(it.seg, c.english), channel, out.step.slot,
          out.step.call_at, out.step.attempt, out.step.planned, out.step.previous, out.step.callback_at,
          about_of(out, it), messages, points, branch_of(w, it, out.owns)};
}

// The facts of one vehicle and every maintenance rule with its dates, in --lang.
std::string explain_vehicle(const world& w, const segment_config& c, std::uint32_t v) {
  std::string out;
  auto f = facts_of(w, v);
  const auto pace = rules::rate_for(f, c.today);
  const auto rate = pace.rate;
  const auto km = rules::estimated_km(f, c.today);
  const lang l = c.english ? lang::en : lang::es;
  const std::string none(text(msg::explain_none, l));
  const std::string last = !f.last_date     ? none
                           : f.last_km < 0 ? format_day(*f.last_date)
                                           : fmt::format("{} ({} km)", format_day(*f.last_date), f.last_km);
  out += tr_in(l, msg::explain_vehicle, f.dofu ? format_day(*f.dofu) : none, last,
               !rate      ? none
               : pace.own ? fmt::format("{:.1f}", *rate)
                          : tr_in(l, msg::explain_rate_of_model_year, *rate),
               km < 0 ? none : fmt::format("{}", km));
  for (const auto& win : rules::maintenance_windows(f, c.policy, c.today, c.english)) {
    const msg::id state = c.today < win.opens     ? msg::explain_window_not_open
                          : c.today > win.expires ? msg::explain_window_ended
                                                  : msg::explain_window_open;
    out += tr_in(l, msg::explain_window, rules::segment_title(win.seg, c.english), win.detail, format_day(win.opens),
                 text(state, l));
  }
  if (const auto& h = w.histories[v]; !h.open_ro.empty()) out += tr_in(l, msg::explain_in_workshop, h.open_ro.view());
  return out;
}

// What the contact log says of one item, and its cadence's step today, in --lang.
std::string explain_log(writing& out, std::string_view item_id) {
  const world& w = out.w;
  const segment_config& c = out.c;
  const std::uint32_t* head = w.log.items.find(item_id);
  if (!head) return {};
  w.attempts.history(*head, out.history);
  const bool en = c.english;
  std::string text;
  for (const auto& a : out.history)
    text += fmt::format("     {} {}{}{}\n", format_minutes(a.at),
                        a.result ? rules::outcome_label(*a.result, en) : retorno::text(msg::explain_unknown_outcome, en),
                        a.agent.empty() ? "" : ", ", a.agent);
  const auto& cadence = c.cadences.of(item_id.substr(0, item_id.find(':')));
  const auto calls = rules::calls_made(out.history);
  return tr_in(en, out.history.size() == 1 ? msg::explain_cadence_one : msg::explain_cadence, cadence.name, calls,
               cadence.phone_steps(), out.history.size()) +
         text;
}

// True when --explain's argument (upper case) names the item: its VIN, its whole id, or the
// event that opened it (a lead's or an appointment's id, a quote, a campaign code).
bool explains(std::string_view arg, std::string_view item_id, std::string_view vin) {
  if (vin == arg) return true;
  auto same = [](std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
             return std::toupper(static_cast<unsigned char>(x)) == static_cast<unsigned char>(y);
           });
  };
  if (same(item_id, arg)) return true;
  const std::size_t at = item_id.find(':', item_id.find(':') + 1);  // segment:vin:event
  if (at == std::string_view::npos) return false;
  const std::string_view event = item_id.substr(at + 1);
  return same(event, arg) || same(event.substr(0, event.find(':')), arg);
}

std::string explain(writing& out, const big_vector<item>& listed, const big_vector<exclusion>& excluded,
                    const view_map<std::string_view>& details, std::span<const rules::slot> slots) {
  const world& w = out.w;
  const segment_config& c = out.c;
  const std::string& vin = c.explain_vin;
  const bool en = c.english;
  std::string text = tr_in(en, msg::explain_title, format_day(c.today), vin);
  auto v = w.vehicle(vin);
  // A lead's or an appointment's id: the vehicle of the first item it opened, when it has one.
  bool named = v.has_value(), by_id = false;
  auto look = [&](std::string_view id, std::string_view item_vin) {
    if (named || !explains(vin, id, item_vin)) return;
    named = true;
    by_id = item_vin != vin;
    if (by_id && !item_vin.empty() && (v = w.vehicle(item_vin))) text += fmt::format("  VIN {}\n", item_vin);
  };
  for (const auto& it : listed) look(it.item_id, it.vin());
  for (const auto& e : excluded) look(e.item_id, e.vin());
  if (!v)
    text += retorno::text(!named  ? msg::explain_not_found
                          : by_id ? msg::explain_no_vehicle
                                  : msg::explain_not_in_vehicles,
                          en);
  else text += explain_vehicle(w, c, *v);
  for (std::size_t i = 0; i < listed.size(); ++i) {
    const item& it = listed[i];
    if (!explains(vin, it.item_id, it.vin())) continue;
    const std::string_view* detail = details.find(it.item_id);
    const auto row = call_list_row(out, it, slots[i]);
    const std::string_view at = row[23].size() > 11 ? row[23].substr(11) : row[23];
    const std::string_view why = detail ? *detail : std::string_view();
    text += it.agent ? tr_in(en, msg::explain_listed_agent, rules::segment_title(it.seg, en), it.item_id, why, agent_of(c, it))
                     : tr_in(en, msg::explain_listed, rules::segment_title(it.seg, en), it.item_id, why);
    if (it.is_call())
      text += tr_in(en, msg::explain_today_call, row[24], row[25], at);
    else
      text += tr_in(en, msg::explain_today_message, rules::channel_label(static_cast<rules::channel>(it.via), en));
    text += explain_log(out, it.item_id);
  }
  // Candidates whose VIN is not in the vehicles table still end here (no_channel).
  for (const auto& e : excluded)
    if (explains(vin, e.item_id, e.vin())) {
      text += tr_in(en, msg::explain_excluded, rules::segment_title(e.seg, en), e.item_id,
                    rules::exclusion_label(e.reason, en), e.detail);

      text += explain_log(out, e.item_id);
    }
  return text;
}

using model::call_list_columns;
static_assert(std::size(call_list_columns) == call_list_width);

}  // namespace

segment_summary run_segment(const segment_config& c) {
  trace("segment: start");
  world w = load_world(c);
  trace("segment: loaded");
  segment_summary summary;
  summary.vehicles = w.vehicles.rows();
  summary.service_rows = w.service_rows;
  const calendar::business_calendar cal(c.country, c.closed_days);

  // Each candidate is checked as it comes: only the ones to call or write to today are kept.
  string_pool text;
  big_vector<item> listed;
  big_vector<exclusion> excluded;
  big_vector<own_contact> owns;
  view_map<std::string_view> details;
  view_map<std::string_view> about;  // what a campaign or a quote is about, for the agent
  std::vector<rules::attempt> history;
  std::string when, detail1;
  rules::decision decided;  // the step of an item already attempted (its strings reused)
  // The cadence of each segment, looked up by name once rather than for every candidate.
  std::array<const rules::cadence*, rules::segment_count> cadence_of{};
  for (std::size_t k = 0; k < cadence_of.size(); ++k)
    cadence_of[k] = &c.cadences.of(rules::segment_name(static_cast<rules::segment>(k)));
  struct {  // the decision for an item not attempted yet, per cadence
    const calendar::business_calendar& cal;
    long long now;
    std::vector<std::pair<const rules::cadence*, rules::decision>> known;
    const rules::decision& of(const rules::cadence& k) {
      for (const auto& [cadence, d] : known)
        if (cadence == &k) return d;
      return known.emplace_back(&k, rules::decide({}, k, cal, now, {})).second;
    }
  } first_steps{cal, c.now_minutes, {}};
  const bool explaining = !c.explain_vin.empty();
  auto exclude = [&](const item& it, const rules::verdict& v) {
    excluded.push_back(exclusion(it, v, text, c.english));
  };
  // person id, else phone -> the most urgent item of that customer whose cadence goes on later
  view_map<in_progress> in_cadence;
  collect_candidates(
      w, c, text,
      [&](item& it) {
        contact who;
        if (const std::uint32_t* head = w.log.items.find(it.item_id)) it.history = *head;
        w.attempts.history(it.history, history);
        if (auto why = check_item(w, it, owns, history, who, when)) return exclude(it, *why);
        // The cadence's step today: the one decision segment and schedule-attempts share. An
        // item never attempted is at the cadence's first step, whoever it calls when that is a
        // call: decided once per cadence (most items of a night are new).
        const auto& cadence = *cadence_of[static_cast<std::size_t>(it.seg)];
        const bool first_call = history.empty() && cadence.steps.front().channel == "phone";
        const rules::decision& d = first_call ? first_steps.of(cadence)
                                              : (decided = rules::decide(history, cadence, cal, c.now_minutes, channels_of(who)));
        using rules::exclusion_reason;
        switch (rules::work_today(d, c.now_minutes)) {
          case rules::today::booked:
            return exclude(it, {exclusion_reason::has_appointment, msg::excl_detail_booked_in_log});
          case rules::today::closed:
            return exclude(it, {exclusion_reason::closed, msg::excl_detail_closed, d.last_outcome, when,
                                rules::detail_code::outcome});
          case rules::today::exhausted:
            detail1 = fmt::format("{}", d.attempts);
            when = history.empty() ? std::string() : format_minutes(history.back().at);
            if (!history.empty() && !history.back().agent.empty()) (when += ' ') += history.back().agent;
            return exclude(it, {exclusion_reason::exhausted, msg::excl_detail_attempts, detail1, when});
          case rules::today::later:
            if (it.late) {  // a closed window: the next call will not come
              detail1 = format_day(it.due_on);
              return exclude(it, {exclusion_reason::expired, msg::excl_detail_window_received, detail1});
            }
            // A customer in the middle of a cadence is spoken to on its next step: keep its key.
            if (!history.empty()) {
              const sv key = !who.person_id.empty() ? who.person_id : who.phone;
              if (!key.empty()) {
                in_progress& p = in_cadence[key];
                const int priority = rules::segment_priority(it.seg);
                // The most urgent item, the smaller id among equals: whatever the order items come in.
                if (p.item_id.empty() || priority < p.priority || (priority == p.priority && it.item_id < p.item_id))
                  p = {it.item_id, priority};
              }
            }
            detail1 = d.next_at ? format_minutes(*d.next_at) : std::string();
            return exclude(it, {exclusion_reason::scheduled, msg::excl_detail_next, d.next_channel, detail1,
                                rules::detail_code::channel});
          case rules::today::message:
            it.via = static_cast<std::uint32_t>(rules::parse_channel(d.next_channel).value_or(rules::channel::letter));
            break;
          case rules::today::call: {
            if (it.late) {  // a closed window: no more calls, only a message still due
              detail1 = format_day(it.due_on);
              return exclude(it, {exclusion_reason::expired, msg::excl_detail_window_received, detail1});
            }
            it.via = static_cast<std::uint32_t>(rules::channel::phone);
            // Callbacks, leads and tomorrow's appointments never wait for capacity.
            it.always = d.st == rules::status::callback || it.seg == rules::segment::lead ||
                        it.seg == rules::segment::appointment_reminder;
            // A customer reached lately rests from reasons no more urgent than the one spoken of.
            const sv rest_key = !who.person_id.empty() ? who.person_id : it.vin();
            const log_state::reach_mark* r = w.log.reach_of(it.vehicle.row, rest_key);
            if (r && rules::rests(it.seg, it.always && it.seg != rules::segment::lead, day_of_minute(r->at),
                                  r->priority, c.policy.rest_days, c.today)) {
              detail1 = format_minutes(r->at);
              return exclude(it, {exclusion_reason::resting, msg::excl_detail_reached, detail1});
            }
            break;
          }
        }
        it.person_id = who.person_id;  // the merge's keys; the rest is found again when written
        it.phone = who.phone;
        listed.push_back(it);
      },
      excluded, owns, details, about);
  summary.candidates = listed.size() + excluded.size();
  trace("segment: candidates");
  // The contact log has said what it knows (exclusions, agents): its maps and text, over
  // 100 MB for 1.6 million attempts, go before the sorts; the attempts themselves stay for the
  // sheet. The opt-outs stay: reach reads them again.
  wait_for_cadence(listed, in_cadence, excluded, text);
  agents_from_log(w, c, owns, listed);
  if (!explaining) w.log = log_state{};
  sort_listed(listed);
  trace("segment: sorted");
  merge_per_customer(listed, excluded, text);
  group_households(w, owns, listed, text);
  balance_agents(w, c, cal, owns, listed);
  summary.carried = fill_capacity(c, cal, listed, excluded, text);
  const auto slots = sheet_slots(listed);
  trace("segment: merged");
  sort_excluded(excluded);
  trace("segment: exclusions sorted");

  std::array<std::uint64_t, rules::exclusion_reason_count> reasons{};
  for (const auto& e : excluded) ++reasons[static_cast<std::size_t>(e.reason)];
  for (std::size_t r = 0; r < reasons.size(); ++r)
    if (const auto reason = static_cast<rules::exclusion_reason>(r); reasons[r] && reason != rules::exclusion_reason::over_capacity)
      summary.by_reason.emplace_back(reason, reasons[r]);
  summary.listed = listed.size();
  for (const auto& it : listed) summary.messages += !it.is_call();
  summary.excluded = excluded.size() - summary.carried;

  writing out_rows{w, c, cal, owns, about, {}, {}, {}};
  csv::output out(c.output);
  if (explaining) {
    out.write(explain(out_rows, listed, excluded, details, slots));
    out.commit();
    return summary;
  }
  // The exclusions: --excluded, else beside the list (a workbook beside a workbook), else, the
  // list going to standard output or a device, in the current folder.
  std::string excl_path = c.excluded;
  if (excl_path.empty()) {
    excl_path = out.is_atomic() ? csv::sibling_path(c.output, "excluded") : "retorno-excluded.csv";
    if (c.xlsx) excl_path.replace(excl_path.size() - 4, 4, ".xlsx");
    summary.excluded_path = excl_path;
  }
  std::optional<csv::output> excl_out;
  excl_out.emplace(excl_path);

  if (c.xlsx) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < listed.size(); ++i) {
      auto row = call_list_row(out_rows, listed[i], slots[i]);
      rows.emplace_back(row.begin(), row.end());
    }
    const auto sheets = render::xlsx::call_list_sheets(call_list_columns, rows, format_day(c.today), c.english);
    out.write(render::xlsx::workbook(sheets, {std::string(retorno::text(msg::call_list_title, c.english)),
                                              c.today.time_since_epoch().count(), c.paper, c.english}));
  } else if (c.html) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t i = 0; i < listed.size(); ++i) {
      if (!listed[i].is_call()) continue;  // the sheets are the calls; messages go to the fallback queue
      auto row = call_list_row(out_rows, listed[i], slots[i]);
      rows.emplace_back(row.begin(), row.end());
    }
    out.write(render::call_sheets(call_list_columns, rows, format_day(c.today), c.english, c.paper));
  } else {
    csv::csv_writer writer(out, c.excel);
    writer.row(std::span<const std::string_view>(call_list_columns));
    for (std::size_t i = 0; i < listed.size(); ++i) {
      prefetch_ahead(w, listed, i);
      writer.row(call_list_row(out_rows, listed[i], slots[i]));
    }
  }
  trace("segment: list written");
  if (excl_out && excl_path.ends_with(".xlsx")) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& e : excluded)
      rows.push_back({std::string(e.item_id), std::string(e.vin()), std::string(rules::segment_name(e.seg)),
                      std::string(e.reason_name()), std::string(e.detail)});
    constexpr std::string_view columns[] = {"item_id", "vin", "segment", "reason", "detail"};
    const std::string title(retorno::text(msg::xlsx_exclusions, c.english));

    const render::xlsx::sheet sheet = render::xlsx::table_sheet(title, format_day(c.today), columns, rows, c.english);
    excl_out->write(render::xlsx::workbook({&sheet, 1}, {title, c.today.time_since_epoch().count(), c.paper, c.english}));
  } else if (excl_out) {
    csv::csv_writer writer(*excl_out, c.excel);
    writer.row({"item_id", "vin", "segment", "reason", "detail"});
    for (std::size_t i = 0; i < excluded.size(); ++i) {
      if (i + 8 < excluded.size()) {  // sorted by id: their text was written in another order
        prefetch(excluded[i + 8].item_id.data());
        if (!excluded[i + 8].detail.empty()) prefetch(excluded[i + 8].detail.data());
      }
      const auto& e = excluded[i];
      writer.row({e.item_id, e.vin(), rules::segment_name(e.seg), e.reason_name(), e.detail});
    }
  }
  trace("segment: written");
  out.finish();
  if (excl_out) excl_out->finish();
  out.publish();
  if (excl_out) excl_out->publish();

  return summary;
}

}  // namespace retorno::ops
