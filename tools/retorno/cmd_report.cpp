// `retorno report`: flags, their validation, and the summary line. The work is in lib/ops/report.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common.hpp"
#include "core/text.hpp"
#include "config/reasons.hpp"
#include "config/targets.hpp"
#include "core/error.hpp"
#include "csv/writer.hpp"
#include "ops/report.hpp"
#include "rules/care.hpp"
#include "rules/kpis.hpp"

namespace retorno::tool {

namespace {

struct report_flags {
  common_options common;
  std::string log, appointments, services, vehicles, leads, complaints, contacts, vehicles_before, reasons, targets, output = "-", rejects, period = "month", by,
      calendar = "MX", format = "csv";
  std::vector<std::string> lists;
  double max_reject_rate = 0.05;
  int months = -1;  // -1: 12 on the dashboard, none in the CSV
  int attribution_days = rules::default_attribution_days;
};

constexpr const char* example_es = R"(
Periodo: el mes (o la semana ISO, de lunes a domingo) que contiene --as-of, hasta --as-of incluido;
al lado, el mismo tramo del periodo anterior (1-27 nov frente a 1-27 oct). Para el mes cerrado,
use --as-of con su último día. Las tasas son porcentajes con un decimal; un denominador cero deja
el valor vacío. Un indicador sin su archivo opcional se omite con una nota, nunca vale cero.

Ejemplo (las tablas del mundo de muestra tras make demo, desde la raíz del proyecto):
  retorno report --as-of 2026-11-27 --log out/2026-11-27/tables/contact_log.csv \
      --list out/2026-11-27/lista_llamadas.csv --vehicles out/2026-11-27/tables/vehicles.csv \
      --services out/2026-11-27/tables/services.csv -o informe.csv
  retorno report --as-of 2026-11-27 --log out/2026-11-27/tables/contact_log.csv --by agent \
      --targets samples/exports/metas.csv -o informe_agentes.csv   # por agente, con metas (metric,group,target)
  retorno report --as-of 2026-11-27 --log out/2026-11-27/tables/contact_log.csv \
      --format html -o informe.html                              # tablero para imprimir o enviar)";

constexpr const char* example_en = R"(
Period: the month (or ISO week, Monday to Sunday) holding --as-of, up to and including --as-of;
beside it, the same span of the previous period (1-27 Nov against 1-27 Oct). For a closed month,
pass its last day as --as-of. Rates are percentages with one decimal; a zero denominator leaves
the value empty. A metric without its optional file is left out with a note, never shown as zero.

Example (the sample world's tables after make demo, from the checkout's root):
  retorno report --as-of 2026-11-27 --log out/2026-11-27/tables/contact_log.csv \
      --list out/2026-11-27/lista_llamadas.csv --vehicles out/2026-11-27/tables/vehicles.csv \
      --services out/2026-11-27/tables/services.csv -o report.csv
  retorno report --as-of 2026-11-27 --log out/2026-11-27/tables/contact_log.csv --by agent \
      --targets samples/exports/metas.csv -o report_agents.csv   # per agent, with targets (metric,group,target)
  retorno report --as-of 2026-11-27 --log out/2026-11-27/tables/contact_log.csv \
      --format html -o report.html                               # dashboard to print or send)";

std::string definitions(bool en) {
  std::string s = en ? "\nMetrics (numerator / denominator):\n" : "\nIndicadores (numerador / denominador):\n";
  for (const auto& d : rules::metric_defs()) s += fmt::format("  {}: {}\n", d.name, d.definition(en));
  for (const auto& r : rules::reason_defs()) s += fmt::format("  {}: {}\n", r.key(en), r.definition(en));
  for (const auto& d : rules::care_defs()) s += fmt::format("  {}: {}\n", d.name, d.definition(en));
  return s;
}

ops::report_config validate(const report_flags& f) {
  ops::report_config c;
  c.log = f.log;
  c.lists = f.lists;
  c.appointments = f.appointments;
  c.services = f.services;
  c.vehicles = f.vehicles;
  c.leads = f.leads;
  c.complaints = f.complaints;
  c.contacts = f.contacts;
  c.vehicles_before = f.vehicles_before;
  if (!f.vehicles_before.empty() && f.vehicles.empty())
    throw usage_error("--vehicles-before needs --vehicles", "it is last month's table, compared with --vehicles");
  if (!f.contacts.empty() && f.vehicles.empty())
    throw usage_error("--contacts needs --vehicles", "the three profiles are counted per vehicle");
  if (!f.reasons.empty()) config::load_reasons(f.reasons, c.reasons);
  if (f.months > rules::max_trend_months || f.months < -1)
    throw usage_error(fmt::format("--months {} is not between 0 and {}", f.months, rules::max_trend_months));
  c.months = f.months >= 0 ? f.months : f.format == "html" ? rules::max_trend_months : 0;
  if (f.attribution_days < 0 || f.attribution_days > 365)
    throw usage_error(fmt::format("--attribution-days {} is not between 0 and 365", f.attribution_days));
  c.attribution_days = f.attribution_days;
  c.output = f.output;
  c.rejects = f.rejects;
  auto now = parse_as_of(f.common.as_of);
  // A plain date means the whole day; a time means attempts up to that minute.
  const bool date_only = f.common.as_of.size() == 10;
  c.end = date_only ? (now.day_number + 1) * minutes_per_day : now.minutes + 1;
  c.period = f.period == "week" ? rules::period_kind::week : rules::period_kind::month;
  c.by = f.by == "agent"     ? ops::report_by::agent
         : f.by == "segment" ? ops::report_by::segment
         : f.by == "branch"  ? ops::report_by::branch
                             : ops::report_by::none;
  c.country = parse_country_flag("--calendar", f.calendar);
  if (!(f.max_reject_rate >= 0 && f.max_reject_rate <= 1))  // nan fails both comparisons
    throw usage_error(fmt::format("--max-reject-rate {} is not between 0 and 1", f.max_reject_rate));
  c.max_reject_rate = f.max_reject_rate;
  if (!f.targets.empty()) c.targets = config::load_targets(f.targets);
  c.html = f.format == "html";
  c.xlsx = f.format == "xlsx";
  c.english = f.common.lang == "en";
  c.excel = f.common.excel;
  c.branch.name = std::string(trim(f.common.branch));
  return c;
}

}  // namespace

command setup_report(CLI::App& parent, bool en) {
  auto flags = std::make_shared<report_flags>();
  auto* app = parent.add_subcommand(
      "report", en ? "KPIs of the contact log: effectiveness, contactability, bookings, shows, coverage, retention, leads"
                   : "Indicadores de la bitácora: efectividad, contactabilidad, citas, cumplimiento, cobertura, retención, leads");
  app->add_option("--log", flags->log, en ? "Contact log (canonical contact_log)" : "Bitácora de contactos (contact_log)")
      ->required();
  app->add_option("--list", flags->lists, en ? "Call list(s) written by segment: list_coverage" : "Lista(s) de llamadas: list_coverage");
  app->add_option("--appointments", flags->appointments, en ? "Appointments: show_rate" : "Citas: show_rate");
  app->add_option("--vehicles", flags->vehicles,
                  en ? "Vehicles (with --services): first_service_rate, retention_12m, recovery_rate"
                     : "Vehículos (con --services): first_service_rate, retention_12m, recovery_rate");
  app->add_option("--services", flags->services, en ? "Repair orders (with --vehicles)" : "Órdenes de reparación (con --vehicles)");
  app->add_option("--leads", flags->leads, en ? "Leads: lead_response_1bd" : "Leads: lead_response_1bd");
  app->add_option("--complaints", flags->complaints,
                  en ? "Complaints (canonical complaints): opened, closed, open, days to close, by area and owner"
                     : "Quejas (tabla complaints): abiertas, cerradas, días para cerrar, por área y responsable");
  app->add_option("--contacts", flags->contacts,
                  en ? "Contacts (with --vehicles): vehicles with all three profiles"
                     : "Contactos (con --vehicles): vehículos con los tres perfiles");
  app->add_option("--vehicles-before", flags->vehicles_before,
                  en ? "Last month's vehicles table: the database health's change over the month"
                     : "Tabla de vehículos del mes anterior: el cambio de la salud de la base en el mes");
  app->add_option("--reasons", flags->reasons,
                  en ? "Reasons map: CSV reason,canonical (over the built-in Spanish wordings)"
                     : "Mapa de motivos: CSV reason,canonical (sobre los motivos en español incluidos)");
  app->add_option("--months", flags->months,
                  en ? "Monthly trend: each main metric in each of the last N months, 0-12 (default 12 for html, 0 for csv)"
                     : "Tendencia mensual: cada indicador principal en los últimos N meses, 0-12 (por omisión 12 en html, 0 en csv)");
  app->add_option("--attribution-days", flags->attribution_days,
                  en ? "retention_pura: a visit within this many days after an effective contact (default 30)"
                     : "retention_pura: visita a lo más estos días después de un contacto efectivo (por omisión 30)");
  app->add_option("--targets", flags->targets, en ? "Targets: CSV metric,group,target (group empty or * = all)"
                                                  : "Metas: CSV metric,group,target (group vacío o * = todos)");
  app->add_option("--period", flags->period, en ? "week or month (default month)" : "week o month (por omisión month)")
      ->check(CLI::IsMember({"week", "month"}));
  app->add_option("--by", flags->by,
                  en ? "agent, segment or branch: the totals, then each group (default: totals only)"
                     : "agent, segment o branch: los totales y luego cada grupo (sin --by: solo totales)")
      ->check(CLI::IsMember({"agent", "segment", "branch"}));
  app->add_option("--calendar", flags->calendar, en ? "MX or CO: business days for leads (default MX)"
                                                    : "MX o CO: días hábiles para los leads (por omisión MX)");
  app->add_option("-o,--output", flags->output, en ? "Report (default: standard output)" : "Informe (por omisión: salida estándar)");
  app->add_option("--rejects", flags->rejects, en ? "Rejected rows (default: beside -o as NAME.rejects.csv)"
                                                  : "Filas rechazadas (por omisión: junto a -o como NOMBRE.rejects.csv)");
  app->add_option("--max-reject-rate", flags->max_reject_rate,
                  en ? "Exit 1 when more rows than this share are rejected (default 0.05)"
                     : "Sale con 1 si se rechaza más de esta proporción de filas (por omisión 0.05)");
  app->add_option("--format", flags->format, en ? "csv, html (dashboard) or xlsx (workbook)" : "csv, html (tablero) o xlsx (libro de Excel)")
      ->check(CLI::IsMember({"csv", "html", "xlsx"}));
  add_common_flags(*app, flags->common);
  app->footer(std::string(en ? example_en : example_es) + "\n" + definitions(en));
  return {app, [flags]() {
            std::vector<named_path> inputs = {{"--log", flags->log},         {"--appointments", flags->appointments},
                                              {"--services", flags->services}, {"--vehicles", flags->vehicles},
                                              {"--leads", flags->leads},       {"--targets", flags->targets},
                                              {"--complaints", flags->complaints}, {"--contacts", flags->contacts},
                                              {"--vehicles-before", flags->vehicles_before}, {"--reasons", flags->reasons}};
            for (const auto& list : flags->lists) inputs.push_back({"--list", list});
            check_paths(inputs, {{"-o", flags->output}, {"--rejects", flags->rejects.empty() && flags->output != "-"
                                                                          ? csv::sibling_path(flags->output, "rejects")
                                                                          : flags->rejects}});
            auto config = validate(*flags);
            std::vector<std::string> files = {flags->log, flags->appointments, flags->services, flags->vehicles, flags->leads};
            files.insert(files.end(), flags->lists.begin(), flags->lists.end());
            show_progress("report", files, flags->common);
            double seconds = 0;
            auto s = timed([&] { return ops::run_report(config); }, seconds);
            if (!flags->common.quiet) {
              for (const auto& n : s.notes) note("report", n);
              note("report", fmt::format("{} log rows = {} in {} + {} in {} + {} outside both (after --as-of or older) + "
                                         "{}{} rejected; {} rows rejected of {} read{}; {:.2f} s",
                                         s.log_rows, s.rows_current, s.current_label, s.rows_previous, s.previous_label,
                                         s.rows_other,
                                         config.branch.active()
                                             ? fmt::format("{} of other branches + ", s.log_rows_other_branches)
                                             : std::string(),
                                         s.log_rows - s.rows_current - s.rows_previous - s.rows_other -
                                             s.log_rows_other_branches,
                                         s.rows_rejected, s.rows_in,
                                         s.rejects_path.empty() ? "" : fmt::format(" (see {})", s.rejects_path), seconds));
            }
            return s.too_many_rejects ? static_cast<int>(exit_code::data) : 0;
          }};
}

}  // namespace retorno::tool
