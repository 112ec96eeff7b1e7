// `retorno segment`: today's call list, one call per customer, and the exclusions file.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/calendar.hpp"
#include "core/dates.hpp"
#include "core/error.hpp"
#include "model/branch.hpp"
#include "render/call_sheet.hpp"
#include "rules/cadence.hpp"
#include "rules/capacity.hpp"
#include "rules/exclusions.hpp"
#include "rules/segments.hpp"

namespace retorno::ops {

struct segment_inputs {
  std::string vehicles;  // required
  std::string contacts, services, campaigns, appointments, quotes, leads, optouts, contact_log, complaints;
};

// The validated configuration of one segment run (tools/retorno/cmd_segment.cpp builds it).
struct segment_config {
  segment_inputs in;
  std::string output = "-";
  std::string excluded;  // "" = beside the output (x.csv -> x.excluded.csv), or none for stdout
  day today{};
  long long now_minutes = 0;  // --as-of with its time, for web bookings and leads
  rules::policy policy;
  // Business days (the lead's deadline): --calendar and the dealership's closed days.
  calendar::country country = calendar::country::mx;
  std::vector<day> closed_days;
  // The agents who share the day (--agents or --agents-file), each with a capacity and days
  // off. None: one list of every call due today, with no capacity (for a dialler).
  std::vector<rules::agent> agents;
  rules::cadence_plan cadences;  // the step each item is at decides whether it is called today
  std::vector<std::string> segments;  // empty = all
  bool html = false;
  bool xlsx = false;  // a workbook: a summary sheet and one sheet per agent
  render::paper paper = render::paper::letter;
  bool english = false;
  bool excel = false;
  std::string explain_vin;  // non-empty: write the explanation instead of the list
  // --branch: only this branch's customers (and those of no branch), its agents and opt-outs.
  model::branch_filter branch;
};

struct segment_summary {
  std::uint64_t vehicles = 0;
  std::uint64_t service_rows = 0;
  std::uint64_t candidates = 0;
  std::uint64_t listed = 0;    // calls and messages of today
  std::uint64_t messages = 0;  // of which the cadence's fallback messages
  std::uint64_t excluded = 0;  // over_capacity not counted
  std::uint64_t carried = 0;   // calls carried over to a following day (over_capacity)
  // Exclusion counts by reason, in the order the checks run (rules::exclusion_label says them).
  std::vector<std::pair<rules::exclusion_reason, std::uint64_t>> by_reason;
  std::string excluded_path;  // where the exclusions went when --excluded did not say
};

segment_summary run_segment(const segment_config& config);

}  // namespace retorno::ops
