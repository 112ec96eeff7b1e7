// What happens next to one call-list item, given its attempts so far: the schedule rules.
#pragma once
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.hpp"
#include "rules/cadence.hpp"
#include "rules/outcomes.hpp"
#include "rules/slots.hpp"

namespace retorno::rules {

enum class status { due, scheduled, callback, booked, exhausted, fallback_due, closed };
inline constexpr std::size_t status_count = 7;
std::string_view status_name(status s);
// The status as a person reads it: "llamar hoy" / "call today".
std::string_view status_label(status s, bool english);

// One attempt of the contact log: 32 bytes, millions of them. An unknown outcome (nullopt)
// counts as a failed call; an unknown channel (nullopt) as no call.
struct attempt {
  long long at = 0;  // minutes since the epoch
  std::optional<channel> via;
  std::optional<outcome> result;
  std::optional<long long> callback_at;
  std::string_view agent;  // who made it ("" unknown)
};

// The log's truth whatever its row order: time, then outcome and channel by name (an unknown
// one first), then agent. segment and schedule-attempts order an item's attempts so.
void order_attempts(std::vector<attempt>& history);

// The attempts as the call list's previous_attempts column holds them, in order:
// `YYYY-MM-DDTHH:MM|outcome|agent` entries separated by `;`.
std::string previous_attempts(std::span<const attempt> history);

struct customer_channels {
  std::string preferred;  // phone, whatsapp, sms, email, letter or ""
  bool has_mobile = false;
  bool has_email = false;
  // The slot of the first call: the printed call sheet spreads each agent's list over the
  // day (morning, midday, afternoon in turn), and the schedule keeps to it. Taken when it is
  // still open on the first contact day, else the first contact minute; never for cadences
  // counted in business hours (leads are called at once).
  std::optional<slot> first_slot;
  // What the opt-outs and the data allow for messages: `has_mobile` is a number that takes a
  // WhatsApp; an SMS goes where `sms_ok` says (unset: as WhatsApp); a letter where `letter_ok`.
  // A message step with nothing allowed ends the cadence (exhausted): never a message to a
  // channel the customer refused.
  std::optional<bool> sms_ok;
  bool letter_ok = true;
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

// The last outcome decides (rules/outcomes.hpp names the classes): a booking -> booked; a
// closing outcome -> closed; a callback -> the time asked; a bad number -> the fallback channel
// at once, never to that number; a message -> exhausted; a failed call (or an unknown outcome)
// -> the next step after its gap, never in the slot of the failed attempt, always inside
// contact hours. `history` is in attempt order.
decision decide(const std::vector<attempt>& history, const cadence& c, const calendar::business_calendar& cal,
                long long now, const customer_channels& who);

// The calls (phone attempts) among `history`.
std::size_t calls_made(std::span<const attempt> history);

// Today's step as the call list writes it and the sheet prints it, from the item's decision:
// the slot and time of the call, the call's number of the cadence's calls (for a call), the
// previous attempts, and the time the customer asked to be called back. segment writes these
// cells and schedule-attempts fills them again from its log: one function, one sheet.
struct step_cells {
  std::string slot, call_at, attempt, planned, previous, callback_at;
};
step_cells describe_step(const decision& d, std::span<const attempt> history, const cadence& c, bool is_call);

// Where an item stands on the day of `now`: a call to make today (a phone step or a callback
// due before the day ends), a message to send today (the cadence's fallback), a step on a later
// day, booked, closed, or exhausted (every step done). The one decision of the day's work:
// segment lists the calls, schedule-attempts prints the same ones.
enum class today { call, message, later, booked, closed, exhausted };
today work_today(const decision& d, long long now);

// Minutes of contact time after `from`: business hours, counted only inside contact hours.
long long add_business_minutes(const calendar::business_calendar& cal, long long from, long long minutes);

}  // namespace retorno::rules
