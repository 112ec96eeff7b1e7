// Column lists of the canonical tables, exactly as doc/design.md orders them.
#include "model/tables.hpp"

#include <array>

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
                             "category", "description", "owner", "status", "solution_agreed_on",
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

}  // namespace

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
