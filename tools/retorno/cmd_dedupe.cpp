// `retorno dedupe`: flags, their validation, and the summary line. The work is in lib/ops/dedupe and lib/match.
#include <cmath>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "common.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "ops/dedupe.hpp"

namespace retorno::tool {

namespace {

struct dedupe_flags {
  common_options common;
  std::string input = "-", output = "-", clusters;
  double threshold = match::default_threshold;
};

constexpr const char* example_es = R"(
Ejemplo (el mundo de muestra tras make demo, desde la raíz del proyecto):
  retorno dedupe out/2026-11-27/tables/vehicles.ingested.csv -o vehiculos.csv --clusters personas.csv
  retorno dedupe out/2026-11-27/tables/contacts.ingested.csv -o contactos.csv --threshold 10   # más estricto
Un VIN repetido queda en una sola fila (gana el valor más reciente; los distintos quedan en
dq_flags como campo:conflict=valor). Cada fila recibe person_id: nombre comparado a la
mexicana (sin acentos, sin DE/DEL/LA/LOS/Y/VDA, MA./GPE./FCO. expandidos, en cualquier orden,
cortado a 25 caracteres), teléfono, correo, RFC, número de cliente, dirección y CP suman
puntos (pesos Fellegi-Sunter en bits); desde --threshold (8 por omisión) es la misma persona.
Un teléfono compartido por la familia no basta: un nombre de pila distinto resta 8.)";

constexpr const char* example_en = R"(
Example (the sample world after make demo, from the checkout's root):
  retorno dedupe out/2026-11-27/tables/vehicles.ingested.csv -o vehicles.csv --clusters persons.csv
  retorno dedupe out/2026-11-27/tables/contacts.ingested.csv -o contacts.csv --threshold 10   # stricter
A repeated VIN becomes one row (the newest value wins; the others go to dq_flags as
field:conflict=value). Every row gets a person_id: names compared the Spanish way (accents
folded, DE/DEL/LA/LOS/Y/VDA dropped, MA./GPE./FCO. expanded, any order, cut at 25
characters), phone, e-mail, tax id, customer number, address and postal code add up
(Fellegi-Sunter weights in bits); from --threshold (default 8) on, it is the same person.
A household's shared phone is not enough: a different given name subtracts 8.)";

}  // namespace

command setup_dedupe(CLI::App& parent, bool en) {
  auto flags = std::make_shared<dedupe_flags>();
  auto* app = parent.add_subcommand(
      "dedupe", en ? "One row per VIN and one person_id per customer in a vehicles or contacts table"
                   : "Una fila por VIN y un person_id por cliente en una tabla de vehículos o contactos");
  app->add_option("input", flags->input, en ? "Canonical vehicles or contacts table (- = standard input)"
                                            : "Tabla canónica de vehículos o contactos (- = entrada estándar)");
  app->add_option("-o,--output", flags->output, en ? "Output table (default: standard output; never the input)"
                                                   : "Tabla de salida (por omisión la salida estándar; nunca la entrada)");
  app->add_option("--clusters", flags->clusters,
                  en ? "Cluster map: row, origin, person_id, matched_on, score"
                     : "Mapa de grupos: row, origin, person_id, matched_on, score");
  app->add_option("--threshold", flags->threshold,
                  en ? "Score (bits) from which two rows are one person (default 8; 4 loose, 12 strict)"
                     : "Puntaje (bits) desde el que dos filas son la misma persona (8; 4 laxo, 12 estricto)");
  add_common_flags(*app, flags->common);
  app->footer(en ? example_en : example_es);
  return {app, [flags]() {
            check_paths({{"input", flags->input}}, {{"-o", flags->output}, {"--clusters", flags->clusters}});
            if (!std::isfinite(flags->threshold))
              throw usage_error(fmt::format("--threshold {} is not a number", flags->threshold));
            ops::dedupe_config c;
            c.input = flags->input;
            c.output = flags->output;
            c.clusters = flags->clusters;
            c.threshold = flags->threshold;
            c.excel = flags->common.excel;
            c.branch.name = std::string(trim(flags->common.branch));
            show_progress("dedupe", {c.input}, flags->common);
            double seconds = 0;
            auto s = timed([&] { return ops::run_dedupe(c); }, seconds);
            if (!flags->common.quiet)
              note("dedupe", fmt::format("{} {} rows in, {} out, {} merged by VIN ({} conflicting values){}, 0 rejected; "
                                         "{} persons ({} on more than one row); {} comparisons; {:.2f} s",
                                         s.rows_in, s.table, s.rows_out, s.rows_merged, s.conflicts,
                                         c.branch.active() ? fmt::format(", {} of other branches", s.rows_other_branches)
                                                           : std::string(),
                                         s.persons, s.persons_multi, s.comparisons, seconds));
            return 0;
          }};
}

}  // namespace retorno::tool
