// ingest's rows: the fields of one export record become one row of a canonical table.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/string_pool.hpp"
#include "core/view_map.hpp"
#include "normalize/odometer.hpp"
#include "normalize/phone.hpp"
#include "normalize/tax_id.hpp"
#include "schema/convert.hpp"
#include "schema/schema.hpp"

namespace retorno::ops {

// Assembles rows as `chosen` says: each schema field trimmed, normalised or joined with the
// others of its column, then origin (file:line) and dq_flags. Without a schema (raw) a row is
// the record's fields. A row is views into the record and into the assembler's own strings,
// valid until the next call; nothing is copied twice on the way to the writer.
class row_assembler {
public:
  // `width`: the header's columns (every record has them); `origin_file`: the name origin
  // gives; `country`: --country, over the schema's own; `branch`: --branch, the branch of rows
  // that name none (a table without a branch column ignores it).
  row_assembler(const schema::schema* chosen, const schema::header_match& match, std::size_t width,
                std::string origin_file, std::optional<normalize::country> country, std::string branch = {});

  // Why a record gives no row: the field, its raw value, and the reason for the rejects file.
  struct refusal {
    std::string_view field, value;
    std::string reason;
  };
  // The row of `fields`, read from `line`; `dirty` says which fields may hold a comma or a
  // quote, as csv::record does. A refusal when a value cannot stand.
  std::optional<refusal> assemble(std::span<const std::string_view> fields, std::uint64_t line, std::uint64_t dirty);

  std::span<const std::string_view> cells() const { return row_; }
  // Which cells hold no , " or line break: the writer skips its scan for them.
  std::span<const bool> plain() const { return {plain_now_, row_.size()}; }
  // Values of the last row flagged in dq_flags.
  std::uint64_t flagged() const { return flagged_; }

private:
  // Enumerations and booleans take few distinct values: each is converted once. Dates were
  // too, but a few thousand per column made the cache miss the processor's caches, and parsing
  // a date is cheaper than that (ingest 13% faster without).
  struct memo {
    string_pool keys;
    view_map<std::uint32_t> index;  // raw value -> 1 + its entry in results
    std::vector<schema::conversion> results;
  };
  // When a field's trimmed value is its cell as it stands, with no problem: the normaliser
  // would give it back unchanged, so it is not asked.
  enum class as_is : unsigned char {
    never,
    always,        // text
    unless_lower,  // a code: already upper case
    when_empty,    // a phone or an e-mail: empty gives an empty cell and no problem
    when_canonical,  // a tax id: empty or already canonical (normalize::canonical_tax_id)
  };
  // What one schema field does on every row, worked out once.
  struct field_plan {
    const schema::field_def* def;
    int col;          // input column, or -1
    std::size_t to;   // output column
    as_is kept;
    bool is_memo;
    bool joined;      // its output column gathers several fields
    bool joins;       // and an earlier field started it
    std::optional<normalize::country> tax_country;  // the country convert_field gives a tax id
    std::size_t index;  // in converted_ and memos_
  };

  void flag_odometer(const normalize::odometer_numbers& n);
  long day_of(int col) const;  // of an output date column, or no_reading
  const bool* plain_cells(std::uint64_t dirty);
  void check_odometer();

  // Output columns of the odometer fields (-1 when the schema maps none): km, km_date,
  // last_service_km, last_service_date, next_service_km, dofu.
  std::array<int, 6> odometer_{-1, -1, -1, -1, -1, -1};
  bool checks_odometer_ = false;

  const schema::schema* chosen_;
  std::size_t width_;
  std::string origin_file_;
  std::optional<normalize::country> country_;
  int model_year_col_ = -1;  // input column of model_year, for the VIN's year code
  int city_col_ = -1;        // input column of city, for 7-digit Colombian landlines
  int branch_to_ = -1;       // output column of branch, when --branch fills the rows without one
  std::string branch_;
  std::vector<field_plan> plan_;
  std::vector<schema::conversion> converted_;  // per field: its value's strings keep their capacity
  std::vector<memo> memos_;                    // per field
  schema::conversion conv_;                    // problem and reject of a field used as it stands
  std::vector<std::string> joined_;            // per output column gathering several fields
  std::vector<std::vector<std::size_t>> feeds_;  // per input column: the output columns it feeds
  std::unique_ptr<bool[]> plain_;           // cells no record can make need quotes
  std::unique_ptr<bool[]> plain_if_clean_;  // the same when the fields feeding them are clean
  std::unique_ptr<bool[]> row_plain_;       // the last row's, when it has dirty fields
  const bool* plain_now_ = nullptr;
  std::vector<std::string_view> row_;
  std::string flags_, origin_;
  std::uint64_t flagged_ = 0;
};

}  // namespace retorno::ops
