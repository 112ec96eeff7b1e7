// The files a dealership configures retorno with: its closed days, its own cadences. Each loader
// validates as it reads and throws retorno::error naming the file and line; rules and calendar
// stay pure and receive what these return.
#pragma once
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "rules/cadence.hpp"
#include "rules/capacity.hpp"

namespace retorno::config {

// The dealership's closed days: a CSV with a `date` column (YYYY-MM-DD), any other columns
// ignored. Throws retorno::error (input) with file and line for a bad date.
std::vector<day> load_closed_days(const std::string& path);

// A cadence file: CSV with columns cadence,attempt,channel,gap,unit,slot,note
// (unit: business_days | business_hours; slot: rotate | any). One file may hold several.
// Throws retorno::error (usage, exit 2) with file and line when malformed, when a gap is more
// than a year, or when a call comes after a message step (the calls come first).
std::vector<rules::cadence> load_cadences(const std::string& path);

// The agents file: CSV with columns agent,capacity,days_off,branch. capacity is calls a day
// (empty: `default_capacity`, else 1 to 1000); days_off lists weekday names (Spanish or
// English: sábado, sat, Saturday) or dates YYYY-MM-DD, separated by `;`, `|` or spaces. Throws
// retorno::error (usage, exit 2) with file and line for a bad value, an agent listed twice or
// an agent off every weekday; more than 255 agents is refused.
std::vector<rules::agent> load_agents(const std::string& path, int default_capacity);

}  // namespace retorno::config
