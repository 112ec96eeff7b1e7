// Tests of the contact day's slots: the boundaries at the minute, days before 1970, the names
// the schedule writes and reads back, the sheets' labels and hours, and the list's rotation.
#include <doctest/doctest.h>

#include "core/dates.hpp"
#include "rules/slots.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {
long long at(std::string_view iso) { return parse_minutes(iso).value(); }
constexpr slot all[] = {slot::morning, slot::midday, slot::afternoon};
}  // namespace

TEST_CASE("slots: morning until 12:00, midday until 15:00, afternoon after") {
  CHECK(slot_of(at("2026-11-27T00:00")) == slot::morning);
  CHECK(slot_of(at("2026-11-27T09:00")) == slot::morning);
  CHECK(slot_of(at("2026-11-27T11:59")) == slot::morning);
  CHECK(slot_of(at("2026-11-27T12:00")) == slot::midday);
  CHECK(slot_of(at("2026-11-27T14:59")) == slot::midday);
  CHECK(slot_of(at("2026-11-27T15:00")) == slot::afternoon);
  CHECK(slot_of(at("2026-11-27T23:59")) == slot::afternoon);
  CHECK(slot_of(at("2026-11-28T00:00")) == slot::morning);
}

TEST_CASE("slots: before 1970 the day still starts at midnight") {
  // Minute -1 is 1969-12-31T23:59: the afternoon of that day, not the morning of 1970-01-01.
  CHECK(slot_of(-1) == slot::afternoon);
  CHECK(slot_of(0) == slot::morning);
  // 1969-12-31 begins at minute -1440: 12:00 is minute -720, 15:00 is minute -540.
  CHECK(slot_of(-1440) == slot::morning);
  CHECK(slot_of(-721) == slot::morning);
  CHECK(slot_of(-720) == slot::midday);
  CHECK(slot_of(-541) == slot::midday);
  CHECK(slot_of(-540) == slot::afternoon);
  CHECK(slot_of(at("1969-12-31T13:00")) == slot::midday);
}

TEST_CASE("slots: each one's first minute and the first minute after it") {
  const long long d = at("2026-11-27");
  CHECK(slot_begins(slot::morning, d) == d);
  CHECK(slot_ends(slot::morning, d) == at("2026-11-27T12:00"));
  CHECK(slot_begins(slot::midday, d) == at("2026-11-27T12:00"));
  CHECK(slot_ends(slot::midday, d) == at("2026-11-27T15:00"));
  CHECK(slot_begins(slot::afternoon, d) == at("2026-11-27T15:00"));
  CHECK(slot_ends(slot::afternoon, d) == at("2026-11-28"));
  // The slots tile the day: each ends where the next begins, and slot_of agrees at both edges.
  CHECK(slot_ends(slot::morning, d) == slot_begins(slot::midday, d));
  CHECK(slot_ends(slot::midday, d) == slot_begins(slot::afternoon, d));
  for (auto s : all) {
    CHECK(slot_of(slot_begins(s, d)) == s);
    CHECK(slot_of(slot_ends(s, d) - 1) == s);
  }
}

TEST_CASE("slots: the schedule's names read back, anything else is no slot") {
  CHECK(slot_name(slot::morning) == "morning");
  CHECK(slot_name(slot::midday) == "midday");
  CHECK(slot_name(slot::afternoon) == "afternoon");
  for (auto s : all) CHECK(parse_slot(slot_name(s)) == s);
  // The names are the schedule's column values, written by retorno: matched exactly.
  CHECK_FALSE(parse_slot("Morning").has_value());
  CHECK_FALSE(parse_slot("mañana").has_value());
  CHECK_FALSE(parse_slot("").has_value());
  CHECK_FALSE(parse_slot("evening").has_value());
}

TEST_CASE("slots: the sheets' labels in both languages and the usual hours") {
  CHECK(slot_label(slot::morning, false) == "Mañana");
  CHECK(slot_label(slot::midday, false) == "Mediodía");
  CHECK(slot_label(slot::afternoon, false) == "Tarde");
  CHECK(slot_label(slot::morning, true) == "Morning");
  CHECK(slot_label(slot::midday, true) == "Midday");
  CHECK(slot_label(slot::afternoon, true) == "Afternoon");
  CHECK(slot_hours(slot::morning) == "09:00–12:00");
  CHECK(slot_hours(slot::midday) == "12:00–15:00");
  CHECK(slot_hours(slot::afternoon) == "15:00–19:00");
}

TEST_CASE("slots: a list is spread over the day in turn") {
  CHECK(slot_for(0) == slot::morning);
  CHECK(slot_for(1) == slot::midday);
  CHECK(slot_for(2) == slot::afternoon);
  CHECK(slot_for(3) == slot::morning);
  CHECK(slot_for(4) == slot::midday);
  CHECK(slot_for(299) == slot::afternoon);  // 299 = 3 x 99 + 2
  static_assert(slot_for(5) == slot::afternoon);
}
