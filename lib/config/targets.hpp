// The dealership's KPI targets file (metric,group,target), validated against the metric definitions.
#pragma once
#include <map>
#include <string>

namespace retorno::config {

// Reads a targets file, CSV with columns metric,group,target, into metric -> group -> target.
// `group` empty or "*" sets the target of every group; a rate's target is a percentage ("60",
// "60%" or "60,5"). Throws retorno::error (usage, exit 2) naming the file and line for an
// unknown metric (with the closest name as a hint) or a target that is not a number.
std::map<std::string, std::map<std::string, double>> load_targets(const std::string& path);

}  // namespace retorno::config
