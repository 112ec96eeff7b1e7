// schedule-attempts' other outputs: the advisors' agenda and welcome board for the next business
// day, the sales prospects and the leads' daily status, read from the canonical tables.
#pragma once
#include <memory>
#include <vector>

#include "csv/writer.hpp"
#include "ops/schedule.hpp"

namespace retorno::ops {

// Reads what the asked outputs need and writes them into `files`, neither finished nor published
// (run_schedule finishes and publishes every output of the run together). Fills the summary's duty counts.
void write_duties(const schedule_config& c, schedule_summary& summary, std::vector<std::unique_ptr<csv::output>>& files);

// True when the configuration asks for any of them.
bool wants_duties(const schedule_config& c);

}  // namespace retorno::ops
