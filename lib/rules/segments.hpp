// The segments of the call list: windows, expiries and priorities from the dealership procedures, as pure rules.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.hpp"
#include "core/dates.hpp"

namespace retorno::rules {

// In priority order: the first is called first (doc/design.md#segments; the order is ours,
// written in the README): time-critical items, then safety, then maintenance, then sales.
enum class segment : std::uint8_t {
  lead,               // the leads standard: contact within 1 business day
  no_show,            // the proactive-contact flowchart: recontact yesterday's no-shows
  web_confirmation,   // the proactive-contact flowchart: confirm web bookings the same day
  appointment_reminder,  // the return and recovery guide: remind and confirm the day before
  complaint_followup,    // the customer-care process (PRC): every open complaint, weekly, until closed
  campaign_safety,    // the proactive-contact flowchart: safety campaigns first
  pending_quote,      // the proactive-contact flowchart: on the agreed follow-up date
  post_service,       // the customer-care process (PRC): 3-5 days after delivery
  post_delivery,      // the customer-care process (PRC): 3-5 days after a new vehicle's delivery
  first_service,      // the return and recovery guide: DOFU + 5 months
  next_service,       // the return and recovery guide: last maintenance + 5 months or the next 10,000 km
  campaign,           // the proactive-contact flowchart: other campaigns, by number of VINs
  warranty_expiring,  // the return and recovery guide: warranty about to end
  inactive,           // the return and recovery guide: no maintenance for 12 months or more
  anniversary,        // the customer-care process (PRC): anniversary of the purchase
  test_drive,         // the proactive-contact flowchart: over 30,000 km, a prospect for sales
};

inline constexpr std::size_t segment_count = static_cast<std::size_t>(segment::test_drive) + 1;

// The name written in the call list ("campaign" for both campaign priorities).
std::string_view segment_name(segment s);
// 1 = most urgent.
int segment_priority(segment s);
// Parses a name of --segments ("campaign" selects both campaign kinds).
bool segment_matches(std::string_view name, segment s);
std::vector<std::string_view> all_segment_names();
// The segment a call list names, nullopt for an unknown name. "campaign" names two segments:
// `priority` (the call list's column) picks one, and without it the safety campaign is taken.
//   segment_from_name("campaign", 9) -> segment::campaign
std::optional<segment> segment_from_name(std::string_view name, int priority = 0);

// Items that ask for a workshop visit, which an appointment already booked makes needless:
// every segment but lead, post_service, post_delivery, web_confirmation, appointment_reminder
// and complaint_followup.
bool wants_workshop_visit(segment s);

// Every window and expiry, with the procedures' defaults; each is a flag of `retorno segment`.
struct policy {
  int first_service_months = 5;       // the return and recovery guide: "compraron su unidad hace 5 meses"
  int next_service_months = 5;        // the return and recovery guide: "último mantenimiento hace 5 meses"
  int service_interval_km = 10000;    // the return and recovery guide: "cada 6 meses ó 10,000 km"
  int km_lead_days = 30;              // list 30 days before the next 10,000 km
  int inactive_months = 12;           // the return and recovery guide: "hace 12 meses o más"
  int inactive_open_ended_months = 24;  // month by month until 24, then one open-ended item
  int post_service_from_days = 3;     // the customer-care process (PRC): "de 3 a 5 días después de la entrega"
  int post_service_expiry_days = 15;  // field practice: gone after day 15
  int reminder_days = 1;              // an appointment is reminded this many business days before
  int complaint_every_days = 7;       // an open complaint is followed up once in this many days
  int no_show_expiry_days = 7;
  int rest_days = 30;                 // a customer reached rests 30 days (field practice: recycle days)
  int quote_expiry_days = 30;         // after the agreed follow-up date
  int web_confirmation_days = 0;      // same day (the proactive-contact flowchart), until the appointment itself
  int warranty_days = 60;             // listed this many days before the warranty ends
  int test_drive_km = 30000;          // the proactive-contact flowchart: "más de 30,000 km"
  int test_drive_every_months = 6;    // a customer hears the offer at most once in this many months
  int anniversary_days = 7;           // listed during the week from the anniversary
  int lead_expiry_days = 2;           // the leads standard: 48 business hours
  int expired_lookback_days = 30;     // items expired this recently are reported as expired
};

// What the rules need to know of one vehicle's maintenance.
struct maintenance_facts {
  std::optional<day> dofu;
  std::optional<day> last_date;  // last maintenance visit
  long last_km = -1;
  std::string last_event;        // its RO number, or its date when the DMS gives no RO
  std::optional<day> previous_date;  // the one before, for the daily mileage
  long previous_km = -1;
  std::optional<day> reading_date;   // the latest odometer reading of any kind
  long reading_km = -1;
  long next_km = -1;                 // the DMS's own next-service km, when given
  std::optional<double> model_year_rate;  // the median daily km of its model year in the same file
};

// Daily mileage from the vehicle's own readings: the last two maintenance visits, else
// DOFU (at 0 km) to the latest reading. nullopt when neither gives a positive rate.
std::optional<double> daily_km(const maintenance_facts& f);

// The most a car is driven: 150,000 km a year. A faster rate comes from a mistyped odometer.
constexpr double max_daily_km = 150000.0 / 365.0;
// Readings older than this say little of how a car is driven today.
constexpr int stale_reading_days = 730;

// The daily mileage the estimates use: the vehicle's own (daily_km) when it is plausible (above
// 0, at most max_daily_km) and its latest reading is under two years old on `today`; else the
// median of its model year in the same file (`own` false); else none.
//   a 2012 Corolla last read in 2014 at 61 km/day: its model year's 38 km/day, not 61.
struct km_rate {
  std::optional<double> rate;
  bool own = false;
};
km_rate rate_for(const maintenance_facts& f, day today);

// Estimated odometer on `today` from the latest reading and rate_for's daily mileage (-1
// unknown); saturates rather than overflow, whatever the reading.
long estimated_km(const maintenance_facts& f, day today);

// A window of one item: listed from `opens` through `expires` (inclusive).
struct window {
  segment seg;
  std::string event;  // what opened it: RO number, DOFU date, campaign code, quote id, ...
  day opens;
  day expires;
  std::string detail;  // for --explain: how the dates were reached
};

// The maintenance items (first_service, next_service or inactive) the vehicle has open or
// recently expired on `today`. first_service and next_service hand over to inactive at
// `inactive_months`; inactive is one item a month from 12 to 23 months, then one for 24+.
// The inactive months that ended within `expired_lookback_days` come too, so that a handover
// (m12 -> m13, m23 -> m24+) reports the ended item. `english` picks the language of `detail`;
// without `with_detail` it is left empty (nothing formatted for a million vehicles).
std::vector<window> maintenance_windows(const maintenance_facts& f, const policy& p, day today,
                                        bool english = true, bool with_detail = true);

// The other windows, each opened by one event. `english` and `with_detail` as above.
// warranty_expiring: `warranty_days` before the warranty ends, through its last day.
window warranty_window(day warranty_end, const policy& p, bool english = true, bool with_detail = true);
// test_drive: offered once per period of `test_drive_every_months` (January and July for 6),
// from the day the estimated odometer passes `test_drive_km`; its event is the period's first
// month ("2026-07"). `last_offer`, the day the customer last heard the offer, holds the next one
// back until as many months have passed. nullopt below the km or when held past the period.
std::optional<window> test_drive_window(long estimated_km, const policy& p, day today,
                                        std::optional<day> last_offer = std::nullopt, bool english = true,
                                        bool with_detail = true);
// The first day of the test-drive period holding `d`.
day test_drive_period(day d, int every_months);
// anniversary: the week from each anniversary of the delivery; last year's and this year's.
// At most two, kept in place: a million vehicles ask.
struct anniversaries {
  std::array<window, 2> at;
  std::size_t count = 0;
  const window* begin() const { return at.data(); }
  const window* end() const { return at.data() + count; }
  std::size_t size() const { return count; }
  bool empty() const { return count == 0; }
  const window& operator[](std::size_t i) const { return at[i]; }
};
anniversaries anniversary_windows(day dofu, const policy& p, day today, bool english = true, bool with_detail = true);
// The days a post-service or post-delivery call is due: `post_service_from_days` after the
// visit or the delivery, through `post_service_expiry_days`.
struct follow_up_days {
  day opens, expires;
};
follow_up_days follow_up_days_of(day from, const policy& p);
// Whether a window from `opens` to `expires` is weighed on `today`: open, or ended within
// `expired_lookback_days` (reported as expired). The others are neither listed nor reported.
bool weighed(day opens, day expires, const policy& p, day today);
// post_service: the follow_up_days of the RO's closing.
window post_service_window(day closed, std::string_view ro, const policy& p, bool english = true,
                           bool with_detail = true);
// post_delivery: the same days after a new vehicle's delivery; the event is the delivery day.
window post_delivery_window(day delivered, const policy& p, bool english = true, bool with_detail = true);
// pending_quote: on the agreed follow-up date, for `quote_expiry_days`.
window quote_window(day follow_up, std::string_view quote_id, std::string_view description, const policy& p,
                    bool english = true, bool with_detail = true);
// no_show: from the day after the missed appointment, for `no_show_expiry_days`.
window no_show_window(day scheduled, std::string_view appointment_id, std::string_view scheduled_at,
                      const policy& p, bool english = true, bool with_detail = true);
// web_confirmation: from its creation (+ `web_confirmation_days`) until the appointment's day;
// `passed` (its time has gone by today) ends it on that day.
window web_confirmation_window(day created, day scheduled, std::string_view appointment_id,
                               std::string_view scheduled_at, const policy& p, bool english = true,
                               bool with_detail = true);
// appointment_reminder: from `reminder_days` business days of `cal` before the appointment
// through the day before it (the day itself with 0). The event is the id and the time
// ("A12@2026-11-27T10:00"): a moved appointment is reminded again, of its new time.
window reminder_window(day scheduled, std::string_view appointment_id, std::string_view scheduled_at,
                       const policy& p, const calendar::business_calendar& cal, bool english = true,
                       bool with_detail = true);
// complaint_followup: an open complaint, or one closed without the customer's confirmation, is
// followed up once in each period of `complaint_every_days` from its opening (the first a
// period after it); the event is the id and the period's first day ("Q-31@2026-11-27");
// nullopt before the first period or once confirmed. The window runs through the period.
std::optional<window> complaint_window(day opened, std::string_view complaint_id, bool confirmed_closed,
                                       const policy& p, day today, bool english = true, bool with_detail = true);
// lead: from its arrival for `lead_expiry_days` business days of `cal`.
window lead_window(day received, std::string_view lead_id, std::string_view lead_type,
                   std::string_view received_at, const policy& p, const calendar::business_calendar& cal,
                   bool english = true, bool with_detail = true);

// Campaigns: a row is open work from its launched_on (when given) until the day before its
// completed_on, both read against `today` (replaying an earlier night gives that night's
// answer); a completed_on that is not a date counts as completed.
bool campaign_open(std::string_view launched_on, std::string_view completed_on, day today);
// Safety campaigns are called first.
segment campaign_segment(std::string_view campaign_type);
// The campaign's type as a person reads it ("safety" -> "seguridad"); any other value as it is.
std::string_view campaign_type_label(std::string_view campaign_type, bool english);
// Parts that keep a campaign waiting: ordered or unavailable.
bool campaign_waits_for_parts(std::string_view parts_status);

}  // namespace retorno::rules
