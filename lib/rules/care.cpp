// Care metrics: complaints, satisfaction scores and the database's health, counted per bucket and group.
#include "core/catalog.hpp"
#include "rules/care.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace retorno::rules {

namespace {

using sv = std::string_view;
using in = care_input;

// A complaint still open this many days after it was opened is overdue.
constexpr int overdue_days = 7;

constexpr care_def defs[] = {
    {"complaints_opened", false, false, in::complaints, "Quejas abiertas en el periodo", "Complaints opened",
     "quejas abiertas en el periodo: quejas con fecha de apertura en el periodo",
     "complaints opened: complaints whose opening date falls in the period"},
    {"complaints_closed", false, false, in::complaints, "Quejas cerradas", "Complaints closed",
     "quejas cerradas: quejas con fecha de cierre en el periodo", "complaints closed: complaints closed in the period"},
    {"complaints_open", false, false, in::complaints, "Quejas abiertas al cierre", "Complaints open at the end",
     "quejas abiertas al cierre: abiertas a más tardar el último día del periodo y sin cerrar ese día",
     "complaints open at the end: opened by the period's last day and not closed by then"},
    {"complaints_open_over_7d", false, false, in::complaints, "Abiertas más de 7 días", "Open over 7 days",
     "abiertas más de 7 días: quejas abiertas al cierre del periodo con más de 7 días desde su apertura",
     "open over 7 days: complaints open at the period's end opened more than 7 days before it"},
    {"complaint_days_to_close", false, true, in::complaints, "Días para cerrar (mediana)", "Days to close (median)",
     "días para cerrar: mediana de los días entre apertura y cierre de las quejas cerradas en el periodo",
     "days to close: median of the days from opening to closing of the complaints closed in the period"},
    {"complaints_confirmed", true, false, in::complaints, "Cerradas con confirmación del cliente",
     "Closed with the customer's confirmation",
     "cerradas con confirmación = quejas cerradas en el periodo con la satisfacción confirmada por el cliente / quejas "
     "cerradas x 100",
     "closed with confirmation = complaints closed in the period whose customer confirmed the solution / complaints "
     "closed x 100"},
    {"csat_post_service", true, false, in::scores, "Satisfacción posservicio (9-10)", "Post-service CSAT (9-10)",
     "satisfacción posservicio = calificaciones de 9 o 10 / calificaciones x 100 (la última calificación de 0 a 10 de "
     "cada llamada posterior al servicio en el periodo; por asesor de servicio, el de la orden de reparación)",
     "post-service CSAT = scores of 9 or 10 / scores x 100 (each post-service call's last 0-10 score in the period; "
     "by service advisor, the repair order's)"},
    {"score_post_service", false, true, in::scores, "Calificación promedio posservicio", "Post-service mean score",
     "calificación promedio posservicio: media de esas calificaciones (0 a 10)",
     "post-service mean score: the mean of those scores (0 to 10)"},
    {"csat_post_delivery", true, false, in::scores, "Satisfacción posventa (9-10)", "Post-delivery CSAT (9-10)",
     "satisfacción posventa = calificaciones de 9 o 10 / calificaciones x 100 (llamadas de seguimiento a la entrega; "
     "por asesor de ventas, el de la venta del vehículo)",
     "post-delivery CSAT = scores of 9 or 10 / scores x 100 (post-delivery calls; by sales consultant, the vehicle's "
     "sale's)"},
    {"score_post_delivery", false, true, in::scores, "Calificación promedio posventa", "Post-delivery mean score",
     "calificación promedio posventa: media de esas calificaciones (0 a 10)",
     "post-delivery mean score: the mean of those scores (0 to 10)"},
    {"db_vehicles", false, false, in::vehicles, "Vehículos en la base", "Vehicles in the database",
     "vehículos en la base: filas de la tabla de vehículos", "vehicles in the database: rows of the vehicles table"},
    {"db_valid_mobile", true, false, in::vehicles, "Con celular válido", "With a valid mobile",
     "con celular válido = vehículos con celular de 10 dígitos sin observación de calidad / vehículos x 100",
     "with a valid mobile = vehicles whose mobile is a 10-digit number without a data-quality flag / vehicles x 100"},
    {"db_valid_email", true, false, in::vehicles, "Con correo válido", "With a valid e-mail",
     "con correo válido = vehículos con correo completo sin observación de calidad / vehículos x 100",
     "with a valid e-mail = vehicles whose e-mail is complete and without a data-quality flag / vehicles x 100"},
    {"db_valid_tax_id", true, false, in::vehicles, "Con RFC válido", "With a valid RFC",
     "con RFC válido = vehículos con RFC (o NIT) sin observación de calidad / vehículos x 100",
     "with a valid RFC = vehicles with an RFC (or NIT) without a data-quality flag / vehicles x 100"},
    {"db_three_profiles", true, false, in::contacts, "Con los tres perfiles", "With all three profiles",
     "con los tres perfiles = vehículos con propietario, responsable del mantenimiento y usuario en los contactos / "
     "vehículos x 100",
     "with all three profiles = vehicles with an owner, a maintainer and a user among the contacts / vehicles x 100"},
    {"db_preferred_channel", true, false, in::vehicles, "Con medio preferido", "With a preferred channel",
     "con medio preferido = vehículos con medio de contacto preferido / vehículos x 100",
     "with a preferred channel = vehicles with a preferred contact channel / vehicles x 100"},
    {"db_dofu", true, false, in::vehicles, "Con fecha de entrega", "With a delivery date",
     "con fecha de entrega = vehículos con fecha de entrega (DOFU) / vehículos x 100",
     "with a delivery date = vehicles with a date of first use (DOFU) / vehicles x 100"},
    {"db_duplicate_persons", true, false, in::persons, "Personas con registro duplicado", "Persons with duplicate records",
     "personas con registro duplicado = personas (según retorno dedupe) con más de un número de cliente / personas x 100",
     "persons with duplicate records = persons (as retorno dedupe finds them) with more than one customer number / persons "
     "x 100"},
};

// The groupings, in output order, and the metrics each one reports.
constexpr sv complaint_metrics[] = {"complaints_opened", "complaints_closed", "complaints_open",
                                    "complaints_open_over_7d", "complaint_days_to_close", "complaints_confirmed"};
constexpr sv category_metrics[] = {"complaints_opened", "complaints_open"};
constexpr sv advisor_metrics[] = {"csat_post_service", "score_post_service"};
constexpr sv consultant_metrics[] = {"csat_post_delivery", "score_post_delivery"};
constexpr sv dealer_metrics[] = {"db_vehicles",          "db_valid_mobile", "db_valid_email",      "db_valid_tax_id",
                                 "db_three_profiles",    "db_preferred_channel", "db_dofu", "db_duplicate_persons"};
struct grouping {
  sv name;
  std::span<const sv> metrics;
};
constexpr grouping groupings[] = {
    {"area", complaint_metrics},  {"owner", complaint_metrics},          {"category", category_metrics},
    {"advisor", advisor_metrics}, {"sales_consultant", consultant_metrics}, {"dealer", dealer_metrics},
};
enum group_index : std::size_t { g_area, g_owner, g_category, g_advisor, g_consultant, g_dealer };

// The metric's value, numerator and denominator ("" for a figure) from one bucket's counts.
struct value {
  std::optional<double> v;
  std::string numerator, denominator;
};
value value_of(sv name, const care_counts& c) {
  auto rate = [](std::uint64_t n, std::uint64_t d) {
    return value{percent(n, d), fmt::format("{}", n), fmt::format("{}", d)};
  };
  auto count = [](std::uint64_t n) { return value{static_cast<double>(n), {}, {}}; };
  auto mean = [](std::uint64_t sum, std::uint64_t n) {
    return value{n ? std::optional<double>(static_cast<double>(sum) / static_cast<double>(n)) : std::nullopt,
                 fmt::format("{}", sum), fmt::format("{}", n)};
  };
  constexpr auto ps = static_cast<std::size_t>(survey::post_service), pd = static_cast<std::size_t>(survey::post_delivery);
  if (name == "complaints_opened") return count(c.opened);
  if (name == "complaints_closed") return count(c.closed);
  if (name == "complaints_open") return count(c.open);
  if (name == "complaints_open_over_7d") return count(c.over_7d);
  if (name == "complaint_days_to_close") return value{median(c.days_to_close), {}, {}};
  if (name == "complaints_confirmed") return rate(c.confirmed, c.closed);
  if (name == "csat_post_service") return rate(c.top[ps], c.scored[ps]);
  if (name == "score_post_service") return mean(c.score_sum[ps], c.scored[ps]);
  if (name == "csat_post_delivery") return rate(c.top[pd], c.scored[pd]);
  if (name == "score_post_delivery") return mean(c.score_sum[pd], c.scored[pd]);
  if (name == "db_vehicles") return count(c.vehicles);
  if (name == "db_valid_mobile") return rate(c.mobile, c.vehicles);
  if (name == "db_valid_email") return rate(c.email, c.vehicles);
  if (name == "db_valid_tax_id") return rate(c.tax_id, c.vehicles);
  if (name == "db_three_profiles") return rate(c.profiles, c.vehicles);
  if (name == "db_preferred_channel") return rate(c.channel, c.vehicles);
  if (name == "db_dofu") return rate(c.dofu, c.vehicles);
  if (name == "db_duplicate_persons") return rate(c.duplicated, c.persons);
  return {};
}

// Whether a group has anything to say about a metric's subject in the bucket.
bool has_data(std::size_t grouping, const care_counts& c) {
  switch (grouping) {
    case g_area: case g_owner: case g_category: return c.opened || c.closed || c.open;
    case g_advisor: return c.scored[0] > 0;
    case g_consultant: return c.scored[1] > 0;
    default: return c.vehicles || c.persons;
  }
}

sv name_or_unassigned(sv s) { return s.empty() ? unassigned : s; }

}  // namespace

std::span<const care_def> care_defs() { return defs; }

const care_def* find_care_metric(sv name) {
  for (const auto& d : defs)
    if (d.name == name) return &d;
  return nullptr;
}

std::optional<double> median(std::vector<int> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

care_tally::care_tally(std::vector<period> periods) : periods_(std::move(periods)), total_(periods_.size()) {}

std::vector<care_counts>& care_tally::at(std::size_t g, sv name) {
  auto& m = groups_[g];
  auto it = m.find(name);
  if (it == m.end()) it = m.emplace(std::string(name), buckets_of(periods_.size())).first;
  return it->second;
}

void care_tally::add_complaint(const complaint_facts& c) {
  if (c.opened == INT_MIN) return;
  std::array<buckets_of*, 4> targets = {&total_, &at(g_area, name_or_unassigned(c.area)),
                                        &at(g_owner, name_or_unassigned(c.owner)),
                                        &at(g_category, name_or_unassigned(c.category))};
  for (std::size_t b = 0; b < periods_.size(); ++b) {
    const int first = day_number(periods_[b].first), last = day_number(periods_[b].last);
    const bool opened = c.opened >= first && c.opened <= last;
    const bool closed = c.is_closed && c.closed != INT_MIN && c.closed >= first && c.closed <= last;
    // Open at the end: opened by then and not closed by then (a closed one without a date is closed).
    const bool open = c.opened <= last && !(c.is_closed && (c.closed == INT_MIN || c.closed <= last));
    for (auto* t : targets) {
      care_counts& n = (*t)[b];
      if (opened) ++n.opened;
      if (closed) {
        ++n.closed;
        if (c.confirmed) ++n.confirmed;
        n.days_to_close.push_back(c.closed - c.opened);
      }
      if (open) {
        ++n.open;
        if (last - c.opened > overdue_days) ++n.over_7d;
      }
    }
  }
}

void care_tally::add_score(std::size_t b, const score_facts& s) {
  const auto k = static_cast<std::size_t>(s.kind);
  for (auto* t : {&total_, &at(s.kind == survey::post_service ? g_advisor : g_consultant, name_or_unassigned(s.person))}) {
    care_counts& n = (*t)[b];
    ++n.scored[k];
    if (s.score >= 9) ++n.top[k];
    n.score_sum[k] += static_cast<std::uint64_t>(s.score);
  }
}

void care_tally::add_vehicle(std::size_t b, const vehicle_health& v) {
  for (auto* t : {&total_, &at(g_dealer, name_or_unassigned(v.dealer))}) {
    care_counts& n = (*t)[b];
    ++n.vehicles;
    n.mobile += v.valid_mobile;
    n.email += v.valid_email;
    n.tax_id += v.valid_tax_id;
    n.profiles += v.three_profiles;
    n.channel += v.preferred_channel;
    n.dofu += v.dofu;
  }
}

void care_tally::add_person(std::size_t b, std::uint32_t records, std::span<const sv> dealers) {
  auto count = [&](care_counts& n) {
    ++n.persons;
    if (records > 1) ++n.duplicated;
  };
  count(total_[b]);
  std::vector<sv> seen(dealers.begin(), dealers.end());
  std::sort(seen.begin(), seen.end());
  seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
  for (sv d : seen) count(at(g_dealer, name_or_unassigned(d))[b]);
}

bool care_tally::available(const care_def& d) const {
  switch (d.needs) {
    case in::complaints: return in_.complaints;
    case in::scores: return in_.scores;
    case in::vehicles: return in_.vehicles;
    case in::contacts: return in_.contacts;
    case in::persons: return in_.persons;
  }
  return false;
}

void care_tally::emit(std::vector<kpi_row>& rows, std::vector<kpi_row>& month_rows, std::vector<std::string>& left_out,
                      const kpi_targets& targets) const {
  const std::string needs_text[] = {"--complaints", tr(msg::note_needs_score), "--vehicles", "--contacts",
                                    tr(msg::note_needs_person_id)};
  // One note per missing input, naming its metrics as the dashboard titles them.
  for (std::size_t k = 0; k < std::size(needs_text); ++k) {
    std::vector<sv> names;
    for (const auto& d : defs)
      if (static_cast<std::size_t>(d.needs) == k && !available(d)) names.push_back(d.title(english()));
    if (names.size() == 1) left_out.push_back(tr(msg::note_metric_left_out, names[0], needs_text[k]));
    else if (!names.empty())
      left_out.push_back(tr(msg::note_metrics_left_out, fmt::format("{}", fmt::join(names, "\", \"")), needs_text[k]));
  }
  auto row = [&](const care_def& d, sv group_by, const std::string& group, const buckets_of& b, std::size_t bucket,
                 bool previous) {
    kpi_row r;
    r.group_by = group_by;
    r.group = group;
    r.metric = d.name;
    r.is_rate = d.is_rate;
    r.one_decimal = d.one_decimal;
    const value v = value_of(d.name, b[bucket]);
    r.value = v.v;
    r.numerator = v.numerator;
    r.denominator = v.denominator;
    if (previous) r.previous = value_of(d.name, b[1]).v;
    r.target = target_for(targets, r.metric, group);
    return r;
  };
  // The database is a snapshot: without the previous month's table there is nothing to compare.
  const bool health_before = in_.vehicles && total_.size() > 1 && total_[1].vehicles > 0;
  auto compares = [&](const care_def& d) {
    // Last month's table has no contacts beside it: the profiles' change is not computable.
    if (d.needs == in::contacts) return false;
    return !(d.needs == in::vehicles || d.needs == in::persons) || health_before;
  };
  for (const auto& d : defs)
    if (available(d)) rows.push_back(row(d, "total", "total", total_, 0, compares(d)));
  for (std::size_t g = 0; g < std::size(groupings); ++g)
    for (const auto& [name, b] : groups_[g]) {
      if (!has_data(g, b[0]) && !has_data(g, b[1])) continue;
      for (sv m : groupings[g].metrics) {
        const care_def& d = *find_care_metric(m);
        // Three profiles per dealer needs the contacts; every dealer row the vehicles.
        if (available(d)) rows.push_back(row(d, groupings[g].name, name, b, 0, compares(d)));
      }
    }
  for (std::size_t b = 2; b < total_.size(); ++b)
    for (const auto& d : defs) {
      if (!available(d) || d.needs == in::vehicles || d.needs == in::contacts || d.needs == in::persons) continue;
      kpi_row r = row(d, "total", "total", total_, b, false);
      r.period = periods_[b].label;
      month_rows.push_back(std::move(r));
    }
}

}  // namespace retorno::rules
