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
    throw usage_error(tr(msg::segment_agents_twice), tr(msg::segment_agents_twice_hint));
  if (!f.agents_file.empty()) c.agents = config::load_agents(f.agents_file, f.capacity);
  for (const auto& name : split_list(f.agents)) c.agents.push_back({name, f.capacity, {}, {}, {}});
  c.branch.name = std::string(trim(f.common.branch));
  // --branch: the branch's own agents and those of no branch, who serve every branch.
  if (c.branch.active() && !c.agents.empty()) {
    rules::share_roaming_capacity(c.agents, c.branch.name);
    std::erase_if(c.agents, [&](const rules::agent& a) { return !a.serves(c.branch.name); });
    if (c.agents.empty())
      throw usage_error(tr(msg::segment_branch_no_agent, c.branch.name, f.agents_file),
                        tr(msg::segment_branch_no_agent_hint));
  }
  if (c.agents.size() > 255) throw usage_error(tr(msg::segment_too_many_agents), tr(msg::segment_too_many_agents_hint));
  c.cadences = validate_cadences(f.cadences);
  c.segments = split_list(f.segments);
  auto names = rules::all_segment_names();
  for (const auto& s : c.segments)
    if (std::find(names.begin(), names.end(), s) == names.end())
      throw usage_error(tr(msg::segment_unknown_segment, s), tr(msg::known_list, fmt::format("{}", fmt::join(names, ","))));
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

command setup_segment(CLI::App& parent) {
  auto flags = std::make_shared<segment_flags>();
  auto* app = parent.add_subcommand("segment", tr(msg::segment_about));
  auto& in = flags->in;
  app->add_option("--vehicles", in.vehicles, tr(msg::segment_vehicles))->required();
  app->add_option("--contacts", in.contacts, tr(msg::segment_contacts));
  app->add_option("--services", in.services, tr(msg::segment_services));
  app->add_option("--campaigns", in.campaigns, tr(msg::segment_campaigns));
  app->add_option("--appointments", in.appointments, tr(msg::segment_appointments));
  app->add_option("--quotes", in.quotes, tr(msg::segment_quotes));
  app->add_option("--leads", in.leads, tr(msg::segment_leads));
  app->add_option("--complaints", in.complaints, tr(msg::segment_complaints));
  app->add_option("--optouts", in.optouts, tr(msg::segment_optouts));
  app->add_option("--contact-log", in.contact_log, tr(msg::segment_contact_log));
  app->add_option("-o,--output", flags->output, tr(msg::segment_output));
  app->add_option("--excluded", flags->excluded, tr(msg::segment_excluded));
  app->add_option("--agents", flags->agents, tr(msg::segment_agents));
  app->add_option("--agents-file", flags->agents_file, tr(msg::segment_agents_file));
  app->add_option("--capacity", flags->capacity, tr(msg::segment_capacity));
  app->add_option("--segments", flags->segments, tr(msg::segment_segments));
  app->add_option("--format", flags->format, tr(msg::segment_format))
      ->check(CLI::IsMember({"csv", "html", "xlsx"}));
  app->add_option("--paper", flags->paper, tr(msg::flag_paper))
      ->check(CLI::IsMember({"letter", "a4"}));
  app->add_option("--explain", flags->explain,
                  tr(msg::segment_explain));
  auto& p = flags->policy;
  const std::string g = tr(msg::segment_windows);
  app->add_option("--first-service-months", p.first_service_months, tr(msg::segment_first_service_months))->group(g);
  app->add_option("--next-service-months", p.next_service_months, tr(msg::segment_next_service_months))->group(g);
  app->add_option("--service-interval-km", p.service_interval_km, tr(msg::segment_service_interval_km))->group(g);
  app->add_option("--km-lead-days", p.km_lead_days, tr(msg::segment_km_lead_days))->group(g);
  app->add_option("--inactive-months", p.inactive_months, tr(msg::segment_inactive_months))->group(g);
  app->add_option("--post-service-from-days", p.post_service_from_days, tr(msg::segment_post_service_from_days))->group(g);
  app->add_option("--post-service-expiry-days", p.post_service_expiry_days, tr(msg::segment_post_service_expiry_days))->group(g);
  app->add_option("--no-show-expiry-days", p.no_show_expiry_days, tr(msg::segment_no_show_expiry_days))->group(g);
  app->add_option("--quote-expiry-days", p.quote_expiry_days, tr(msg::segment_quote_expiry_days))->group(g);
  app->add_option("--warranty-days", p.warranty_days, tr(msg::segment_warranty_days))->group(g);
  app->add_option("--test-drive-km", p.test_drive_km, tr(msg::segment_test_drive_km))->group(g);
  app->add_option("--reminder-days", p.reminder_days,
                  tr(msg::segment_reminder_days))
      ->group(g);
  app->add_option("--complaint-every-days", p.complaint_every_days,
                  tr(msg::segment_complaint_every_days))
      ->group(g);
  app->add_option("--test-drive-every-months", p.test_drive_every_months,
                  tr(msg::segment_test_drive_every_months))
      ->group(g);
  app->add_option("--anniversary-days", p.anniversary_days, tr(msg::segment_anniversary_days))->group(g);
  app->add_option("--lead-expiry-days", p.lead_expiry_days, tr(msg::segment_lead_expiry_days))->group(g);
  app->add_option("--expired-lookback-days", p.expired_lookback_days, tr(msg::segment_expired_lookback_days))->group(g);
  app->add_option("--rest-days", p.rest_days, tr(msg::segment_rest_days))->group(g);
  add_calendar_flags(*app, flags->calendar, msg::segment_calendar);
  add_cadence_flags(*app, flags->cadences);
  add_common_flags(*app, flags->common);
  app->footer(tr(msg::segment_example));
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
              for (const auto& [r, n] : s.by_reason)
                reasons += fmt::format("{}{} {}", reasons.empty() ? "" : ", ", rules::exclusion_label(r, english()), n);
              note("segment", tr(msg::segment_summary, s.vehicles, s.service_rows, s.candidates, s.listed, s.listed - s.messages,
                                          s.messages, s.excluded, reasons.empty() ? "" : " (",
                                          reasons.empty() ? "" : reasons + ")", s.carried,
                                          s.excluded_path.empty() ? "" : tr(msg::segment_summary_excluded_in, s.excluded_path),
                                          seconds));
            }
            return 0;
          }};
}

}  // namespace retorno::tool
