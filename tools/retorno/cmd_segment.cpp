// `retorno segment`: flags, their validation, and the summary line. The work is in lib/ops/segment.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common.hpp"
#include "config/config.hpp"
#include "csv/writer.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "ops/segment.hpp"

namespace retorno::tool {

namespace {

struct segment_flags {
  common_options common;
  ops::segment_inputs in;
  std::string output = "-";
  std::string excluded;
  std::string agents, agents_file;
  int capacity = 50;
  std::string segments;
  std::string format = "csv", paper = "letter";
  std::string explain;
  rules::policy policy;
  calendar_flags calendar;
  cadence_flags cadences;
};

constexpr const char* example_es = R"(
Ejemplo (el mundo de muestra tras make demo, desde la raíz del proyecto):
  retorno segment --as-of 2026-11-27T07:00 --vehicles out/2026-11-27/tables/vehicles.csv \
      --services out/2026-11-27/tables/services.csv --campaigns out/2026-11-27/tables/campaigns.csv \
      --contact-log out/2026-11-27/tables/contact_log.csv --agents ANA,LUIS \
      -o lista.csv --excluded excluidos.csv
  retorno segment --as-of 2026-11-27T07:00 --vehicles out/2026-11-27/tables/vehicles.csv \
      --agents ANA,LUIS --format html -o lista.html     # hojas para imprimir, una por agente
  retorno segment --as-of 2026-11-27T07:00 --vehicles out/2026-11-27/tables/vehicles.csv \
      --agents ANA,LUIS --format xlsx -o lista.xlsx     # libro de Excel: resumen y una hoja por agente
  retorno segment --as-of 2026-11-27T07:00 --vehicles out/2026-11-27/tables/vehicles.csv \
      --appointments out/2026-11-27/tables/appointments.csv --explain mhkm1cb39vj862826
                                     # por qué ese VIN (o lead o cita: --explain 250041) está o no en la lista
Cada candidato termina en la lista o en excluidos.csv con su motivo.)";

constexpr const char* example_en = R"(
Example (the sample world after make demo, from the checkout's root):
  retorno segment --as-of 2026-11-27T07:00 --vehicles out/2026-11-27/tables/vehicles.csv \
      --services out/2026-11-27/tables/services.csv --campaigns out/2026-11-27/tables/campaigns.csv \
      --contact-log out/2026-11-27/tables/contact_log.csv --agents ANA,LUIS \
      -o list.csv --excluded excluded.csv
  retorno segment --as-of 2026-11-27T07:00 --vehicles out/2026-11-27/tables/vehicles.csv \
      --agents ANA,LUIS --format html -o list.html      # printable sheets, one per agent
  retorno segment --as-of 2026-11-27T07:00 --vehicles out/2026-11-27/tables/vehicles.csv \
      --agents ANA,LUIS --format xlsx -o list.xlsx      # Excel workbook: a summary and one sheet per agent
  retorno segment --as-of 2026-11-27T07:00 --vehicles out/2026-11-27/tables/vehicles.csv \
      --appointments out/2026-11-27/tables/appointments.csv --explain mhkm1cb39vj862826
                                     # why that VIN (or lead or appointment: --explain 250041) is or is not listed
Every candidate ends in the list or in excluded.csv with its reason.)";

// "a,b,c" as its parts, a part in double quotes kept whole ("PEREZ, JUAN"), blanks around
// each part trimmed, empty parts and repeats dropped (the first kept).
std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  std::string part;
  bool quoted = false;
  auto keep = [&] {
    const std::string_view p = trim(part);
    if (!p.empty() && std::find(out.begin(), out.end(), p) == out.end()) out.emplace_back(p);
    part.clear();
  };
  for (char ch : s) {
    if (ch == '"') quoted = !quoted;
    else if (ch == ',' && !quoted) keep();
    else part.push_back(ch);
  }
  keep();
  return out;
}

ops::segment_config validate(const segment_flags& f) {
  ops::segment_config c;
  c.in = f.in;
  c.output = f.output;
  c.excluded = f.excluded;
  auto now = parse_as_of(f.common.as_of);
  c.today = day{date::days{now.day_number}};
  c.now_minutes = now.minutes;
  c.policy = f.policy;
  // Every window is a whole number in a range that makes sense for a dealership: a zero
  // interval or a negative month count has no meaning (and once divided by zero).
  const auto& p = c.policy;
  check_range("--first-service-months", p.first_service_months, 1, 120);
  check_range("--next-service-months", p.next_service_months, 1, 120);
  check_range("--service-interval-km", p.service_interval_km, 1, 1'000'000);
  check_range("--km-lead-days", p.km_lead_days, 0, 3650);
  check_range("--inactive-months", p.inactive_months, 1, 120);
  check_range("--post-service-from-days", p.post_service_from_days, 0, 365);
  check_range("--post-service-expiry-days", p.post_service_expiry_days, p.post_service_from_days, 365);
  check_range("--no-show-expiry-days", p.no_show_expiry_days, 1, 365);
  check_range("--quote-expiry-days", p.quote_expiry_days, 0, 3650);
  check_range("--warranty-days", p.warranty_days, 0, 3650);
  check_range("--test-drive-km", p.test_drive_km, 1, 10'000'000);
  check_range("--test-drive-every-months", p.test_drive_every_months, 1, 120);
  check_range("--reminder-days", p.reminder_days, 0, 30);
  check_range("--complaint-every-days", p.complaint_every_days, 1, 90);
  check_range("--anniversary-days", p.anniversary_days, 1, 366);
  check_range("--lead-expiry-days", p.lead_expiry_days, 0, 30);
  check_range("--expired-lookback-days", p.expired_lookback_days, 0, 3650);
  const auto days = validate_calendar(f.calendar);
  c.country = days.country;
  c.closed_days = days.closed;
  check_range("--rest-days", p.rest_days, 0, 365);
  check_range("--capacity", f.capacity, 1, 1000);
  if (!f.agents.empty() && !f.agents_file.empty())
    throw usage_error("--agents and --agents-file name the agents twice", "keep one of them");
  if (!f.agents_file.empty()) c.agents = config::load_agents(f.agents_file, f.capacity);
  for (const auto& name : split_list(f.agents)) c.agents.push_back({name, f.capacity, {}, {}, {}});
  c.branch.name = std::string(trim(f.common.branch));
  // --branch: the branch's own agents and those of no branch, who serve every branch.
  if (c.branch.active() && !c.agents.empty()) {
    std::erase_if(c.agents, [&](const rules::agent& a) { return !a.serves(c.branch.name); });
    if (c.agents.empty())
      throw usage_error(fmt::format("--branch {}: no agent of {} serves it", c.branch.name, f.agents_file),
                        "give the agents file a row with that branch, or one without a branch");
  }
  if (c.agents.size() > 255) throw usage_error("--agents: at most 255 agents share one list", "split the list by branch");
  c.cadences = validate_cadences(f.cadences);
  c.segments = split_list(f.segments);
  auto names = rules::all_segment_names();
  for (const auto& s : c.segments)
    if (std::find(names.begin(), names.end(), s) == names.end())
      throw usage_error(fmt::format("--segments: unknown segment '{}'", s), fmt::format("known: {}", fmt::join(names, ",")));
  c.html = f.format == "html";
  c.xlsx = f.format == "xlsx";
  c.paper = f.paper == "a4" ? render::paper::a4 : render::paper::letter;
  c.english = f.common.lang == "en";
  c.excel = f.common.excel;
  c.explain_vin = f.explain;  // VINs are upper case in the canonical tables; ids are matched in any case
  for (char& ch : c.explain_vin) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 'a' + 'A' : ch);
  return c;
}

}  // namespace

command setup_segment(CLI::App& parent, bool en) {
  auto flags = std::make_shared<segment_flags>();
  auto* app = parent.add_subcommand(
      "segment", en ? "Build today's call list, one call per customer, and the exclusions file"
                    : "Arma la lista de llamadas del día, una llamada por cliente, y el archivo de exclusiones");
  auto& in = flags->in;
  app->add_option("--vehicles", in.vehicles, "Canonical vehicles table")->required();
  app->add_option("--contacts", in.contacts, "Contacts (owner, maintainer, user)");
  app->add_option("--services", in.services, "Service history (repair orders)");
  app->add_option("--campaigns", in.campaigns, "Campaigns per VIN");
  app->add_option("--appointments", in.appointments, "Appointments");
  app->add_option("--quotes", in.quotes, "Quotes from the multipoint inspection");
  app->add_option("--leads", in.leads, "Leads");
  app->add_option("--complaints", in.complaints, "Customer complaints, followed up until closed with the customer");
  app->add_option("--optouts", in.optouts, "Opt-outs (REPEP and the like)");
  app->add_option("--contact-log", in.contact_log, "Contact log of earlier attempts");
  app->add_option("-o,--output", flags->output, "Call list (default: standard output)");
  app->add_option("--excluded", flags->excluded, "Exclusions (default: beside -o as NAME.excluded.csv)");
  app->add_option("--agents", flags->agents, "Agents to split the day's calls between: A1,A2,...");
  app->add_option("--agents-file", flags->agents_file, "Agents with capacity and days off (CSV agent,capacity,days_off,branch)");
  app->add_option("--capacity", flags->capacity, "Calls per agent per day (default 50); the rest wait for the next days");
  app->add_option("--segments", flags->segments, "Only these segments: next_service,campaign,...");
  app->add_option("--format", flags->format, "csv, html (printable sheets) or xlsx (a workbook: one sheet per agent)")
      ->check(CLI::IsMember({"csv", "html", "xlsx"}));
  app->add_option("--paper", flags->paper, "Paper of the sheets: letter (default) or a4")
      ->check(CLI::IsMember({"letter", "a4"}));
  app->add_option("--explain", flags->explain,
                  "Explain why this VIN (any case), lead id or appointment id is or is not listed");
  auto& p = flags->policy;
  const char* g = "Windows (defaults from the dealership procedures)";
  app->add_option("--first-service-months", p.first_service_months, "DOFU + N months")->group(g);
  app->add_option("--next-service-months", p.next_service_months, "Last maintenance + N months")->group(g);
  app->add_option("--service-interval-km", p.service_interval_km, "Maintenance every N km")->group(g);
  app->add_option("--km-lead-days", p.km_lead_days, "List N days before the next service km")->group(g);
  app->add_option("--inactive-months", p.inactive_months, "Inactive after N months without maintenance")->group(g);
  app->add_option("--post-service-from-days", p.post_service_from_days, "Post-service call from day N")->group(g);
  app->add_option("--post-service-expiry-days", p.post_service_expiry_days, "Post-service call gone after day N")->group(g);
  app->add_option("--no-show-expiry-days", p.no_show_expiry_days, "No-show recontact for N days")->group(g);
  app->add_option("--quote-expiry-days", p.quote_expiry_days, "Quote follow-up for N days")->group(g);
  app->add_option("--warranty-days", p.warranty_days, "List N days before the warranty ends")->group(g);
  app->add_option("--test-drive-km", p.test_drive_km, "Test-drive prospects from N km")->group(g);
  app->add_option("--reminder-days", p.reminder_days,
                  "Remind a booked appointment N business days before it (default 1; 0: the same day)")
      ->group(g);
  app->add_option("--complaint-every-days", p.complaint_every_days,
                  "Follow up an open complaint once every N days until the customer confirms it closed (default 7)")
      ->group(g);
  app->add_option("--test-drive-every-months", p.test_drive_every_months,
                  "A customer hears the test-drive offer at most once per N months (default 6)")
      ->group(g);
  app->add_option("--anniversary-days", p.anniversary_days, "Anniversary call during N days")->group(g);
  app->add_option("--lead-expiry-days", p.lead_expiry_days, "Leads expire after N business days")->group(g);
  app->add_option("--expired-lookback-days", p.expired_lookback_days, "Report items expired in the last N days")->group(g);
  app->add_option("--rest-days", p.rest_days, "A customer reached rests N days from routine calls")->group(g);
  add_calendar_flags(*app, flags->calendar, "MX or CO: holidays, contact hours, leads' deadline (default MX)");
  add_cadence_flags(*app, flags->cadences);
  add_common_flags(*app, flags->common);
  app->footer(en ? example_en : example_es);
  return {app, [flags]() {
            const auto& in = flags->in;
            check_paths({{"--vehicles", in.vehicles}, {"--contacts", in.contacts}, {"--services", in.services},
                         {"--campaigns", in.campaigns}, {"--appointments", in.appointments}, {"--quotes", in.quotes},
                         {"--complaints", in.complaints}, {"--leads", in.leads}, {"--optouts", in.optouts},
                         {"--contact-log", in.contact_log},
                         {"--agents-file", flags->agents_file}, {"--cadence-file", flags->cadences.cadence_file},
                         {"--closed-days", flags->calendar.closed_days}},
                        {{"-o", flags->output},
                         {"--excluded", !flags->excluded.empty() || !flags->explain.empty()
                                            ? flags->excluded
                                            : csv::sibling_path(flags->output, "excluded")}});
            auto config = validate(*flags);
            show_progress("segment", {in.vehicles, in.contacts, in.services, in.campaigns, in.appointments, in.quotes,
                                      in.complaints, in.leads, in.optouts, in.contact_log}, flags->common);
            double seconds = 0;
            auto s = timed([&] { return ops::run_segment(config); }, seconds);
            if (!flags->common.quiet) {
              std::string reasons;
              for (const auto& [r, n] : s.by_reason) reasons += fmt::format("{}{} {}", reasons.empty() ? "" : ", ", r, n);
              note("segment", fmt::format("{} vehicles, {} service rows; {} candidates = {} listed ({} calls, {} messages) "
                                          "+ {} excluded{}{} + {} carried over;{} {:.2f} s",
                                          s.vehicles, s.service_rows, s.candidates, s.listed, s.listed - s.messages,
                                          s.messages, s.excluded, reasons.empty() ? "" : " (",
                                          reasons.empty() ? "" : reasons + ")", s.carried,
                                          s.excluded_path.empty() ? "" : fmt::format(" exclusions in {};", s.excluded_path),
                                          seconds));
            }
            return 0;
          }};
}

}  // namespace retorno::tool
