// Tests of the KPI rules: report periods (month to date, like-for-like previous), ISO weeks,
// outcome classes, zero denominators.
#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "rules/kpis.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {

long long minute(const char* iso) { return *parse_minutes(iso); }
long long end_of(const char* day_iso) { return minute(day_iso) + minutes_per_day; }

}  // namespace

TEST_CASE("month to date against the same span of the month before") {
  auto p = periods_for(period_kind::month, end_of("2026-11-27"));
  CHECK(p.current.label == "2026-11");
  CHECK(format_day(p.current.first) == "2026-11-01");
  CHECK(format_day(p.current.last) == "2026-11-27");
  CHECK(p.previous.label == "2026-10");
  CHECK(format_day(p.previous.first) == "2026-10-01");
  CHECK(format_day(p.previous.last) == "2026-10-27");
  CHECK(p.current.contains(minute("2026-11-27T23:59")));
  CHECK_FALSE(p.current.contains(minute("2026-11-28T00:00")));
  CHECK_FALSE(p.previous.contains(minute("2026-10-28T00:00")));
}

TEST_CASE("a whole month against a shorter one is clamped to its end") {
  auto p = periods_for(period_kind::month, end_of("2026-03-31"));
  CHECK(format_day(p.previous.first) == "2026-02-01");
  CHECK(format_day(p.previous.last) == "2026-02-28");
  CHECK_FALSE(p.previous.contains(minute("2026-03-01T00:00")));
}

TEST_CASE("January compares with December of the year before") {
  auto p = periods_for(period_kind::month, end_of("2027-01-10"));
  CHECK(p.previous.label == "2026-12");
  CHECK(format_day(p.previous.last) == "2026-12-10");
}

TEST_CASE("ISO weeks: Monday first, the ISO year of the Thursday") {
  CHECK(iso_week_label(*parse_day("2026-11-27")) == "2026-W48");
  CHECK(iso_week_label(*parse_day("2026-11-23")) == "2026-W48");
  CHECK(iso_week_label(*parse_day("2026-11-22")) == "2026-W47");
  CHECK(iso_week_label(*parse_day("2027-01-01")) == "2026-W53");  // a Friday: 2026 has 53 ISO weeks
  CHECK(iso_week_label(*parse_day("2024-12-30")) == "2025-W01");
  auto p = periods_for(period_kind::week, minute("2026-11-27T12:00") + 1);
  CHECK(format_day(p.current.first) == "2026-11-23");
  CHECK(format_day(p.previous.first) == "2026-11-16");
  CHECK(p.previous.contains(minute("2026-11-20T12:00")));
  CHECK_FALSE(p.previous.contains(minute("2026-11-20T12:01")));
}

TEST_CASE("trend weeks end with the week of --as-of, oldest first") {
  auto w = trend_weeks(end_of("2026-11-27"), 8);
  REQUIRE(w.size() == 8);
  CHECK(w.front().label == "2026-W41");
  CHECK(w.back().label == "2026-W48");
  CHECK(format_day(w.back().last) == "2026-11-27");
}

TEST_CASE("a zero denominator is an empty value, never NaN or inf") {
  CHECK_FALSE(percent(0, 0).has_value());
  CHECK_FALSE(percent(5, 0).has_value());
  CHECK(format_value(percent(0, 0), true) == "");
  CHECK(format_value(percent(6, 11), true) == "54.5");
  CHECK(format_value(percent(2, 3), true) == "66.7");
  CHECK(format_value(percent(1, 8), true) == "12.5");
  CHECK(format_value(percent(0, 3), true) == "0.0");
  CHECK(format_value(std::optional<double>(NAN), true) == "");
  CHECK(format_value(std::optional<double>(12.0), false) == "12");
}

TEST_CASE("every metric of the report is defined in both languages") {
  for (auto name : {"calls", "effective_calls", "call_effectiveness", "items", "items_reached", "contactability",
                    "appointments_booked", "appointment_rate", "show_rate", "list_coverage", "first_service_rate",
                    "retention_12m", "recovery_rate", "lead_response_1bd"}) {
    auto* d = find_metric(name);
    REQUIRE(d != nullptr);
    CHECK_FALSE(d->es.empty());
    CHECK_FALSE(d->en.empty());
  }
  CHECK(find_metric("contactabilty") == nullptr);
}

TEST_CASE("each metric's definition: a title, its input, a numerator, and a denominator for rates only") {
  for (const auto& d : metric_defs()) {
    INFO(std::string(d.name));
    CHECK(&metric_info(d.id) == &d);
    CHECK_FALSE(d.title_es.empty());
    CHECK_FALSE(d.title_en.empty());
    CHECK(d.numerator != nullptr);
    CHECK((d.denominator != nullptr) == d.is_rate);
  }
  CHECK(metric_info(metric_id::contactability).title(false) == "Contactabilidad");
  CHECK(metric_info(metric_id::contactability).definition(true).starts_with("contactability = items reached"));
  CHECK(input_flags(metric_info(metric_id::show_rate).needs) == "--appointments");
  CHECK(input_flags(metric_info(metric_id::retention_12m).needs) == "--vehicles --services");
  CHECK(input_flags(metric_info(metric_id::calls).needs).empty());
}

TEST_CASE("the definitions a dashboard prints are words: no outcome, segment or column code") {
  for (bool en : {false, true}) {
    for (const auto& d : metric_defs()) {
      INFO(std::string(d.name));
      CHECK(d.definition(en).find('_') == std::string::npos);
      CHECK(d.definition(en).find('=') != 0);
    }
    for (const auto& r : reason_defs()) CHECK(r.definition(en).find('_') == std::string::npos);
  }
  // The outcomes that count as effective, by the labels an agent ticks on the sheet.
  const std::string es = metric_info(metric_id::effective_calls).definition(false);
  CHECK(es.find("(contactado, pidió que le llamen, cita agendada, no desea,") != std::string::npos);
  CHECK(metric_info(metric_id::appointments_booked).definition(true) ==
        "appointments booked: distinct items with an attempt whose outcome was appointment booked");
}

TEST_CASE("a metric's value: numerator over denominator for a rate, the numerator for a count") {
  period_counts c;
  c.calls = 8;
  c.effective_calls = 2;
  CHECK(*metric_value(metric_info(metric_id::call_effectiveness), c) == doctest::Approx(25.0));
  CHECK(*metric_value(metric_info(metric_id::effective_calls), c) == 2);
  CHECK_FALSE(metric_value(metric_info(metric_id::contactability), c).has_value());  // no items: empty
  CHECK(*metric_value(metric_info(metric_id::items), c) == 0);                         // a count is 0
}

TEST_CASE("reason counts are named prefix:value") {
  CHECK(find_reason("no_contact:busy")->id == reason_kind::no_contact);
  CHECK(find_reason("no_booking:otra agencia")->id == reason_kind::no_booking);
  CHECK(find_reason("no_booking:") != nullptr);
  CHECK(find_reason("no_booking") == nullptr);
  CHECK(find_reason("no_contacts:busy") == nullptr);
  CHECK(find_reason("calls") == nullptr);
  CHECK(reason_defs()[0].key(true) == "no_contact:<outcome>");
  CHECK(reason_defs()[1].key(false) == "no_booking:<motivo>");
}

namespace {

int dn(const char* iso) { return static_cast<int>(parse_day(iso)->time_since_epoch().count()); }

vehicle_counts count_one(const vehicle_history& v, const char* as_of) {
  vehicle_counts n;
  count_vehicle(v, periods_for(period_kind::month, end_of(as_of)).current, n);
  return n;
}

}  // namespace

TEST_CASE("first service: the cohort whose DOFU + 7 months falls in the period, the last day counting") {
  vehicle_history v{dn("2026-04-05"), {dn("2026-11-05")}, {dn("2026-11-05")}, {}};
  auto n = count_one(v, "2026-11-27");
  CHECK(n.first_service_cohort == 1);
  CHECK(n.first_service == 1);  // maintenance on the deadline itself
  v.maintenance = {dn("2026-11-06")};
  CHECK(count_one(v, "2026-11-27").first_service == 0);
  CHECK(count_one(v, "2026-11-04").first_service_cohort == 0);  // not due yet
  v.maintenance.clear();  // a repair is a visit, not a maintenance
  CHECK(count_one(v, "2026-11-27").first_service == 0);
}

TEST_CASE("retention: a visit in the 12 months ending at the period's last day") {
  vehicle_history v{dn("2020-01-15"), {dn("2025-11-27")}, {}, {}};
  CHECK(count_one(v, "2026-11-27").retained == 0);  // exactly 12 months before: out
  v.visits = {dn("2025-11-28")};
  CHECK(count_one(v, "2026-11-27").retained == 1);
  CHECK(count_one(v, "2026-11-27").in_operation == 1);
  vehicle_history future{dn("2026-12-01"), {}, {}, {}};
  CHECK(count_one(future, "2026-11-27").in_operation == 0);  // delivered after the period
  vehicle_history unknown{};
  CHECK(count_one(unknown, "2026-11-27").in_operation == 1);  // DOFU unknown: still in operation
}

TEST_CASE("recovery: inactive 12 months at the period's start, back in the period") {
  vehicle_history v{dn("2019-06-01"), {dn("2024-05-01"), dn("2026-11-10")}, {}, {}};
  auto n = count_one(v, "2026-11-27");
  CHECK(n.inactive == 1);
  CHECK(n.recovered == 1);
  vehicle_history recent{dn("2019-06-01"), {dn("2025-11-02")}, {}, {}};
  CHECK(count_one(recent, "2026-11-27").inactive == 0);  // 11 months and 30 days
  vehicle_history never{dn("2025-11-01"), {}, {}, {}};
  CHECK(count_one(never, "2026-11-27").inactive == 1);  // never came, delivered 12 months before
  vehicle_history nothing{};
  CHECK(count_one(nothing, "2026-11-27").inactive == 0);  // neither visit nor DOFU: no cohort
}
