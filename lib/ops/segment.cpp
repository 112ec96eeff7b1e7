// segment: candidates -> exclusions -> one call per customer -> agents -> the day's call list.
#include "ops/segment.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "csv/writer.hpp"
#include "ops/segment_items.hpp"
#include "render/call_sheet.hpp"
#include "rules/scripts.hpp"

namespace retorno::ops {

using namespace segment_detail;

namespace {

// The documented total order: priority, then (campaigns) more VINs first, due date, VIN, item id.
bool before(const item& a, const item& b) {
  return std::make_tuple(rules::segment_priority(a.seg), -a.campaign_vins, a.due_on, std::string_view(a.vin),
                         std::string_view(a.item_id)) <
         std::make_tuple(rules::segment_priority(b.seg), -b.campaign_vins, b.due_on, std::string_view(b.vin),
                         std::string_view(b.item_id));
}

// Items of one person merge into the first of them; the others become its talking points.
void merge_per_customer(std::vector<item>& listed, std::vector<exclusion>& excluded) {
  std::map<std::string, std::size_t> keeper;  // customer key -> index of the item kept
  std::vector<item> kept;
  for (auto& it : listed) {
    std::string key = !it.person_id.empty() ? "p:" + it.person_id : !it.phone.empty() ? "t:" + it.phone : std::string();
    if (key.empty()) {
      kept.push_back(std::move(it));
      continue;
    }
    auto [pos, fresh] = keeper.emplace(key, kept.size());
    if (fresh) {
      kept.push_back(std::move(it));
      continue;
    }
    item& into = kept[pos->second];
    if (std::find(into.talking_points.begin(), into.talking_points.end(), it.talking_key) == into.talking_points.end())
      into.talking_points.push_back(it.talking_key);
    excluded.push_back({it.item_id, it.vin, std::string(rules::segment_name(it.seg)), "merged", into.item_id, {}});
  }
  listed = std::move(kept);
}

// Even split, except that an item, or a customer, already worked by an agent stays with that agent.
void assign_agents(const world& w, const std::vector<std::string>& agents, std::vector<item>& listed) {
  if (agents.empty()) return;
  std::map<std::string, std::size_t> load;
  for (const auto& a : agents) load[a] = 0;
  auto known = [&](const std::string& a) { return !a.empty() && load.count(a) > 0; };
  for (auto& it : listed) {
    if (auto l = w.log.items.find(it.item_id); l != w.log.items.end() && known(l->second.agent)) it.agent = l->second.agent;
    else if (auto v = w.log.vehicle_agent.find(it.vin); v != w.log.vehicle_agent.end() && known(v->second))
      it.agent = v->second;
    if (!it.agent.empty()) ++load[it.agent];
  }
  for (auto& it : listed) {
    if (!it.agent.empty()) continue;
    const std::string* best = &agents.front();
    for (const auto& a : agents)
      if (load[a] < load[*best]) best = &a;
    it.agent = *best;
    ++load[*best];
  }
}

std::string join(const std::vector<std::string>& parts, char sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!out.empty()) out.push_back(sep);
    out += p;
  }
  return out;
}

std::vector<std::string> call_list_row(const world& w, const segment_config& c, const item& it) {
  std::string make, model, year, last_date, last_km, est_km;
  if (it.vehicle) {
    const auto& t = w.vehicles;
    make = t.get(*it.vehicle, v_make);
    model = t.get(*it.vehicle, v_model);
    year = t.get(*it.vehicle, v_model_year);
    auto f = facts_of(w, *it.vehicle);
    if (f.last_date) last_date = format_day(*f.last_date);
    if (f.last_km >= 0) last_km = fmt::format("{}", f.last_km);
    if (long km = rules::estimated_km(f, c.today); km >= 0) est_km = fmt::format("{}", km);
  }
  return {it.item_id, format_day(c.today), std::string(rules::segment_name(it.seg)),
          fmt::format("{}", rules::segment_priority(it.seg)), format_day(it.due_on), it.vin, it.person_id, it.name,
          it.phone, it.phone_alt, it.email, it.channel, make, model, year, last_date, last_km, est_km,
          join(it.talking_points, ';'), it.agent, std::string(rules::segment_script(it.seg, c.english))};
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
    out += fmt::format("  {} {}\n", c.english ? "in the workshop: RO" : "en el taller: OR", h.open_ro);
  return out;
}

std::string explain(const world& w, const segment_config& c, const std::vector<item>& listed,
                    const std::vector<exclusion>& excluded) {
  const std::string& vin = c.explain_vin;
  std::string out = fmt::format("{} {} {}\n", c.english ? "Why, on" : "Por qué, al", format_day(c.today), vin);
  auto v = w.vehicle(vin);
  if (!v) out += c.english ? "  not in the vehicles table\n" : "  no está en la tabla de vehículos\n";
  else out += explain_vehicle(w, c, *v);
  for (const auto& it : listed)
    if (it.vin == vin)
      out += fmt::format("  => {}: {} ({}){}{}\n", c.english ? "listed" : "en la lista", it.item_id, it.detail,
                         it.agent.empty() ? "" : c.english ? ", agent " : ", agente ", it.agent);
  // Candidates whose VIN is not in the vehicles table still end here (no_channel).
  for (const auto& e : excluded)
    if (e.vin == vin)
      out += fmt::format("  => {}: {} ({}: {})\n", c.english ? "excluded" : "excluido", e.item_id, e.reason,
                         c.english || e.detail_es.empty() ? e.detail : e.detail_es);
  return out;
}

constexpr std::string_view call_list_columns[] = {
    "item_id", "list_date", "segment", "priority", "due_on", "vin", "person_id", "customer_name", "phone",
    "phone_alt", "email", "preferred_channel", "make", "model", "model_year", "last_service_date",
    "last_service_km", "estimated_km", "talking_points", "agent", "script"};

}  // namespace

// Sorts records of many strings by moving each one once: the comparisons run over indices,
// then the records move into their places (std::sort would swap them n log n times). Stable,
// so that equal records keep their order.
template <typename T, typename Less>
void sort_by_index(std::vector<T>& v, Less less) {
  std::vector<std::uint32_t> order(v.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return less(v[a], v[b]); });
  std::vector<T> sorted;
  sorted.reserve(v.size());
  for (auto i : order) sorted.push_back(std::move(v[i]));
  v.swap(sorted);
}

segment_summary run_segment(const segment_config& c) {
  world w = load_world(c);
  segment_summary summary;
  summary.vehicles = w.vehicles.rows();
  summary.service_rows = w.service_rows;

  std::vector<item> open;
  std::vector<exclusion> excluded;
  collect_candidates(w, c, open, excluded);
  summary.candidates = open.size() + excluded.size();

  std::vector<item> listed;
  for (auto& it : open) {
    if (auto why = check_item(w, c, it))
      excluded.push_back({it.item_id, it.vin, std::string(rules::segment_name(it.seg)), std::move(why->reason),
                          std::move(why->detail), std::move(why->detail_es)});
    else
      listed.push_back(std::move(it));
  }
  std::vector<item>().swap(open);  // moved from: give the memory back before sorting
  sort_by_index(listed, before);
  merge_per_customer(listed, excluded);
  assign_agents(w, c.agents, listed);
  sort_by_index(excluded, [](const exclusion& a, const exclusion& b) {
    return std::tie(a.item_id, a.reason) < std::tie(b.item_id, b.reason);
  });

  csv::output out(c.output);
  if (!c.explain_vin.empty()) {
    out.write(explain(w, c, listed, excluded));
    out.commit();
    summary.listed = listed.size();
    summary.excluded = excluded.size();
    return summary;
  }
  std::optional<csv::output> excl_out;
  std::string excl_path = !c.excluded.empty() ? c.excluded
                          : out.is_atomic()   ? [&] {
                              std::filesystem::path p(c.output);
                              auto stem = p.extension() == ".csv" || p.extension() == ".html" ? p.stem().string()
                                                                                              : p.filename().string();
                              return (p.parent_path() / (stem + ".excluded.csv")).string();
                            }()
                                              : std::string();
  if (!excl_path.empty()) excl_out.emplace(excl_path);

  std::vector<std::vector<std::string>> rows;
  rows.reserve(listed.size());
  for (const auto& it : listed) rows.push_back(call_list_row(w, c, it));
  if (c.html) {
    out.write(render::call_sheets(call_list_columns, rows, format_day(c.today), c.english));
  } else {
    csv::csv_writer writer(out, c.excel);
    writer.row(std::span<const std::string_view>(call_list_columns));
    for (const auto& r : rows) writer.row(std::span<const std::string>(r));
  }
  if (excl_out) {
    csv::csv_writer writer(*excl_out, c.excel);
    writer.row({"item_id", "vin", "segment", "reason", "detail"});
    for (const auto& e : excluded) writer.row({e.item_id, e.vin, e.segment, e.reason, e.detail});
  }
  out.finish();
  if (excl_out) excl_out->finish();
  out.publish();
  if (excl_out) excl_out->publish();

  std::map<std::string, std::uint64_t> reasons;
  for (const auto& e : excluded) ++reasons[e.reason];
  summary.by_reason.assign(reasons.begin(), reasons.end());
  summary.listed = listed.size();
  summary.excluded = excluded.size();
  summary.excluded_path = excl_path;
  return summary;
}

}  // namespace retorno::ops
