// Why a candidate item is not called, in the order the questions are asked, and who it calls
// when nothing stops it: the contact log first, then the workshop and the appointments, then
// consent, opt-outs and usable channels. Pure functions over plain facts.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/catalog.hpp"
#include "rules/outcomes.hpp"
#include "rules/segments.hpp"

namespace retorno::rules {

// The reasons of the exclusions file, in the order their checks run for one item (the window
// and parts checks come first, while the candidates are made; then the log, the workshop and
// reach; then the cadence's step today (exhausted, scheduled) and the customer's rest; merged
// when the customer's items become one call; over_capacity last, when the agents' days are filled).
enum class exclusion_reason : std::uint8_t {
  expired, parts_unavailable, closed, already_serviced, in_workshop, has_appointment, no_consent, opted_out,
  no_channel, exhausted, scheduled, resting, merged, over_capacity,
};
inline constexpr std::size_t exclusion_reason_count = 14;
std::string_view exclusion_name(exclusion_reason r);
// What a person reads for the reason (the summary, --explain), in Spanish or English: "ya tiene cita".
std::string_view exclusion_label(exclusion_reason r, bool english);

// What the first argument of a detail is when it is a code of the tables: the detail says it in words.
enum class detail_code : std::uint8_t { none, outcome, channel, role };

// Why an item is excluded. The detail is a catalogue message with up to two `{}` filled by `arg1`
// and `arg2`, said in the run's language by the exclusions file and --explain (the reason column
// keeps the code); `arg1_is` marks a code that is said in words ("vehicle_sold").
struct verdict {
  exclusion_reason reason;
  msg::id detail;
  std::string_view arg1 = {}, arg2 = {};
  detail_code arg1_is = detail_code::none;
};

// `code` in words when `kind` names its vocabulary ("vehicle_sold" -> "Vendió el vehículo",
// "maintainer" -> "responsable del mantenimiento"); any other value as it is.
std::string_view detail_word(detail_code kind, std::string_view code, bool english);
// A contact's role in words: owner, maintainer, user (and customer: the vehicles table's own; lead,
// appointment: where the number came from); any other value as it is.
std::string_view role_label(std::string_view role, bool english);

// What the contact log, the workshop and the appointment book say of one item. Views only.
struct item_facts {
  segment seg{};
  std::optional<outcome> vehicle_closed;  // an outcome that closed every item of its VIN
  std::optional<outcome> last_outcome;    // the item's own latest attempt
  // When and by whom the closing attempt was made ("2026-11-26T10:15 ana"): the closed detail.
  std::string_view vehicle_closed_when, last_when;
  std::string_view open_ro;               // an RO of the vehicle still open ("" none)
  // Read only for segments that want a workshop visit (wants_workshop_visit): the caller may
  // leave them empty for the others.
  std::string_view booked_for;            // the vehicle's booking in the log, today or later
  std::string_view appointment_id, appointment_at;  // its first appointment from today on
};

// The first of: closed (the vehicle or the item closed by the log), already_serviced (the log
// says so), in_workshop (not for leads), has_appointment (a booking in the log or the
// appointment book, for items that ask for a workshop visit; or the item itself booked).
std::optional<verdict> log_and_workshop(const item_facts& f);

// Whether a customer reached on `reached_on` about an item of priority `reached_priority` rests
// today: for `rest_days` days no call for a reason of the same or a lower priority (field
// practice: the recycle days of call-center tools). Exempt: safety campaigns and what the
// customer asked for (leads, no-shows, web bookings, a callback: `callback`).
bool rests(segment s, bool callback, std::optional<day> reached_on, int reached_priority, int rest_days, day today);

// Opt-out scopes as bits: one value may carry several rows (whatsapp and sms), in any order.
enum optout_scope : unsigned {
  off_all = 1, off_phone = 2, off_whatsapp = 4, off_sms = 8, off_email = 16, off_letter = 32
};
// The bit of a scope or a channel name; 0 for anything else. An empty or unknown scope in
// the opt-out table is read as `all` by its reader: when in doubt, do not call.
unsigned optout_bit(std::string_view scope);

// Who an item may reach and how: the person's channels and the opt-outs that touch them.
struct reach_facts {
  std::string_view consent;            // "no" ends the item
  std::string_view role;               // who the person is (the detail of no_consent)
  std::string_view preferred_channel;  // phone, whatsapp, sms, email, letter or ""
  std::array<std::string_view, 3> phones;  // mobile, home, work ("" none; repeats allowed)
  std::array<unsigned, 3> phone_optouts{};  // the scopes each number opted out of
  std::string_view email, address;
  unsigned optouts = 0;       // scopes opted out of by the VIN, the customer id or the e-mail
  bool unknown_vehicle = false;  // a VIN the vehicles table does not hold, and no own phone or e-mail
};

struct reach_result {
  std::optional<verdict> refused;  // no_consent, opted_out or no_channel
  // When not refused: the channel to use (the preferred one when usable, else phone, else
  // e-mail), the numbers in order of use, and the e-mail unless opted out.
  std::string_view channel, phone, phone_alt, email;
  // The messages the person accepts: the first number that takes a WhatsApp, an SMS ("" none),
  // and whether a letter may go (an address, and mail not opted out).
  std::string_view whatsapp, sms;
  bool letter = false;
};

// Opt-outs by VIN, customer, e-mail or phone: scope all ends the item; a channel scope removes
// that channel (phone the numbers, whatsapp or sms the messages, email the address, letter the
// mail). A number on the list with scope all ends the item; what a person asked with a number
// (no e-mail, no letters) holds for every channel. A message goes to the first number that
// accepts it.
reach_result reach(const reach_facts& f);

}  // namespace retorno::rules
