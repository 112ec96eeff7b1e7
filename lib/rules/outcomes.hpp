// The contact log's vocabulary: every outcome and channel, and what each outcome means for an
// item (reached or not, closing, booking). The one list segment, schedule-attempts and report use.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace retorno::rules {

// Not reached first, then reached (an effective contact), then the other channels' outcome.
enum class outcome : std::uint8_t {
  no_answer, busy, voicemail, wrong_number, invalid_number,
  reached, callback_requested, appointment_booked, declined, already_serviced, vehicle_sold, do_not_contact,
  test_drive_accepted,
  message_sent,
};
inline constexpr std::size_t outcome_count = 14;

// The contact_log spelling of every outcome, in enum order (static storage).
const std::array<std::string_view, outcome_count>& outcome_names();
std::string_view outcome_name(outcome o);
// nullopt for a value that is not a contact_log outcome.
std::optional<outcome> parse_outcome(std::string_view name);
// The canonical spelling of `name` with static storage, "" when unknown: a view that outlives
// the row it was read from (millions of attempts keep one each).
std::string_view canonical_outcome(std::string_view name);

// An effective contact: the customer was spoken to (reached, callback_requested,
// appointment_booked, declined, already_serviced, vehicle_sold, do_not_contact,
// test_drive_accepted).
constexpr bool is_reached(outcome o) { return o >= outcome::reached && o <= outcome::test_drive_accepted; }
// The number itself is bad: nothing more goes to it, by call or message.
constexpr bool is_bad_number(outcome o) { return o == outcome::wrong_number || o == outcome::invalid_number; }
// Ends the item: the customer answered it (reached, declined, already_serviced; a test drive
// accepted is an answer too: sales takes the customer from there) or ended every contact about
// the vehicle (vehicle_sold, do_not_contact).
constexpr bool closes_item(outcome o) {
  return o == outcome::reached || o == outcome::declined || o == outcome::already_serviced ||
         o == outcome::vehicle_sold || o == outcome::do_not_contact || o == outcome::test_drive_accepted;
}
// Ends every item of the vehicle, whatever item it was said on.
constexpr bool closes_vehicle(outcome o) { return o == outcome::vehicle_sold || o == outcome::do_not_contact; }
constexpr bool books(outcome o) { return o == outcome::appointment_booked; }
constexpr bool asks_callback(outcome o) { return o == outcome::callback_requested; }
// A message went out: the cadence has nothing left to try.
constexpr bool is_message(outcome o) { return o == outcome::message_sent; }

// The outcome as an agent reads it: "No contesta" / "No answer".
std::string_view outcome_label(outcome o, bool english);
// The same for a logged value; an unknown one is returned unchanged.
std::string_view outcome_label(std::string_view name, bool english);

enum class channel : std::uint8_t { phone, whatsapp, sms, email, letter };
inline constexpr std::size_t channel_count = 5;
const std::array<std::string_view, channel_count>& channel_names();
std::string_view channel_name(channel c);
std::optional<channel> parse_channel(std::string_view name);
// The channel as a person reads it: "teléfono", "WhatsApp", "SMS", "correo", "carta".
std::string_view channel_label(channel c, bool english);
// As canonical_outcome, for channels.
std::string_view canonical_channel(std::string_view name);

}  // namespace retorno::rules
