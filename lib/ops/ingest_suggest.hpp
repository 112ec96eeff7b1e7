// `retorno ingest --suggest-schema`: a starter schema file for an export no schema reads yet.
#pragma once
#include <string>

#include "ops/ingest.hpp"

namespace retorno::ops {

struct suggest_summary {
  std::string table;
  std::size_t headers = 0, matched = 0, rows_sampled = 0;
};

// Reads the header (under any title lines) and up to 500 rows of `config.input`, and writes to
// `config.output` the schema schema::suggest makes of them, its comments in Spanish or English.
suggest_summary run_suggest_schema(const ingest_config& config, bool english);

}  // namespace retorno::ops
