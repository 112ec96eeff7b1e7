// Tests of the KPI tally: every attempt KPI, the show window's edges, the lead's business-day
// deadline, the reason counts, the previous period, groups, targets and the dashboard's series.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/catalog.hpp"
#include "rules/kpi_tally.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {

long long minute(const char* iso) { return *parse_minutes(iso); }
day on(const char* iso) { return *parse_day(iso); }
// --as-of a whole day: attempts up to its last minute (month: 1-27 Nov against 1-27 Oct).
long long end_of(const char* day_iso) { return minute(day_iso) + minutes_per_day; }

tally_options options(kpi_grouping by = kpi_grouping::none) {
  tally_options o;
  o.end = end_of("2026-11-27");
  o.by = by;
  return o;
}

// A phone call by `agent` (the attempt's views point at literals: they outlive the call).
logged_attempt call(const char* item, const char* at, outcome result, const char* agent = "ana") {
  logged_attempt a;
  a.item = item;
  a.agent = agent;
  a.at = minute(at);
  a.result = result;
  return a;
}
logged_attempt booking(const char* item, const char* at, const char* for_day, const char* vin = "") {
  logged_attempt a = call(item, at, outcome::appointment_booked);
  a.booked_for = on(for_day);
  a.vin = vin;
  return a;
}
logged_attempt with_reason(logged_attempt a, const char* reason) {
  a.reason = reason;
  return a;
}
logged_attempt by_channel(logged_attempt a, channel c) {
  a.via = c;
  return a;
}
// The reason counts' metrics: "no_contact:busy", "no_booking:precio".
std::string no_contact(outcome o) { return "no_contact:" + std::string(outcome_name(o)); }
std::string no_booking(outcome o) { return "no_booking:" + std::string(outcome_name(o)); }
std::string no_booking(const char* reason) { return std::string("no_booking:") + reason; }

const kpi_row* find(const std::vector<kpi_row>& rows, std::string_view group, std::string_view metric) {
  for (const auto& r : rows)
    if (r.group == group && r.metric == metric) return &r;
  return nullptr;
}
const kpi_row& row(const report_result& res, std::string_view metric, std::string_view group = "total") {
  const auto* r = find(res.rows, group, metric);
  INFO(std::string(metric), " of ", std::string(group));
  REQUIRE(r != nullptr);
  return *r;
}
// A rate's numerator and denominator as written: "2/4".
std::string ratio(const kpi_row& r) { return r.numerator + "/" + r.denominator; }
double value(const report_result& res, std::string_view metric, std::string_view group = "total") {
  const auto& r = row(res, metric, group);
  REQUIRE(r.value.has_value());
  return *r.value;
}

report_result tally_of(const std::vector<logged_attempt>& log, const tally_options& o = options()) {
  kpi_tally t(o);
  for (const auto& a : log) t.add_attempt(a);
  return t.result({});
}

}  // namespace

TEST_CASE("calls: phone attempts of the period; effective calls: those that reached; effectiveness: their ratio") {
  auto res = tally_of({
      call("next_service:V1:1", "2026-11-02T10:00", outcome::no_answer),
      call("next_service:V1:1", "2026-11-03T10:00", outcome::callback_requested),
      call("next_service:V3:3", "2026-11-10T10:00", outcome::declined),  // declined is an effective contact
      call("next_service:V3:3", "2026-11-11T10:00", outcome::busy),
      call("next_service:V3:3", "2026-11-12T10:00", outcome::voicemail),
      by_channel(call("next_service:V2:2", "2026-11-05T10:00", outcome::reached), channel::whatsapp),  // not a call
      by_channel(call("next_service:V2:2", "2026-11-06T10:00", outcome::message_sent), channel::sms),
      call("next_service:V3:3", "2026-11-28T00:00", outcome::reached),  // after --as-of
  });
  CHECK(value(res, "calls") == 5);
  CHECK(value(res, "effective_calls") == 2);
  CHECK_FALSE(row(res, "calls").is_rate);
  CHECK(row(res, "calls").numerator.empty());
  const auto& r = row(res, "call_effectiveness");
  CHECK(r.is_rate);
  CHECK(ratio(r) == "2/5");
  CHECK(format_value(r.value, true) == "40.0");
  CHECK_FALSE(r.previous.has_value());  // no call in October: empty, not zero
}

TEST_CASE("items: distinct item ids attempted on any channel; reached: with an effective contact; contactability") {
  auto res = tally_of({
      call("a:V1:1", "2026-11-02T10:00", outcome::no_answer),
      call("a:V1:1", "2026-11-03T10:00", outcome::reached),
      call("a:V1:1", "2026-11-04T10:00", outcome::reached),  // the same item once
      by_channel(call("a:V2:2", "2026-11-05T10:00", outcome::reached), channel::whatsapp),
      call("a:V3:3", "2026-11-06T10:00", outcome::wrong_number),
      call("a:V3:3", "2026-11-07T10:00", outcome::busy),
      call("a:V4:4", "2026-11-06T11:00", outcome::vehicle_sold),
      call("a:V5:5", "2026-11-06T11:00", outcome::no_answer),
  });
  CHECK(value(res, "items") == 5);
  CHECK(value(res, "items_reached") == 3);
  const auto& r = row(res, "contactability");
  CHECK(ratio(r) == "3/5");
  CHECK(format_value(r.value, true) == "60.0");
}

TEST_CASE("appointments booked: distinct items with a booking; appointment rate over items reached") {
  auto res = tally_of({
      booking("a:V1:1", "2026-11-02T10:00", "2026-11-10"),
      booking("a:V1:1", "2026-11-03T10:00", "2026-11-12"),  // rebooked: still one item
      call("a:V2:2", "2026-11-02T10:00", outcome::declined),
      call("a:V3:3", "2026-11-02T10:00", outcome::reached),
      call("a:V4:4", "2026-11-02T10:00", outcome::no_answer),
  });
  CHECK(value(res, "appointments_booked") == 1);
  const auto& r = row(res, "appointment_rate");
  CHECK(ratio(r) == "1/3");
}

TEST_CASE("show rate: a 'showed' appointment of the VIN within 5 days either side of the day booked") {
  auto o = options();
  o.appointments = true;
  kpi_tally t(o);
  // All booked for 10 Nov; shows 5 and 6 days either side.
  t.add_attempt(booking("next_service:VA:1", "2026-11-02T10:00", "2026-11-10"));
  t.add_attempt(booking("next_service:VB:2", "2026-11-02T10:00", "2026-11-10"));
  t.add_attempt(booking("next_service:VC:3", "2026-11-02T10:00", "2026-11-10"));
  t.add_attempt(booking("next_service:VD:4", "2026-11-02T10:00", "2026-11-10"));
  t.add_show("VA", on("2026-11-05"));  // -5: shown
  t.add_show("VB", on("2026-11-04"));  // -6: not
  t.add_show("VC", on("2026-11-15"));  // +5: shown
  t.add_show("VD", on("2026-11-16"));  // +6: not
  auto res = t.result({});
  const auto& r = row(res, "show_rate");
  CHECK(ratio(r) == "2/4");
  CHECK(*r.value == doctest::Approx(50.0));
}

TEST_CASE("show rate: only bookings whose day has come; the last booking's day; the VIN column first") {
  auto o = options();
  o.appointments = true;
  kpi_tally t(o);
  t.add_attempt(booking("next_service:VE:5", "2026-11-02T10:00", "2026-11-30"));  // not due by the 27th
  t.add_show("VE", on("2026-11-30"));
  t.add_attempt(booking("next_service:VG:7", "2026-11-02T10:00", "2026-11-10"));
  t.add_attempt(booking("next_service:VG:7", "2026-11-03T10:00", "2026-11-20"));  // moved to the 20th
  t.add_show("VG", on("2026-11-20"));
  t.add_attempt(booking("next_service:VZ:8", "2026-11-02T10:00", "2026-11-10", "VF"));
  t.add_show("VF", on("2026-11-10"));  // the row's VIN, not the item id's
  t.add_show("VZ", on("2026-11-30"));
  auto res = t.result({});
  CHECK(ratio(row(res, "show_rate")) == "2/2");
  CHECK(value(res, "appointments_booked") == 3);
}

TEST_CASE("show rate and the other optional metrics are left out without their input, never zero") {
  auto res = tally_of({call("a:V1:1", "2026-11-02T10:00", outcome::reached)});
  for (auto m : {"show_rate", "list_coverage", "reminder_contact_efficiency", "first_service_rate", "retention_12m",
                 "retention_pura", "recovery_rate", "lead_response_1bd"})
    CHECK(find(res.rows, "total", m) == nullptr);
  REQUIRE(res.left_out.size() == 8);
  CHECK(res.left_out[0] == "\"Show rate\" left out: it needs --appointments");
  CHECK(res.left_out[1] == "\"List coverage\" left out: it needs --list");
  CHECK(res.left_out[2] == "\"Reminder contact efficiency\" left out: it needs --list");
  CHECK(res.left_out[3] == "\"First-service rate\" left out: it needs --vehicles --services");
  CHECK(res.left_out[7] == "\"Leads answered in 1 business day\" left out: it needs --leads");
  // In Spanish, the Spanish titles: never the metric's code.
  retorno::set_language(retorno::lang::es);
  const auto es = tally_of({call("a:V1:1", "2026-11-02T10:00", outcome::reached)});
  retorno::set_language(retorno::lang::en);
  REQUIRE(es.left_out.size() == 8);
  CHECK(es.left_out[0] == "\"Cumplimiento de citas\" se omite: necesita --appointments");
  CHECK(es.left_out[3] == "\"Primer servicio\" se omite: necesita --vehicles --services");
}

TEST_CASE("list coverage: items listed in the period and reached in it") {
  auto o = options(kpi_grouping::agent);
  o.lists = true;
  kpi_tally t(o);
  t.add_attempt(call("a:V1:1", "2026-11-03T10:00", outcome::reached, "luis"));
  t.add_attempt(call("a:V2:2", "2026-11-03T10:00", outcome::busy, "luis"));
  t.add_attempt(call("a:V3:3", "2026-10-03T10:00", outcome::reached, "luis"));  // reached in October only
  t.add_listing("a:V1:1", on("2026-11-02"), "", "ana");
  t.add_listing("a:V2:2", on("2026-11-02"), "", "ana");
  t.add_listing("a:V3:3", on("2026-11-02"), "", "ana");
  t.add_listing("a:V3:3", on("2026-10-02"), "", "ana");
  t.add_listing("a:V4:4", on("2026-11-02"), "", "");     // never attempted; no agent
  t.add_listing("a:V5:5", on("2026-10-30"), "", "ana");  // outside both periods
  auto res = t.result({});
  CHECK(ratio(row(res, "list_coverage")) == "1/4");
  CHECK(*row(res, "list_coverage").previous == doctest::Approx(100.0));
  // By agent, the list's agent owns the item, whoever called it.
  CHECK(ratio(row(res, "list_coverage", "ana")) == "1/3");
  CHECK(ratio(row(res, "list_coverage", "unassigned")) == "0/1");
  CHECK(ratio(row(res, "list_coverage", "luis")) == "0/0");
}

TEST_CASE("list coverage by segment: the list's segment, else the item id's") {
  auto o = options(kpi_grouping::segment);
  o.lists = true;
  kpi_tally t(o);
  t.add_attempt(call("next_service:V1:1", "2026-11-03T10:00", outcome::reached));
  t.add_listing("next_service:V1:1", on("2026-11-02"), "", "ana");
  t.add_listing("inactive:V2:2", on("2026-11-02"), "campaign", "ana");
  auto res = t.result({});
  CHECK(ratio(row(res, "list_coverage", "next_service")) == "1/1");
  CHECK(ratio(row(res, "list_coverage", "campaign")) == "0/1");
  CHECK(find(res.rows, "inactive", "list_coverage") == nullptr);
}

TEST_CASE("the lead's deadline: the same time on the next business day, over Sundays and holidays") {
  const calendar::business_calendar mx(country::mx);
  // Friday 13 Nov 2026 -> Saturday (a business day).
  CHECK(lead_deadline(mx, minute("2026-11-13T09:00")) == minute("2026-11-14T09:00"));
  // Saturday 7 Nov -> Sunday is none -> Monday 9.
  CHECK(lead_deadline(mx, minute("2026-11-07T18:00")) == minute("2026-11-09T18:00"));
  // Saturday 14 Nov -> Sunday 15, Monday 16 (Revolution day, third Monday) -> Tuesday 17.
  CHECK(lead_deadline(mx, minute("2026-11-14T10:00")) == minute("2026-11-17T10:00"));
}

TEST_CASE("lead response in 1 business day: first attempts by the deadline over leads due") {
  auto o = options(kpi_grouping::agent);
  o.leads = true;
  kpi_tally t(o);
  t.add_attempt(call("lead::L1", "2026-11-17T10:00", outcome::no_answer));  // on the deadline itself: on time
  t.add_attempt(call("lead::L2", "2026-11-17T10:01", outcome::reached));    // a minute late
  t.add_attempt(call("lead::L2", "2026-11-18T10:01", outcome::reached));
  t.add_attempt(call("lead::L3", "2026-11-09T17:59", outcome::busy));       // across a Sunday, in time
  t.add_attempt(call("lead::L5", "2026-11-28T09:00", outcome::reached));    // after --as-of: not seen
  t.add_lead("L1", minute("2026-11-14T10:00"), "ana");
  t.add_lead("L2", minute("2026-11-14T10:00"), "ana");
  t.add_lead("L3", minute("2026-11-07T18:00"), "luis");
  t.add_lead("L4", minute("2026-11-20T08:00"), "");        // never attempted
  t.add_lead("L5", minute("2026-11-26T12:00"), "luis");    // due the 27th at noon: late
  t.add_lead("L6", minute("2026-11-27T10:00"), "ana");     // due the 28th: not yet counted
  t.add_lead("L7", minute("2026-10-15T10:00"), "ana");     // the previous period, unanswered
  auto res = t.result({});
  const auto& r = row(res, "lead_response_1bd");
  CHECK(ratio(r) == "2/5");
  CHECK(*r.previous == doctest::Approx(0.0));
  CHECK(ratio(row(res, "lead_response_1bd", "ana")) == "1/2");
  CHECK(ratio(row(res, "lead_response_1bd", "luis")) == "1/2");
  CHECK(ratio(row(res, "lead_response_1bd", "unassigned")) == "0/1");
}

TEST_CASE("a lead's first attempt may come before the period it was received in") {
  auto o = options();
  o.leads = true;
  kpi_tally t(o);
  t.add_attempt(call("lead::L1", "2026-09-30T10:00", outcome::reached));  // in no period: still its first attempt
  t.add_attempt(call("lead::L1", "2026-11-20T10:00", outcome::reached));
  t.add_lead("L1", minute("2026-11-02T10:00"), "ana");
  CHECK(ratio(row(t.result({}), "lead_response_1bd")) == "1/1");
}

TEST_CASE("no_contact: calls that did not reach, by outcome; they add up to calls - effective calls") {
  auto res = tally_of({
      call("a:V1:1", "2026-11-02T10:00", outcome::busy),
      call("a:V1:1", "2026-11-02T11:00", outcome::busy),
      call("a:V2:2", "2026-11-02T10:00", outcome::no_answer),
      call("a:V2:2", "2026-11-03T10:00", outcome::reached),
      call("a:V3:3", "2026-10-02T10:00", outcome::voicemail),  // October only: 0 now, 1 before
      by_channel(call("a:V4:4", "2026-11-02T10:00", outcome::no_answer), channel::whatsapp),  // not a call
  });
  CHECK(value(res, no_contact(outcome::busy)) == 2);
  CHECK(value(res, no_contact(outcome::no_answer)) == 1);
  CHECK(value(res, no_contact(outcome::voicemail)) == 0);
  CHECK(*row(res, no_contact(outcome::voicemail)).previous == 1);
  CHECK(find(res.rows, "total", no_contact(outcome::reached)) == nullptr);
  CHECK(value(res, no_contact(outcome::busy)) + value(res, no_contact(outcome::no_answer)) ==
        value(res, "calls") - value(res, "effective_calls"));
  // After the metrics, by name, then the no_booking counts (here V2's, reached with no reason).
  std::vector<std::string> order;
  for (const auto& r : res.rows)
    if (find_reason(r.metric)) order.push_back(r.metric);
  CHECK(order == std::vector<std::string>{no_contact(outcome::busy), no_contact(outcome::no_answer),
                                          no_contact(outcome::voicemail), no_booking(outcome::reached)});
  REQUIRE(res.rows.size() == 8 + 4);  // the 8 metrics of the log alone, then the 4 reasons
  CHECK(res.rows[7].metric == "appointment_rate");
  CHECK(res.rows[8].metric == no_contact(outcome::busy));
}

TEST_CASE("no_booking: items reached without a booking, by the reason of their last effective contact") {
  auto res = tally_of({
      with_reason(call("a:V1:1", "2026-11-02T10:00", outcome::declined), "precio"),
      with_reason(call("a:V1:1", "2026-11-05T10:00", outcome::declined), "otra agencia"),  // the last one counts
      call("a:V2:2", "2026-11-02T10:00", outcome::already_serviced),                       // no reason: the outcome
      with_reason(call("a:V3:3", "2026-11-02T10:00", outcome::reached), "precio"),
      call("a:V3:3", "2026-11-03T10:00", outcome::no_answer),  // not an effective contact: the reason stays
      with_reason(call("a:V4:4", "2026-11-02T10:00", outcome::declined), "precio"),
      booking("a:V4:4", "2026-11-04T10:00", "2026-11-10"),  // booked: no reason counted
  });
  CHECK(value(res, no_booking("otra agencia")) == 1);
  CHECK(value(res, no_booking(outcome::already_serviced)) == 1);
  CHECK(value(res, no_booking("precio")) == 1);
  CHECK(find(res.rows, "total", no_booking(outcome::declined)) == nullptr);
  CHECK(1 + 1 + 1 == value(res, "items_reached") - value(res, "appointments_booked"));
}

TEST_CASE("no_booking: two effective contacts in the same minute give the greater reason, in any order") {
  for (bool swapped : {false, true}) {
    auto a = with_reason(call("a:V1:1", "2026-11-02T10:00", outcome::declined), "lejos");
    auto b = with_reason(call("a:V1:1", "2026-11-02T10:00", outcome::declined), "precio");
    auto res = swapped ? tally_of({b, a}) : tally_of({a, b});
    CHECK(value(res, no_booking("precio")) == 1);
    CHECK(find(res.rows, "total", no_booking("lejos")) == nullptr);
  }
}

TEST_CASE("the previous period: the same span of the month before, in the `previous` column") {
  kpi_tally t(options());
  t.add_attempt(call("a:V1:1", "2026-10-27T23:59", outcome::reached));  // last minute of 1-27 Oct
  t.add_attempt(call("a:V2:2", "2026-10-28T00:00", outcome::reached));  // past the like-for-like span
  t.add_attempt(call("a:V3:3", "2026-10-01T00:00", outcome::busy));
  t.add_attempt(call("a:V4:4", "2026-11-27T23:59", outcome::busy));     // last minute of the current one
  t.add_attempt(call("a:V5:5", "2026-11-28T00:00", outcome::busy));     // after --as-of
  auto res = t.result({});
  CHECK(res.periods.previous.label == "2026-10");
  CHECK(value(res, "calls") == 1);
  CHECK(*row(res, "calls").previous == 2);
  CHECK(*row(res, "effective_calls").previous == 1);
  CHECK(*row(res, "call_effectiveness").previous == doctest::Approx(50.0));
  CHECK(*row(res, "items").previous == 2);
  CHECK(t.rows().current == 1);
  CHECK(t.rows().previous == 2);
  CHECK(t.rows().other == 2);
}

TEST_CASE("groups: agents by name (unassigned when empty), segments by the item id's first part") {
  kpi_tally by_agent(options(kpi_grouping::agent));
  kpi_tally by_segment(options(kpi_grouping::segment));
  for (auto* t : {&by_agent, &by_segment}) {
    t->add_attempt(call("next_service:V1:1", "2026-11-02T10:00", outcome::reached, "luis"));
    t->add_attempt(call("next_service:V1:1", "2026-11-03T10:00", outcome::busy, "ana"));
    t->add_attempt(call("inactive:V2:2", "2026-11-02T10:00", outcome::busy, ""));
    t->add_attempt(call("plain", "2026-11-02T10:00", outcome::busy, "ana"));
  }
  auto a = by_agent.result({});
  CHECK(value(a, "calls", "ana") == 2);
  CHECK(value(a, "items", "ana") == 2);
  CHECK(value(a, "items_reached", "luis") == 1);
  CHECK(value(a, "items_reached", "ana") == 0);  // reached by luis, not by ana
  CHECK(value(a, "calls", "unassigned") == 1);
  CHECK(a.rows.front().group_by == "total");
  CHECK(row(a, "calls", "ana").group_by == "agent");
  auto s = by_segment.result({});
  CHECK(value(s, "calls", "next_service") == 2);
  CHECK(value(s, "items_reached", "next_service") == 1);
  CHECK(value(s, "calls", "(none)") == 1);  // an item id without a segment
  CHECK(row(s, "calls", "inactive").group_by == "segment");
}

TEST_CASE("vehicle rates: the dealership's vehicles, in the total only") {
  auto o = options(kpi_grouping::agent);
  o.vehicles = true;
  kpi_tally t(o);
  const int dofu = day_number(on("2026-04-05"));  // due for its first service on 5 Nov
  t.add_vehicle({dofu, {day_number(on("2026-11-05"))}, {day_number(on("2026-11-05"))}, {}});
  t.add_vehicle({dofu, {}, {}, {}});
  t.add_attempt(call("a:V1:1", "2026-11-02T10:00", outcome::reached));
  auto res = t.result({});
  CHECK(ratio(row(res, "first_service_rate")) == "1/2");
  CHECK(ratio(row(res, "retention_12m")) == "1/2");
  CHECK(find(res.rows, "ana", "first_service_rate") == nullptr);
}

TEST_CASE("targets: the group's own, else the one for every group") {
  kpi_tally t(options(kpi_grouping::agent));
  t.add_attempt(call("a:V1:1", "2026-11-02T10:00", outcome::busy, "ana"));
  t.add_attempt(call("a:V2:2", "2026-11-02T10:00", outcome::busy, "luis"));
  kpi_targets targets{{"contactability", {{"", 60}, {"ana", 70}}}, {no_contact(outcome::busy), {{"luis", 3}}}};
  auto res = t.result(targets);
  CHECK(*row(res, "contactability").target == 60);
  CHECK(*row(res, "contactability", "ana").target == 70);
  CHECK(*row(res, "contactability", "luis").target == 60);
  CHECK(*row(res, no_contact(outcome::busy), "luis").target == 3);
  CHECK_FALSE(row(res, no_contact(outcome::busy), "ana").target.has_value());
  CHECK_FALSE(row(res, "calls").target.has_value());
}

TEST_CASE("the dashboard: per-agent bars and eight weeks of trend, the last cut at --as-of") {
  auto o = options();
  o.dashboard = true;
  kpi_tally t(o);
  t.add_attempt(call("a:V1:1", "2026-11-23T10:00", outcome::reached, "luis"));  // W48
  t.add_attempt(call("a:V2:2", "2026-11-24T10:00", outcome::busy, "luis"));
  t.add_attempt(call("a:V2:2", "2026-11-25T10:00", outcome::busy, "ana"));
  t.add_attempt(call("a:V3:3", "2026-10-05T10:00", outcome::busy, "ana"));  // W41, the oldest week
  // W47: a message, no call.
  t.add_attempt(by_channel(call("a:V4:4", "2026-11-16T10:00", outcome::reached, "ana"), channel::whatsapp));
  auto res = t.result({});
  CHECK(find(res.rows, "ana", "calls") == nullptr);  // no --by: the table has the totals only
  REQUIRE(res.agent_rows.size() == 4);
  CHECK(res.agent_rows[0].group == "ana");
  CHECK(res.agent_rows[0].metric == "call_effectiveness");
  CHECK(res.agent_rows[1].metric == "contactability");
  CHECK(*res.agent_rows[1].value == doctest::Approx(50.0));  // V2 and V4 attempted, V4 reached
  CHECK(*res.agent_rows[2].value == doctest::Approx(50.0));  // luis: 1 of 2 calls effective
  REQUIRE(res.trend.size() == 8);
  CHECK(res.trend.front().label == "2026-W41");
  CHECK(res.trend.front().calls == 1);
  CHECK(*res.trend.front().call_effectiveness == doctest::Approx(0.0));
  CHECK(res.trend[6].calls == 0);
  CHECK_FALSE(res.trend[6].call_effectiveness.has_value());    // no call that week: a gap
  CHECK(*res.trend[6].contactability == doctest::Approx(100.0));  // the message reached
  CHECK(res.trend.back().calls == 3);
  CHECK(*res.trend.back().contactability == doctest::Approx(50.0));
}
