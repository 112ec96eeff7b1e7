// Tests of each agent's day: capacity, days off, what waits and for which day, weekday names.
#include <doctest/doctest.h>

#include <optional>
#include <vector>

#include "calendar/calendar.hpp"
#include "rules/capacity.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {

day d(const char* iso) { return parse_day(iso).value(); }
std::string waits(const std::optional<day>& w) { return w ? format_day(*w) : std::string("today"); }

}  // namespace

TEST_CASE("an agent's day fills in order up to capacity; the rest waits for the following working days") {
  const calendar::business_calendar mx(country::mx);
  std::vector<agent> agents = {{"ana", 2, {}, {}, {}}};
  std::vector<seat> seats(5, seat{0, false});
  // Friday 2026-11-27: two today; Saturday is a business day in Mexico, then Monday.
  const auto w = fill_days(seats, agents, mx, d("2026-11-27"));
  std::vector<std::string> got;
  for (const auto& x : w) got.push_back(waits(x));
  REQUIRE(got.size() == 5);
  CHECK(got[0] == "today");
  CHECK(got[1] == "today");
  CHECK(got[2] == "2026-11-28");
  CHECK(got[3] == "2026-11-28");
  CHECK(got[4] == "2026-11-30");  // Sunday is not a business day
}

TEST_CASE("callbacks and leads never wait; they still take a place of the day") {
  const calendar::business_calendar mx(country::mx);
  std::vector<agent> agents = {{"ana", 1, {}, {}, {}}};
  std::vector<seat> seats = {{0, false}, {0, true}, {0, false}};
  const auto w = fill_days(seats, agents, mx, d("2026-11-26"));
  CHECK(waits(w[0]) == "today");
  CHECK(waits(w[1]) == "today");  // over capacity, but it cannot wait
  CHECK(waits(w[2]) == "2026-11-27");
}

TEST_CASE("an agent off today gets nothing today; agents fill apart") {
  const calendar::business_calendar mx(country::mx);
  agent ana{"ana", 3, {}, {}, {}};
  ana.weekdays_off[5] = true;  // Fridays
  agent luis{"luis", 1, {}, {d("2026-11-30")}, {}};
  std::vector<agent> agents = {ana, luis};
  std::vector<seat> seats = {{0, false}, {1, false}, {1, false}, {0, true}, {1, false}};
  const auto w = fill_days(seats, agents, mx, d("2026-11-27"));  // a Friday
  CHECK(waits(w[0]) == "2026-11-28");
  CHECK(waits(w[3]) == "2026-11-28");  // off today: even a callback waits (the caller moves it)
  CHECK(waits(w[1]) == "today");
  CHECK(waits(w[2]) == "2026-11-28");
  CHECK(waits(w[4]) == "2026-12-01");  // Saturday full, Monday the 30th off
  CHECK_FALSE(ana.works_on(d("2026-11-27"), mx));
  CHECK(ana.works_on(d("2026-11-26"), mx));
  CHECK_FALSE(luis.works_on(d("2026-11-29"), mx));  // a Sunday
  CHECK_FALSE(luis.works_on(d("2026-11-30"), mx));  // his day off
  CHECK(*luis.next_working_day(d("2026-11-28"), mx) == d("2026-12-01"));
}

TEST_CASE("weekday names in Spanish and English, whole or abbreviated, any case, with or without accents") {
  CHECK(parse_weekday("sábado") == 6);
  CHECK(parse_weekday("SABADO") == 6);
  CHECK(parse_weekday("Sat") == 6);
  CHECK(parse_weekday("miércoles") == 3);
  CHECK(parse_weekday("Miércoles") == 3);
  CHECK(parse_weekday("mie") == 3);
  CHECK(parse_weekday("sunday") == 0);
  CHECK(parse_weekday("dom") == 0);
  CHECK_FALSE(parse_weekday("sa").has_value());
  CHECK_FALSE(parse_weekday("feriado").has_value());
  CHECK_FALSE(parse_weekday("2026-12-24").has_value());
}

TEST_CASE("share_roaming_capacity: an agent of no branch gets one day across the branches' runs") {
  auto group = [] {
    std::vector<agent> a(4);
    a[0].name = "ana", a[0].capacity = 31;                       // no branch: serves both
    a[1].name = "beto", a[1].capacity = 20, a[1].branch = "Norte";
    a[2].name = "caro", a[2].capacity = 20, a[2].branch = " SUR ";  // the same branch as "Sur"
    a[3].name = "dani", a[3].capacity = 1;                        // no branch
    return a;
  };
  auto norte = group(), sur = group();
  share_roaming_capacity(norte, "norte");
  share_roaming_capacity(sur, "Sur");
  CHECK(norte[0].capacity == 16);  // Norte comes first: it takes the call that does not divide
  CHECK(sur[0].capacity == 15);
  CHECK(norte[3].capacity == 1);
  CHECK(sur[3].capacity == 0);
  CHECK(norte[1].capacity == 20);  // an agent of a branch keeps its day
  CHECK(sur[2].capacity == 20);
  // A branch no agent names is one more branch: three share the day.
  auto oeste = group();
  share_roaming_capacity(oeste, "Oeste");
  CHECK(oeste[0].capacity == 10);
  // A group of one branch, or no --branch, changes nothing.
  std::vector<agent> one(2);
  one[0].capacity = 30, one[1].capacity = 20, one[1].branch = "Norte";
  share_roaming_capacity(one, "NORTE");
  CHECK(one[0].capacity == 30);
  auto all = group();
  share_roaming_capacity(all, "");
  CHECK(all[0].capacity == 31);
}
