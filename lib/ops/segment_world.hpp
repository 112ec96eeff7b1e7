// What segment knows after reading its inputs: vehicles, their history, and the other tables.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/big_vector.hpp"
#include "core/interner.hpp"
#include "core/short_text.hpp"
#include "core/string_pool.hpp"
#include "core/view_map.hpp"
#include "model/row_index.hpp"
#include "model/table.hpp"
#include "ops/segment.hpp"
#include "rules/attempts.hpp"
#include "rules/exclusions.hpp"
#include "rules/outcomes.hpp"
#include "rules/segments.hpp"

namespace retorno::ops::segment_detail {

using rules::optout_bit;

// Columns of the vehicles projection, in this order. v_tax_id is "1" when the vehicle's person
// has a valid tax id that names them (normalize::names_customer), else ""; v_delivered_new is "1" for a new vehicle this dealership sold
// (sold_here true, sale_type new or empty), else "".
enum vehicle_col {
  v_vin, v_make, v_model, v_model_year, v_dofu, v_km, v_km_date, v_last_service_date, v_last_service_km,
  v_next_service_km, v_warranty_end, v_customer_id, v_customer_name, v_phone_mobile, v_phone_home,
  v_phone_work, v_email, v_preferred_channel, v_consent, v_person_id, v_address, v_tax_id, v_delivered_new,
  v_branch, v_count
};

// Who is called for a vehicle: maintainer, else owner, else user (contacts), else the vehicle's
// customer. Views into the world's tables.
struct person {
  std::string_view name, phone_mobile, phone_home, phone_work, email, preferred_channel, consent, person_id, role;
  std::string_view address;  // a letter needs one
  bool has_tax_id = false;   // a valid RFC or NIT, which the invoice needs
  std::string_view owner;    // the owner's name when the person called is someone else
};

// Columns of the contacts kept, one row per vehicle (the best role), in this order; c_tax_id
// is "1" when the contact has a tax id that names them, else "".
enum contact_col {
  c_role, c_name, c_phone_mobile, c_phone_home, c_phone_work, c_email, c_preferred_channel, c_consent,
  c_person_id, c_address, c_tax_id, c_count
};

// Services per vehicle, reduced while streaming: the last two maintenance visits, whether an
// RO is still open, the last closed RO (post-service follow-up) and the latest odometer.
struct history {
  std::optional<day> last_date, previous_date, last_closed, reading_date;
  std::int32_t last_km = -1, previous_km = -1, reading_km = -1;
  short_text last_ro, last_closed_ro, open_ro;  // 16 bytes each, not 32
};

// Every attempt of the contact log, 16 bytes each: the items listed today read their history
// (the cadence's step, the previous attempts printed on the sheet) after the log's maps are gone.
struct attempt_log {
  struct entry {
    std::int32_t at = 0;         // minutes since the epoch (an int32 holds them to the year 6053)
    std::int32_t callback = -1;  // callback_at, or -1
    std::uint32_t previous = 0;  // 1 + the index of the item's attempt read before it, 0 none
    std::uint16_t agent = 0;     // in names
    std::uint8_t result = 0xFF;  // rules::outcome, 0xFF unknown
    std::uint8_t via = 0xFF;     // rules::channel, 0xFF unknown
  };
  big_vector<entry> entries;
  interner names;  // agents
  // The number of `s` in names (`path` and `line` name the row, for the error past 65,535).
  std::uint16_t name_of(std::string_view s, const std::string& path, std::uint64_t line);
  // The attempts of the chain that ends at `head` (1 + an index; 0 none), in the log's order.
  void history(std::uint32_t head, std::vector<rules::attempt>& out) const;
};
static_assert(sizeof(attempt_log::entry) == 16, "an attempt is 16 bytes: a bench night reads 1.6 million");

// The contact_log, per item and per vehicle. Keys and values are views into its own pool, so
// that all of it can be let go once the candidates are weighed.
struct log_state {
  string_pool text;
  view_map<std::uint32_t> items;  // item id -> the head of its attempts in attempt_log (1 + index)
  // vin -> the outcome that closed all its items, and when and by whom ("2026-11-26T10:15 ana")
  struct closing {
    rules::outcome result{};
    std::string_view when;
  };
  view_map<closing> vehicle_closed;
  // The latest effective contact of a vehicle's person (person id, else the VIN): when, and
  // the priority of the item it was about, for the rest days. 8 bytes: the minutes fit an
  // int32 as attempt_log's do (the log's future is not read).
  struct reach_mark {
    std::int32_t at = -1;
    std::int32_t priority = 0;
    // Becomes `m` when `m` is later, or as late and about a more urgent item.
    void keep_latest(const reach_mark& m) {
      if (m.at > at || (m.at == at && m.priority < priority)) *this = m;
    }
  };
  // A VIN's latest attempt with an agent (agent 0: none), and while the log is read its latest
  // effective contact (priority -1: none), which then goes to its person: one lookup per
  // attempt for both.
  struct vehicle_log {
    std::int32_t at = -1;     // minutes, as reach_mark's
    std::uint16_t agent = 0;  // in attempt_log::names
    reach_mark reached{-1, -1};
  };
  view_map<vehicle_log> vehicle_agent;  // vin -> its vehicle_log
  view_map<std::int32_t> test_drive_heard;  // vin -> its latest reached attempt on a test-drive item
  view_map<std::string_view> booked;          // vin -> appointment_at (future)
  view_map<reach_mark> reached;
  // reached[the person id of vehicle row v, else its VIN] for each row (priority -1: none):
  // the candidates, a million and more, read their vehicle's rather than look it up each.
  std::vector<reach_mark> reached_by_vehicle;
  // The rest mark of a candidate: of its vehicle row (no_row: none), else of `key` (its VIN);
  // null when none.
  const reach_mark* reach_of(std::uint32_t vehicle, std::string_view key) const;
};

struct optout_state {
  // value -> the scopes opted out of (rules::optout_scope bits); keys are views into world::text
  view_map<unsigned> phones, emails, vins, customers;
  // The opt-outs of one branch, when a run holds several: "branch\x1fvalue" -> scopes, per kind
  // (phone, email, vin, customer). Empty in most runs: nothing is looked up then.
  std::array<view_map<unsigned>, 4> by_branch;
  bool any_by_branch = false;
};

constexpr std::uint32_t no_row = UINT32_MAX;

struct appointment_ref {
  std::string_view id, at;  // appointment_id, scheduled_at
};

// The columns segment reads of the tables it streams, in this order.
constexpr std::string_view campaign_columns[] = {"campaign_code", "vin",          "campaign_type", "description",
                                                 "parts_status",  "completed_on", "launched_on"};
constexpr std::string_view campaign_required[] = {"campaign_code", "vin"};
constexpr std::string_view appointment_columns[] = {"appointment_id", "vin",    "scheduled_at",  "created_at", "source",
                                                    "status",         "customer_name", "phone", "advisor", "branch"};
constexpr std::string_view appointment_required[] = {"appointment_id", "scheduled_at"};
constexpr std::string_view complaint_columns[] = {"complaint_id", "vin",      "opened_on",          "status",
                                                  "closed_on",    "customer_confirmed", "customer_name", "phone",
                                                  "area",         "category", "description",        "solution",
                                                  "solution_agreed_on", "owner", "branch"};
constexpr std::string_view complaint_required[] = {"complaint_id", "opened_on"};
constexpr std::string_view quote_columns[] = {"quote_id", "vin", "follow_up_on", "description", "parts_available",
                                              "status", "amount"};
constexpr std::string_view quote_required[] = {"quote_id", "vin"};
constexpr std::string_view lead_columns[] = {"lead_id", "received_at", "lead_type", "vin", "customer_name", "phone",
                                             "email", "assigned_to", "branch"};
constexpr std::string_view lead_required[] = {"lead_id", "received_at"};

struct world {
  string_pool text;  // the keys of the maps below that are not views into a table
  model::table vehicles;
  model::row_index by_vin;  // over vehicles' vin column
  std::vector<history> histories;
  model::table contacts{c_count, {}};
  std::vector<std::uint32_t> contact_of;  // vehicle row (the first of its VIN) -> contacts row, or no_row
  // The owner's name per vehicle row when the contacts name one: said to whoever else is called.
  model::table owners{1, {}};
  std::vector<std::uint32_t> owner_of;  // vehicle row (the first of its VIN) -> owners row, or no_row
  // vin -> its first booked or confirmed appointment from today on (views into text)
  view_map<appointment_ref> future_appointment;
  log_state log;
  attempt_log attempts;
  optout_state optouts;
  std::uint64_t service_rows = 0;
  // (model year, median daily km of its vehicles with plausible readings of their own), by
  // year: set once every vehicle's own rate is known (set_year_rates), empty before.
  std::vector<std::pair<int, double>> year_rates;

  std::optional<std::uint32_t> vehicle(std::string_view vin) const {
    return by_vin.find(vehicles, vin);
  }
};

// The key of `value` among one branch's opt-outs: the branch as same_branch compares it, then value.
void branch_key(std::string_view branch, std::string_view value, std::string& out);

// Reads every input of `config` (required and optional). Throws retorno::error on bad input.
world load_world(const segment_config& config);

rules::maintenance_facts facts_of(const world& w, std::uint32_t v);
// The model year of vehicle row `v`, or 0 when it is not a plausible year.
long model_year_of(const world& w, std::uint32_t v);
// Sets w.year_rates to the median of `rates` (model year, a vehicle's own daily km) per year.
void set_year_rates(world& w, std::vector<std::pair<int, float>>& rates);
// The person of vehicle row `v`: views into the world's tables.
person person_of(const world& w, std::uint32_t v);
// person_of(w, v).person_id, without the rest of the person.
std::string_view person_id_of(const world& w, std::uint32_t v);

}  // namespace retorno::ops::segment_detail
