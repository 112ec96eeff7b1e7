// What happens next to one call-list item, given its attempts so far: the schedule rules.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.hpp"
#include "rules/cadence.hpp"

namespace retorno::rules {

enum class status { due, scheduled, callback, booked, exhausted, fallback_due, closed };
std::string_view status_name(status s);

// Time slots of a contact day; attempts rotate through them so that a customer who never
// answers in the morning is tried at midday, then in the afternoon.
enum class slot { morning, midday, afternoon };
std::string_view slot_name(slot s);
// Morning until 12:00, midday until 15:00, afternoon after.
slot slot_of(long long minutes);

// One attempt of the contact log. channel and outcome view canonical names with static
// storage (see canonical_outcome), so that millions of attempts cost 40 bytes each.
struct attempt {
  long long at = 0;  // minutes since the epoch
  std::string_view channel, outcome;
  std::optional<long long> callback_at;
};

// Every contact_log outcome (DESIGN.md): not reached, reached, then the other channels' one.
inline constexpr std::array<std::string_view, 13> outcomes = {
    "no_answer", "busy", "voicemail", "wrong_number", "invalid_number", "reached", "callback_requested",
    "appointment_booked", "declined", "already_serviced", "vehicle_sold", "do_not_contact", "message_sent"};

// The canonical spelling of a contact_log outcome or channel, with static storage; "" when unknown.
std::string_view canonical_outcome(std::string_view outcome);
std::string_view canonical_channel(std::string_view channel);

struct customer_channels {
  std::string preferred;  // phone, whatsapp, sms, email, letter or ""
  bool has_mobile = false;
  bool has_email = false;
  // The slot of the first call: the printed call sheet spreads each agent's list over the
  // day (morning, midday, afternoon in turn), and the schedule keeps to it. Taken when it is
  // still open on the first contact day, else the first contact minute; never for cadences
  // counted in business hours (leads are called at once).
  std::optional<slot> first_slot;
};

struct decision {
  status st = status::due;
  int attempts = 0;
  std::optional<long long> last_at;
  std::string last_outcome;
  std::optional<long long> next_at;
  std::string next_channel;
  std::optional<slot> next_slot;
  std::string note;  // the cadence step's note for the agent
};

// Outcomes: appointment_booked -> booked; vehicle_sold, do_not_contact, already_serviced,
// declined, reached -> closed; callback_requested -> the time asked; invalid_number,
// wrong_number -> the fallback channel at once, never to that number; message_sent -> exhausted; no_answer, busy,
// voicemail -> the next step after its gap, never in the slot of the failed attempt, always
// inside contact hours. `history` is in attempt order.
decision decide(const std::vector<attempt>& history, const cadence& c, const calendar::business_calendar& cal,
                long long now, const customer_channels& who);

// Minutes of contact time after `from`: business hours, counted only inside contact hours.
long long add_business_minutes(const calendar::business_calendar& cal, long long from, long long minutes);

}  // namespace retorno::rules
