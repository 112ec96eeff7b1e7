// segment: candidates -> exclusions -> one call per customer -> agents -> the day's call list.
#include "ops/segment.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <tuple>
#include <unordered_map>

#include <fmt/format.h>

#include "core/trace.hpp"
#include "csv/writer.hpp"
#include "ops/segment_items.hpp"
#include "render/call_sheet.hpp"
#include "rules/scripts.hpp"

namespace retorno::ops {

using namespace segment_detail;

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
  for (std::uint32_t start = 0; start < keys.size(); ++start) {
    if (keys[start].index == start) continue;
    const T held = records[start];
    std::uint32_t p = start;
    while (keys[p].index != start) {
      const std::uint32_t from = keys[p].index;
      records[p] = records[from];
      keys[p].index = p;
      p = from;
    }
    records[p] = held;
    keys[p].index = p;
  }
}

// The documented total order of the list: priority, then (campaigns) more VINs first, due
// date, VIN, item id.
void sort_listed(big_vector<item>& items) {
  sort_records(
      items,
      [](const item& it) {
        const auto vins = static_cast<std::uint64_t>(std::clamp(it.campaign_vins, 0, 0xFFFFFF));
        const auto due = static_cast<std::uint64_t>(static_cast<std::int64_t>(it.due_on.time_since_epoch().count()) +
                                                    (std::int64_t{1} << 31));
        const std::uint64_t rank =
            static_cast<std::uint64_t>(rules::segment_priority(it.seg)) << 56 | (0xFFFFFF - vins) << 32 | due;
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

// Whether `points` (`;` between keys) already names `key`.
bool mentions(std::string_view points, std::string_view key) {
  while (!points.empty()) {
    const auto end = points.find(';');
    if (points.substr(0, end) == key) return true;
    if (end == std::string_view::npos) break;
    points.remove_prefix(end + 1);
  }
  return false;
}

// Items of one person merge into the first of them; the others become its talking points.
void merge_per_customer(big_vector<item>& listed, big_vector<exclusion>& excluded, string_pool& text) {
  // person id, else phone -> 1 + the index of the item kept (0: none yet)
  view_map<std::uint32_t> by_person, by_phone;
  std::size_t with_person = 0;
  for (const auto& it : listed) with_person += !it.person_id.empty();
  by_person.reserve(with_person);  // a map that grows reads all its slots again
  by_phone.reserve(listed.size() - with_person);
  auto key_of = [](const item& it) { return !it.person_id.empty() ? it.person_id : it.phone; };
  auto keeper_map = [&](const item& it) -> view_map<std::uint32_t>& {
    return !it.person_id.empty() ? by_person : by_phone;
  };
  std::uint32_t kept = 0;  // listed[0, kept) are the items kept, in order
  for (std::uint32_t i = 0; i < listed.size(); ++i) {
    // The keys are scattered over the tables: ask for the text of one item a little ahead,
    // and for the slot of a nearer one, whose text has arrived by now.
    if (i + 16 < listed.size()) prefetch(key_of(listed[i + 16]).data());
    if (i + 8 < listed.size()) keeper_map(listed[i + 8]).prefetch(key_of(listed[i + 8]));
    const item it = listed[i];
    auto& keeper = keeper_map(it);
    const std::string_view key = key_of(it);
    std::uint32_t* keeper_of = key.empty() ? nullptr : &keeper[key];
    if (!keeper_of || *keeper_of == 0) {
      if (keeper_of) *keeper_of = kept + 1;
      listed[kept++] = it;
      continue;
    }
    item& into = listed[*keeper_of - 1];
    const std::string_view talking = talking_key(it, text);
    if (!mentions(into.talking_points, talking))
      into.talking_points =
          into.talking_points.empty() ? talking : text.concat({into.talking_points, ";", talking});
    excluded.push_back(exclusion(it, {rules::exclusion_reason::merged, into.item_id, ""}, text, false));
  }
  listed.resize(kept);
  listed.shrink_to_fit();  // the merged half: about 70 MB for a million vehicles
}

// An item, or a customer, already worked by an agent stays with that agent: the agent of the
// item's latest attempt, else of the vehicle's. Runs before the merge, so that the contact log
// can be let go before the files are written.
void agents_from_log(const world& w, const std::vector<std::string>& agents, big_vector<item>& listed) {
  if (agents.empty()) return;
  // 1 + the agent's index in the configured agents, or 0 for one not among them.
  auto known = [&](std::string_view a) -> std::uint8_t {
    if (a.empty()) return 0;
    auto it = std::find(agents.begin(), agents.end(), a);
    return it == agents.end() ? 0 : static_cast<std::uint8_t>(it - agents.begin() + 1);
  };
  for (auto& it : listed) {
    const auto* logged = w.log.items.find(it.item_id);
    const auto* vehicle = w.log.vehicle_agent.find(it.vin());
    if (logged && known(w.log.names.name(logged->agent))) it.agent = known(w.log.names.name(logged->agent));
    else if (vehicle && known(w.log.names.name(vehicle->agent))) it.agent = known(w.log.names.name(vehicle->agent));
  }
}

// The items no earlier attempt assigns are split evenly, each to the least loaded agent.
void balance_agents(const std::vector<std::string>& agents, big_vector<item>& listed) {
  if (agents.empty()) return;
  std::vector<std::size_t> load(agents.size() + 1, 0);
  for (const auto& it : listed) ++load[it.agent];
  for (auto& it : listed) {
    if (it.agent) continue;
    std::size_t best = 1;
    for (std::size_t a = 1; a <= agents.size(); ++a)
      if (load[a] < load[best]) best = a;
    it.agent = static_cast<std::uint8_t>(best);
    ++load[best];
  }
}

// The agent's name, or "".
std::string_view agent_of(const segment_config& c, const item& it) {
  return it.agent ? std::string_view(c.agents[it.agent - 1]) : std::string_view();
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

constexpr std::size_t call_list_width = 21;

// One row of the call list, in call_list_columns' order: the views point into `it`, the world,
// and `scratch` (which holds the formatted cells until the next call).
std::array<std::string_view, call_list_width> call_list_row(const world& w, const segment_config& c, const item& it,
                                                            std::span<const own_contact> owns,
                                                            std::array<std::string, 6>& scratch) {
  contact who;
  reach(w, it, owns, who);  // as when it was listed: the opt-outs and contacts have not changed
  std::string_view make, model, year;
  for (auto& s : scratch) s.clear();
  auto& [list_date, priority, due_on, last_date, last_km, est_km] = scratch;
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
  return {it.item_id, list_date, rules::segment_name(it.seg), priority, due_on, it.vin(), who.person_id, who.name,
          who.phone, who.phone_alt, who.email, who.channel, make, model, year, last_date, last_km, est_km,
          it.talking_points, agent_of(c, it), rules::segment_script(it.seg, c.english)};
}

// The facts of one vehicle and every maintenance rule with its dates, in --lang.
std::string explain_vehicle(const world& w, const segment_config& c, std::uint32_t v) {
  std::string out;
  auto f = facts_of(w, v);
  auto rate = rules::daily_km(f);
  out += fmt::format("  {}: DOFU {}, {} {} ({} km), {} {}, {} {}\n", c.english ? "vehicle" : "vehículo",
                     f.dofu ? format_day(*f.dofu) : "-", c.english ? "last maintenance" : "último mantenimiento",
                     f.last_date ? format_day(*f.last_date) : "-", f.last_km, c.english ? "km/day" : "km/día",
                     rate ? fmt::format("{:.1f}", *rate) : "-", c.english ? "estimated km" : "km estimado",
                     rules::estimated_km(f, c.today));
  for (const auto& win : rules::maintenance_windows(f, c.policy, c.today, c.english)) {
    const char* state = c.today < win.opens ? (c.english ? "not open yet" : "aún no abre")
                        : c.today > win.expires ? (c.english ? "ended" : "terminó")
                                                : (c.english ? "open" : "abierta");
    out += fmt::format("  {}: {}; {} {} ({})\n", rules::segment_name(win.seg), win.detail,
                       c.english ? "window opens" : "ventana desde", format_day(win.opens), state);
  }
  if (const auto& h = w.histories[v]; !h.open_ro.empty())
    out += fmt::format("  {} {}\n", c.english ? "in the workshop: RO" : "en el taller: OR", h.open_ro.view());
  return out;
}

std::string explain(const world& w, const segment_config& c, const big_vector<item>& listed,
                    const big_vector<exclusion>& excluded, const view_map<std::string_view>& details) {
  const std::string& vin = c.explain_vin;
  std::string out = fmt::format("{} {} {}\n", c.english ? "Why, on" : "Por qué, al", format_day(c.today), vin);
  auto v = w.vehicle(vin);
  if (!v) out += c.english ? "  not in the vehicles table\n" : "  no está en la tabla de vehículos\n";
  else out += explain_vehicle(w, c, *v);
  for (const auto& it : listed)
    if (it.vin() == vin) {
      const std::string_view* detail = details.find(it.item_id);
      out += fmt::format("  => {}: {} ({}){}{}\n", c.english ? "listed" : "en la lista", it.item_id,
                         detail ? *detail : std::string_view(),
                         !it.agent ? "" : c.english ? ", agent " : ", agente ", agent_of(c, it));
    }
  // Candidates whose VIN is not in the vehicles table still end here (no_channel).
  for (const auto& e : excluded)
    if (e.vin() == vin)
      out += fmt::format("  => {}: {} ({}: {})\n", c.english ? "excluded" : "excluido", e.item_id, e.reason_name(),
                         c.english || e.detail_es.empty() ? e.detail : e.detail_es);
  return out;
}

constexpr std::string_view call_list_columns[] = {
    "item_id", "list_date", "segment", "priority", "due_on", "vin", "person_id", "customer_name", "phone",
    "phone_alt", "email", "preferred_channel", "make", "model", "model_year", "last_service_date",
    "last_service_km", "estimated_km", "talking_points", "agent", "script"};

}  // namespace

segment_summary run_segment(const segment_config& c) {
  trace("segment: start");
  world w = load_world(c);
  trace("segment: loaded");
  segment_summary summary;
  summary.vehicles = w.vehicles.rows();
  summary.service_rows = w.service_rows;

  // Each candidate is checked as it comes: only the callable ones are kept as items.
  string_pool text;
  big_vector<item> listed;
  big_vector<exclusion> excluded;
  big_vector<own_contact> owns;
  view_map<std::string_view> details;
  collect_candidates(
      w, c, text,
      [&](item& it) {
        contact who;
        if (auto why = check_item(w, it, owns, who)) {
          excluded.push_back(exclusion(it, *why, text, !c.explain_vin.empty()));
          return;
        }
        it.person_id = who.person_id;  // the merge's keys; the rest is found again when written
        it.phone = who.phone;
        listed.push_back(it);
      },
      excluded, owns, details);
  summary.candidates = listed.size() + excluded.size();
  trace("segment: candidates");
  // The contact log has said what it knows (exclusions, agents): its maps and text, over
  // 100 MB for 1.6 million attempts, go before the sorts. The opt-outs stay: reach reads them again.
  agents_from_log(w, c.agents, listed);
  w.log = log_state{};
  sort_listed(listed);
  trace("segment: sorted");
  merge_per_customer(listed, excluded, text);
  balance_agents(c.agents, listed);
  trace("segment: merged");
  sort_excluded(excluded);
  trace("segment: exclusions sorted");

  csv::output out(c.output);
  if (!c.explain_vin.empty()) {
    out.write(explain(w, c, listed, excluded, details));
    out.commit();
    summary.listed = listed.size();
    summary.excluded = excluded.size();
    return summary;
  }
  std::optional<csv::output> excl_out;
  const std::string excl_path = !c.excluded.empty() ? c.excluded
                                : out.is_atomic()   ? csv::sibling_path(c.output, "excluded")
                                                    : std::string();
  if (!excl_path.empty()) excl_out.emplace(excl_path);

  std::array<std::string, 6> scratch;
  if (c.html) {
    std::vector<std::vector<std::string>> rows;
    rows.reserve(listed.size());
    for (const auto& it : listed) {
      auto row = call_list_row(w, c, it, owns, scratch);
      rows.emplace_back(row.begin(), row.end());
    }
    out.write(render::call_sheets(call_list_columns, rows, format_day(c.today), c.english));
  } else {
    csv::csv_writer writer(out, c.excel);
    writer.row(std::span<const std::string_view>(call_list_columns));
    for (std::size_t i = 0; i < listed.size(); ++i) {
      prefetch_ahead(w, listed, i);
      writer.row(call_list_row(w, c, listed[i], owns, scratch));
    }
  }
  trace("segment: list written");
  if (excl_out) {
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

  std::map<std::string_view, std::uint64_t> reasons;
  for (const auto& e : excluded) ++reasons[e.reason_name()];
  for (auto [reason, n] : reasons) summary.by_reason.emplace_back(reason, n);
  summary.listed = listed.size();
  summary.excluded = excluded.size();
  return summary;
}

}  // namespace retorno::ops
