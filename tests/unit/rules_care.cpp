// Tests of the care metrics: complaints opened, closed, open at the end and overdue, the median
// days to close and the share confirmed, by area, owner and category; CSAT (9 or 10) and the mean
// score by advisor and consultant; the database's health per dealer; the notes for what is
// missing, targets, the previous period and the trend months.
#include <doctest/doctest.h>

#include <climits>
#include <string>
#include <vector>

#include "rules/care.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {

int d(const char* iso) { return day_number(*parse_day(iso)); }

period span(const char* first, const char* last, const char* label) {
  period p;
  p.first = *parse_day(first);
  p.last = *parse_day(last);
  p.from = minute_of(p.first);
  p.to = minute_of(p.last) + minutes_per_day;
  p.label = label;
  return p;
}

// --as-of 2026-11-27, month: 1-27 Nov against 1-27 Oct; with `months`, October and November
// (cut at the 27th) as the trend.
care_tally november(bool months = false) {
  std::vector<period> p = {span("2026-11-01", "2026-11-27", "2026-11"), span("2026-10-01", "2026-10-27", "2026-10")};
  if (months) {
    p.push_back(span("2026-10-01", "2026-10-31", "2026-10"));
    p.push_back(span("2026-11-01", "2026-11-27", "2026-11"));
  }
  return care_tally(std::move(p));
}

complaint_facts complaint(const char* opened, const char* closed, bool confirmed, const char* area,
                          const char* category, const char* owner) {
  complaint_facts c;
  c.opened = d(opened);
  if (closed) {
    c.is_closed = true;
    c.closed = *closed ? d(closed) : INT_MIN;  // "" = closed, day unknown
  }
  c.confirmed = confirmed;
  c.area = area;
  c.category = category;
  c.owner = owner;
  return c;
}

struct emitted {
  std::vector<kpi_row> rows, month_rows;
  std::vector<std::string> left_out;
};
emitted emit(const care_tally& t, const kpi_targets& targets = {}) {
  emitted e;
  t.emit(e.rows, e.month_rows, e.left_out, targets);
  return e;
}

const kpi_row* find(const std::vector<kpi_row>& rows, std::string_view group_by, std::string_view group,
                    std::string_view metric, std::string_view period = "") {
  for (const auto& r : rows)
    if (r.group_by == group_by && r.group == group && r.metric == metric && r.period == period) return &r;
  return nullptr;
}
// The row's value; fails the test when the row is not there.
std::optional<double> value(const std::vector<kpi_row>& rows, std::string_view group_by, std::string_view group,
                            std::string_view metric) {
  const auto* r = find(rows, group_by, group, metric);
  REQUIRE_MESSAGE(r, group_by, " ", group, " ", metric);
  return r->value;
}

// The complaints of November 2026 (as of the 27th):
//   A 11-02 -> 11-05 confirmed  servicio  Tiempo de entrega  luis     3 days
//   B 11-10 -> 11-20            servicio  Tiempo de entrega  (none)  10 days
//   C 10-20 -> 11-04 confirmed  ventas    Trato              marta   15 days (opened in October)
//   D 11-15 open                servicio  Ruido              luis    12 days at the 27th: overdue
//   E 11-22 open                servicio  Tiempo de entrega  luis     5 days
//   F 11-20 open                ventas    Ruido              marta    7 days: not over 7
//   G 11-19 open                ventas    Tiempo de entrega  marta    8 days: overdue
//   H 11-03 closed, no date     (none)    Trato              marta
//   J 11-25 -> 11-28 confirmed  servicio  Ruido              luis    closed after the period: open
//   and one without an opening date, which counts nowhere.
void add_november_complaints(care_tally& t) {
  t.add_complaint(complaint("2026-11-02", "2026-11-05", true, "servicio", "Tiempo de entrega", "luis"));
  t.add_complaint(complaint("2026-11-10", "2026-11-20", false, "servicio", "Tiempo de entrega", ""));
  t.add_complaint(complaint("2026-10-20", "2026-11-04", true, "ventas", "Trato", "marta"));
  t.add_complaint(complaint("2026-11-15", nullptr, false, "servicio", "Ruido", "luis"));
  t.add_complaint(complaint("2026-11-22", nullptr, false, "servicio", "Tiempo de entrega", "luis"));
  t.add_complaint(complaint("2026-11-20", nullptr, false, "ventas", "Ruido", "marta"));
  t.add_complaint(complaint("2026-11-19", nullptr, false, "ventas", "Tiempo de entrega", "marta"));
  t.add_complaint(complaint("2026-11-03", "", false, "", "Trato", "marta"));
  t.add_complaint(complaint("2026-11-25", "2026-11-28", true, "servicio", "Ruido", "luis"));
  complaint_facts undated;
  undated.area = "postventa";
  undated.category = "Sin fecha";
  t.add_complaint(undated);
}

care_tally::inputs only_complaints() {
  care_tally::inputs in;
  in.complaints = true;
  return in;
}

}  // namespace

TEST_CASE("care: median of whole numbers, the mean of the middle two for an even count") {
  CHECK_FALSE(median({}).has_value());
  CHECK(median({7}) == 7.0);
  CHECK(median({15, 3, 10}) == 10.0);
  CHECK(median({4, 1, 3, 2}) == 2.5);
  CHECK(median({10, 3}) == 6.5);
  CHECK(median({0, 0, 9}) == 0.0);
}

TEST_CASE("care: the definitions are found by name, each with both languages") {
  const auto* c = find_care_metric("complaints_confirmed");
  REQUIRE(c);
  CHECK(c->is_rate);
  CHECK(c->needs == care_input::complaints);
  CHECK(c->title(false) == "Cerradas con confirmación del cliente");
  CHECK(c->title(true) == "Closed with the customer's confirmation");
  const auto* m = find_care_metric("complaint_days_to_close");
  REQUIRE(m);
  CHECK_FALSE(m->is_rate);
  CHECK(m->one_decimal);
  CHECK(find_care_metric("call_effectiveness") == nullptr);
  for (const auto& def : care_defs()) {
    CAPTURE(def.name);
    CHECK(find_care_metric(def.name) == &def);
    CHECK_FALSE(def.title_es.empty());
    CHECK_FALSE(def.title_en.empty());
    CHECK(def.es != def.en);
    // Words for the service manager: no code of a table (post_service, person_id).
    CHECK(def.es.find('_') == std::string_view::npos);
    CHECK(def.en.find('_') == std::string_view::npos);
  }
}

TEST_CASE("care: complaints opened, closed, open at the end and over 7 days, in the period") {
  auto t = november();
  add_november_complaints(t);
  t.set_inputs(only_complaints());
  const auto e = emit(t);
  CHECK(value(e.rows, "total", "total", "complaints_opened") == 8.0);   // A B D E F G H J
  CHECK(value(e.rows, "total", "total", "complaints_closed") == 3.0);   // A B C (H has no date, J closed on the 28th)
  CHECK(value(e.rows, "total", "total", "complaints_open") == 5.0);     // D E F G J
  CHECK(value(e.rows, "total", "total", "complaints_open_over_7d") == 2.0);  // D (12 days) and G (8); F is 7
  // Previous period, 1-27 October: C opened on the 20th, still open on the 27th, 7 days: not over.
  const auto* open = find(e.rows, "total", "total", "complaints_open");
  CHECK(open->previous == 1.0);
  CHECK(find(e.rows, "total", "total", "complaints_opened")->previous == 1.0);
  CHECK(find(e.rows, "total", "total", "complaints_closed")->previous == 0.0);
  CHECK(find(e.rows, "total", "total", "complaints_open_over_7d")->previous == 0.0);
  // Counts carry no numerator or denominator.
  CHECK(open->numerator.empty());
  CHECK(open->denominator.empty());
  CHECK_FALSE(open->is_rate);
}

TEST_CASE("care: median days to close and the share closed with the customer's confirmation") {
  auto t = november();
  add_november_complaints(t);
  t.set_inputs(only_complaints());
  const auto e = emit(t);
  // Closed in November: A 3 days, B 10, C 15.
  const auto* days = find(e.rows, "total", "total", "complaint_days_to_close");
  REQUIRE(days);
  CHECK(days->value == 10.0);
  CHECK(days->one_decimal);
  CHECK_FALSE(days->previous.has_value());  // nothing closed in October
  // Confirmed: A and C of A, B, C.
  const auto* confirmed = find(e.rows, "total", "total", "complaints_confirmed");
  REQUIRE(confirmed);
  CHECK(confirmed->value == doctest::Approx(66.6667).epsilon(1e-4));
  CHECK(confirmed->numerator == "2");
  CHECK(confirmed->denominator == "3");
  CHECK(confirmed->is_rate);
  CHECK_FALSE(confirmed->previous.has_value());  // 0 / 0 is no rate
}

TEST_CASE("care: complaints by area, by owner (unassigned when empty) and by category") {
  auto t = november();
  add_november_complaints(t);
  t.set_inputs(only_complaints());
  const auto e = emit(t);
  // servicio: A B D E J opened, A B closed (3 and 10 days, A confirmed), D E J open, D overdue.
  CHECK(value(e.rows, "area", "servicio", "complaints_opened") == 5.0);
  CHECK(value(e.rows, "area", "servicio", "complaints_closed") == 2.0);
  CHECK(value(e.rows, "area", "servicio", "complaint_days_to_close") == 6.5);
  CHECK(value(e.rows, "area", "servicio", "complaints_confirmed") == 50.0);
  CHECK(value(e.rows, "area", "servicio", "complaints_open") == 3.0);
  CHECK(value(e.rows, "area", "servicio", "complaints_open_over_7d") == 1.0);
  // ventas: F G opened, C closed in 15 days and confirmed, F G open, G overdue.
  CHECK(value(e.rows, "area", "ventas", "complaints_opened") == 2.0);
  CHECK(value(e.rows, "area", "ventas", "complaint_days_to_close") == 15.0);
  CHECK(value(e.rows, "area", "ventas", "complaints_confirmed") == 100.0);
  CHECK(value(e.rows, "area", "ventas", "complaints_open_over_7d") == 1.0);
  CHECK(value(e.rows, "area", unassigned, "complaints_opened") == 1.0);  // H
  // Owners: B had none.
  CHECK(value(e.rows, "owner", "luis", "complaints_opened") == 4.0);
  CHECK(value(e.rows, "owner", "luis", "complaints_open") == 3.0);
  CHECK(value(e.rows, "owner", "marta", "complaints_opened") == 3.0);
  CHECK(value(e.rows, "owner", unassigned, "complaints_confirmed") == 0.0);
  CHECK(value(e.rows, "owner", unassigned, "complaint_days_to_close") == 10.0);
  // Categories report what was opened and what is still open: the recurring ones.
  CHECK(value(e.rows, "category", "Tiempo de entrega", "complaints_opened") == 4.0);  // A B E G
  CHECK(value(e.rows, "category", "Tiempo de entrega", "complaints_open") == 2.0);    // E G
  CHECK(value(e.rows, "category", "Ruido", "complaints_opened") == 3.0);              // D F J
  CHECK(value(e.rows, "category", "Ruido", "complaints_open") == 3.0);
  CHECK(value(e.rows, "category", "Trato", "complaints_opened") == 1.0);  // H; C was opened in October
  CHECK(value(e.rows, "category", "Trato", "complaints_open") == 0.0);
  CHECK(find(e.rows, "category", "Ruido", "complaints_closed") == nullptr);
  // The complaint without an opening date is nowhere.
  CHECK(find(e.rows, "area", "postventa", "complaints_opened") == nullptr);
  CHECK(find(e.rows, "category", "Sin fecha", "complaints_opened") == nullptr);
}

TEST_CASE("care: rows come totals first, then area, owner and category, groups in name order") {
  auto t = november();
  add_november_complaints(t);
  t.set_inputs(only_complaints());
  const auto e = emit(t);
  REQUIRE(e.rows.size() == 6 + 6 * 3 + 6 * 3 + 2 * 3);  // totals; 3 areas, 3 owners x 6; 3 categories x 2
  CHECK(e.rows[0].metric == "complaints_opened");
  CHECK(e.rows[5].metric == "complaints_confirmed");
  CHECK(e.rows[6].group_by == "area");
  CHECK(e.rows[6].group == "servicio");
  CHECK(e.rows[12].group == unassigned);
  CHECK(e.rows[18].group == "ventas");
  CHECK(e.rows[24].group_by == "owner");
  CHECK(e.rows[42].group_by == "category");
  CHECK(e.rows[42].group == "Ruido");
  CHECK(e.rows.back().group == "Trato");
  CHECK(e.rows.back().metric == "complaints_open");
}

TEST_CASE("care: a metric without its input is left out with one note per missing input") {
  auto t = november();
  add_november_complaints(t);
  t.set_inputs(only_complaints());
  const auto e = emit(t);
  REQUIRE(e.left_out.size() == 4);
  // The metrics by their dashboard titles, as the coordinator reads them there.
  CHECK(e.left_out[0] ==
        "\"Post-service CSAT (9-10)\", \"Post-service mean score\", \"Post-delivery CSAT (9-10)\", "
        "\"Post-delivery mean score\" left out: they need a score column in --log");
  CHECK(e.left_out[1] ==
        "\"Vehicles in the database\", \"With a valid mobile\", \"With a valid e-mail\", \"With a valid RFC\", "
        "\"With a preferred channel\", \"With a delivery date\" left out: they need --vehicles");
  CHECK(e.left_out[2] == "\"With all three profiles\" left out: it needs --contacts");
  CHECK(e.left_out[3] ==
        "\"Persons with duplicate records\" left out: it needs person_id in --vehicles (run retorno dedupe first)");
  for (const auto& r : e.rows) CHECK(find_care_metric(r.metric)->needs == care_input::complaints);
  // Without complaints, nothing about them, even with complaints added.
  auto none = november();
  add_november_complaints(none);
  const auto n = emit(none);
  CHECK(n.rows.empty());
  CHECK(n.left_out.size() == 5);
}

TEST_CASE("care: targets per group, the one for every group otherwise") {
  auto t = november();
  add_november_complaints(t);
  t.set_inputs(only_complaints());
  const kpi_targets targets = {{"complaints_confirmed", {{"", 80.0}, {"servicio", 90.0}}}};
  const auto e = emit(t, targets);
  CHECK(find(e.rows, "total", "total", "complaints_confirmed")->target == 80.0);
  CHECK(find(e.rows, "area", "servicio", "complaints_confirmed")->target == 90.0);
  CHECK(find(e.rows, "area", "ventas", "complaints_confirmed")->target == 80.0);
  CHECK_FALSE(find(e.rows, "total", "total", "complaints_opened")->target.has_value());
}

TEST_CASE("care: CSAT is the share of 9 and 10, the mean score beside it, by advisor and consultant") {
  auto t = november();
  const std::pair<int, const char*> post_service[] = {{10, "ana"}, {9, "ana"}, {6, "ana"}, {8, "pedro"}, {10, ""}};
  for (auto [score, who] : post_service) t.add_score(0, {survey::post_service, score, who});
  t.add_score(0, {survey::post_delivery, 9, "sofia"});
  t.add_score(0, {survey::post_delivery, 7, "sofia"});
  t.add_score(1, {survey::post_service, 9, "ana"});  // October
  care_tally::inputs in;
  in.scores = true;
  t.set_inputs(in);
  const auto e = emit(t);
  // Post-service: 10 9 6 8 10, three of them 9 or 10; the sum is 43.
  const auto* csat = find(e.rows, "total", "total", "csat_post_service");
  REQUIRE(csat);
  CHECK(csat->value == 60.0);
  CHECK(csat->numerator == "3");
  CHECK(csat->denominator == "5");
  CHECK(csat->previous == 100.0);
  const auto* mean = find(e.rows, "total", "total", "score_post_service");
  REQUIRE(mean);
  CHECK(mean->value == doctest::Approx(8.6));
  CHECK(mean->numerator == "43");
  CHECK(mean->denominator == "5");
  CHECK(mean->one_decimal);
  CHECK(mean->previous == 9.0);
  CHECK(value(e.rows, "advisor", "ana", "csat_post_service") == doctest::Approx(66.6667).epsilon(1e-4));
  CHECK(value(e.rows, "advisor", "ana", "score_post_service") == doctest::Approx(25.0 / 3));
  CHECK(value(e.rows, "advisor", "pedro", "csat_post_service") == 0.0);  // 8 is not 9 or 10
  CHECK_FALSE(find(e.rows, "advisor", "pedro", "csat_post_service")->previous.has_value());
  CHECK(value(e.rows, "advisor", unassigned, "csat_post_service") == 100.0);
  CHECK(value(e.rows, "total", "total", "csat_post_delivery") == 50.0);
  CHECK(value(e.rows, "total", "total", "score_post_delivery") == 8.0);
  CHECK(value(e.rows, "sales_consultant", "sofia", "csat_post_delivery") == 50.0);
  // An advisor is not a sales consultant, nor the reverse.
  CHECK(find(e.rows, "sales_consultant", "ana", "csat_post_delivery") == nullptr);
  CHECK(find(e.rows, "advisor", "sofia", "csat_post_service") == nullptr);
}

TEST_CASE("care: the database's health per dealer, its change only with last month's table") {
  auto t = november();
  vehicle_health full{"Norte", true, true, true, true, true, true};
  vehicle_health mobile_only{"Norte", true, false, false, false, false, false};
  vehicle_health two{"Sur", true, true, false, false, false, false};
  vehicle_health bare{"", false, false, false, false, false, false};
  for (const auto& v : {full, mobile_only, two, bare}) t.add_vehicle(0, v);
  t.add_vehicle(1, vehicle_health{"Norte", true, false, false, false, false, false});
  const std::vector<std::string_view> twice = {"Norte", "Norte", "Sur"}, once = {"Norte"};
  t.add_person(0, 2, twice);
  t.add_person(0, 1, once);
  care_tally::inputs in;
  in.vehicles = in.contacts = in.persons = true;
  t.set_inputs(in);
  const auto e = emit(t);
  CHECK(e.left_out.size() == 2);  // complaints and scores
  CHECK(value(e.rows, "total", "total", "db_vehicles") == 4.0);
  CHECK(value(e.rows, "total", "total", "db_valid_mobile") == 75.0);
  CHECK(value(e.rows, "total", "total", "db_valid_email") == 50.0);
  CHECK(value(e.rows, "total", "total", "db_valid_tax_id") == 25.0);
  CHECK(value(e.rows, "total", "total", "db_three_profiles") == 25.0);
  CHECK(value(e.rows, "total", "total", "db_preferred_channel") == 25.0);
  CHECK(value(e.rows, "total", "total", "db_dofu") == 25.0);
  const auto* mobile = find(e.rows, "total", "total", "db_valid_mobile");
  CHECK(mobile->numerator == "3");
  CHECK(mobile->denominator == "4");
  CHECK(mobile->previous == 100.0);  // October: one vehicle, with a mobile
  CHECK_FALSE(find(e.rows, "total", "total", "db_three_profiles")->previous.has_value());
  CHECK(value(e.rows, "dealer", "Norte", "db_valid_mobile") == 100.0);
  CHECK(value(e.rows, "dealer", "Norte", "db_valid_email") == 50.0);
  CHECK(value(e.rows, "dealer", "Sur", "db_valid_email") == 100.0);
  CHECK(value(e.rows, "dealer", unassigned, "db_vehicles") == 1.0);
  CHECK_FALSE(find(e.rows, "dealer", "Sur", "db_valid_mobile")->previous.has_value());  // no Sur vehicle in October
  // Two persons, one with two customer records: counted once in each of their dealers.
  CHECK(value(e.rows, "total", "total", "db_duplicate_persons") == 50.0);
  CHECK(value(e.rows, "dealer", "Norte", "db_duplicate_persons") == 50.0);
  CHECK(find(e.rows, "dealer", "Norte", "db_duplicate_persons")->denominator == "2");
  CHECK(value(e.rows, "dealer", "Sur", "db_duplicate_persons") == 100.0);
  // Without last month's table there is nothing to compare.
  auto alone = november();
  alone.add_vehicle(0, full);
  alone.set_inputs(in);
  const auto a = emit(alone);
  CHECK_FALSE(find(a.rows, "total", "total", "db_valid_mobile")->previous.has_value());
  CHECK_FALSE(find(a.rows, "total", "total", "db_vehicles")->previous.has_value());
}

TEST_CASE("care: the trend months' totals, complaints and scores only, labelled with their month") {
  auto t = november(true);
  add_november_complaints(t);
  t.add_vehicle(0, vehicle_health{"Norte", true, true, true, true, true, true});
  t.add_score(2, {survey::post_service, 10, "ana"});
  t.add_score(3, {survey::post_service, 4, "ana"});
  care_tally::inputs in;
  in.complaints = in.scores = in.vehicles = true;
  t.set_inputs(in);
  const auto e = emit(t);
  // October whole: C opened on the 20th and open on the 31st, 11 days: overdue.
  CHECK(find(e.month_rows, "total", "total", "complaints_opened", "2026-10")->value == 1.0);
  CHECK(find(e.month_rows, "total", "total", "complaints_open_over_7d", "2026-10")->value == 1.0);
  CHECK(find(e.month_rows, "total", "total", "complaints_opened", "2026-11")->value == 8.0);
  CHECK(find(e.month_rows, "total", "total", "complaints_open_over_7d", "2026-11")->value == 2.0);
  CHECK(find(e.month_rows, "total", "total", "csat_post_service", "2026-10")->value == 100.0);
  CHECK(find(e.month_rows, "total", "total", "csat_post_service", "2026-11")->value == 0.0);
  // 2 months x (6 complaint + 4 score metrics); no database snapshot by month, no group, no previous.
  CHECK(e.month_rows.size() == 20);
  for (const auto& r : e.month_rows) {
    CHECK(r.group_by == "total");
    CHECK_FALSE(r.previous.has_value());
    CHECK_FALSE(std::string_view(r.metric).starts_with("db_"));
  }
  // The period's own rows carry no month label.
  for (const auto& r : e.rows) CHECK(r.period.empty());
}
