// The dealership's KPI targets file (metric,group,target), validated against the metric definitions.
#pragma once
#include <string>

#include "rules/kpis.hpp"

namespace retorno::config {

// Reads a targets file, CSV with columns metric,group,target, into metric -> group -> target.
// `group` empty or "*" sets the target of every group; a rate's target is a percentage ("60",
// "60%" or "60,5"). Throws retorno::error (usage, exit 2) naming the file and line for an
// unknown metric (with the closest name as a hint) or a target that is not a number.
rules::kpi_targets load_targets(const std::string& path);

}  // namespace retorno::config
