// Reading report inputs row by row: a bad row goes to the rejects sink instead of stopping the run.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "model/table.hpp"
#include "ops/report.hpp"
#include "rules/kpis.hpp"

namespace retorno::ops {

// Why a row cannot be used: the field, its raw value and the reason, for the rejects file.
struct row_problem {
  std::string_view field, value, reason;
};

// Streams `path` projected onto `columns` like model::for_each_row (a missing required column
// is an input error, exit 3), but a ragged or unparsable row, or one `fn` refuses, is sent to
// `rejects` and counted in `summary`. Returns the rows read.
std::uint64_t scan_rows(const std::string& path, std::span<const std::string_view> columns,
                        std::span<const std::string_view> required, reject_sink& rejects, report_summary& summary,
                        const std::function<std::optional<row_problem>(const model::row_view&)>& fn);

// first_service_rate, retention_12m and recovery_rate from the vehicles and their repair
// orders (config.vehicles, config.services): numerator and denominator of each, in that order,
// for each of `periods` (current, previous). Bad rows go to `rejects`.
std::array<std::array<std::uint64_t, 2>, 6> vehicle_rates(const report_config& config,
                                                          std::array<const rules::period*, 2> periods,
                                                          reject_sink& rejects, report_summary& summary);

}  // namespace retorno::ops
