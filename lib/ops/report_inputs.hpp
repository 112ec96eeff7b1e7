// Reading report inputs row by row: a bad row goes to the rejects sink instead of stopping the run.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/catalog.hpp"
#include "model/table.hpp"
#include "ops/report.hpp"
#include "rules/kpi_tally.hpp"

namespace retorno::ops {

// Why a row cannot be used: the field, its raw value and the reason, for the rejects file
// (said in the run's language only for the rows rejected).
struct row_problem {
  std::string_view field, value;
  msg::id reason;
};

// Streams `path` projected onto `columns` like model::for_each_row (a missing required column
// is an input error, exit 3), but a ragged or unparsable row, or one `fn` refuses, is sent to
// `rejects` and counted in `summary`. Returns the rows read.
std::uint64_t scan_rows(const std::string& path, std::span<const std::string_view> columns,
                        std::span<const std::string_view> required, reject_sink& rejects, report_summary& summary,
                        const std::function<std::optional<row_problem>(const model::row_view&)>& fn);

// The vehicles and their repair orders (config.vehicles, config.services), joined by VIN into
// one history each and given to `tally` (first_service_rate, retention_12m, recovery_rate).
// Bad rows go to `rejects`; repair orders of unknown VINs are counted in a note.
void read_vehicles(const report_config& config, rules::kpi_tally& tally, reject_sink& rejects,
                   report_summary& summary);

}  // namespace retorno::ops
