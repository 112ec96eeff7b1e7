// One vehicle's life up to --as-of: sale, visits, campaigns, appointments, quotes, leads and calls.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "person.hpp"
#include "rng.hpp"
#include "tables.hpp"

namespace gen {

// The contact log export covers this many days before --as-of.
constexpr int call_log_days = 120;

enum class ro_type { maintenance, repair, warranty, campaign, body_paint, accessories, other };
enum class sale_type { new_car, certified, used };
enum class parts_status { available, ordered, unavailable, not_needed };
enum class campaign_type { safety, emissions, satisfaction, other };
enum class appt_source { web, phone, proactive, walk_in, other };
enum class appt_status { booked, confirmed, showed, no_show, cancelled };
enum class quote_status { pending, accepted, declined, expired };
enum class outcome {
  no_answer, busy, voicemail, wrong_number, invalid_number,
  reached, callback_requested, appointment_booked, declined, already_serviced, vehicle_sold, do_not_contact,
  message_sent, test_drive_accepted
};
// How the owner treats the dealership's workshop.
enum class behaviour { faithful, average, fickle, elsewhere };

struct repair_order {
  std::uint64_t number = 0;
  day opened = 0;
  day closed = no_day;  // no_day: still in the workshop
  int km = 0;
  ro_type type = ro_type::maintenance;
  int maintenance_km = 0;
  int advisor = 0;
  int branch = 0;
  std::int64_t labor_cents = 0;
  std::int64_t parts_cents = 0;
  bool customer_pay = true;
};

struct campaign_def {
  std::string code;
  campaign_type type;
  std::string_view description;
  std::string_view parts;  // empty: no parts needed
  day launched;
  std::string_view models[3];
  int year_from;
  int year_to;
  double share;             // of matching vehicles affected
  parts_status base_status;
};
// The campaigns of this world: fixed by the seed and --as-of, so every vehicle sees the same ones.
std::vector<campaign_def> make_campaigns(const world_shape& w);

struct campaign_hit {
  int campaign = 0;
  parts_status parts = parts_status::available;
  day completed = no_day;
};

struct appointment {
  std::uint64_t id = 0;
  day on = 0;
  int minute = 0;
  day created_on = 0;
  int created_minute = 0;
  appt_source source = appt_source::phone;
  appt_status status = appt_status::booked;
  int advisor = 0;
};

struct quote {
  std::uint64_t id = 0;
  day created = 0;
  day follow_up = 0;
  int item = 0;
  std::int64_t amount_cents = 0;
  bool parts_available = true;
  quote_status status = quote_status::pending;
};

struct lead {
  std::uint64_t id = 0;
  day on = 0;
  int minute = 0;
  int second = 0;
  int type = 0;      // index into lead type names
  int source = 0;    // index into lead source names
  bool with_vin = true;
  std::uint64_t person = 0;  // the owner, or a prospect who owns nothing here
  int agent = 0;
};

struct attempt {
  std::string item_id;
  day on = 0;
  int minute = 0;
  int agent = 0;
  channel via = channel::phone;
  outcome result = outcome::no_answer;
  int reason = -1;  // index into reason texts, -1 none
  day callback_on = no_day;
  int callback_minute = 0;
  day appt_on = no_day;
  int appt_minute = 0;
  std::string note;  // what the agent typed, when the simulation decides it (else the export picks one)
};

// Global sequence numbers: ROs, appointments, quotes and leads are numbered in the order the
// vehicles are generated, so the numbering is as deterministic as the rest.
struct counters {
  std::uint64_t ro = 4100000;
  std::uint64_t appointment = 250000;
  std::uint64_t quote = 80000;
  std::uint64_t lead = 30000;
};

struct vehicle {
  std::uint64_t index = 0;
  std::string vin;
  const model_def* model = nullptr;
  int version = 0;
  int model_year = 0;
  day dofu = 0;
  day sold_on = 0;  // delivery to the present owner (= dofu for new cars)
  sale_type sale = sale_type::new_car;
  int selling_dealer = -1;  // -1: ours, else an index into other_dealers
  std::string plate;
  int color = 0;
  double daily_km = 40;
  int km0 = 0;
  day warranty_end = no_day;
  behaviour how = behaviour::average;
  bool lapsed = false;
  int agent = 0;
  std::uint64_t owner = 0;
  std::uint64_t maintainer = 0;
  std::uint64_t user = 0;
  bool phone_reachable = true;  // the owner's numbers as the DMS holds them work

  std::vector<repair_order> ros;  // in date order
  std::vector<campaign_hit> campaigns;
  std::vector<appointment> appts;
  std::vector<quote> quotes;
  std::vector<lead> leads;
  std::vector<attempt> attempts;

  // Summary after simulate(): the last maintenance and the next one due.
  int last_maintenance = -1;  // index into ros
  day next_due = no_day;
  int next_due_km = 0;
  int km_now = 0;     // last reading the DMS holds
  day km_date = 0;
  int km_estimated(day d) const { return km0 + static_cast<int>(daily_km * (d - sold_on)); }
};

// Fills v for vehicle `index` (clearing what it held before, keeping its capacity).
void simulate(vehicle& v, std::uint64_t index, const world_shape& w, const std::vector<campaign_def>& campaigns,
              counters& seq);

// Per-vehicle pieces, in sim_*.cpp.
void draw_vehicle(vehicle& v, const world_shape& w, rng& r);
void run_services(vehicle& v, const world_shape& w, const std::vector<campaign_def>& campaigns, counters& seq,
                  rng& r);
// Works one call-center item from `open` until the customer acts or the cadence ends.
// Returns the day of a booked appointment that the customer keeps, or no_day.
struct call_result {
  day visit = no_day;     // booked and kept: the visit happens that day
  bool closed = false;    // the item ended (booked, declined, sold...)
};
call_result work_item(vehicle& v, const world_shape& w, std::string item_id, day open, day until, bool willing,
                      counters& seq, rng& r);
// Texts of attempt.reason.
std::span<const std::string_view> reason_texts();
void add_leads(vehicle& v, const world_shape& w, counters& seq, rng& r);
// Calls after missed appointments and to confirm web bookings, plus the appointments that
// make every small world show yesterday's no-shows and unconfirmed web bookings.
void follow_up_appointments(vehicle& v, const world_shape& w, counters& seq, rng& r);
// The days around --as-of every small world needs for the day's other duties: appointments of
// the next business day (some booked by yesterday's calls, with their notes), test drives
// accepted yesterday, and leads still open. Drawn from a stream of their own and numbered in
// ranges of their own, so that the rest of the world is the same with them or without them.
void day_ahead(vehicle& v, const world_shape& w);

}  // namespace gen
