// `retorno ingest`: flags, their validation, and the summary line. The work is in lib/ops/ingest.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "csv/writer.hpp"
#include "csv/encoding.hpp"
#include "model/tables.hpp"
#include "ops/ingest.hpp"
#include "ops/ingest_suggest.hpp"

namespace retorno::tool {

namespace {

struct ingest_flags {
  common_options common;
  std::string input = "-";
  std::string output = "-";
  std::string rejects;
  std::string schema;
  std::string country;
  std::string encoding;
  std::string delimiter;
  double max_reject_rate = 0.05;
  bool suggest_schema = false;
};

char parse_delimiter(const std::string& d) {
  if (d == "tab" || d == "\\t" || d == "\t") return '\t';
  if (d == "comma") return ',';
  if (d == "semicolon") return ';';
  if (d == "pipe") return '|';
  if (d.size() == 1 && d[0] != '"' && d[0] != '\n' && d[0] != '\r') return d[0];
  throw usage_error(tr(msg::ingest_bad_delimiter, d), tr(msg::ingest_bad_delimiter_hint));
}

// Raw flags -> validated configuration, before any file is opened.
ops::ingest_config validate(const ingest_flags& f) {
  ops::ingest_config c;
  c.input = f.input;
  c.output = f.output;
  c.rejects = f.rejects;
  if (!f.schema.empty()) c.schema = f.schema;
  c.schema_dirs = schema_dirs();
  if (!f.country.empty()) c.country = parse_country_flag("--country", f.country);
  if (!f.encoding.empty()) {
    c.reader.enc = csv::parse_encoding(f.encoding);
    if (!c.reader.enc)
      throw usage_error(tr(msg::ingest_bad_encoding, f.encoding), tr(msg::ingest_bad_encoding_hint));
  }
  if (!f.delimiter.empty()) c.reader.delimiter = parse_delimiter(f.delimiter);
  if (!(f.max_reject_rate >= 0 && f.max_reject_rate <= 1))  // nan fails both comparisons
    throw usage_error(tr(msg::ingest_bad_reject_rate));
  c.max_reject_rate = f.max_reject_rate;
  c.excel = f.common.excel;
  c.branch = std::string(trim(f.common.branch));
  // ingest reads no clock, but a mistyped --as-of in a nightly script must not pass unnoticed.
  if (!f.common.as_of.empty()) (void)parse_as_of(f.common.as_of);
  if (c.output != "-" && c.output == c.input) throw usage_error(tr(msg::ingest_overwrite_input));
  return c;
}

}  // namespace

command setup_ingest(CLI::App& parent) {
  auto flags = std::make_shared<ingest_flags>();
  auto* app = parent.add_subcommand("ingest", tr(msg::ingest_about));
  app->add_option("input", flags->input, tr(msg::ingest_input));
  app->add_option("-o,--output", flags->output, tr(msg::ingest_output));
  app->add_option("--rejects", flags->rejects, tr(msg::ingest_rejects));
  app->add_option("--schema", flags->schema, tr(msg::ingest_schema));
  app->add_option("--country", flags->country, tr(msg::ingest_country));
  app->add_option("--encoding", flags->encoding, tr(msg::ingest_encoding));
  app->add_option("--delimiter", flags->delimiter, tr(msg::ingest_delimiter));
  app->add_option("--max-reject-rate", flags->max_reject_rate, tr(msg::ingest_max_reject_rate));
  app->add_flag("--suggest-schema", flags->suggest_schema, tr(msg::ingest_suggest_schema));
  add_common_flags(*app, flags->common);
  app->footer(tr(msg::ingest_example));
  return {app, [flags]() {
            check_paths({{"input", flags->input}, {"--schema", flags->schema}},
                        {{"-o", flags->output}, {"--rejects", flags->rejects.empty() && flags->output != "-"
                                                                  ? csv::sibling_path(flags->output, "rejects")
                                                                  : flags->rejects}});
            auto config = validate(*flags);
            const bool quiet = flags->common.quiet;
            if (flags->suggest_schema) {
              const auto s = ops::run_suggest_schema(config, flags->common.lang == "en");
              if (!quiet)
                note("ingest", tr(msg::ingest_suggest_summary, s.matched, s.headers, model::table_label(s.table, english()), s.rows_sampled));
              return 0;
            }
            show_progress("ingest", {flags->input}, flags->common);
            double seconds = 0;
            auto s = timed([&] {
              return ops::run_ingest(config, [quiet](const std::string& text) {
                if (!quiet) note("ingest", text);
              });
            }, seconds);
            if (!quiet) {
              // One of a count is said in the singular: "1 fila leída", not "1 filas leídas".
              auto count = [](std::uint64_t n, msg::id one, msg::id many) { return n == 1 ? tr(one) : tr(many, n); };
              std::string rejected = count(s.rows_rejected, msg::ingest_rejected_one, msg::ingest_rejected);
              if (s.rows_rejected > 0 && !s.rejects_path.empty()) rejected += tr(msg::ingest_rejected_to, s.rejects_path);
              note("ingest", tr(msg::ingest_summary, count(s.rows_in, msg::ingest_read_one, msg::ingest_read),
                                count(s.rows_out, msg::ingest_written_one, msg::ingest_written), rejected,
                                count(s.values_flagged, msg::ingest_flagged_one, msg::ingest_flagged), s.dialect, seconds));
            }
            if (s.code == exit_code::data)
              note("ingest", tr(msg::ingest_too_many_rejects, s.rows_rejected, s.rows_in, config.max_reject_rate));
            return static_cast<int>(s.code);
          }};
}

}  // namespace retorno::tool
