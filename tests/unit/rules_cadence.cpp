// Tests of the built-in cadences' shapes: calls, gaps, units, slot rotation and what follows the last call.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/cadence.hpp"

using namespace retorno::rules;

namespace {

const cadence& builtin(std::string_view name) {
  static const std::vector<cadence> all = builtin_cadences();
  for (const auto& c : all)
    if (c.name == name) return c;
  FAIL("no built-in cadence ", name);
  return all.front();
}

// "phone 0d, phone 5d, ..., preferred" : channel, gap and unit of every step.
std::string shape(const cadence& c) {
  std::string out;
  for (const auto& s : c.steps) {
    if (!out.empty()) out += ", ";
    out += s.channel + " " + std::to_string(s.gap) + (s.unit == gap_unit::business_days ? "d" : "h");
  }
  return out;
}

}  // namespace

TEST_CASE("the five built-in cadences, in order") {
  std::vector<std::string> names;
  for (const auto& c : builtin_cadences()) names.push_back(c.name);
  CHECK(names == std::vector<std::string>{"mrs", "week5", "call3-whatsapp", "lead48h", "reminder"});
}

TEST_CASE("mrs: 3 calls 5 business days apart, then the customer's preferred channel") {
  const auto& c = builtin("mrs");
  CHECK(shape(c) == "phone 0d, phone 5d, phone 5d, preferred 0d");
  CHECK(c.phone_steps() == 3);
  CHECK(c.steps.back().note == "medio preferido del cliente");
  // The notes follow --lang; the steps do not change with it.
  const auto en = builtin_cadences(true);
  CHECK(en.front().name == "mrs");
  CHECK(en.front().steps.back().note == "the customer's preferred channel");
  CHECK(shape(en.front()) == shape(c));
}

TEST_CASE("week5: 5 calls in a week, one business day apart, then a letter or an e-mail") {
  const auto& c = builtin("week5");
  CHECK(shape(c) == "phone 0d, phone 1d, phone 1d, phone 1d, phone 1d, letter_or_email 0d");
  CHECK(c.phone_steps() == 5);
}

TEST_CASE("call3-whatsapp: 3 calls one business day apart, then WhatsApp") {
  const auto& c = builtin("call3-whatsapp");
  CHECK(shape(c) == "phone 0d, phone 1d, phone 1d, whatsapp 0d");
  CHECK(c.phone_steps() == 3);
}

TEST_CASE("lead48h: a call with a voicemail, 2 more 4 business hours apart, then e-mail") {
  const auto& c = builtin("lead48h");
  CHECK(shape(c) == "phone 0h, phone 4h, phone 4h, email 0h");
  CHECK(c.phone_steps() == 3);
  CHECK(c.steps.front().note == "si no contesta, dejar mensaje de voz");
  // Three calls fit well within 48 business hours.
  int hours = 0;
  for (const auto& s : c.steps) hours += s.gap;
  CHECK(hours <= 48);
}

TEST_CASE("every built-in: attempts numbered 1, 2, 3..., calls rotate slots, the fallback does not") {
  for (const auto& c : builtin_cadences()) {
    CAPTURE(c.name);
    REQUIRE(c.steps.size() == c.phone_steps() + 1);  // one fallback step after the calls
    for (std::size_t i = 0; i < c.steps.size(); ++i) {
      CHECK(c.steps[i].attempt == static_cast<int>(i + 1));
      const bool is_call = i < c.phone_steps();
      CHECK(is_call_step(c.steps[i].channel) == is_call);
      CHECK(c.steps[i].rotate_slot == is_call);
    }
    CHECK(c.steps.front().gap == 0);   // the first call waits for nothing
    CHECK(c.steps.back().gap == 0);    // the fallback follows the last call at once
  }
}

TEST_CASE("phone_steps counts the phone steps, wherever they are") {
  cadence c{"x", {{1, "phone", 0, gap_unit::business_days, true, ""}, {2, "sms", 0, gap_unit::business_days, false, ""}}};
  CHECK(c.phone_steps() == 1);
  c.steps.push_back({3, "phone", 1, gap_unit::business_days, true, ""});
  CHECK(c.phone_steps() == 2);
  CHECK(cadence{"empty", {}}.phone_steps() == 0);
}
