// Column lists of the canonical tables, exactly as doc/design.md orders them.
#include "core/catalog.hpp"
#include "model/tables.hpp"

#include <algorithm>
#include <utility>
#include <array>

#include <fmt/format.h>

#include "core/error.hpp"

namespace retorno::model {

namespace {

using sv = std::string_view;

constexpr sv vehicles[] = {
    "vin", "make", "model", "version", "model_year", "dofu", "sale_type", "selling_dealer",
    "sold_here", "sales_consultant", "plate", "color", "km", "km_date", "last_service_date", "last_service_km",
    "next_service_date", "next_service_km", "warranty_end", "customer_id", "customer_name",
    "tax_id", "phone_mobile", "phone_home", "phone_work", "email", "address", "city", "state",
    "postal_code", "preferred_channel", "consent", "person_id", "branch"};
constexpr sv contacts[] = {
    "vin", "role", "name", "tax_id", "phone_mobile", "phone_home", "phone_work", "email",
    "address", "city", "state", "postal_code", "preferred_channel", "consent", "person_id"};
constexpr sv services[] = {
    "ro_number", "vin", "opened_on", "closed_on", "km", "service_type", "maintenance_km",
    "advisor", "dealer", "labor_amount", "parts_amount", "customer_pay", "branch"};
constexpr sv campaigns[] = {"campaign_code", "vin", "campaign_type", "description",
                                         "parts_required", "parts_status", "launched_on", "completed_on"};
constexpr sv appointments[] = {"appointment_id", "vin", "customer_name", "phone", "scheduled_at",
                                            "created_at", "source", "status", "advisor", "branch"};
constexpr sv quotes[] = {"quote_id", "vin", "created_on", "follow_up_on", "description",
                                      "amount", "parts_available", "status"};
constexpr sv leads[] = {"lead_id", "received_at", "lead_type", "vin", "customer_name",
                                     "phone", "email", "source", "assigned_to", "branch"};
constexpr sv optouts[] = {"phone", "email", "vin", "customer_id", "since", "scope", "reason", "branch"};
constexpr sv contact_log[] = {"item_id", "vin", "agent", "attempted_at", "channel",
                                            "outcome", "reason", "callback_at", "appointment_at", "notes", "score"};
constexpr sv complaints[] = {"complaint_id", "vin", "customer_name", "phone", "opened_on", "area",
                             "category", "description", "owner", "status", "solution", "solution_agreed_on",
                             "closed_on", "customer_confirmed", "branch"};

const std::array<table_def, 10> tables = {{
    {"vehicles", vehicles, true},
    {"contacts", contacts, true},
    {"services", services, true},
    {"campaigns", campaigns, true},
    {"appointments", appointments, true},
    {"quotes", quotes, true},
    {"leads", leads, true},
    {"optouts", optouts, true},
    {"contact_log", contact_log, true},
    {"complaints", complaints, true},
}};

const table_def call_list_def{"call list", call_list_columns, false};

bool holds(const table_def& t, sv column) {
  return std::find(t.columns.begin(), t.columns.end(), column) != t.columns.end();
}

std::size_t matched(const table_def& t, std::span<const sv> header) {
  std::size_t n = 0;
  for (sv h : header) n += holds(t, h);
  return n;
}

}  // namespace

void check_table(const std::string& path, std::uint64_t line, std::span<const sv> header, std::span<const sv> wanted) {
  std::array<const table_def*, tables.size() + 1> known{};
  for (std::size_t i = 0; i < tables.size(); ++i) known[i] = &tables[i];
  known.back() = &call_list_def;
  const table_def* asked = nullptr;
  for (const table_def* t : known) {
    if (!std::all_of(wanted.begin(), wanted.end(), [&](sv c) { return holds(*t, c); })) continue;
    if (asked) return;  // two tables hold every wanted column: which one was meant is not known
    asked = t;
  }
  if (!asked) return;
  const std::size_t own = matched(*asked, header);
  const table_def* best = nullptr;
  std::size_t best_n = own;
  for (const table_def* t : known)
    if (t != asked && matched(*t, header) > best_n) best = t, best_n = matched(*t, header);
  if (!best) return;
  throw input_error(path, line,
                    tr(msg::err_wrong_table, table_label(best->name, english()), best_n, best->columns.size(),
                       table_label(asked->name, english()), own, asked->columns.size()),
                    tr(msg::err_wrong_table_hint));
}

std::string_view table_label(std::string_view name, bool english) {
  static constexpr std::pair<sv, msg::id> labels[] = {
      {"vehicles", msg::table_vehicles},         {"contacts", msg::table_contacts}, {"services", msg::table_services},
      {"campaigns", msg::table_campaigns},       {"appointments", msg::table_appointments},
      {"quotes", msg::table_quotes},             {"leads", msg::table_leads},       {"optouts", msg::table_optouts},
      {"contact_log", msg::table_contact_log},   {"complaints", msg::table_complaints},
      {"call list", msg::table_call_list}};
  for (const auto& [code, id] : labels)
    if (code == name) return text(id, english ? lang::en : lang::es);
  return name;
}

const table_def* find_table(std::string_view name) {
  for (const auto& t : tables)
    if (t.name == name) return &t;
  return nullptr;
}


int column_index(const table_def& t, std::string_view column) {
  for (std::size_t i = 0; i < t.columns.size(); ++i)
    if (t.columns[i] == column) return static_cast<int>(i);
  return -1;
}

}  // namespace retorno::model
