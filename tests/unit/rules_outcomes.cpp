// The contact log's outcome classes and names.
#include <doctest/doctest.h>

#include <string>

#include "rules/outcomes.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {
outcome o(std::string_view name) { return parse_outcome(name).value(); }
}  // namespace

TEST_CASE("reached: an effective contact, the customer was spoken to") {
  for (auto n : {"reached", "callback_requested", "appointment_booked", "declined", "already_serviced", "vehicle_sold",
                 "do_not_contact", "test_drive_accepted"}) {
    CHECK(is_reached(o(n)));
    CHECK_FALSE(is_message(o(n)));
  }
  for (auto n : {"no_answer", "busy", "voicemail", "wrong_number", "invalid_number"}) {
    CHECK_FALSE(is_reached(o(n)));
    CHECK_FALSE(is_message(o(n)));
  }
  // A message is neither: nobody answered, and nobody failed to.
  CHECK_FALSE(is_reached(outcome::message_sent));
  CHECK(is_message(outcome::message_sent));
}

TEST_CASE("closing outcomes end the item, and two of them end every item of the vehicle") {
  for (auto n : {"reached", "declined", "already_serviced", "vehicle_sold", "do_not_contact", "test_drive_accepted"})
    CHECK(closes_item(o(n)));
  for (auto n : {"callback_requested", "appointment_booked", "no_answer", "busy", "voicemail", "wrong_number",
                 "invalid_number", "message_sent"})
    CHECK_FALSE(closes_item(o(n)));
  for (const auto& n : outcome_names()) CHECK(closes_vehicle(o(n)) == (n == "vehicle_sold" || n == "do_not_contact"));
  CHECK(books(outcome::appointment_booked));
  CHECK_FALSE(books(outcome::callback_requested));
  CHECK(asks_callback(outcome::callback_requested));
  CHECK(is_bad_number(outcome::wrong_number));
  CHECK(is_bad_number(outcome::invalid_number));
  CHECK_FALSE(is_bad_number(outcome::no_answer));
}

TEST_CASE("names: every outcome round-trips, anything else is unknown") {
  for (const auto& n : outcome_names()) {
    CHECK(outcome_name(o(n)) == n);
    CHECK(canonical_outcome(std::string(n)) == n);
  }
  CHECK_FALSE(parse_outcome("No contesta").has_value());
  CHECK_FALSE(parse_outcome("NO_ANSWER").has_value());
  CHECK(canonical_outcome("contestó") == "");
  for (const auto& n : channel_names()) CHECK(channel_name(parse_channel(n).value()) == n);
  CHECK_FALSE(parse_channel("telefono").has_value());
  CHECK(canonical_channel("fax") == "");
}

TEST_CASE("labels: an agent reads words, in --lang") {
  CHECK(outcome_label(outcome::no_answer, false) == "No contesta");
  CHECK(outcome_label(outcome::no_answer, true) == "No answer");
  CHECK(outcome_label("appointment_booked", false) == "Cita agendada");
  CHECK(outcome_label("Precio alto", false) == "Precio alto");  // a reason is shown as written
  for (const auto& n : outcome_names()) {
    CHECK(outcome_label(n, false) != n);
    CHECK(outcome_label(n, true) != n);
  }
}
