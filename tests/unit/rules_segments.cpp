// Tests of the segment windows: maintenance by date and km, inactivity month by month, and every
// other window with its exact dates; the inactive handover reports the month that just ended.
#include <doctest/doctest.h>

#include <climits>
#include <cmath>

#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "rules/segments.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {

day d(const char* iso) { return *parse_day(iso); }

maintenance_facts serviced_on(const char* iso) {
  maintenance_facts f;
  f.last_date = d(iso);
  f.last_km = 5000;
  f.last_event = "RO-1";
  return f;
}

// The i-th window, the test stopping when there are fewer.
template <typename Windows>
window nth(const Windows& ws, std::size_t i) {
  REQUIRE(ws.size() > i);
  return ws[i];
}

std::vector<std::string> events(const std::vector<window>& ws) {
  std::vector<std::string> out;
  for (const auto& w : ws) out.push_back(std::string(segment_name(w.seg)) + " " + w.event);
  return out;
}

}  // namespace

TEST_CASE("inactive m12 -> m13: the ended month comes with the current one") {
  const auto ws = maintenance_windows(serviced_on("2024-01-31"), policy{}, d("2025-02-28"));
  REQUIRE(events(ws) == std::vector<std::string>{"next_service RO-1", "inactive RO-1:m12", "inactive RO-1:m13"});
  CHECK(format_day(ws[1].expires) == "2025-02-27");
  CHECK(format_day(ws[2].opens) == "2025-02-28");
}

TEST_CASE("inactive m23 -> m24+: only the months ended within the look-back") {
  const auto ws = maintenance_windows(serviced_on("2024-01-31"), policy{}, d("2026-01-31"));
  CHECK(events(ws) == std::vector<std::string>{"next_service RO-1", "inactive RO-1:m23", "inactive RO-1:m24+"});
  policy none;
  none.expired_lookback_days = 0;
  CHECK(events(maintenance_windows(serviced_on("2024-01-31"), none, d("2026-01-31"))) ==
        std::vector<std::string>{"next_service RO-1", "inactive RO-1:m24+"});
}

TEST_CASE("details in English or Spanish") {
  const auto f = serviced_on("2025-01-10");
  CHECK(nth(maintenance_windows(f, policy{}, d("2025-06-21"), true), 0).detail ==
        "last maintenance 2025-01-10 + 5 months = 2025-06-10");
  CHECK(nth(maintenance_windows(f, policy{}, d("2025-06-21"), false), 0).detail ==
        "último mantenimiento 2025-01-10 + 5 meses = 2025-06-10");
}

namespace {

std::string dates(const window& w) {
  return format_day(w.opens) + ".." + (w.expires == day::max() ? std::string("open") : format_day(w.expires));
}

// Two maintenance visits: the daily mileage is their km over their days.
maintenance_facts two_visits(const char* previous, long previous_km, const char* last, long last_km) {
  maintenance_facts f;
  f.previous_date = d(previous);
  f.previous_km = previous_km;
  f.last_date = d(last);
  f.last_km = last_km;
  f.last_event = "RO-2";
  f.reading_date = d(last);
  f.reading_km = last_km;
  return f;
}

const calendar::business_calendar mx(country::mx);
const calendar::business_calendar co(country::co);

}  // namespace

TEST_CASE("first_service: DOFU + 5 months until the inactive months take over") {
  maintenance_facts f;
  f.dofu = d("2025-06-10");
  auto ws = maintenance_windows(f, policy{}, d("2025-11-10"));
  REQUIRE(ws.size() == 1);
  CHECK(ws[0].seg == segment::first_service);
  CHECK(ws[0].event == "2025-06-10");
  CHECK(dates(ws[0]) == "2025-11-10..2026-06-09");
  CHECK(ws[0].detail == "DOFU 2025-06-10 + 5 months = 2025-11-10");
  CHECK(nth(maintenance_windows(f, policy{}, d("2025-11-10"), false), 0).detail == "DOFU 2025-06-10 + 5 meses = 2025-11-10");
  CHECK(nth(maintenance_windows(f, policy{}, d("2025-11-10"), true, false), 0).detail == "");
  policy six;
  six.first_service_months = 6;
  CHECK(dates(nth(maintenance_windows(f, six, d("2025-11-10")), 0)) == "2025-12-10..2026-06-09");
  // The end of a month is clamped: 31 January + 5 months = 30 June.
  f.dofu = d("2025-01-31");
  CHECK(dates(nth(maintenance_windows(f, policy{}, d("2025-07-01")), 0)) == "2025-06-30..2026-01-30");
  // Neither a visit nor a delivery date: nothing to time.
  CHECK(maintenance_windows(maintenance_facts{}, policy{}, d("2025-07-01")).empty());
}

TEST_CASE("next_service by date: last maintenance + 5 months") {
  const auto ws = maintenance_windows(serviced_on("2025-01-10"), policy{}, d("2025-06-21"));
  REQUIRE(ws.size() == 1);
  CHECK(ws[0].seg == segment::next_service);
  CHECK(ws[0].event == "RO-1");
  CHECK(dates(ws[0]) == "2025-06-10..2026-01-09");
  policy later;
  later.next_service_months = 6;
  later.inactive_months = 18;
  CHECK(dates(nth(maintenance_windows(serviced_on("2025-01-10"), later, d("2025-06-21")), 0)) == "2025-07-10..2026-07-09");
}

TEST_CASE("next_service by km: 30 days before the next 10,000 km at the vehicle's own daily mileage") {
  // 4,500 km in 90 days: 50 km/day; 5,000 km to 30,000 take 100 days (19 July), listed from 19 June,
  // before the date rule's 10 September.
  auto f = two_visits("2025-01-10", 20500, "2025-04-10", 25000);
  REQUIRE(daily_km(f).has_value());
  CHECK(*daily_km(f) == doctest::Approx(50.0));
  auto ws = maintenance_windows(f, policy{}, d("2025-06-19"));
  REQUIRE(ws.size() == 1);
  CHECK(ws[0].event == "RO-2");
  CHECK(dates(ws[0]) == "2025-06-19..2026-04-09");
  CHECK(ws[0].detail ==
        "last maintenance 2025-04-10 + 5 months = 2025-09-10; 50.0 km/day reaches 30000 km on 2025-07-19, "
        "listed from 2025-06-19");
  CHECK(nth(maintenance_windows(f, policy{}, d("2025-06-19"), false), 0).detail ==
        "último mantenimiento 2025-04-10 + 5 meses = 2025-09-10; 50.0 km/día llega a 30000 km el 2025-07-19, "
        "en la lista desde 2025-06-19");
  // The DMS's own next-service km wins over the next multiple of 10,000: 2,000 km, 40 days.
  f.next_km = 27000;
  CHECK(dates(nth(maintenance_windows(f, policy{}, d("2025-06-19")), 0)) == "2025-04-20..2026-04-09");
  f.next_km = 25000;  // not ahead of the odometer: ignored
  CHECK(dates(nth(maintenance_windows(f, policy{}, d("2025-06-19")), 0)) == "2025-06-19..2026-04-09");
  f.next_km = -1;
  policy lead10;
  lead10.km_lead_days = 10;
  CHECK(dates(nth(maintenance_windows(f, lead10, d("2025-06-19")), 0)) == "2025-07-09..2026-04-09");
  // Days are rounded up: 4,500 km in 91 days reach 30,000 on day 102, not 101.
  CHECK(dates(nth(maintenance_windows(two_visits("2025-01-09", 20500, "2025-04-10", 25000), policy{}, d("2025-06-19")), 0)) ==
        "2025-06-21..2026-04-09");
  // A slow driver (10 km/day) reaches 30,000 after the date rule: the date wins.
  CHECK(dates(nth(maintenance_windows(two_visits("2025-01-10", 24100, "2025-04-10", 25000), policy{}, d("2025-06-19")), 0)) ==
        "2025-09-10..2026-04-09");
  // Just under 30,000 at a fast pace: never listed before the visit itself.
  CHECK(dates(nth(maintenance_windows(two_visits("2025-01-10", 25400, "2025-04-10", 29900), policy{}, d("2025-04-20")), 0)) ==
        "2025-04-10..2026-04-09");
  // Exactly on 30,000: the next one is 40,000 (200 days: 27 October, listed from 27 September).
  CHECK(dates(nth(maintenance_windows(two_visits("2025-01-10", 25500, "2025-04-10", 30000), policy{}, d("2025-06-19")), 0)) ==
        "2025-09-10..2026-04-09");
  CHECK(dates(nth(maintenance_windows(two_visits("2025-01-10", 25500, "2025-04-10", 30000), [] {
                policy p;
                p.next_service_months = 12;
                p.inactive_months = 13;
                return p;
              }(), d("2025-06-19")), 0)) == "2025-09-27..2026-05-09");
  // With one visit, the mileage from the delivery (0 km) to the latest reading: 18,250 km in
  // 365 days is 50 km/day, 1,750 km to 20,000 take 35 days (15 May), listed from 15 April.
  maintenance_facts one;
  one.dofu = d("2024-04-10");
  one.last_date = d("2025-04-10");
  one.last_km = 18250;
  one.last_event = "RO-1";
  one.reading_date = d("2025-04-10");
  one.reading_km = 18250;
  CHECK(dates(nth(maintenance_windows(one, policy{}, d("2025-04-20")), 0)) == "2025-04-15..2026-04-09");
}

TEST_CASE("daily_km and estimated_km from the vehicle's own readings") {
  auto f = two_visits("2025-01-10", 20500, "2025-04-10", 25000);
  CHECK(estimated_km(f, d("2025-04-20")) == 25500);
  CHECK(estimated_km(f, d("2025-04-10")) == 25000);
  CHECK(estimated_km(f, d("2025-04-01")) == 25000);  // before the reading: the reading itself
  // A later reading of any kind is the base; the two visits still give the pace.
  f.reading_date = d("2025-05-10");
  f.reading_km = 27000;
  CHECK(estimated_km(f, d("2025-05-20")) == 27500);
  // The odometer went backwards between the visits: the DOFU to the reading instead.
  auto back = two_visits("2025-01-10", 26000, "2025-04-10", 25000);
  CHECK_FALSE(daily_km(back).has_value());
  back.dofu = d("2024-04-10");  // 25,000 km in 365 days
  CHECK(*daily_km(back) == doctest::Approx(25000.0 / 365));
  // Two visits on one day, no DOFU: no pace, the reading as it is.
  auto same_day = two_visits("2025-04-10", 20000, "2025-04-10", 25000);
  CHECK_FALSE(daily_km(same_day).has_value());
  CHECK(estimated_km(same_day, d("2025-06-01")) == 25000);
  CHECK(estimated_km(maintenance_facts{}, d("2025-06-01")) == -1);
}

TEST_CASE("rate_for: a stale or implausible pace gives way to the model year's median") {
  // A 2012 Corolla read twice in 2014 at 61 km/day: twelve years on, its pace says nothing.
  auto stale = two_visits("2014-01-10", 20000, "2014-04-10", 25490);
  stale.model_year_rate = 38.0;
  const auto r = rate_for(stale, d("2026-11-27"));
  REQUIRE(r.rate.has_value());
  CHECK_FALSE(r.own);
  CHECK(*r.rate == doctest::Approx(38.0));
  CHECK(estimated_km(stale, d("2026-11-27")) == 25490 + std::lround(38.0 * (d("2026-11-27") - d("2014-04-10")).count()));
  // Recent and plausible: its own.
  auto fresh = two_visits("2026-01-10", 20500, "2026-04-10", 25000);
  fresh.model_year_rate = 38.0;
  CHECK(rate_for(fresh, d("2026-11-27")).own);
  CHECK(*rate_for(fresh, d("2026-11-27")).rate == doctest::Approx(50.0));
  // 90,000 km in 90 days: no car is driven so; the median instead, and none without one.
  auto wild = two_visits("2026-01-10", 10000, "2026-04-10", 100000);
  CHECK_FALSE(rate_for(wild, d("2026-05-01")).rate.has_value());
  wild.model_year_rate = 45.0;
  CHECK(*rate_for(wild, d("2026-05-01")).rate == doctest::Approx(45.0));
  // A median above the bound is bounded too.
  wild.model_year_rate = 5000.0;
  CHECK(*rate_for(wild, d("2026-05-01")).rate == doctest::Approx(max_daily_km));
}

TEST_CASE("estimated_km cannot overflow, whatever the reading") {
  auto f = two_visits("2025-01-10", 20500, "2025-04-10", 25000);
  f.reading_km = LONG_MAX;
  CHECK(estimated_km(f, d("2025-06-01")) == LONG_MAX);
  f.reading_km = LONG_MAX - 5;
  f.reading_date = d("1970-01-01");
  f.model_year_rate = 40.0;
  CHECK(estimated_km(f, d("2200-01-01")) == LONG_MAX);
}

TEST_CASE("inactive: one item a month from 12 to 23, the ended month within the look-back") {
  // Last maintenance 15 March 2024; on 20 June 2025 it is month 15, and month 14 ended 6 days ago.
  auto ws = maintenance_windows(serviced_on("2024-03-15"), policy{}, d("2025-06-20"));
  REQUIRE(events(ws) == std::vector<std::string>{"next_service RO-1", "inactive RO-1:m14", "inactive RO-1:m15"});
  CHECK(dates(ws[0]) == "2024-08-15..2025-03-14");
  CHECK(dates(ws[1]) == "2025-05-15..2025-06-14");
  CHECK(dates(ws[2]) == "2025-06-15..2025-07-14");
  CHECK(ws[2].detail == "no maintenance since 2024-03-15: 15 months");
  CHECK(nth(maintenance_windows(serviced_on("2024-03-15"), policy{}, d("2025-06-20"), false), 2).detail ==
        "sin mantenimiento desde 2024-03-15: 15 meses");
  // The look-back holds 30 days: on the 30th day month 14 still comes, on the 31st it does not.
  CHECK(events(maintenance_windows(serviced_on("2024-03-15"), policy{}, d("2025-07-14"))) ==
        std::vector<std::string>{"next_service RO-1", "inactive RO-1:m14", "inactive RO-1:m15"});
  CHECK(events(maintenance_windows(serviced_on("2024-03-15"), policy{}, d("2025-07-15"))) ==
        std::vector<std::string>{"next_service RO-1", "inactive RO-1:m15", "inactive RO-1:m16"});
  // The day before month 12: no inactive item yet.
  CHECK(events(maintenance_windows(serviced_on("2024-03-15"), policy{}, d("2025-03-14"))) ==
        std::vector<std::string>{"next_service RO-1"});
  auto m12 = maintenance_windows(serviced_on("2024-03-15"), policy{}, d("2025-03-15"));
  REQUIRE(events(m12) == std::vector<std::string>{"next_service RO-1", "inactive RO-1:m12"});
  CHECK(dates(m12[1]) == "2025-03-15..2025-04-14");
}

TEST_CASE("inactive 24 months and more: one open-ended item") {
  auto ws = maintenance_windows(serviced_on("2024-03-15"), policy{}, d("2026-09-20"));
  REQUIRE(events(ws) == std::vector<std::string>{"next_service RO-1", "inactive RO-1:m24+"});
  CHECK(dates(ws[1]) == "2026-03-15..open");
  CHECK(ws[1].detail == "no maintenance since 2024-03-15: 30 months");
  // Month 23 is the last monthly item.
  auto m23 = maintenance_windows(serviced_on("2024-03-15"), policy{}, d("2026-02-20"));
  REQUIRE_FALSE(m23.empty());
  CHECK(events(m23).back() == "inactive RO-1:m23");
  CHECK(dates(m23.back()) == "2026-02-15..2026-03-14");
  policy p;
  p.inactive_open_ended_months = 18;
  CHECK(events(maintenance_windows(serviced_on("2024-03-15"), p, d("2025-10-01"))).back() == "inactive RO-1:m18+");
}

TEST_CASE("inactive without a maintenance: from the delivery, after first_service") {
  maintenance_facts f;
  f.dofu = d("2024-03-15");
  auto ws = maintenance_windows(f, policy{}, d("2025-03-20"));
  REQUIRE(events(ws) == std::vector<std::string>{"first_service 2024-03-15", "inactive 2024-03-15:m12"});
  CHECK(dates(ws[0]) == "2024-08-15..2025-03-14");
  CHECK(dates(ws[1]) == "2025-03-15..2025-04-14");
}

TEST_CASE("warranty_expiring: 60 days before the warranty ends, through its last day") {
  auto w = warranty_window(d("2026-12-31"), policy{});
  CHECK(w.seg == segment::warranty_expiring);
  CHECK(w.event == "2026-12-31");
  CHECK(dates(w) == "2026-11-01..2026-12-31");
  CHECK(w.detail == "warranty ends 2026-12-31");
  CHECK(warranty_window(d("2026-12-31"), policy{}, false).detail == "la garantía termina el 2026-12-31");
  policy p;
  p.warranty_days = 30;
  CHECK(dates(warranty_window(d("2026-12-31"), p)) == "2026-12-01..2026-12-31");
}

TEST_CASE("test_drive: from 30,000 estimated km, once per six-month period") {
  const day today = d("2026-11-27");
  CHECK_FALSE(test_drive_window(29999, policy{}, today).has_value());
  CHECK_FALSE(test_drive_window(-1, policy{}, today).has_value());  // unknown odometer
  auto at = test_drive_window(30000, policy{}, today);  // reaching the threshold lists it
  REQUIRE(at.has_value());
  CHECK(at->seg == segment::test_drive);
  CHECK(at->event == "2026-07");  // the period July to December
  CHECK(dates(*at) == "2026-07-01..2026-12-31");
  CHECK(at->detail == "estimated 30000 km");
  CHECK(test_drive_window(45300, policy{}, today, std::nullopt, false)->detail == "45300 km estimados");
  policy p;
  p.test_drive_km = 50000;
  CHECK_FALSE(test_drive_window(45300, p, today).has_value());
}

TEST_CASE("test_drive: an offer heard holds the next one back six months") {
  const day today = d("2027-01-04");
  // Heard on 2026-09-15: January's period opens on 2027-03-15.
  auto held = test_drive_window(40000, policy{}, today, d("2026-09-15"));
  REQUIRE(held.has_value());
  CHECK(held->event == "2027-01");
  CHECK(dates(*held) == "2027-03-15..2027-06-30");
  // Heard long ago: the period opens on its first day.
  CHECK(dates(*test_drive_window(40000, policy{}, today, d("2026-03-01"))) == "2027-01-01..2027-06-30");
  // Every 12 months: one period a year, and an offer heard in May 2026 holds it to May 2027.
  policy yearly;
  yearly.test_drive_every_months = 12;
  CHECK(test_drive_period(today, 12) == d("2027-01-01"));
  CHECK(dates(*test_drive_window(40000, yearly, today, d("2026-05-20"))) == "2027-05-20..2027-12-31");
  // Held past the period's end: nothing this period.
  policy every3;
  every3.test_drive_every_months = 3;
  CHECK_FALSE(test_drive_window(40000, every3, d("2026-11-27"), d("2026-10-05")).has_value());
  CHECK(test_drive_period(d("2026-11-27"), 3) == d("2026-10-01"));
}

TEST_CASE("anniversary: the week from this year's and last year's anniversary of the delivery") {
  auto ws = anniversary_windows(d("2021-11-25"), policy{}, d("2026-11-27"));
  REQUIRE(ws.size() == 2);
  CHECK(ws[0].seg == segment::anniversary);
  CHECK(ws[0].event == "4y");
  CHECK(dates(ws[0]) == "2025-11-25..2025-12-01");
  CHECK(ws[1].event == "5y");
  CHECK(dates(ws[1]) == "2026-11-25..2026-12-01");
  CHECK(ws[1].detail == "5 years since 2021-11-25");
  CHECK(nth(anniversary_windows(d("2021-11-25"), policy{}, d("2026-11-27"), false), 1).detail == "5 años desde 2021-11-25");
  // Last year's week still runs into January.
  auto jan = anniversary_windows(d("2020-12-28"), policy{}, d("2026-01-02"));
  REQUIRE(jan.size() == 2);
  CHECK(jan[0].event == "5y");
  CHECK(dates(jan[0]) == "2025-12-28..2026-01-03");
  CHECK(dates(jan[1]) == "2026-12-28..2027-01-03");
  // A 29 February delivery: 28 February in common years, 29 in leap years.
  auto leap = anniversary_windows(d("2024-02-29"), policy{}, d("2025-03-01"));
  REQUIRE(leap.size() == 1);  // no anniversary 0
  CHECK(leap[0].event == "1y");
  CHECK(dates(leap[0]) == "2025-02-28..2025-03-06");
  auto leap4 = anniversary_windows(d("2024-02-29"), policy{}, d("2028-03-01"));
  REQUIRE(leap4.size() == 2);
  CHECK(dates(leap4[1]) == "2028-02-29..2028-03-06");
  // Delivered this year: no anniversary yet.
  CHECK(anniversary_windows(d("2026-03-01"), policy{}, d("2026-11-27")).empty());
  policy p;
  p.anniversary_days = 3;
  CHECK(dates(nth(anniversary_windows(d("2021-11-25"), p, d("2026-11-27")), 1)) == "2026-11-25..2026-11-27");
}

TEST_CASE("post_service: 3 days after the RO closed, gone after day 15") {
  auto w = post_service_window(d("2026-11-20"), "RO-9", policy{});
  CHECK(w.seg == segment::post_service);
  CHECK(w.event == "RO-9");
  CHECK(dates(w) == "2026-11-23..2026-12-05");
  CHECK(w.detail == "RO RO-9 closed 2026-11-20");
  CHECK(post_service_window(d("2026-11-20"), "RO-9", policy{}, false).detail == "OR RO-9 cerrada el 2026-11-20");
}

TEST_CASE("weighed: a follow-up window counts while open and for the look-back after it ends") {
  const policy p;  // from day 3 through day 15; expired ones reported for 30 days
  const auto days = follow_up_days_of(d("2026-11-20"), p);
  CHECK(format_day(days.opens) == "2026-11-23");
  CHECK(format_day(days.expires) == "2026-12-05");
  CHECK_FALSE(weighed(days.opens, days.expires, p, d("2026-11-22")));  // not open yet
  CHECK(weighed(days.opens, days.expires, p, d("2026-11-23")));
  CHECK(weighed(days.opens, days.expires, p, d("2027-01-04")));        // ended 30 days ago: reported
  CHECK_FALSE(weighed(days.opens, days.expires, p, d("2027-01-05")));  // long past: not made
}

TEST_CASE("pending_quote: on the agreed follow-up date, for 30 days") {
  auto w = quote_window(d("2026-11-27"), "Q77", "balatas", policy{});
  CHECK(w.seg == segment::pending_quote);
  CHECK(w.event == "Q77");
  CHECK(dates(w) == "2026-11-27..2026-12-27");
  CHECK(w.detail == "quote Q77 (balatas) follow up on 2026-11-27");
}

TEST_CASE("no_show: from the day after the missed appointment, for 7 days") {
  auto w = no_show_window(d("2026-11-26"), "A1", "2026-11-26T10:00", policy{});
  CHECK(w.seg == segment::no_show);
  CHECK(w.event == "A1");
  CHECK(dates(w) == "2026-11-27..2026-12-03");
  CHECK(w.detail == "appointment A1 on 2026-11-26T10:00 missed");
}

TEST_CASE("web_confirmation: from its creation until the appointment's day") {
  auto w = web_confirmation_window(d("2026-11-25"), d("2026-11-28"), "W1", "2026-11-28T09:00", policy{});
  CHECK(w.seg == segment::web_confirmation);
  CHECK(w.event == "W1");
  CHECK(dates(w) == "2026-11-25..2026-11-28");
  CHECK(w.detail == "web booking W1 for 2026-11-28T09:00 not confirmed");
  policy p;
  p.web_confirmation_days = 1;
  CHECK(dates(web_confirmation_window(d("2026-11-25"), d("2026-11-28"), "W1", "", p)) == "2026-11-26..2026-11-28");
}

TEST_CASE("lead: 2 business days from its arrival, over Sundays and holidays") {
  auto lead = [](const char* received, const calendar::business_calendar& cal) {
    return dates(lead_window(d(received), "L1", "servicio", received, policy{}, cal));
  };
  CHECK(lead("2026-11-25", mx) == "2026-11-25..2026-11-27");  // Wednesday -> Friday
  CHECK(lead("2026-11-27", mx) == "2026-11-27..2026-11-30");  // Friday -> Saturday, Monday
  CHECK(lead("2026-11-29", mx) == "2026-11-29..2026-12-01");  // from a Sunday
  // Monday 16 November 2026, the third Monday of November, is a holiday.
  CHECK(lead("2026-11-13", mx) == "2026-11-13..2026-11-17");
  CHECK(lead("2026-11-14", mx) == "2026-11-14..2026-11-18");
  // Colombia: 8 December is a holiday, Mexico works.
  CHECK(lead("2026-12-05", co) == "2026-12-05..2026-12-09");
  CHECK(lead("2026-12-05", mx) == "2026-12-05..2026-12-08");
  // The dealership's own closed day counts as well.
  const calendar::business_calendar closed(country::mx, {d("2026-11-30")});
  CHECK(lead("2026-11-27", closed) == "2026-11-27..2026-12-01");
  auto w = lead_window(d("2026-11-27"), "L1", "servicio", "2026-11-27T18:40", policy{}, mx);
  CHECK(w.seg == segment::lead);
  CHECK(w.event == "L1");
  CHECK(w.detail == "lead L1 (servicio) received 2026-11-27T18:40");
  policy one;
  one.lead_expiry_days = 1;
  CHECK(dates(lead_window(d("2026-11-28"), "L1", "", "", one, mx)) == "2026-11-28..2026-11-30");
}

TEST_CASE("campaigns: open from launched_on until the day before completed_on, safety first, waiting for parts") {
  const day today = d("2026-11-27");
  CHECK(campaign_open("", "", today));
  CHECK(campaign_open("2026-11-27", "", today));
  CHECK_FALSE(campaign_open("2026-11-28", "", today));  // not launched yet
  CHECK(campaign_open("2026-01-10", "2026-11-28", today));
  CHECK_FALSE(campaign_open("2026-01-10", "2026-11-27", today));  // completed today
  CHECK_FALSE(campaign_open("", "pendiente", today));  // not a date: counts as completed
  CHECK(campaign_open("pronto", "", today));           // an unreadable launch date does not hold it back
  CHECK(campaign_segment("safety") == segment::campaign_safety);
  CHECK(campaign_segment("emissions") == segment::campaign);
  CHECK(campaign_segment("satisfaction") == segment::campaign);
  CHECK(campaign_segment("") == segment::campaign);
  CHECK(campaign_waits_for_parts("ordered"));
  CHECK(campaign_waits_for_parts("unavailable"));
  CHECK_FALSE(campaign_waits_for_parts("available"));
  CHECK_FALSE(campaign_waits_for_parts("not_needed"));
  CHECK_FALSE(campaign_waits_for_parts(""));
}

TEST_CASE("a booked appointment makes a workshop visit needless, except for leads, follow-ups, confirmations and reminders") {
  for (int i = 0; i < static_cast<int>(segment_count); ++i) {
    const auto s = static_cast<segment>(i);
    CAPTURE(segment_name(s));
    CHECK(wants_workshop_visit(s) ==
          (s != segment::lead && s != segment::post_service && s != segment::post_delivery &&
           s != segment::web_confirmation && s != segment::appointment_reminder && s != segment::complaint_followup));
  }
}

TEST_CASE("priorities: lead first, test_drive last, campaign names two of them") {
  CHECK(segment_priority(segment::lead) == 1);
  CHECK(segment_priority(segment::appointment_reminder) == 4);
  CHECK(segment_priority(segment::complaint_followup) == 5);
  CHECK(segment_priority(segment::campaign_safety) == 6);
  CHECK(segment_priority(segment::post_delivery) == 9);
  CHECK(segment_priority(segment::next_service) == 11);
  CHECK(segment_priority(segment::campaign) == 12);
  CHECK(segment_priority(segment::test_drive) == 16);
  CHECK(segment_from_name("campaign", 12) == segment::campaign);
  CHECK(segment_from_name("campaign") == segment::campaign_safety);
  CHECK_FALSE(segment_from_name("campana").has_value());
  CHECK(all_segment_names().size() == 15);
}
