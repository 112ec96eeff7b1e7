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

std::string definitions(bool en) {
  std::string s = tr(msg::report_metrics_title);
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
    throw usage_error(tr(msg::report_vehicles_before_needs), tr(msg::report_vehicles_before_hint));
  if (!f.contacts.empty() && f.vehicles.empty())
    throw usage_error(tr(msg::report_contacts_needs), tr(msg::report_contacts_hint));
  if (!f.reasons.empty()) config::load_reasons(f.reasons, c.reasons);
  if (f.months > rules::max_trend_months || f.months < -1)
    throw usage_error(tr(msg::report_bad_months, f.months, rules::max_trend_months));
  c.months = f.months >= 0 ? f.months : f.format == "html" ? rules::max_trend_months : 0;
  if (f.attribution_days < 0 || f.attribution_days > 365)
    throw usage_error(tr(msg::report_bad_attribution, f.attribution_days));
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
    throw usage_error(tr(msg::report_bad_reject_rate, f.max_reject_rate));
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

command setup_report(CLI::App& parent) {
  const bool en = english();
  auto flags = std::make_shared<report_flags>();
  auto* app = parent.add_subcommand("report", tr(msg::report_about));
  app->add_option("--log", flags->log, tr(msg::flag_log))
      ->required();
  app->add_option("--list", flags->lists, tr(msg::report_list));
  app->add_option("--appointments", flags->appointments, tr(msg::report_appointments));
  app->add_option("--vehicles", flags->vehicles, tr(msg::report_vehicles));
  app->add_option("--services", flags->services, tr(msg::report_services));
  app->add_option("--leads", flags->leads, tr(msg::report_leads));
  app->add_option("--complaints", flags->complaints, tr(msg::report_complaints));
  app->add_option("--contacts", flags->contacts, tr(msg::report_contacts));
  app->add_option("--vehicles-before", flags->vehicles_before, tr(msg::report_vehicles_before));
  app->add_option("--reasons", flags->reasons, tr(msg::report_reasons));
  app->add_option("--months", flags->months, tr(msg::report_months));
  app->add_option("--attribution-days", flags->attribution_days, tr(msg::report_attribution_days));
  app->add_option("--targets", flags->targets, tr(msg::report_targets));
  app->add_option("--period", flags->period, tr(msg::report_period))
      ->check(CLI::IsMember({"week", "month"}));
  app->add_option("--by", flags->by, tr(msg::report_by))
      ->check(CLI::IsMember({"agent", "segment", "branch"}));
  app->add_option("--calendar", flags->calendar, tr(msg::report_calendar));
  app->add_option("-o,--output", flags->output, tr(msg::report_output));
  app->add_option("--rejects", flags->rejects, tr(msg::report_rejects));
  app->add_option("--max-reject-rate", flags->max_reject_rate, tr(msg::report_max_reject_rate));
  app->add_option("--format", flags->format, tr(msg::report_format))
      ->check(CLI::IsMember({"csv", "html", "xlsx"}));
  add_common_flags(*app, flags->common);
  app->footer(tr(msg::report_example) + "\n" + definitions(en));
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
              note("report", tr(msg::report_summary, s.log_rows, s.rows_current, s.current_label, s.rows_previous,
                                s.previous_label, s.rows_other,
                                config.branch.active() ? tr(msg::report_other_branches, s.log_rows_other_branches)
                                                       : std::string(),
                                s.log_rows - s.rows_current - s.rows_previous - s.rows_other - s.log_rows_other_branches,
                                         s.rows_rejected, s.rows_in,
                                         s.rejects_path.empty() ? "" : tr(msg::report_summary_see, s.rejects_path), seconds));
            }
            return s.too_many_rejects ? static_cast<int>(exit_code::data) : 0;
          }};
}

}  // namespace retorno::tool
