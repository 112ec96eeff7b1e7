// `retorno dedupe`: one person_id per person across a vehicles or contacts table, one row per VIN.
#pragma once
#include <cstdint>
#include <string>

#include "match/score.hpp"
#include "model/branch.hpp"

namespace retorno::ops {

// The validated configuration of one run (tools/retorno/cmd_dedupe.cpp builds it).
struct dedupe_config {
  std::string input = "-";
  std::string output = "-";
  std::string clusters;  // optional cluster map: row, origin, person_id, matched_on, score
  double threshold = match::default_threshold;
  match::weights weights;
  bool excel = false;
  model::branch_filter branch;  // --branch: only this branch's rows (and those of none)
};

struct dedupe_summary {
  std::string table;             // "vehicles" or "contacts"
  std::uint64_t rows_in = 0;
  std::uint64_t rows_out = 0;
  std::uint64_t rows_merged = 0;  // vehicle rows folded into another row of the same VIN
  std::uint64_t rows_other_branches = 0;  // left out by --branch
  std::uint64_t persons = 0;
  std::uint64_t persons_multi = 0;  // persons found on more than one output row
  std::uint64_t comparisons = 0;    // record pairs scored (blocking, then cluster checks)
  std::uint64_t conflicts = 0;      // values that disagreed between rows of one VIN
};

// Reads the table, merges rows of one VIN (vehicles: the newest non-empty value of every
// field wins, each disagreement becomes `field:conflict=<other value>` in dq_flags, origin
// lists every source row joined by '+'; ops/dedupe_vin), links rows into persons
// (match/persons) and writes the table back with person_id filled. Nothing is rejected:
// rows in = rows out + rows merged.
// Throws retorno::error: input (unreadable, no header, not a vehicles/contacts table,
// ragged rows), output.
dedupe_summary run_dedupe(const dedupe_config& config);

}  // namespace retorno::ops
