// Reading the tables the day's other duties need, keeping only the rows they can use, and writing them.
#include "ops/duties.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

#include <fmt/format.h>

#include "core/catalog.hpp"
#include "core/dates.hpp"
#include "model/table.hpp"
#include "ops/agenda.hpp"
#include "render/agenda.hpp"
#include "rules/prospects.hpp"

namespace retorno::ops {

namespace {

using sv = std::string_view;
using rows_t = std::vector<std::vector<std::string>>;

constexpr std::array<sv, 21> agenda_columns = {
    "advisor", "scheduled_at", "appointment_id", "status", "source", "customer_name", "greeting",
    "phone", "vin", "make", "model", "model_year", "plate", "km", "reason", "campaigns",
    "quotes", "notes", "booked_by", "booked_at", "agenda_date"};
constexpr std::array<sv, 14> prospect_columns = {
    "attempted_at", "agent", "customer_name", "phone", "email", "vin", "current_vehicle",
    "model_year", "km", "vehicle_of_interest", "service_appointment", "said", "notes", "item_id"};
constexpr std::array<sv, 18> lead_columns = {
    "state", "lead_id", "received_at", "lead_type", "source", "assigned_to", "customer_name", "phone", "vin",
    "age_business_hours", "deadline", "within_1bd", "attempts", "first_attempt_at", "last_attempt_at",
    "last_outcome", "last_agent", "appointment_at"};

// The day before `today` that was a business day: the prospects of a morning run are its calls.
day previous_business_day(const calendar::business_calendar& cal, day today) {
  day d = today - date::days{1};
  for (int guard = 0; guard < 400 && !cal.is_business_day(d); ++guard) d -= date::days{1};
  return d;
}

std::string pending_campaign(sv type, sv description, sv parts, bool english) {
  std::string t(description);
  if (type == "safety") ((t += " (") += text(msg::campaign_safety, english)) += ")";
  if (type == "emissions") ((t += " (") += text(msg::campaign_emissions, english)) += ")";
  if (parts == "ordered") (t += " · ") += text(msg::agenda_parts_ordered, english);
  if (parts == "unavailable") (t += " · ") += text(msg::agenda_parts_unavailable, english);
  return t;

}

// "2129.90" -> "$2,129.90": an amount as the advisor says it; anything else unchanged.
std::string money(sv amount) {
  const std::size_t dot = std::min(amount.find('.'), amount.size());
  const sv whole = amount.substr(0, dot);
  if (whole.empty() || whole.find_first_not_of("0123456789") != sv::npos) return std::string(amount);
  std::string out = "$";
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(whole[i]);
  }
  return out + std::string(amount.substr(dot));
}

void write_csv(std::vector<std::unique_ptr<csv::output>>& files, const std::string& path, std::span<const sv> columns,
               const rows_t& rows, bool excel) {
  files.push_back(std::make_unique<csv::output>(path));
  csv::csv_writer w(*files.back(), excel);
  w.row(columns);
  for (const auto& r : rows) w.row(std::span<const std::string>(r));
}

void write_text(std::vector<std::unique_ptr<csv::output>>& files, const std::string& path, const std::string& text) {
  files.push_back(std::make_unique<csv::output>(path));
  files.back()->write(text);
}

}  // namespace

bool wants_duties(const schedule_config& c) {
  return !c.agenda.empty() || !c.agenda_html.empty() || !c.welcome.empty() || !c.prospects.empty() ||
         !c.leads_status.empty() || !c.leads_status_html.empty();
}

void write_duties(const schedule_config& c, schedule_summary& summary, std::vector<std::unique_ptr<csv::output>>& files) {
  if (!wants_duties(c)) return;
  const bool agenda = !c.agenda.empty() || !c.agenda_html.empty() || !c.welcome.empty();
  const bool prospects = !c.prospects.empty();
  const bool leads = !c.leads_status.empty() || !c.leads_status_html.empty();
  const calendar::business_calendar cal(c.country, c.closed_days);
  const day today = day_of_minute(c.now);
  const day on = cal.add_business_days(today + date::days{1}, 0);
  const long long prospects_from = minute_of(previous_business_day(cal, today));
  const std::string today_text = format_day(today);
  summary.agenda_day = format_day(on);
  summary.agenda_asked = agenda, summary.prospects_asked = prospects, summary.leads_asked = leads;

  agenda::facts f;
  // Appointments from today on: the agenda's day, a prospect's or a lead's next visit.
  std::unordered_set<std::string> events;  // appointment ids of the agenda's day: their calls' notes
  if (!c.appointments.empty()) {
    constexpr std::array<sv, 9> cols = {"appointment_id", "vin", "customer_name", "phone", "scheduled_at", "source",
                                        "status", "advisor", "branch"};
    constexpr std::array<sv, 2> req = {"appointment_id", "scheduled_at"};
    model::for_each_row(c.appointments, cols, req, [&](const model::row_view& r) {
      if (r[4].substr(0, 10) < today_text || !c.branch.keeps(r[8])) return;
      f.appointments.push_back({std::string(r[0]), std::string(r[1]), std::string(r[2]), std::string(r[3]),
                                std::string(r[4]), std::string(r[5]), std::string(r[6]), std::string(r[7])});
      if (agenda && parse_day(r[4]) == on) events.emplace(r[0]);
    });
  }
  // The log's rows these outputs can use: bookings for a day not gone, test drives accepted in
  // the prospects' window, the leads' attempts, and the calls about the agenda's appointments.
  if (!c.log.empty()) {
    constexpr std::array<sv, 9> cols = {"item_id", "vin", "agent", "attempted_at", "outcome", "reason",
                                        "appointment_at", "notes", "vehicle_of_interest"};
    constexpr std::array<sv, 3> req = {"item_id", "attempted_at", "outcome"};
    model::for_each_row(c.log, cols, req, [&](const model::row_view& r) {
      const auto at = parse_minutes(r[3]);
      if (!at || *at > c.now) return;
      const sv segment = agenda::item_segment(r[0]);
      const bool booking = r[4] == "appointment_booked" && r[6].substr(0, 10) >= today_text;
      const bool test_drive = prospects && *at >= prospects_from && *at < c.now &&
                              (r[4] == "test_drive_accepted" || rules::accepts_test_drive(r[4]) ||
                               rules::accepts_test_drive(r[5]));
      const bool lead = leads && segment == "lead";
      const bool about = agenda && events.count(std::string(agenda::item_event(r[0])));
      if (!booking && !test_drive && !lead && !about) return;
      f.log.push_back({std::string(r[0]), std::string(r[1]), std::string(r[2]), *at, std::string(r[4]),
                       std::string(r[5]), std::string(r[6]), std::string(r[7]), std::string(r[8])});
    });
  }
  if (!c.leads.empty() && (leads || prospects || agenda)) {
    constexpr std::array<sv, 10> cols = {"lead_id", "received_at", "lead_type", "vin", "customer_name", "phone",
                                         "email", "source", "assigned_to", "branch"};
    constexpr std::array<sv, 2> req = {"lead_id", "received_at"};
    model::for_each_row(c.leads, cols, req, [&](const model::row_view& r) {
      const auto received = parse_minutes(r[1]);
      if (!received || !c.branch.keeps(r[9])) return;
      f.leads.push_back({std::string(r[0]), *received, std::string(r[1]), std::string(r[2]), std::string(r[3]),
                         std::string(r[4]), std::string(r[5]), std::string(r[6]), std::string(r[7]),
                         std::string(r[8])});
    });
  }
  // Vehicles, campaigns and quotes of the VINs these rows name, no others.
  std::unordered_set<std::string> vins;
  for (const auto& a : f.appointments) vins.insert(a.vin);
  for (const auto& a : f.log) vins.insert(a.vin);
  vins.erase("");
  if (!c.vehicles.empty() && !vins.empty()) {
    constexpr std::array<sv, 11> cols = {"vin", "make", "model", "model_year", "plate", "km", "customer_name",
                                         "phone_mobile", "phone_home", "phone_work", "email"};
    constexpr std::array<sv, 1> req = {"vin"};
    model::for_each_row(c.vehicles, cols, req, [&](const model::row_view& r) {
      if (!vins.count(std::string(r[0]))) return;
      const sv phone = !r[7].empty() ? r[7] : !r[8].empty() ? r[8] : r[9];
      f.vehicles[std::string(r[0])] = {std::string(r[1]), std::string(r[2]), std::string(r[3]), std::string(r[4]),
                                       std::string(r[5]), std::string(r[6]), std::string(phone), std::string(r[10])};
    });
  }
  if (agenda && !c.campaigns.empty()) {
    constexpr std::array<sv, 7> cols = {"campaign_code", "vin", "campaign_type", "description", "parts_status",
                                        "launched_on", "completed_on"};
    constexpr std::array<sv, 2> req = {"campaign_code", "vin"};
    model::for_each_row(c.campaigns, cols, req, [&](const model::row_view& r) {
      const auto launched = parse_day(r[5]);
      if (!vins.count(std::string(r[1])) || !r[6].empty() || (launched && *launched > on)) return;
      f.campaigns.push_back({std::string(r[1]), std::string(r[0]), pending_campaign(r[2], r[3], r[4], c.english)});
    });
  }
  if (agenda && !c.quotes.empty()) {
    constexpr std::array<sv, 5> cols = {"quote_id", "vin", "description", "amount", "status"};
    constexpr std::array<sv, 2> req = {"quote_id", "vin"};
    model::for_each_row(c.quotes, cols, req, [&](const model::row_view& r) {
      if (!vins.count(std::string(r[1])) || !(r[4].empty() || r[4] == "pending")) return;
      std::string text(r[2]);
      if (!r[3].empty()) text += (text.empty() ? "" : " ") + money(r[3]);
      f.quotes.push_back({std::string(r[1]), std::string(r[0]), std::move(text)});
    });
  }

  if (agenda) {
    rows_t rows;
    std::unordered_set<std::string> advisors;
    for (auto& a : agenda::build_agenda(f, on, c.now, c.english)) {
      if (!a.advisor.empty()) advisors.insert(a.advisor);
      const std::string greeting = render::greeting_name(a.customer_name, c.english);
      rows.push_back({a.advisor, a.scheduled_at, a.appointment_id, a.status, a.source, a.customer_name, greeting,
                      a.phone, a.vin, a.make, a.model, a.model_year, a.plate, a.km, a.reason, a.campaigns, a.quotes,
                      a.notes, a.booked_by, a.booked_at, summary.agenda_day});
    }
    summary.agenda_rows = rows.size();
    summary.advisors = advisors.size();
    if (!c.agenda.empty()) write_csv(files, c.agenda, agenda_columns, rows, c.excel);
    if (!c.agenda_html.empty())
      write_text(files, c.agenda_html, render::agenda_html(agenda_columns, rows, summary.agenda_day, c.english, c.paper));
    if (!c.welcome.empty()) {
      auto dealer = c.dealer.find("name");
      write_text(files, c.welcome,
                 render::welcome_board_html(agenda_columns, rows, summary.agenda_day,
                                            dealer == c.dealer.end() ? std::string() : dealer->second, c.english));
    }
  }
  if (prospects) {
    rows_t rows;
    for (auto& p : agenda::build_prospects(f, prospects_from, c.now))
      rows.push_back({p.attempted_at, p.agent, p.customer_name, p.phone, p.email, p.vin, p.current_vehicle,
                      p.model_year, p.km, p.vehicle_of_interest, p.service_appointment, p.said, p.notes, p.item_id});
    summary.prospects = rows.size();
    write_csv(files, c.prospects, prospect_columns, rows, c.excel);
  }
  if (leads) {
    rows_t rows;
    for (auto& l : agenda::build_lead_status(f, cal, c.now, c.leads_days)) {
      if (l.state == agenda::lead_state::overdue) ++summary.overdue_leads;
      rows.push_back({std::string(agenda::lead_state_name(l.state)), l.lead_id, l.received_at, l.lead_type, l.source,
                      l.assigned_to, l.customer_name, l.phone, l.vin, fmt::format("{:.1f}", l.age_business_hours),
                      l.deadline, l.within_1bd, fmt::format("{}", l.attempts), l.first_attempt_at, l.last_attempt_at,
                      l.last_outcome, l.last_agent, l.appointment_at});
    }
    summary.open_leads = rows.size();
    if (!c.leads_status.empty()) write_csv(files, c.leads_status, lead_columns, rows, c.excel);
    if (!c.leads_status_html.empty())
      write_text(files, c.leads_status_html,
                 render::leads_status_html(lead_columns, rows, today_text, c.english, c.paper));
  }
}

}  // namespace retorno::ops
