// Cadences: how many attempts, on which channel, how far apart, and what follows failure.
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace retorno::rules {

enum class gap_unit { business_days, business_hours };

// One step of a cadence. `channel` is phone, whatsapp, sms, email, letter, or `preferred`
// (the customer's preferred channel, phone excluded) or `letter_or_email` (email when there is
// an address, else a letter), `message` (WhatsApp, else SMS, else e-mail: quick, never a
// letter) or `preferred_message` (a call step: the call, or the customer's preferred WhatsApp,
// SMS or e-mail when they accept it).
struct cadence_step {
  int attempt = 1;
  std::string channel;
  int gap = 0;  // minimum distance from the previous attempt
  gap_unit unit = gap_unit::business_days;
  bool rotate_slot = true;  // never the slot of the previous failed attempt
  std::string note;         // what the agent does on failure (e.g. leave a voicemail)
};

struct cadence {
  std::string name;
  std::vector<cadence_step> steps;  // in attempt order; call steps first, then the fallback
  // Call steps (phone and preferred_message); the rest are the fallback after them.
  std::size_t phone_steps() const;
};

// The built-in cadences of the dealership procedures:
//   mrs            the return and recovery guide: 3 calls 5 business days apart, then the preferred channel
//   week5          the proactive-contact flowchart: 5 calls in a week at different times, then letter or e-mail
//   call3-whatsapp the proactive-contact procedure: 3 calls, then WhatsApp
//   lead48h        the leads standard: a call (voicemail when it fails), 3 calls within 48 business
//                  hours, then e-mail; e-mail at once for an invalid number
//   reminder       an appointment's reminder: the customer's preferred quick message, else a
//                  call and, when it fails, a message
// Their steps' notes for a person in Spanish, or English.
std::vector<cadence> builtin_cadences(bool english = false);

// Whether a step of this channel is a call attempt (counted among the calls made).
inline bool is_call_step(std::string_view channel) { return channel == "phone" || channel == "preferred_message"; }

// Which cadence each segment follows: the built-in and custom cadences, and segment -> name
// ("*" = the rest; by default lead48h for leads and mrs for the rest).
struct cadence_plan {
  std::vector<cadence> cadences;
  std::map<std::string, std::string> cadence_of{{"lead", "lead48h"}, {"appointment_reminder", "reminder"}, {"*", "mrs"}};
  const cadence& of(std::string_view segment) const;
};

// "lead=lead48h,*=mrs" or a single name: segment -> cadence name. Throws a usage error for
// a name that is not among `known`.
std::map<std::string, std::string> parse_cadence_spec(const std::string& spec, const std::vector<cadence>& known);

}  // namespace retorno::rules
