// `retorno ingest`: a raw export in any dialect becomes one canonical table plus a rejects file.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "csv/reader.hpp"
#include "normalize/phone.hpp"

namespace retorno::ops {

// The validated configuration of one ingest run (tools/retorno/cmd_ingest.cpp builds it).
struct ingest_config {
  std::string input = "-";
  std::string output = "-";
  std::string rejects;               // "" = next to the output (x.csv -> x.rejects.csv)
  std::optional<std::string> schema;  // name, path or "raw"; nullopt = chosen by header
  std::vector<std::string> schema_dirs;
  std::optional<normalize::country> country;
  csv::reader_options reader;
  double max_reject_rate = 0.05;
  bool excel = false;
  std::string branch;  // --branch: the branch of the rows that name none
};

struct ingest_summary {
  std::uint64_t rows_in = 0;
  std::uint64_t rows_out = 0;
  std::uint64_t rows_rejected = 0;
  std::uint64_t values_flagged = 0;
  std::string dialect;       // "windows-1252, tab" as sniffed or forced
  std::string rejects_path;  // where rejected rows went ("" when none were written)
  exit_code code = exit_code::ok;
};

// Notes for the person running the command (schema chosen, title lines skipped, columns
// ignored); the front end prints them unless --quiet.
using note_sink = std::function<void(const std::string&)>;

// Throws retorno::error for usage, input and output errors; row problems go to the rejects.
ingest_summary run_ingest(const ingest_config& config, const note_sink& note);

// Default rejects path for an output path: "out/x.csv" -> "out/x.rejects.csv";
// standard output -> "retorno-rejects.csv" in the current folder.
std::string default_rejects_path(const std::string& output);

}  // namespace retorno::ops
