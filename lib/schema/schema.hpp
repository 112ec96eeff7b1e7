// Schemas: how one kind of raw export maps onto a canonical table (schemas/*.csv).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/tables.hpp"
#include "normalize/phone.hpp"

namespace retorno::schema {

enum class field_type { text, name, code, vin, phone, email, date, datetime, integer, money, boolean, enumeration, tax_id };

// One canonical field: where it goes, how to read it, which headers carry it.
struct field_def {
  std::string field;             // canonical column name
  field_type type = field_type::text;
  bool required = false;
  std::vector<std::string> aliases;  // header texts seen in real exports
  std::string format;            // date format, MX|CO for phones and tax ids, comma|point for money, enum map
  std::vector<std::string> alias_keys;  // header_key() of field + aliases
  // enumeration: (key of an accepted spelling, canonical value)
  std::vector<std::pair<std::string, std::string>> enum_map;
};

struct schema {
  std::string name;   // file stem
  std::string path;
  const model::table_def* table = nullptr;  // nullptr for the raw schema
  std::vector<field_def> fields;
};

// Loads a schema file. Format (one row per field, `#` starts a comment line; a text or name
// field may take several rows, whose columns are joined by a space in schema order):
//   table,field,type,required,aliases,format
//   vehicles,vin,vin,yes,Número de chasis|VIN|NIV|Serie,
// Throws retorno::error (usage, exit 2) with file and line for a malformed schema.
schema load_schema(const std::string& path);

// Every *.csv schema in `dirs` (first directory wins on equal names), sorted by name.
std::vector<schema> load_all(const std::vector<std::string>& dirs);

// Resolves --schema NAME|PATH: a path when it holds '/' or ends in .csv, else a name looked
// up in `dirs`. Throws a usage error with a "did you mean" hint for an unknown name.
schema resolve(const std::string& name_or_path, const std::vector<std::string>& dirs);

// Header text folded for matching: accents, case, spacing and punctuation ignored.
//   header_key("Últ km.") == "ULTKM"
std::string header_key(std::string_view header);

// Result of matching a header row: for each schema field, the header column or -1.
struct header_match {
  std::vector<int> column_of_field;
  std::size_t matched = 0;
  std::vector<std::string> missing_required;
  std::vector<std::size_t> unused_columns;
  bool usable() const { return missing_required.empty() && matched > 0; }
};
header_match match_header(const schema& s, const std::vector<std::string>& header);

std::string_view type_name(field_type t);

}  // namespace retorno::schema
