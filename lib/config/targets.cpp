// Loading the KPI targets: every metric named must be one of rules/kpis, every target a number.
#include "core/catalog.hpp"
#include "config/targets.hpp"

#include <cmath>

#include <algorithm>
#include <array>
#include <charconv>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "model/table.hpp"
#include "rules/care.hpp"

namespace retorno::config {

rules::kpi_targets load_targets(const std::string& path) {
  rules::kpi_targets out;
  constexpr std::array<std::string_view, 3> cols = {"metric", "group", "target"};
  constexpr std::array<std::string_view, 2> req = {"metric", "target"};
  std::vector<std::string> names;
  for (const auto& d : rules::metric_defs()) names.emplace_back(d.name);
  for (const auto& d : rules::care_defs()) names.emplace_back(d.name);
  auto config_error = [&](std::uint64_t line, std::string what, std::string hint = {}) {
    return error(exit_code::usage, path, line, std::move(what), std::move(hint));
  };
  try {
    model::for_each_row(path, cols, req, [&](const model::row_view& r) {
      std::string metric(trim(r[0]));
      if (!rules::find_reason(metric) && !rules::find_metric(metric) && !rules::find_care_metric(metric)) {
        auto guess = closest(metric, names);
        throw config_error(r.line, tr(msg::err_target_metric, metric),
                           guess ? tr(msg::err_did_you_mean, *guess) : tr(msg::err_see_report_help));
      }
      auto text = std::string(trim(r[2]));
      std::replace(text.begin(), text.end(), ',', '.');
      if (!text.empty() && text.back() == '%') text.pop_back();
      double v = 0;
      auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
      if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        throw config_error(r.line, tr(msg::err_target_not_number, r[2], metric),
                           tr(msg::err_target_percent_hint));
      // A target is a finite number a dashboard can print: a percentage for a rate, a
      // count otherwise ("nan", "inf" and 1e308 read as numbers).
      const rules::metric_def* def = rules::find_metric(metric);
      const rules::care_def* care = rules::find_care_metric(metric);
      const bool rate = (def && def->is_rate) || (care && care->is_rate);  // the reason counts are counts
      const double most = rate ? 100.0 : 10'000'000.0;
      if (!std::isfinite(v) || v < 0 || v > most)
        throw config_error(r.line, tr(msg::err_target_range, r[2], metric,
                                               rate ? "100 (a percentage)" : "10,000,000"));
      std::string group(trim(r[1]));
      if (group == "*") group.clear();
      out[metric][group] = v;
    });
  } catch (const error& e) {
    // A file that cannot be read or parsed is a configuration error too: exit 2, not 3.
    if (e.code() == exit_code::usage) throw;
    throw error(exit_code::usage, e.file(), e.line(), e.what(), e.hint());
  }
  return out;
}

}  // namespace retorno::config
