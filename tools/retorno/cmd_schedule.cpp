// `retorno schedule-attempts`: flags, their validation, and the summary line. The work is in lib/ops/schedule.
#include <array>
#include <cerrno>
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
  // A message with a gap where the dealer's name or phone goes must never reach a customer.
  auto dealer_has = [&](const std::string& key) {
    const auto it = c.dealer.find(key);
    return it != c.dealer.end() && !trim(it->second).empty();
  };
  if ((!f.fallback.empty() || !f.messages.empty()) && (!dealer_has("name") || !dealer_has("phone")))
    throw usage_error(f.dealer.empty() ? tr(msg::schedule_dealer_missing) : tr(msg::schedule_dealer_incomplete, f.dealer),
                      tr(msg::schedule_dealer_missing_hint));
  if (!f.promotions.empty()) {
    std::ifstream in(f.promotions);
    if (!in) throw input_error(f.promotions, 0, tr(msg::err_cannot_open, os_error(errno)));
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
    throw usage_error(tr(msg::schedule_list_required));
  if (c.list.empty() && (f.output != "-" || !f.fallback.empty() || !f.messages.empty() || f.format == "html"))
    throw usage_error(tr(msg::schedule_needs_list));
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

command setup_schedule(CLI::App& parent) {
  auto flags = std::make_shared<schedule_flags>();
  auto* app = parent.add_subcommand("schedule-attempts", tr(msg::schedule_about));
  app->add_option("--list", flags->list, tr(msg::schedule_list));
  app->add_option("--log", flags->log, tr(msg::flag_log));
  app->add_option("--vehicles", flags->vehicles, tr(msg::schedule_vehicles));
  app->add_option("-o,--output", flags->output, tr(msg::schedule_output));
  app->add_option("--fallback", flags->fallback, tr(msg::schedule_fallback));
  add_cadence_flags(*app, flags->cadences);
  add_calendar_flags(*app, flags->calendar, msg::schedule_calendar);
  app->add_option("--dealer", flags->dealer, tr(msg::schedule_dealer));
  app->add_option("--templates", flags->templates, tr(msg::schedule_templates));
  app->add_option("--promotions", flags->promotions, tr(msg::schedule_promotions));
  app->add_option("--messages", flags->messages, tr(msg::schedule_messages));
  app->add_option("--format", flags->format, tr(msg::schedule_format))
      ->check(CLI::IsMember({"csv", "html", "xlsx"}));
  app->add_option("--paper", flags->paper, tr(msg::flag_paper))
      ->check(CLI::IsMember({"letter", "a4"}));
  app->add_option("--appointments", flags->appointments, tr(msg::schedule_appointments));
  app->add_option("--campaigns", flags->campaigns, tr(msg::schedule_campaigns));
  app->add_option("--quotes", flags->quotes, tr(msg::schedule_quotes));
  app->add_option("--leads", flags->leads, tr(msg::schedule_leads));
  app->add_option("--agenda", flags->agenda, tr(msg::schedule_agenda));
  app->add_option("--agenda-html", flags->agenda_html, tr(msg::schedule_agenda_html));
  app->add_option("--welcome", flags->welcome, tr(msg::schedule_welcome));
  app->add_option("--prospects", flags->prospects,
                  tr(msg::schedule_prospects));
  app->add_option("--leads-status", flags->leads_status, tr(msg::schedule_leads_status));
  app->add_option("--leads-status-html", flags->leads_status_html, tr(msg::schedule_leads_status_html));
  app->add_option("--leads-days", flags->leads_days, tr(msg::schedule_leads_days));
  add_common_flags(*app, flags->common);
  app->footer(tr(msg::schedule_example));
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
              note("schedule-attempts", tr(s.repeated_items == 1 ? msg::schedule_repeated_one : msg::schedule_repeated,
                                           s.repeated_items, s.first_repeated));
            if (s.log_rows_unreadable > 0 && !flags->common.quiet)
              note("schedule-attempts",
                   tr(s.log_rows_unreadable == 1 ? msg::schedule_unreadable_one : msg::schedule_unreadable,
                      s.log_rows_unreadable, mask_personal(s.first_unreadable)));
            if (!flags->common.quiet && !flags->list.empty()) {
              std::string statuses;
              for (const auto& [k, n] : s.by_status)
                statuses += fmt::format("{}{} {}", statuses.empty() ? "" : ", ", rules::status_label(k, english()), n);
              note("schedule-attempts",
                   tr(msg::schedule_summary, s.items, statuses, s.log_rows, s.log_rows_unmatched, s.fallback_rows, s.emails_written,
                               s.letters_written, seconds));
            if (s.emails_without_sender > 0 && !flags->common.quiet)
              note("schedule-attempts", tr(msg::schedule_no_sender, s.emails_without_sender));
            }
            if (!flags->common.quiet && !s.agenda_day.empty()) {
              std::string duties;
              auto add = [&](std::string part) { duties += (duties.empty() ? "" : "; ") + part; };
              if (s.agenda_asked)
                add(tr(msg::schedule_agenda_summary, s.agenda_day, s.agenda_rows, s.advisors));
              if (s.prospects_asked)
                add(tr(msg::schedule_prospects_summary, s.prospects));
              if (s.leads_asked)
                add(tr(msg::schedule_leads_summary, s.open_leads, s.overdue_leads));
              note("schedule-attempts", tr(msg::schedule_duties, duties));
            }
            return 0;
          }};
}

}  // namespace retorno::tool
