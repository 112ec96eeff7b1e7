// `retorno ingest`: flags, their validation, and the summary line. The work is in lib/ops/ingest.

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "csv/writer.hpp"
#include "csv/encoding.hpp"
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

constexpr const char* example_es = R"(
Ejemplo (la lista "Recordatorio de Servicio" exportada del DMS, en Windows-1252 con su título):
  retorno ingest samples/exports/recordatorio_servicio.txt --schema recordatorio \
      -o vehiculos.csv --rejects rechazados.csv
  retorno ingest samples/exports/vehiculos.csv --suggest-schema -o mi_esquema.csv   # esquema inicial
Cada fila termina en vehiculos.csv o en rechazados.csv (archivo, línea, campo, valor, motivo).
Códigos de salida: 0 listo · 1 demasiados rechazos (--max-reject-rate) · 2 uso · 3 entrada · 4 salida.)";

constexpr const char* example_en = R"(
Example (the DMS "Recordatorio de Servicio" list, Windows-1252 with its title line):
  retorno ingest samples/exports/recordatorio_servicio.txt --schema recordatorio \
      -o vehicles.csv --rejects rejects.csv
  retorno ingest samples/exports/vehiculos.csv --suggest-schema -o my_schema.csv   # starter schema
Every row ends in vehicles.csv or in rejects.csv (file, line, field, value, reason).
Exit codes: 0 done · 1 too many rejects (--max-reject-rate) · 2 usage · 3 input · 4 output.)";

char parse_delimiter(const std::string& d) {
  if (d == "tab" || d == "\\t" || d == "\t") return '\t';
  if (d == "comma") return ',';
  if (d == "semicolon") return ';';
  if (d == "pipe") return '|';
  if (d.size() == 1 && d[0] != '"' && d[0] != '\n' && d[0] != '\r') return d[0];
  throw usage_error(fmt::format("--delimiter '{}' is not one character", d), "try , ; tab or |");
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
      throw usage_error(fmt::format("--encoding '{}' is not known", f.encoding),
                        "utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252 or latin-1");
  }
  if (!f.delimiter.empty()) c.reader.delimiter = parse_delimiter(f.delimiter);
  if (!(f.max_reject_rate >= 0 && f.max_reject_rate <= 1))  // nan fails both comparisons
    throw usage_error("--max-reject-rate must be between 0 and 1");
  c.max_reject_rate = f.max_reject_rate;
  c.excel = f.common.excel;
  c.branch = std::string(trim(f.common.branch));
  // ingest reads no clock, but a mistyped --as-of in a nightly script must not pass unnoticed.
  if (!f.common.as_of.empty()) (void)parse_as_of(f.common.as_of);
  if (c.output != "-" && c.output == c.input) throw usage_error("-o would overwrite the input file");
  return c;
}

}  // namespace

command setup_ingest(CLI::App& parent, bool en) {
  auto flags = std::make_shared<ingest_flags>();
  auto* app = parent.add_subcommand(
      "ingest", en ? "Turn a raw DMS or call-center export into a canonical table"
                   : "Convierte una exportación del DMS o del call center en una tabla canónica");
  app->add_option("input", flags->input, "Raw export (- or nothing: standard input)");
  app->add_option("-o,--output", flags->output, "Canonical table (default: standard output)");
  app->add_option("--rejects", flags->rejects,
                  "Rejected rows with file, line, field, value and reason (default: beside -o as "
                  "NAME.rejects.csv; with standard output, retorno-rejects.csv when a row is rejected)");
  app->add_option("--schema", flags->schema, "Schema name, path, or raw (default: chosen by the header)");
  app->add_option("--country", flags->country, "MX or CO for phone numbers (default: the schema's)");
  app->add_option("--encoding", flags->encoding, "Force the encoding (default: sniffed)");
  app->add_option("--delimiter", flags->delimiter, "Force the delimiter: , ; tab | (default: sniffed)");
  app->add_option("--max-reject-rate", flags->max_reject_rate,
                  "Exit 1 when more than this share of rows is rejected (default 0.05)");
  app->add_flag("--suggest-schema", flags->suggest_schema,
               en ? "Print a starter schema for this export: each header matched to a canonical field, types and "
                    "formats guessed from the values"
                  : "Escribe un esquema inicial para esta exportación: cada encabezado con su campo canónico, y el "
                    "tipo y el formato que sugieren los valores");
  add_common_flags(*app, flags->common);
  app->footer(en ? example_en : example_es);
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
                note("ingest", fmt::format("{} of {} headers matched to fields of {} ({} rows read for the types)",
                                           s.matched, s.headers, s.table, s.rows_sampled));
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
              std::string rejected = fmt::format("{} rejected", s.rows_rejected);
              if (s.rows_rejected > 0 && !s.rejects_path.empty()) rejected += fmt::format(" (to {})", s.rejects_path);
              note("ingest", fmt::format("{} rows in, {} out, {}; {} values flagged; {}; {:.2f} s", s.rows_in,
                                         s.rows_out, rejected, s.values_flagged, s.dialect, seconds));
            }
            if (s.code == exit_code::data)
              note("ingest", fmt::format("error: {} of {} rows rejected, over --max-reject-rate {}", s.rows_rejected,
                                         s.rows_in, config.max_reject_rate));
            return static_cast<int>(s.code);
          }};
}

}  // namespace retorno::tool
