// Person identification: rows given as plain text become person ids (keys, blocking, scoring, clustering).
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "match/cluster.hpp"
#include "match/score.hpp"

namespace retorno::match {

// One row as a canonical table holds it: the columns a person is recognised by, and those
// its id derives from. Empty views are missing values.
struct person_row {
  std::string_view name, tax_id, address, city, postal_code, email, customer_id;
  std::array<std::string_view, 3> phones;  // mobile, home, work: any shared one counts
  std::string_view vin;
  std::string_view role;         // "owner" for the customer of a vehicle
  std::string_view origin;       // the source row ("export.csv:12"): the identity of a row without a VIN
  std::string_view source_file;  // with source_line, the identity of a row without a VIN or an origin
  std::uint64_t source_line = 0;
};

struct person_options {
  double threshold = default_threshold;
  weights w;
};

struct persons {
  std::vector<std::string> person_id;  // per row: "P" + 12 hex digits, shared by one person's rows
  std::vector<edge> best_link;         // per row: its strongest accepted link (score NaN: none)
  std::uint64_t count = 0;             // persons
  std::uint64_t multi = 0;             // persons found on more than one row
  std::uint64_t comparisons = 0;       // pairs scored, by blocking and by the cluster checks
};

// Fills `out` with row `r` (0 <= r < rows); its views need only last until the next call.
// Rows are asked for twice in order (once for matching, once for their ids), and rows alike
// in name, address and identity (a contact listed twice) once more, in any order.
using person_rows = std::function<void(std::uint32_t r, person_row& out)>;

// Links rows into persons: blocking keys (match/blocking), pairs scored against
// `options.threshold` (match/score), average-linkage clusters (match/cluster). A person's id
// is a hash of the smallest identity among its rows, so that it stays while that row stays
// in the export: the VIN for an owner (a vehicles table and a contacts table deduped apart
// agree on the owners' ids), VIN/role for other roles, the origin for a row without a VIN
// (file:line when it has none).
// The rows' order in the table does not matter: each row has a rank in an order of its
// values (name, postal code, address, a hash of the rest, then every field), and every tie
// (which neighbours a large block compares, which of two rows a pair is scored from, which of
// two equal scores merges first, which members a merge samples) is broken by rank, never by
// position. Rows equal in every field are interchangeable.
// Throws retorno::error (input) when names and addresses pass 4 GiB of text.
persons identify_persons(std::size_t rows, const person_rows& row_of, const person_options& options);

// The same over rows already at hand.
inline persons identify_persons(std::span<const person_row> rows, const person_options& options) {
  return identify_persons(
      rows.size(), [&](std::uint32_t r, person_row& out) { out = rows[r]; }, options);
}

}  // namespace retorno::match
