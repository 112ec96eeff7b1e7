// The day's other duties, assembled from facts already read: the advisors' agenda and welcome
// board for the next business day, the sales prospects (test drives accepted on the phone) and
// the leads' daily status. Pure: no file is read here (lib/ops/duties reads and writes them).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "calendar/calendar.hpp"
#include "core/dates.hpp"

namespace retorno::ops::agenda {

// A row of the appointment book (canonical appointments).
struct appointment {
  std::string id, vin, customer_name, phone, scheduled_at, source, status, advisor;
};
// What the vehicles table says about a VIN.
struct vehicle {
  std::string make, model, model_year, plate, km, customer_name, phone, email;
};
// An open campaign of a VIN, or a pending quote: the code or id and the words for it.
struct pending {
  std::string vin, code, text;
};
// One attempt of the contact log (canonical contact_log), with its time read.
struct attempt {
  std::string item_id, vin, agent;
  long long at = 0;  // attempted_at, minutes since the epoch
  std::string outcome, reason, appointment_at, notes, vehicle_of_interest;
};
// A row of the leads table.
struct lead {
  std::string id;
  long long received = 0;  // received_at, minutes since the epoch
  std::string received_at, type, vin, customer_name, phone, email, source, assigned_to;
};

// Everything read, indexed where the assembly looks things up.
struct facts {
  std::vector<appointment> appointments;
  std::unordered_map<std::string, vehicle> vehicles;  // by VIN
  std::vector<pending> campaigns, quotes;
  std::vector<attempt> log;  // any order; rows after `now` are ignored
  std::vector<lead> leads;
};

// The segment of an item id ("next_service:VIN:RO" -> "next_service") and its event (the last part).
std::string_view item_segment(std::string_view item_id);
std::string_view item_event(std::string_view item_id);

// One appointment of the agenda, with what the advisor should know before the customer arrives.
struct agenda_row {
  std::string advisor;         // "" when the book names none (or the booking is only in the log)
  std::string scheduled_at;    // YYYY-MM-DDTHH:MM
  std::string appointment_id;  // "" for a booking the log has and the book does not (yet)
  std::string status;          // booked | confirmed
  std::string source;          // web | phone | proactive | walk_in | other | contact_log
  std::string customer_name, phone, vin, make, model, model_year, plate, km;
  std::string reason;          // in words, in --lang: the segment of the call that booked it, else the source
  std::string campaigns, quotes;  // the VIN's pending ones, "; "-separated
  std::string notes, booked_by;   // the notes of the call that booked it (else of a call about it), and its agent
  std::string booked_at;          // when that call was made
};

// The appointments of `on` (booked or confirmed in the book; a booking in the contact log for that
// day whose VIN the book does not hold on that day is added with an empty advisor), by advisor
// (byte order, the empty one last), then time, then appointment id. Each is matched to the log row
// that booked it: the latest appointment_booked of the same VIN (or of an item about this
// appointment) with appointment_at on that day, made by `now`.
std::vector<agenda_row> build_agenda(const facts& f, day on, long long now, bool english);

// A customer who accepted a test drive: sales calls them.
struct prospect_row {
  std::string attempted_at, agent, customer_name, phone, email, vin;
  std::string current_vehicle, model_year, km;  // the car they drive now
  std::string vehicle_of_interest;              // the log's column, else read from the notes
  std::string service_appointment;              // YYYY-MM-DDTHH:MM: the booked visit, if any
  std::string said;                             // the outcome or reason that says so, as logged
  std::string notes, item_id;
};

// The log rows in [from, now) whose outcome is test_drive_accepted or whose outcome or reason says
// a test drive was accepted (rules::accepts_test_drive); one per customer (VIN, else item id), the
// latest; in time order. Name, phone and e-mail come from the vehicle, else the lead the item is
// about; the service appointment from the row itself, else the VIN's next booked or confirmed
// appointment from `now` on.
std::vector<prospect_row> build_prospects(const facts& f, long long from, long long now);

// Where a lead stands today.
enum class lead_state : std::uint8_t { overdue, untouched, in_progress, booked };
std::string_view lead_state_name(lead_state s);  // overdue, untouched, in_progress, booked

struct lead_row {
  lead_state state = lead_state::untouched;
  std::string lead_id, received_at, lead_type, source, assigned_to, customer_name, phone, vin;
  double age_business_hours = 0;  // contact hours since it arrived
  std::string deadline;           // the same time on the next business day
  std::string within_1bd;         // yes | no | pending (not attempted, deadline not passed)
  int attempts = 0;
  std::string first_attempt_at, last_attempt_at, last_outcome, last_agent;
  std::string appointment_at;     // a booking of the lead's call, or the book's for its VIN
};

// Every open lead received in (now - days_back days, now]: not closed by its last outcome (a
// closing one, or a message that ended its cadence), and not booked for a day already gone.
// Attempts are the log rows of item "lead:VIN:ID" (any VIN) made by `now`. Order: leads
// untouched past their deadline first (the oldest first), then untouched ones, in progress and
// booked, each by arrival and id.
std::vector<lead_row> build_lead_status(const facts& f, const calendar::business_calendar& cal, long long now,
                                        int days_back);

}  // namespace retorno::ops::agenda
