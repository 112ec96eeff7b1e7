// The files a dealership configures retorno with: its closed days, its own cadences. Each loader
// validates as it reads and throws retorno::error naming the file and line; rules and calendar
// stay pure and receive what these return.
#pragma once
#include <string>
#include <vector>

#include "core/dates.hpp"
#include "rules/cadence.hpp"

namespace retorno::config {

// The dealership's closed days: a CSV with a `date` column (YYYY-MM-DD), any other columns
// ignored. Throws retorno::error (input) with file and line for a bad date.
std::vector<day> load_closed_days(const std::string& path);

// A cadence file: CSV with columns cadence,attempt,channel,gap,unit,slot,note
// (unit: business_days | business_hours; slot: rotate | any). One file may hold several.
// Throws retorno::error (usage, exit 2) with file and line when malformed, when a gap is more
// than a year, or when a call comes after a message step (the calls come first).
std::vector<rules::cadence> load_cadences(const std::string& path);

}  // namespace retorno::config
