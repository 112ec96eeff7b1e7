// What segment knows after reading its inputs: vehicles, their history, and the other tables.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "model/table.hpp"
#include "ops/segment.hpp"
#include "rules/segments.hpp"

namespace retorno::ops::segment_detail {

// Columns of the vehicles projection, in this order.
enum vehicle_col {
  v_vin, v_make, v_model, v_model_year, v_dofu, v_km, v_km_date, v_last_service_date, v_last_service_km,
  v_next_service_km, v_warranty_end, v_customer_id, v_customer_name, v_phone_mobile, v_phone_home,
  v_phone_work, v_email, v_preferred_channel, v_consent, v_person_id, v_address, v_count
};

// Who is called for a vehicle: maintainer, else owner, else user (contacts), else the vehicle's customer.
struct person {
  std::string name, phone_mobile, phone_home, phone_work, email, preferred_channel, consent, person_id, role;
  std::string address;  // a letter needs one
};

// Services per vehicle, reduced while streaming: the last two maintenance visits, whether an
// RO is still open, the last closed RO (post-service follow-up) and the latest odometer.
struct history {
  std::optional<day> last_date, previous_date, last_closed;
  long last_km = -1, previous_km = -1, reading_km = -1;
  std::optional<day> reading_date;
  std::string last_ro, last_closed_ro, open_ro;
  bool any_maintenance = false;
};

struct log_state {  // the contact_log, per item and per vehicle
  struct item { long long at = -1; std::string agent, outcome; };
  std::unordered_map<std::string, item> items;
  std::unordered_map<std::string, std::string> vehicle_closed;  // vin -> vehicle_sold | do_not_contact
  std::unordered_map<std::string, std::string> vehicle_agent;   // vin -> agent of its latest attempt
  std::unordered_map<std::string, std::string> booked;          // vin -> appointment_at (future)
};

// Opt-out scopes as bits: one value may carry several rows (whatsapp and sms), in any order.
enum optout_scope : unsigned {
  off_all = 1, off_phone = 2, off_whatsapp = 4, off_sms = 8, off_email = 16, off_letter = 32
};
// The bit of a scope or a channel name; 0 for anything else.
unsigned optout_bit(std::string_view scope);

struct optout_state {
  // value -> the scopes opted out of (optout_scope bits)
  std::unordered_map<std::string, unsigned> phones, emails, vins, customers;
};

struct world {
  model::table vehicles;
  std::unordered_map<std::string_view, std::uint32_t> by_vin;
  std::vector<history> histories;
  std::unordered_map<std::string, person> contacts;  // vin -> the person to call
  model::table campaigns, appointments, quotes, leads;
  // vin -> its first booked or confirmed appointment from today on: {appointment_id, scheduled_at}
  std::unordered_map<std::string, std::pair<std::string, std::string>> future_appointment;
  log_state log;
  optout_state optouts;
  std::uint64_t service_rows = 0;

  std::optional<std::uint32_t> vehicle(std::string_view vin) const {
    auto it = by_vin.find(vin);
    if (it == by_vin.end()) return std::nullopt;
    return it->second;
  }
};

// Reads every input of `config` (required and optional). Throws retorno::error on bad input.
world load_world(const segment_config& config);

rules::maintenance_facts facts_of(const world& w, std::uint32_t v);
person person_of(const world& w, std::uint32_t v);

}  // namespace retorno::ops::segment_detail
