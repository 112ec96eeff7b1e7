// Finding the header row under a DMS screen export's title lines, and the schema it fits.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "schema/schema.hpp"

namespace retorno::schema {

// For the raw schema: the first row whose field count is the most common one among `rows`
// and whose cells are at least 80% filled in (a title line such as "Recordatorio de Servicio"
// padded with empty cells is not a header). nullopt when `rows` is empty.
std::optional<std::size_t> find_raw_header(const std::vector<std::vector<std::string>>& rows);

struct header_choice {
  std::size_t row = 0;       // index into the candidate rows
  std::size_t schema = 0;    // index into the candidate schemas
  header_match match;
};

// The (row, schema) pair with the most fields matched among usable matches (all required
// fields present); earliest row, then earliest schema, on ties. nullopt when none is usable.
// `best_unusable` receives the closest miss, for the error message.
std::optional<header_choice> choose_header(const std::vector<std::vector<std::string>>& rows,
                                           const std::vector<schema>& schemas,
                                           header_choice* best_unusable = nullptr);

// The `n` schemas whose best row matches most fields (then the larger share of the schema),
// each with that match: what ingest lists when no schema fits well.
std::vector<header_choice> nearest_schemas(const std::vector<std::vector<std::string>>& rows,
                                           const std::vector<schema>& schemas, std::size_t n);

// Whether a usable match is also a convincing one: at least half the schema's fields found.
// "Nombre;Telefono;Ciudad" holds 1 of the opt-outs schema's 7: a file to name a schema for.
inline bool strong_match(const header_match& m, const schema& s) { return m.usable() && m.matched * 2 >= s.fields.size(); }

}  // namespace retorno::schema
