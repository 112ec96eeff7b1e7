// Reading segment's inputs: vehicles held compactly, services reduced per vehicle while streamed.
#include "core/catalog.hpp"
#include "ops/segment_world.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include "core/text.hpp"
#include "core/trace.hpp"
#include "normalize/tax_id.hpp"

namespace retorno::ops::segment_detail {

namespace {

using sv = std::string_view;

// A km reading, or -1 when it is not a whole number a vehicle can show: 10 million km is more
// than any odometer holds, and keeps the estimates' arithmetic far from overflowing.
long to_long(sv s) {
  long v = -1;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size() && v <= 10'000'000 ? v : -1;
}

// The vehicles' columns read: the projection's, in its order, then sale_type, which is only
// part of v_delivered_new.
constexpr std::array<sv, v_count + 1> vehicle_columns = {
    "vin", "make", "model", "model_year", "dofu", "km", "km_date", "last_service_date", "last_service_km",
    "next_service_km", "warranty_end", "customer_id", "customer_name", "phone_mobile", "phone_home",
    "phone_work", "email", "preferred_channel", "consent", "person_id", "address", "tax_id", "sold_here",
    "branch", "sale_type"};
constexpr sv yes = "1";

// A million vehicles are held: what segment asks of a tax id and a sale is kept as a flag
// ("1" or ""), not as the text.
void read_vehicles(world& w, const std::string& path) {
  constexpr std::array<sv, 1> required = {"vin"};
  w.vehicles = model::table(v_count, path);
  std::array<sv, v_count> cells;
  model::for_each_row(path, vehicle_columns, required, [&](const model::row_view& r) {
    std::copy_n(r.cells.begin(), v_count, cells.begin());
    cells[v_tax_id] = normalize::names_customer(r[v_tax_id]) ? yes : sv();
    const sv type = r[v_count];
    cells[v_delivered_new] = r[v_delivered_new] == "true" && (type.empty() || type == "new") ? yes : sv();
    w.vehicles.append(cells, r.line);
  });
}

void read_services(world& w, const std::string& path) {
  constexpr std::array<sv, 6> cols = {"ro_number", "vin", "opened_on", "closed_on", "km", "service_type"};
  constexpr std::array<sv, 3> required = {"ro_number", "vin", "opened_on"};
  std::string last_vin;  // an export lists a vehicle's ROs together: look each VIN up once
  std::optional<std::uint32_t> v;
  w.service_rows = model::for_each_row(path, cols, required, [&](const model::row_view& r) {
    if (r[1] != last_vin) {
      last_vin.assign(r[1]);
      v = w.vehicle(r[1]);
    }
    auto opened = parse_day(r[2]);
    if (!v || !opened) return;
    history& h = w.histories[*v];
    auto closed = parse_day(r[3]);
    const auto km = static_cast<std::int32_t>(std::clamp(to_long(r[4]), -1L, long{INT32_MAX}));
    // Ties are broken by RO number or km, so that the row order of the export does not matter.
    if (r[3].empty() && r[0] > sv(h.open_ro)) h.open_ro.assign(r[0], w.text);
    if (closed && (!h.last_closed || *closed > *h.last_closed || (*closed == *h.last_closed && r[0] > sv(h.last_closed_ro)))) {
      h.last_closed = closed;
      h.last_closed_ro.assign(r[0], w.text);
    }
    if (km >= 0 && (!h.reading_date || *opened > *h.reading_date || (*opened == *h.reading_date && km > h.reading_km))) {
      h.reading_date = opened;
      h.reading_km = km;
    }
    if (r[5] != "maintenance") return;
    // Keep the two latest maintenance visits on distinct days (the mileage needs two days apart).
    if (!h.last_date || *opened > *h.last_date) {
      h.previous_date = h.last_date;
      h.previous_km = h.last_km;
      h.last_date = opened;
      h.last_km = km;
      h.last_ro.assign(r[0], w.text);
    } else if (*opened == *h.last_date) {
      if (r[0] > sv(h.last_ro)) h.last_ro.assign(r[0], w.text), h.last_km = km;  // stable whatever the row order
    } else if (!h.previous_date || *opened > *h.previous_date) {
      h.previous_date = opened;
      h.previous_km = km;
    }
  });
}

// A slot of `m` for `key`, inserted under a copy of the key kept in `text` when new.
template <typename V>
V& slot(view_map<V>& m, string_pool& text, sv key) {
  return m.slot(key, [&](sv k) { return text.keep(k); });
}

// Only the vehicles' contacts are kept, one row each: the best role read so far.
void read_contacts(world& w, const std::string& path) {
  constexpr std::array<sv, 12> cols = {"vin",   "role",    "name",      "phone_mobile", "phone_home", "phone_work",
                                       "email", "preferred_channel", "consent", "person_id",    "address",    "tax_id"};
  constexpr std::array<sv, 2> required = {"vin", "role"};
  auto rank = [](sv role) { return role == "maintainer" ? 0 : role == "owner" ? 1 : role == "user" ? 2 : 3; };
  w.contacts = model::table(c_count, path);
  w.contact_of.assign(w.vehicles.rows(), no_row);
  std::string last_vin;  // an export lists a vehicle's people together: look each VIN up once
  std::optional<std::uint32_t> v;
  std::array<sv, c_count> cells;
  model::for_each_row(path, cols, required, [&](const model::row_view& r) {
    if (r[0] != last_vin) {
      last_vin.assign(r[0]);
      v = w.vehicle(r[0]);
    }
    if (!v) return;  // only a vehicle's person is ever called
    // An owner other than the vehicle's customer is kept (the customer is the owner otherwise).
    if (r[1] == "owner" && !r[2].empty() && r[2] != w.vehicles.get(*v, v_customer_name)) {
      if (w.owner_of.empty()) w.owner_of.assign(w.vehicles.rows(), no_row);
      if (w.owner_of[*v] == no_row) w.owner_of[*v] = w.owners.append(r.cells.subspan(2, 1), r.line);
    }
    std::uint32_t& kept = w.contact_of[*v];
    if (kept != no_row) {
      if (rank(w.contacts.get(kept, c_role)) <= rank(r[1])) return;
      // Exports list a vehicle's people together: the row replaced is usually the last one kept.
      if (kept + 1 == w.contacts.rows()) w.contacts.pop_back();
    }
    std::copy(r.cells.begin() + 1, r.cells.end(), cells.begin());
    cells[c_tax_id] = normalize::names_customer(cells[c_tax_id]) ? yes : sv();  // a flag, as the vehicles'
    kept = w.contacts.append(cells, r.line);
  });
  // A VIN listed twice in the vehicles table: its later rows call the same person.
  if (!w.by_vin.has_duplicates()) return;
  for (std::uint32_t v = 0; v < w.vehicles.rows(); ++v)
    if (auto first = w.vehicle(w.vehicles.get(v, v_vin)); first && *first != v) {
      w.contact_of[v] = w.contact_of[*first];
      if (!w.owner_of.empty()) w.owner_of[v] = w.owner_of[*first];
    }
}

// The effective contacts read_log kept per VIN go to their person's mark (the person id, else
// the VIN: the key the candidates have), and each vehicle row then takes its person's mark
// back: a person's vehicles rest together. Each pass goes in order over an array, asking for
// what a step a little ahead reads, where looking up a person for each attempt as the log
// comes would wait on memory every time.
void gather_reached(world& w) {
  auto& log = w.log;
  auto& marks = log.reached_by_vehicle;  // first the marks of each row's own VIN
  constexpr std::size_t text_ahead = 24, slot_ahead = 16, entry_ahead = 8;
  std::size_t marked = 0;  // rows with a mark: at most as many keys
  {
    const auto entries = log.vehicle_agent.begin();
    const std::size_t n = log.vehicle_agent.size();
    for (std::size_t i = 0; i < n; ++i) {
      if (i + slot_ahead < n && entries[i + slot_ahead].second.reached.priority >= 0)
        w.by_vin.prefetch(entries[i + slot_ahead].first);
      const auto& [vin, state] = entries[i];
      if (state.reached.priority < 0) continue;
      if (const auto v = w.vehicle(vin)) {
        if (marks.empty()) marks.assign(w.vehicles.rows(), log_state::reach_mark{-1, -1});
        if (marks[*v].priority < 0) marks[*v] = {}, ++marked;  // the first: as a new key's
        marks[*v].keep_latest(state.reached);
      } else {
        log.reached[vin].keep_latest(state.reached);  // the VIN is its own key (kept in the log's text)
      }
    }
  }
  auto key_of = [&](std::uint32_t v) {
    const sv person = person_id_of(w, v);
    return !person.empty() ? person : w.vehicles.get(v, v_vin);
  };
  const auto rows = static_cast<std::uint32_t>(marks.size());
  log.reached.reserve(log.reached.size() + marked);  // a map that grows reads all its slots again
  for (std::uint32_t v = 0; v < rows; ++v) {
    if (v + text_ahead < rows && marks[v + text_ahead].priority >= 0) prefetch(key_of(v + text_ahead).data());
    if (v + slot_ahead < rows && marks[v + slot_ahead].priority >= 0) log.reached.prefetch(key_of(v + slot_ahead));
    if (v + entry_ahead < rows && marks[v + entry_ahead].priority >= 0) log.reached.prefetch_entry(key_of(v + entry_ahead));
    if (marks[v].priority >= 0) log.reached[key_of(v)].keep_latest(marks[v]);  // keys: views into the tables
  }
  if (log.reached.empty()) return;
  if (marks.empty()) marks.resize(w.vehicles.rows());
  for (std::uint32_t v = 0; v < marks.size(); ++v) {
    if (v + text_ahead < marks.size()) prefetch(key_of(v + text_ahead).data());
    if (v + slot_ahead < marks.size()) log.reached.prefetch(key_of(v + slot_ahead));
    if (v + entry_ahead < marks.size()) log.reached.prefetch_entry(key_of(v + entry_ahead));
    const auto* mark = log.reached.find(key_of(v));
    marks[v] = mark ? *mark : log_state::reach_mark{-1, -1};
  }
}

void read_log(world& w, const std::string& path, long long now) {
  constexpr std::array<sv, 8> cols = {"item_id", "vin", "agent", "attempted_at", "outcome", "appointment_at",
                                      "channel", "callback_at"};
  constexpr std::array<sv, 3> required = {"item_id", "attempted_at", "outcome"};
  struct booking { long long at = -1; sv appointment_at; };
  view_map<booking> latest_booking;  // vin -> its latest appointment_booked attempt
  struct closing_at { long long at = -1; rules::outcome result{}; std::uint16_t agent = 0; };
  view_map<closing_at> closings;  // vin -> its latest attempt that closed the vehicle
  auto& log = w.log;
  auto& book = w.attempts;
  model::for_each_row(path, cols, required, [&](const model::row_view& r) {
    const long long at = parse_minutes(r[3]).value_or(-1);
    if (at > now) return;  // the future has not happened yet on --as-of
    const auto outcome = rules::parse_outcome(r[4]);
    const auto via = rules::parse_channel(r[6]);
    const std::uint16_t agent = book.name_of(r[2], path, r.line);
    attempt_log::entry e;
    e.at = static_cast<std::int32_t>(std::clamp<long long>(at, INT32_MIN, INT32_MAX));
    if (auto cb = parse_minutes(r[7])) e.callback = static_cast<std::int32_t>(std::clamp<long long>(*cb, 0, INT32_MAX));
    e.agent = agent;
    if (outcome) e.result = static_cast<std::uint8_t>(*outcome);
    if (via) e.via = static_cast<std::uint8_t>(*via);
    std::uint32_t& head = slot(log.items, log.text, r[0]);
    e.previous = head;
    book.entries.push_back(e);
    head = static_cast<std::uint32_t>(book.entries.size());
    if (r[1].empty()) return;
    if (outcome && rules::closes_vehicle(*outcome)) {
      auto& c = slot(closings, log.text, r[1]);
      if (at >= c.at) c = {at, *outcome, agent};
    }
    if (outcome && rules::books(*outcome)) {
      // The latest attempt decides (a rebooking replaces the first date), whatever the row order.
      auto& b = slot(latest_booking, log.text, r[1]);
      if (at > b.at || (at == b.at && r[5] > b.appointment_at)) b = {at, log.text.keep(r[5])};
    }
    const bool reached = outcome && rules::is_reached(*outcome);
    if (!reached && r[2].empty()) return;
    auto& vehicle = slot(log.vehicle_agent, log.text, r[1]);
    if (reached) {
      // The rest days count from the latest effective contact, about whatever item: the
      // VIN's, given to its person after the log (gather_reached).
      const auto seg = rules::segment_from_name(r[0].substr(0, r[0].find(':')));
      if (vehicle.reached.priority < 0) vehicle.reached = {};  // the first: as a new key's
      vehicle.reached.keep_latest({e.at, seg ? rules::segment_priority(*seg) : 0});
      if (seg == rules::segment::test_drive) {
        std::int32_t& heard = slot(log.test_drive_heard, log.text, r[1]);
        heard = std::max(heard, e.at);
      }
    }
    if (r[2].empty()) return;
    if (e.at > vehicle.at || (e.at == vehicle.at && r[2] > book.names.name(vehicle.agent))) {
      vehicle.at = e.at;
      vehicle.agent = agent;
    }
  });
  for (auto& [vin, b] : latest_booking) {
    auto when = parse_minutes(b.appointment_at);
    if (when && *when >= start_of_day(now)) log.booked[vin] = b.appointment_at;
  }
  for (auto& [vin, c] : closings) {
    const std::string who = book.names.name(c.agent).empty() ? format_minutes(c.at)
                                                              : format_minutes(c.at) + " " + std::string(book.names.name(c.agent));
    log.vehicle_closed[vin] = {c.result, log.text.keep(who)};
  }
  gather_reached(w);
}

// An opt-out without a branch holds in every branch; one of a branch, only for that branch's
// customers: with --branch, the rows of other branches are left out here and the branch's own
// hold for the whole run; without it, they are kept apart, by branch.
void read_optouts(world& w, const std::string& path, const model::branch_filter& only) {
  constexpr std::array<sv, 6> cols = {"phone", "email", "vin", "customer_id", "scope", "branch"};
  auto& o = w.optouts;
  std::string key;
  model::for_each_row(path, cols, {}, [&](const model::row_view& r) {
    const sv branch = trim(r[5]);
    if (!only.keeps(branch)) return;
    // An empty or unknown scope is taken as all: when in doubt, do not call.
    unsigned bit = optout_bit(r[4]);
    if (bit == 0) bit = rules::off_all;
    if (branch.empty() || only.active()) {
      if (!r[0].empty()) slot(o.phones, w.text, r[0]) |= bit;
      if (!r[1].empty()) slot(o.emails, w.text, r[1]) |= bit;
      if (!r[2].empty()) slot(o.vins, w.text, r[2]) |= bit;
      if (!r[3].empty()) slot(o.customers, w.text, r[3]) |= bit;
      return;
    }
    for (std::size_t k = 0; k < o.by_branch.size(); ++k) {
      if (r[k].empty()) continue;
      branch_key(branch, r[k], key);
      slot(o.by_branch[k], w.text, key) |= bit;
      o.any_by_branch = true;
    }
  });
}

}  // namespace

void branch_key(std::string_view branch, std::string_view value, std::string& out) {
  out.clear();
  model::fold_branch(branch, out);
  (out += '\x1f') += value;
}

std::uint16_t attempt_log::name_of(std::string_view s, const std::string& path, std::uint64_t line) {
  const std::uint32_t n = names.id(s);
  if (n > UINT16_MAX) throw input_error(path, line, tr(msg::err_too_many_agents_log));
  return static_cast<std::uint16_t>(n);
}

const log_state::reach_mark* log_state::reach_of(std::uint32_t vehicle, std::string_view key) const {
  if (vehicle != no_row && !reached_by_vehicle.empty()) {
    const reach_mark& mark = reached_by_vehicle[vehicle];
    return mark.priority < 0 ? nullptr : &mark;
  }
  return key.empty() ? nullptr : reached.find(key);
}

void attempt_log::history(std::uint32_t head, std::vector<rules::attempt>& out) const {
  out.clear();
  for (std::uint32_t i = head; i != 0; i = entries[i - 1].previous) {
    const entry& e = entries[i - 1];
    rules::attempt a;
    a.at = e.at;
    if (e.via != 0xFF) a.via = static_cast<rules::channel>(e.via);
    if (e.result != 0xFF) a.result = static_cast<rules::outcome>(e.result);
    if (e.callback >= 0) a.callback_at = e.callback;
    a.agent = names.name(e.agent);
    out.push_back(a);
  }
  rules::order_attempts(out);
}

long model_year_of(const world& w, std::uint32_t v) {
  const long year = to_long(w.vehicles.get(v, v_model_year));
  return year < 1900 || year > 2200 ? 0 : year;
}

void set_year_rates(world& w, std::vector<std::pair<int, float>>& rates) {
  w.year_rates.clear();
  std::sort(rates.begin(), rates.end());
  for (std::size_t i = 0, j = 0; i < rates.size(); i = j) {
    while (j < rates.size() && rates[j].first == rates[i].first) ++j;
    const std::size_t n = j - i, mid = i + n / 2;
    w.year_rates.emplace_back(rates[i].first, n % 2 ? rates[mid].second : (rates[mid - 1].second + rates[mid].second) / 2.0);
  }
}

world load_world(const segment_config& config) {
  world w;
  read_vehicles(w, config.in.vehicles);
  w.by_vin = model::row_index(w.vehicles, v_vin);
  w.histories.resize(w.vehicles.rows());
  trace("segment: read vehicles");
  if (!config.in.services.empty()) read_services(w, config.in.services);
  trace("segment: read services");
  if (!config.in.contacts.empty()) read_contacts(w, config.in.contacts);
  trace("segment: read contacts");
  if (!config.in.contact_log.empty()) read_log(w, config.in.contact_log, config.now_minutes);
  trace("segment: read log");
  if (!config.in.optouts.empty()) read_optouts(w, config.in.optouts, config.branch);
  // Campaigns, quotes, appointments and leads are streamed when the candidates are collected;
  // only the appointments that keep a vehicle out of the list are held.
  if (!config.in.appointments.empty()) {
    model::for_each_row(config.in.appointments, appointment_columns, appointment_required, [&](const model::row_view& r) {
      if (r[1].empty() || (r[5] != "booked" && r[5] != "confirmed")) return;
      auto d = parse_day(r[2]);
      if (!d || *d < config.today) return;
      appointment_ref& first = slot(w.future_appointment, w.text, r[1]);
      if (first.id.empty() || std::make_pair(r[0], r[2]) < std::make_pair(first.id, first.at))  // whatever the row order
        first = {w.text.keep(r[0]), w.text.keep(r[2])};
    });
  }
  return w;
}

rules::maintenance_facts facts_of(const world& w, std::uint32_t v) {
  const auto& t = w.vehicles;
  const history& h = w.histories[v];
  rules::maintenance_facts f;
  f.dofu = parse_day(t.get(v, v_dofu));
  f.last_date = h.last_date;
  f.last_km = h.last_km;
  f.last_event = h.last_ro.view();
  f.previous_date = h.previous_date;
  f.previous_km = h.previous_km;
  f.reading_date = h.reading_date;
  f.reading_km = h.reading_km;
  // The DMS's own last-service fields count when the service history is missing or older.
  if (auto d = parse_day(t.get(v, v_last_service_date)); d && (!f.last_date || *d > *f.last_date)) {
    if (f.last_date) {
      f.previous_date = f.last_date;
      f.previous_km = f.last_km;
    }
    f.last_date = d;
    f.last_km = to_long(t.get(v, v_last_service_km));
    f.last_event = format_day(*d);
  }
  if (f.last_date && f.last_km >= 0 && (!f.reading_date || *f.last_date > *f.reading_date)) {
    f.reading_date = f.last_date;
    f.reading_km = f.last_km;
  }
  if (auto d = parse_day(t.get(v, v_km_date)); d && to_long(t.get(v, v_km)) >= 0 && (!f.reading_date || *d > *f.reading_date)) {
    f.reading_date = d;
    f.reading_km = to_long(t.get(v, v_km));
  }
  f.next_km = to_long(t.get(v, v_next_service_km));
  if (!w.year_rates.empty()) {
    const int year = static_cast<int>(to_long(t.get(v, v_model_year)));
    const auto it = std::lower_bound(w.year_rates.begin(), w.year_rates.end(), std::make_pair(year, 0.0));
    if (it != w.year_rates.end() && it->first == year) f.model_year_rate = it->second;
  }
  return f;
}

std::string_view person_id_of(const world& w, std::uint32_t v) {
  if (!w.contact_of.empty())
    if (const std::uint32_t c = w.contact_of[v]; c != no_row)
      if (const sv id = w.contacts.get(c, c_person_id); !id.empty()) return id;
  return w.vehicles.get(v, v_person_id);
}

person person_of(const world& w, std::uint32_t v) {
  const auto& t = w.vehicles;
  if (!w.contact_of.empty()) {
    if (const std::uint32_t c = w.contact_of[v]; c != no_row) {
      const auto& k = w.contacts;
      person p{k.get(c, c_name), k.get(c, c_phone_mobile), k.get(c, c_phone_home), k.get(c, c_phone_work),
               k.get(c, c_email), k.get(c, c_preferred_channel), k.get(c, c_consent), k.get(c, c_person_id),
               k.get(c, c_role), k.get(c, c_address), !k.get(c, c_tax_id).empty() || !t.get(v, v_tax_id).empty(), {}};
      if (p.person_id.empty()) p.person_id = t.get(v, v_person_id);
      // The owner's name, when someone else is called: from the contacts, else the vehicle's customer.
      if (p.role != "owner") {
        const std::uint32_t o = w.owner_of.empty() ? no_row : w.owner_of[v];
        p.owner = o != no_row ? w.owners.get(o, 0) : t.get(v, v_customer_name);
        if (p.owner == p.name) p.owner = {};
      }
      return p;
    }
  }
  return person{t.get(v, v_customer_name), t.get(v, v_phone_mobile), t.get(v, v_phone_home), t.get(v, v_phone_work),
                t.get(v, v_email), t.get(v, v_preferred_channel), t.get(v, v_consent), t.get(v, v_person_id),
                "customer", t.get(v, v_address), !t.get(v, v_tax_id).empty(), {}};
}

}  // namespace retorno::ops::segment_detail
