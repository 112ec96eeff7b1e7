// `retorno schedule-attempts`: flags, their validation, and the summary line. The work is in lib/ops/schedule.
#include <array>
#include <sstream>
#include <fstream>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "config/config.hpp"
#include "config/templates.hpp"
#include "model/table.hpp"
#include "ops/duties.hpp"
#include "ops/schedule.hpp"

namespace retorno::tool {

namespace {

struct schedule_flags {
  common_options common;
  std::string list, log, vehicles, output = "-", fallback, dealer, format = "csv", paper = "letter";
  std::string templates, promotions, messages;
  // The day's other duties: their inputs and outputs.
  std::string appointments, campaigns, quotes, leads;
  std::string agenda, agenda_html, welcome, prospects, leads_status, leads_status_html;
  int leads_days = 30;
  calendar_flags calendar;
  cadence_flags cadences;
};

constexpr const char* example_es = R"(
Ejemplo (la lista del día y la bitácora del mundo de muestra tras make demo, desde la raíz del proyecto):
  retorno schedule-attempts --as-of 2026-11-27T08:00 --list out/2026-11-27/lista_llamadas.csv \
      --log out/2026-11-27/tables/contact_log.csv --calendar MX --cadence 'lead=lead48h,*=mrs' \
      -o programa.csv --fallback envios.csv --dealer samples/exports/agencia.csv
  retorno schedule-attempts --as-of 2026-11-27T08:00 --list out/2026-11-27/lista_llamadas.csv \
      --log out/2026-11-27/tables/contact_log.csv --format html -o hojas.html   # las hojas del día
  # la agenda de mañana por asesor, el panel de bienvenida, los prospectos para ventas (pruebas de
  # manejo aceptadas ayer) y el estado de los leads:
  retorno schedule-attempts --as-of 2026-11-27T08:00 --log out/2026-11-27/tables/contact_log.csv \
      --appointments out/2026-11-27/tables/appointments.csv --vehicles out/2026-11-27/tables/vehicles.csv \
      --campaigns out/2026-11-27/tables/campaigns.csv --quotes out/2026-11-27/tables/quotes.csv \
      --leads out/2026-11-27/tables/leads.csv --agenda agenda_asesores.csv --agenda-html agenda_asesores.html \
      --welcome panel_bienvenida.html --prospects prospectos_ventas.csv \
      --leads-status estado_leads.csv --leads-status-html estado_leads.html
Cadencias: mrs (3 llamadas cada 5 días hábiles, luego el medio preferido), week5, call3-whatsapp,
lead48h, reminder (recordatorios de cita), o las de un archivo --cadence-file (cadence,attempt,channel,gap,unit,slot,note).)";

constexpr const char* example_en = R"(
Example (the sample world's call list and contact log after make demo, from the checkout's root):
  retorno schedule-attempts --as-of 2026-11-27T08:00 --list out/2026-11-27/lista_llamadas.csv \
      --log out/2026-11-27/tables/contact_log.csv --calendar MX --cadence 'lead=lead48h,*=mrs' \
      -o schedule.csv --fallback sends.csv --dealer samples/exports/agencia.csv
  retorno schedule-attempts --as-of 2026-11-27T08:00 --list out/2026-11-27/lista_llamadas.csv \
      --log out/2026-11-27/tables/contact_log.csv --format html -o sheets.html   # the day's sheets
  # tomorrow's appointments by advisor, the welcome board, the prospects for sales (test drives
  # accepted yesterday) and the leads' status:
  retorno schedule-attempts --as-of 2026-11-27T08:00 --log out/2026-11-27/tables/contact_log.csv \
      --appointments out/2026-11-27/tables/appointments.csv --vehicles out/2026-11-27/tables/vehicles.csv \
      --campaigns out/2026-11-27/tables/campaigns.csv --quotes out/2026-11-27/tables/quotes.csv \
      --leads out/2026-11-27/tables/leads.csv --agenda agenda_asesores.csv --agenda-html agenda_asesores.html \
      --welcome panel_bienvenida.html --prospects prospectos_ventas.csv \
      --leads-status estado_leads.csv --leads-status-html estado_leads.html
Cadences: mrs (3 calls 5 business days apart, then the preferred channel), week5, call3-whatsapp,
lead48h, reminder (appointment reminders), or those of a --cadence-file (cadence,attempt,channel,gap,unit,slot,note).)";

ops::schedule_config validate(const schedule_flags& f) {
  ops::schedule_config c;
  c.list = f.list;
  c.log = f.log;
  c.vehicles = f.vehicles;
  c.output = f.output;
  c.fallback = f.fallback;
  c.now = parse_as_of(f.common.as_of).minutes;
  const auto days = validate_calendar(f.calendar);
  c.country = days.country;
  c.closed_days = days.closed;
  c.cadences = validate_cadences(f.cadences);
  if (!f.dealer.empty()) {
    constexpr std::array<std::string_view, 2> cols = {"key", "value"};
    model::for_each_row(f.dealer, cols, cols, [&](const model::row_view& r) { c.dealer[std::string(r[0])] = r[1]; });
  }
  if (!f.templates.empty()) c.templates = config::load_templates(f.templates);
  if (!f.promotions.empty()) {
    std::ifstream in(f.promotions);
    if (!in) throw input_error(f.promotions, 0, "cannot open");
    std::stringstream text;
    text << in.rdbuf();
    c.promotions = std::string(trim(text.str()));
  }
  c.messages_dir = f.messages;
  c.appointments = f.appointments;
  c.campaigns = f.campaigns;
  c.quotes = f.quotes;
  c.leads = f.leads;
  c.agenda = f.agenda;
  c.agenda_html = f.agenda_html;
  c.welcome = f.welcome;
  c.prospects = f.prospects;
  c.leads_status = f.leads_status;
  c.leads_status_html = f.leads_status_html;
  check_range("--leads-days", f.leads_days, 1, 3650);
  c.leads_days = f.leads_days;
  if (c.list.empty() && !ops::wants_duties(c))
    throw usage_error("--list is required (unless only --agenda, --agenda-html, --welcome, --prospects, "
                      "--leads-status or --leads-status-html are asked)");
  if (c.list.empty() && (f.output != "-" || !f.fallback.empty() || !f.messages.empty() || f.format == "html"))
    throw usage_error("-o, --fallback, --messages and --format html need --list");
  c.utc_offset_minutes = c.country == country::co ? -300 : -360;
  c.html = f.format == "html";
  c.xlsx = f.format == "xlsx";
  c.paper = f.paper == "a4" ? render::paper::a4 : render::paper::letter;
  c.english = f.common.lang == "en";
  c.excel = f.common.excel;
  c.branch.name = std::string(trim(f.common.branch));
  return c;
}

}  // namespace

command setup_schedule(CLI::App& parent, bool en) {
  auto flags = std::make_shared<schedule_flags>();
  auto* app = parent.add_subcommand(
      "schedule-attempts", en ? "Decide the next attempt of every call-list item: when, which channel, which slot"
                              : "Decide el siguiente intento de cada llamada: cuándo, por qué medio y en qué franja");
  app->add_option("--list", flags->list, "Call list written by retorno segment (required for the schedule)");
  app->add_option("--log", flags->log, "Contact log (canonical contact_log)");
  app->add_option("--vehicles", flags->vehicles, "Vehicles, for the postal address of letters");
  app->add_option("-o,--output", flags->output, "Schedule (default: standard output)");
  app->add_option("--fallback", flags->fallback, "Today's WhatsApp, e-mail and letter queue (a workbook when it ends in .xlsx)");
  add_cadence_flags(*app, flags->cadences);
  add_calendar_flags(*app, flags->calendar, "MX or CO: holidays and contact hours (default MX)");
  app->add_option("--dealer", flags->dealer, "Dealer contact lines for messages (CSV key,value)");
  app->add_option("--templates", flags->templates, "The dealership's message texts (CSV segment,lang,channel,subject,text)");
  app->add_option("--promotions", flags->promotions, "A text file: the promotions line of the messages");
  app->add_option("--messages", flags->messages,
                  "Folder for today's messages page (mensajes.html), e-mails (correos/*.eml) and letters (cartas.html)");
  app->add_option("--format", flags->format, "csv, html (the day's call sheets, as segment prints them) or xlsx")
      ->check(CLI::IsMember({"csv", "html", "xlsx"}));
  app->add_option("--paper", flags->paper, "Paper of the sheets: letter (default) or a4")
      ->check(CLI::IsMember({"letter", "a4"}));
  app->add_option("--appointments", flags->appointments, "Appointments, for the agenda, the prospects and the leads");
  app->add_option("--campaigns", flags->campaigns, "Campaigns: the pending ones of each VIN on the agenda");
  app->add_option("--quotes", flags->quotes, "Quotes: the pending ones of each VIN on the agenda");
  app->add_option("--leads", flags->leads, "Leads, for their daily status");
  app->add_option("--agenda", flags->agenda, "The next business day's appointments by advisor (CSV)");
  app->add_option("--agenda-html", flags->agenda_html, "The same agenda to print, one section per advisor");
  app->add_option("--welcome", flags->welcome, "The welcome board of the next business day (HTML for a screen)");
  app->add_option("--prospects", flags->prospects,
                  "Sales prospects: test drives accepted since the last business day (CSV)");
  app->add_option("--leads-status", flags->leads_status, "One line per open lead (CSV)");
  app->add_option("--leads-status-html", flags->leads_status_html, "The leads' status to print");
  app->add_option("--leads-days", flags->leads_days, "Leads received within these days are followed (default 30)");
  add_common_flags(*app, flags->common);
  app->footer(en ? example_en : example_es);
  return {app, [flags]() {
            check_paths({{"--list", flags->list}, {"--log", flags->log}, {"--vehicles", flags->vehicles},
                         {"--dealer", flags->dealer}, {"--cadence-file", flags->cadences.cadence_file},
                         {"--templates", flags->templates}, {"--promotions", flags->promotions},
                         {"--closed-days", flags->calendar.closed_days}, {"--appointments", flags->appointments},
                         {"--campaigns", flags->campaigns}, {"--quotes", flags->quotes}, {"--leads", flags->leads}},
                        {{"-o", flags->output}, {"--fallback", flags->fallback}, {"--agenda", flags->agenda},
                         {"--agenda-html", flags->agenda_html}, {"--welcome", flags->welcome},
                         {"--prospects", flags->prospects}, {"--leads-status", flags->leads_status},
                         {"--leads-status-html", flags->leads_status_html}});
            auto config = validate(*flags);
            show_progress("schedule-attempts", {flags->list, flags->log, flags->vehicles}, flags->common);
            double seconds = 0;
            auto s = timed([&] { return ops::run_schedule(config); }, seconds);
            // A log cell may hold anything (an e-mail typed in the outcome): masked, as every message.
            if (s.repeated_items > 0 && !flags->common.quiet)
              note("schedule-attempts", fmt::format("warning: {} {} listed again, scheduled once; the first: {}",
                                                    s.repeated_items, s.repeated_items == 1 ? "item" : "items",
                                                    s.first_repeated));
            if (s.log_rows_unreadable > 0 && !flags->common.quiet)
              note("schedule-attempts", fmt::format("warning: {} log {} could not count as attempts; the first: {}",
                                                    s.log_rows_unreadable, s.log_rows_unreadable == 1 ? "row" : "rows",
                                                    mask_personal(s.first_unreadable)));
            if (!flags->common.quiet && !flags->list.empty()) {
              std::string statuses;
              for (const auto& [k, n] : s.by_status) statuses += fmt::format("{}{} {}", statuses.empty() ? "" : ", ", k, n);
              note("schedule-attempts",
                   fmt::format("{} items ({}); {} log rows, {} for items not on this list; {} messages ({} e-mails, "
                               "{} letters written); {:.2f} s",
                               s.items, statuses, s.log_rows, s.log_rows_unmatched, s.fallback_rows, s.emails_written,
                               s.letters_written, seconds));
            if (s.emails_without_sender > 0 && !flags->common.quiet)
              note("schedule-attempts", fmt::format("warning: {} e-mails due but the --dealer file has no email line: "
                                                    "not written", s.emails_without_sender));
            }
            if (!flags->common.quiet && !s.agenda_day.empty()) {
              std::string duties;
              auto add = [&](std::string part) { duties += (duties.empty() ? "" : "; ") + part; };
              if (s.agenda_asked)
                add(fmt::format("agenda of {}: {} {} ({} {})", s.agenda_day, s.agenda_rows,
                                s.agenda_rows == 1 ? "appointment" : "appointments", s.advisors,
                                s.advisors == 1 ? "advisor" : "advisors"));
              if (s.prospects_asked)
                add(fmt::format("{} sales {}", s.prospects, s.prospects == 1 ? "prospect" : "prospects"));
              if (s.leads_asked)
                add(fmt::format("{} open {} ({} past the deadline)", s.open_leads, s.open_leads == 1 ? "lead" : "leads",
                                s.overdue_leads));
              note("schedule-attempts", "the day's duties: " + duties);
            }
            return 0;
          }};
}

}  // namespace retorno::tool
