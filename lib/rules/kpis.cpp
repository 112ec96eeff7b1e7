// KPI periods, outcome classes and definitions (DESIGN.md "Rules — KPIs"; seeds 001-004).
#include "rules/kpis.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace retorno::rules {

namespace {

day day_before(long long end) { return day_of_minute(end - 1); }

day monday_of(day d) { return d - (date::weekday{d} - date::Monday); }

period make(day first, day next_first, long long end, std::string label) {
  period p;
  p.first = first;
  p.from = minute_of(first);
  p.to = std::min(minute_of(next_first), end);
  p.last = day_before(p.to);
  p.label = std::move(label);
  return p;
}

std::string month_label(day d) {
  date::year_month_day ymd{d};
  return fmt::format("{:04}-{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()));
}

constexpr metric_def defs[] = {
    {"calls", false, "", "llamadas: intentos por teléfono en el periodo (filas de la bitácora con channel=phone)",
     "calls: phone attempts in the period (contact_log rows with channel=phone)"},
    {"effective_calls", false, "",
     "llamadas efectivas: llamadas en que se habló con el cliente (reached, callback_requested, appointment_booked, "
     "declined, already_serviced, vehicle_sold, do_not_contact)",
     "effective calls: calls that reached the customer (reached, callback_requested, appointment_booked, declined, "
     "already_serviced, vehicle_sold, do_not_contact)"},
    {"call_effectiveness", true, "", "efectividad de llamadas = llamadas efectivas / llamadas x 100 (intentos)",
     "call effectiveness = effective calls / calls x 100 (attempts)"},
    {"items", false, "", "registros gestionados: registros distintos (item_id) con al menos un intento por cualquier medio",
     "items: distinct items (item_id) with at least one attempt on any channel"},
    {"items_reached", false, "", "registros contactados: registros distintos con al menos un contacto efectivo",
     "items reached: distinct items with at least one effective contact"},
    {"contactability", true, "", "contactabilidad = registros contactados / registros gestionados x 100 (registros)",
     "contactability = items reached / items attempted x 100 (items)"},
    {"appointments_booked", false, "", "citas agendadas: registros distintos con un intento appointment_booked",
     "appointments booked: distinct items with an appointment_booked attempt"},
    {"appointment_rate", true, "", "tasa de agendamiento = registros con cita / registros contactados x 100",
     "appointment rate = items booked / items reached x 100"},
    {"show_rate", true, "--appointments",
     "cumplimiento de citas = citas agendadas (fecha ya pasada) con una cita 'showed' del mismo VIN a ±5 días / esas "
     "citas x 100",
     "show rate = booked appointments (date already past) with a 'showed' appointment of the same VIN within ±5 days / "
     "those appointments x 100"},
    {"list_coverage", true, "--list",
     "cobertura de la lista = registros listados en el periodo y contactados en él / registros listados x 100",
     "list coverage = items listed in the period and reached in it / items listed x 100"},
    {"first_service_rate", true, "--vehicles --services",
     "primer servicio = vehículos cuyo plazo (entrega + 7 meses) venció en el periodo y tuvieron un mantenimiento en "
     "ese plazo / esos vehículos x 100",
     "first-service rate = vehicles whose deadline (delivery + 7 months) fell in the period with a maintenance visit "
     "by then / those vehicles x 100"},
    {"retention_12m", true, "--vehicles --services",
     "retención 12 meses = vehículos en operación al cierre con una visita en los últimos 12 meses / vehículos en "
     "operación x 100",
     "12-month retention = vehicles in operation at the period's end with a visit in the last 12 months / vehicles "
     "in operation x 100"},
    {"recovery_rate", true, "--vehicles --services",
     "recuperación = vehículos inactivos 12 meses o más al inicio del periodo que visitaron el taller en él / esos "
     "vehículos x 100",
     "recovery rate = vehicles inactive 12 months or more at the period's start that visited in the period / those "
     "vehicles x 100"},
    {"lead_response_1bd", true, "--leads",
     "leads atendidos en 1 día hábil = leads cuyo primer intento llegó a más tardar a la misma hora del siguiente día hábil "
     "/ leads recibidos en el periodo con ese plazo vencido x 100",
     "lead response in 1 business day = leads first attempted by the same time on the next business day / leads "
     "received in the period whose deadline has passed x 100"},
};

}  // namespace

std::string iso_week_label(day d) {
  // The ISO year is the year of the week's Thursday.
  day thursday = monday_of(d) + date::days{3};
  date::year_month_day ymd{thursday};
  day jan1 = day{ymd.year() / date::January / 1};
  int week = static_cast<int>((thursday - jan1).count()) / 7 + 1;
  return fmt::format("{:04}-W{:02}", static_cast<int>(ymd.year()), week);
}

report_periods periods_for(period_kind kind, long long end) {
  const day last = day_before(end);
  report_periods r;
  if (kind == period_kind::month) {
    date::year_month_day ymd{last};
    day first = day{ymd.year() / ymd.month() / 1};
    day next = add_months(first, 1);
    day prev_first = add_months(first, -1);
    r.current = make(first, next, end, month_label(first));
    r.previous = make(prev_first, first, minute_of(prev_first) + (end - r.current.from), month_label(prev_first));
  } else {
    day first = monday_of(last);
    day prev_first = first - date::days{7};
    r.current = make(first, first + date::days{7}, end, iso_week_label(first));
    r.previous = make(prev_first, first, minute_of(prev_first) + (end - r.current.from), iso_week_label(prev_first));
  }
  return r;
}

std::vector<period> trend_weeks(long long end, int n) {
  std::vector<period> out;
  day first = monday_of(day_before(end)) - date::days{7 * (n - 1)};
  for (int i = 0; i < n; ++i, first += date::days{7})
    out.push_back(make(first, first + date::days{7}, end, iso_week_label(first)));
  return out;
}

std::optional<double> percent(std::uint64_t numerator, std::uint64_t denominator) {
  if (denominator == 0) return std::nullopt;
  return 100.0 * static_cast<double>(numerator) / static_cast<double>(denominator);
}

std::string format_value(std::optional<double> v, bool is_rate) {
  if (!v || !std::isfinite(*v)) return {};
  if (is_rate) {
    // Round half away from zero on the decimal value (66.65 -> 66.7), not on its binary neighbour.
    double r = std::round(*v * 10.0 + (*v >= 0 ? 1e-9 : -1e-9)) / 10.0;
    return fmt::format("{:.1f}", r == 0.0 ? 0.0 : r);
  }
  return fmt::format("{:.0f}", *v);
}

void count_vehicle(const vehicle_history& v, const period& p, vehicle_counts& out) {
  auto any_in = [](const std::vector<int>& days, int from, int to) {
    return std::any_of(days.begin(), days.end(), [&](int d) { return d >= from && d <= to; });
  };
  const int first = day_number(p.first), last = day_number(p.last);
  if (v.dofu != INT_MIN) {
    const int deadline = day_number(add_months(day{date::days{v.dofu}}, 7));
    if (deadline >= first && deadline <= last) {
      ++out.first_service_cohort;
      if (any_in(v.maintenance, v.dofu, deadline)) ++out.first_service;
    }
  }
  if (v.dofu == INT_MIN || v.dofu <= last) {
    ++out.in_operation;
    if (any_in(v.visits, day_number(add_months(p.last, -12)) + 1, last)) ++out.retained;
  }
  int reference = v.dofu;
  for (int d : v.visits)
    if (d < first && (reference == INT_MIN || d > reference)) reference = d;
  if (reference != INT_MIN && reference <= day_number(add_months(p.first, -12))) {
    ++out.inactive;
    if (any_in(v.visits, first, last)) ++out.recovered;
  }
}

std::span<const metric_def> metric_defs() { return defs; }

const metric_def* find_metric(std::string_view name) {
  for (const auto& d : defs)
    if (d.name == name) return &d;
  return nullptr;
}

}  // namespace retorno::rules
