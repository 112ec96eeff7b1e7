// KPI periods, vehicle rates, and the one table of metric and reason definitions.
#include "rules/kpis.hpp"

#include "rules/outcomes.hpp"

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

using pc = period_counts;
using m = metric_id;
using in = kpi_input;

// Columns: id, name, rate, input, titles (es, en), definitions (es, en), numerator,
// denominator, in the dashboard's table by group.
constexpr metric_def defs[] = {
    {m::calls, "calls", false, in::log, "Llamadas", "Calls",
     "llamadas: intentos por teléfono en el periodo (filas de la bitácora por teléfono)",
     "calls: phone attempts in the period (contact log rows by phone)", &pc::calls, nullptr, true},
    {m::effective_calls, "effective_calls", false, in::log, "Llamadas efectivas", "Effective calls",
     "llamadas efectivas: llamadas en que se habló con el cliente ({reached})",
     "effective calls: calls that reached the customer ({reached})",
     &pc::effective_calls, nullptr, false},
    {m::call_effectiveness, "call_effectiveness", true, in::log, "Efectividad de llamadas", "Call effectiveness",
     "efectividad de llamadas = llamadas efectivas / llamadas x 100 (intentos)",
     "call effectiveness = effective calls / calls x 100 (attempts)", &pc::effective_calls, &pc::calls, true},
    {m::items, "items", false, in::log, "Registros gestionados", "Items attempted",
     "registros gestionados: registros distintos con al menos un intento por cualquier medio",
     "items: distinct items with at least one attempt on any channel", &pc::items, nullptr, false},
    {m::items_reached, "items_reached", false, in::log, "Registros contactados", "Items reached",
     "registros contactados: registros distintos con al menos un contacto efectivo",
     "items reached: distinct items with at least one effective contact", &pc::items_reached, nullptr, false},
    {m::contactability, "contactability", true, in::log, "Contactabilidad", "Contactability",
     "contactabilidad = registros contactados / registros gestionados x 100 (registros)",
     "contactability = items reached / items attempted x 100 (items)", &pc::items_reached, &pc::items, true},
    {m::appointments_booked, "appointments_booked", false, in::log, "Citas agendadas", "Appointments booked",
     "citas agendadas: registros distintos con un intento cuyo resultado fue {booked}",
     "appointments booked: distinct items with an attempt whose outcome was {booked}", &pc::items_booked, nullptr, false},
    {m::appointment_rate, "appointment_rate", true, in::log, "Tasa de agendamiento", "Appointment rate",
     "tasa de agendamiento = registros con cita / registros contactados x 100",
     "appointment rate = items booked / items reached x 100", &pc::items_booked, &pc::items_reached, true},
    {m::show_rate, "show_rate", true, in::appointments, "Cumplimiento de citas", "Show rate",
     "cumplimiento de citas = citas agendadas (fecha ya pasada) con una cita del mismo VIN a ±5 días a la que el "
     "cliente asistió / esas citas x 100",
     "show rate = booked appointments (date already past) with an appointment of the same VIN within ±5 days that the "
     "customer kept / those appointments x 100",
     &pc::bookings_showed, &pc::bookings_due, true},
    {m::list_coverage, "list_coverage", true, in::lists, "Cobertura de la lista", "List coverage",
     "cobertura de la lista = registros listados en el periodo y contactados en él / registros listados x 100",
     "list coverage = items listed in the period and reached in it / items listed x 100", &pc::listed_reached,
     &pc::listed, true},
    {m::reminder_contact_efficiency, "reminder_contact_efficiency", true, in::lists,
     "Eficiencia de contacto de recordatorio", "Reminder contact efficiency",
     "eficiencia de contacto de recordatorio = recordatorios de cita listados en el periodo y contactados en él / "
     "recordatorios de cita listados x 100",
     "reminder contact efficiency = appointment reminders listed in the period and reached in it / appointment "
     "reminders listed x 100",
     &pc::reminders_reached, &pc::reminders_listed, false},
    {m::first_service_rate, "first_service_rate", true, in::vehicles, "Primer servicio", "First-service rate",
     "primer servicio = vehículos cuyo plazo (entrega + 7 meses) venció en el periodo y tuvieron un mantenimiento en "
     "ese plazo / esos vehículos x 100",
     "first-service rate = vehicles whose deadline (delivery + 7 months) fell in the period with a maintenance visit "
     "by then / those vehicles x 100",
     &pc::first_service, &pc::first_service_cohort, false},
    {m::retention_12m, "retention_12m", true, in::vehicles, "Retorno y recuperación total (12 meses)", "Retention, total (12 months)",
     "retención 12 meses = vehículos en operación al cierre con una visita en los últimos 12 meses / vehículos en "
     "operación x 100",
     "12-month retention = vehicles in operation at the period's end with a visit in the last 12 months / vehicles "
     "in operation x 100",
     &pc::retained, &pc::in_operation, false},
    {m::retention_pura, "retention_pura", true, in::vehicles, "Retorno y recuperación pura", "Retention (pura)",
     "retorno y recuperación pura = vehículos en operación al cierre con una visita en los últimos 12 meses llegada a "
     "más tardar --attribution-days (30) días después de un contacto efectivo o una cita de la lista / vehículos en "
     "operación x 100 (la total cuenta cualquier visita)",
     "retention (pura) = vehicles in operation at the period's end with a visit in the last 12 months that came at "
     "most --attribution-days (30) days after an effective contact or a booking from the list / vehicles in operation "
     "x 100 (the total counts any visit)",
     &pc::retained_pura, &pc::in_operation, false},
    {m::recovery_rate, "recovery_rate", true, in::vehicles, "Recuperación", "Recovery rate",
     "recuperación = vehículos inactivos 12 meses o más al inicio del periodo que visitaron el taller en él / esos "
     "vehículos x 100",
     "recovery rate = vehicles inactive 12 months or more at the period's start that visited in the period / those "
     "vehicles x 100",
     &pc::recovered, &pc::inactive, false},
    {m::lead_response_1bd, "lead_response_1bd", true, in::leads, "Leads atendidos en 1 día hábil",
     "Leads answered in 1 business day",
     "leads atendidos en 1 día hábil = leads cuyo primer intento llegó a más tardar a la misma hora del siguiente día hábil "
     "/ leads recibidos en el periodo con ese plazo vencido x 100",
     "lead response in 1 business day = leads first attempted by the same time on the next business day / leads "
     "received in the period whose deadline has passed x 100",
     &pc::leads_answered, &pc::leads_due, true},
};
static_assert(std::size(defs) == metric_count);

constexpr reason_def reasons[] = {
    {reason_kind::no_contact, "no_contact", "no_contact:<resultado>", "no_contact:<outcome>",
     "Motivos de no contacto (llamadas)", "Reasons for no contact (calls)", "llamadas no efectivas por resultado",
     "calls that did not reach, by outcome",
     "llamadas no efectivas por resultado (suman llamadas - llamadas efectivas)",
     "calls that did not reach the customer, by outcome (they add up to calls - effective calls)"},
    {reason_kind::no_booking, "no_booking", "no_booking:<motivo>", "no_booking:<reason>",
     "Motivos de no agendamiento (registros contactados)", "Reasons for no booking (items reached)",
     "registros contactados sin cita, por el motivo de su último contacto efectivo",
     "items reached without a booking, by the reason of their last effective contact",
     "registros contactados sin cita, por el motivo (o resultado) de su último contacto efectivo (suman registros "
     "contactados - citas agendadas)",
     "items reached without a booking, by the reason (or outcome) of their last effective contact (they add up to "
     "items reached - appointments booked)"},
};

static_assert(std::size(reasons) == reason_kind_count);

// The table is read by index: its order is the enum's.
constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < std::size(defs); ++i)
    if (static_cast<std::size_t>(defs[i].id) != i) return false;
  for (std::size_t i = 0; i < std::size(reasons); ++i)
    if (static_cast<std::size_t>(reasons[i].id) != i) return false;
  return true;
}
static_assert(in_enum_order());

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

std::vector<period> trend_months(long long end, int n) {
  std::vector<period> out;
  date::year_month_day ymd{day_before(end)};
  day first = add_months(day{ymd.year() / ymd.month() / 1}, -(n - 1));
  for (int i = 0; i < n; ++i) {
    const day next = add_months(first, 1);
    out.push_back(make(first, next, end, month_label(first)));
    first = next;
  }
  return out;
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

std::string format_row(const kpi_row& r, std::optional<double> v) { return format_value(v, r.is_rate || r.one_decimal); }

void count_vehicle(const vehicle_history& v, const period& p, vehicle_counts& out, int attribution_days) {
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
    const int from = day_number(add_months(p.last, -12)) + 1;
    if (any_in(v.visits, from, last)) {
      ++out.retained;
      // The contacts are few per vehicle: a visit within the attribution window after any of them.
      if (std::any_of(v.visits.begin(), v.visits.end(), [&](int d) {
            return d >= from && d <= last && std::any_of(v.contacts.begin(), v.contacts.end(), [&](int c) {
                     return c <= d && d - c <= attribution_days;
                   });
          }))
        ++out.retained_pura;
    }
  }
  int reference = v.dofu;
  for (int d : v.visits)
    if (d < first && (reference == INT_MIN || d > reference)) reference = d;
  if (reference != INT_MIN && reference <= day_number(add_months(p.first, -12))) {
    ++out.inactive;
    if (any_in(v.visits, first, last)) ++out.recovered;
  }
}

std::string_view input_flags(kpi_input input) {
  switch (input) {
    case kpi_input::lists: return "--list";
    case kpi_input::appointments: return "--appointments";
    case kpi_input::vehicles: return "--vehicles --services";
    case kpi_input::leads: return "--leads";
    case kpi_input::log: break;
  }
  return "";
}

namespace {
// An outcome's label inside a sentence: "cita agendada" (the labels start with a capital).
std::string in_sentence(outcome o, bool english) {
  std::string s(outcome_label(o, english));
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}
// A definition with the outcomes it lists filled in from the one vocabulary, in its order, in words.
std::string fill_outcomes(std::string_view text, bool english) {
  std::string reached;
  for (const auto& name : outcome_names())
    if (const outcome o = *parse_outcome(name); is_reached(o)) reached += (reached.empty() ? "" : ", ") + in_sentence(o, english);
  return fmt::format(fmt::runtime(text), fmt::arg("reached", reached),
                     fmt::arg("booked", in_sentence(outcome::appointment_booked, english)));
}
}  // namespace

std::string metric_def::definition(bool english) const { return fill_outcomes(english ? en : es, english); }
std::string reason_def::definition(bool english) const { return fill_outcomes(english ? en : es, english); }

std::span<const metric_def> metric_defs() { return defs; }

const metric_def* find_metric(std::string_view name) {
  for (const auto& d : defs)
    if (d.name == name) return &d;
  return nullptr;
}

const metric_def& metric_info(metric_id m) { return defs[static_cast<std::size_t>(m)]; }

std::optional<double> metric_value(const metric_def& d, const period_counts& c) {
  if (d.is_rate) return percent(c.*d.numerator, c.*d.denominator);
  return static_cast<double>(c.*d.numerator);
}

std::span<const reason_def> reason_defs() { return reasons; }

const reason_def* find_reason(std::string_view metric) {
  for (const auto& r : reasons)
    if (metric.size() > r.prefix.size() && metric.starts_with(r.prefix) && metric[r.prefix.size()] == ':') return &r;
  return nullptr;
}

std::optional<double> target_for(const kpi_targets& t, const std::string& metric, const std::string& group) {
  auto m = t.find(metric);
  if (m == t.end()) return std::nullopt;
  auto g = m->second.find(group);
  if (g == m->second.end()) g = m->second.find("");
  return g == m->second.end() ? std::nullopt : std::optional<double>(g->second);
}

}  // namespace retorno::rules
