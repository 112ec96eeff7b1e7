// The canonical tables of doc/design.md: their names and columns, in contract order.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace retorno::model {

struct table_def {
  std::string_view name;
  std::span<const std::string_view> columns;  // without the trailing origin and dq_flags
  bool has_provenance;                         // ends with origin, dq_flags (input tables do)
};

// The call list segment writes, read back by schedule-attempts and report, in its order.
inline constexpr std::string_view call_list_columns[] = {
    "item_id", "list_date", "segment", "priority", "due_on", "vin", "person_id", "customer_name", "phone",
    "phone_alt", "email", "preferred_channel", "make", "model", "model_year", "last_service_date",
    "last_service_km", "estimated_km", "talking_points", "agent", "script", "channel", "slot", "call_at",
    "attempt", "attempts_planned", "previous_attempts", "callback_at", "about", "message_channels",
    "talking_points_text", "branch"};

// The table as a person reads it ("services" -> "órdenes de reparación"); any other name as it is.
std::string_view table_label(std::string_view name, bool english);

// nullptr when `name` is not a canonical table.
const table_def* find_table(std::string_view name);

// Position of `column` in the table, or -1.
int column_index(const table_def& t, std::string_view column);

// Whether a file read for `wanted` columns is the table that asked for them, by its header:
// the table asked for is the one known table (the canonical ones and the call list) that holds
// every wanted column; when another known table holds more of the header's columns than it
// does, the file is that other table and this throws an input error (exit 3) naming both:
//   segment --vehicles services.csv -> "services.csv:1: this is a services table (12 of its 12
//   columns), not a vehicles table (2 of 32)". Wanted columns no single known table holds (the agents
//   file, targets) are not checked.
void check_table(const std::string& path, std::uint64_t line, std::span<const std::string_view> header,
                 std::span<const std::string_view> wanted);

}  // namespace retorno::model
