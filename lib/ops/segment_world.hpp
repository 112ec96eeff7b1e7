// What segment knows after reading its inputs: vehicles, their history, and the other tables.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/interner.hpp"
#include "core/short_text.hpp"
#include "core/string_pool.hpp"
#include "core/view_map.hpp"
#include "model/row_index.hpp"
#include "model/table.hpp"
#include "ops/segment.hpp"
#include "rules/exclusions.hpp"
#include "rules/outcomes.hpp"
#include "rules/segments.hpp"

namespace retorno::ops::segment_detail {

using rules::optout_bit;

// Columns of the vehicles projection, in this order.
enum vehicle_col {
  v_vin, v_make, v_model, v_model_year, v_dofu, v_km, v_km_date, v_last_service_date, v_last_service_km,
  v_next_service_km, v_warranty_end, v_customer_id, v_customer_name, v_phone_mobile, v_phone_home,
  v_phone_work, v_email, v_preferred_channel, v_consent, v_person_id, v_address, v_count
};

// Who is called for a vehicle: maintainer, else owner, else user (contacts), else the vehicle's
// customer. Views into the world's tables.
struct person {
  std::string_view name, phone_mobile, phone_home, phone_work, email, preferred_channel, consent, person_id, role;
  std::string_view address;  // a letter needs one
};

// Columns of the contacts kept, one row per vehicle (the best role), in this order.
enum contact_col {
  c_role, c_name, c_phone_mobile, c_phone_home, c_phone_work, c_email, c_preferred_channel, c_consent,
  c_person_id, c_address, c_count
};

// Services per vehicle, reduced while streaming: the last two maintenance visits, whether an
// RO is still open, the last closed RO (post-service follow-up) and the latest odometer.
struct history {
  std::optional<day> last_date, previous_date, last_closed, reading_date;
  std::int32_t last_km = -1, previous_km = -1, reading_km = -1;
  short_text last_ro, last_closed_ro, open_ro;  // 16 bytes each, not 32
};

// The contact_log, per item and per vehicle. Keys and values are views into its own pool, so
// that all of it can be let go once the agents are known.
struct log_state {
  string_pool text;
  // The latest attempt of an item: 16 bytes, its agent and outcome as numbers in `names`
  // (a few dozen distinct values for 1.6 million attempts).
  struct item {
    long long at = -1;
    std::uint16_t agent = 0, outcome = 0;
  };
  interner names;
  // The number of `s` in names (`path` and `line` name the row, for the error past 65,535).
  std::uint16_t name_of(std::string_view s, const std::string& path, std::uint64_t line);
  view_map<item> items;
  view_map<rules::outcome> vehicle_closed;  // vin -> the outcome that closed all its items
  struct attempt {
    long long at = 0;
    std::uint16_t agent = 0;  // in names
  };
  view_map<attempt> vehicle_agent;  // vin -> its latest attempt with an agent
  view_map<std::string_view> booked;          // vin -> appointment_at (future)
};

struct optout_state {
  // value -> the scopes opted out of (rules::optout_scope bits); keys are views into world::text
  view_map<unsigned> phones, emails, vins, customers;
};

constexpr std::uint32_t no_row = UINT32_MAX;

struct appointment_ref {
  std::string_view id, at;  // appointment_id, scheduled_at
};

// The columns segment reads of the tables it streams, in this order.
constexpr std::string_view campaign_columns[] = {"campaign_code", "vin",          "campaign_type", "description",
                                                 "parts_status",  "completed_on", "launched_on"};
constexpr std::string_view campaign_required[] = {"campaign_code", "vin"};
constexpr std::string_view appointment_columns[] = {"appointment_id", "vin",    "scheduled_at",  "created_at",
                                                    "source",         "status", "customer_name", "phone"};
constexpr std::string_view appointment_required[] = {"appointment_id", "scheduled_at"};
constexpr std::string_view quote_columns[] = {"quote_id", "vin", "follow_up_on", "description", "parts_available",
                                              "status"};
constexpr std::string_view quote_required[] = {"quote_id", "vin"};
constexpr std::string_view lead_columns[] = {"lead_id", "received_at", "lead_type", "vin", "customer_name", "phone",
                                             "email"};
constexpr std::string_view lead_required[] = {"lead_id", "received_at"};

struct world {
  string_pool text;  // the keys of the maps below that are not views into a table
  model::table vehicles;
  model::row_index by_vin;  // over vehicles' vin column
  std::vector<history> histories;
  model::table contacts{c_count, {}};
  std::vector<std::uint32_t> contact_of;  // vehicle row (the first of its VIN) -> contacts row, or no_row
  // vin -> its first booked or confirmed appointment from today on (views into text)
  view_map<appointment_ref> future_appointment;
  log_state log;
  optout_state optouts;
  std::uint64_t service_rows = 0;

  std::optional<std::uint32_t> vehicle(std::string_view vin) const {
    return by_vin.find(vehicles, vin);
  }
};

// Reads every input of `config` (required and optional). Throws retorno::error on bad input.
world load_world(const segment_config& config);

rules::maintenance_facts facts_of(const world& w, std::uint32_t v);
// The person of vehicle row `v`: views into the world's tables.
person person_of(const world& w, std::uint32_t v);

}  // namespace retorno::ops::segment_detail
