// A starter schema for an export no shipped schema reads: each header matched to the nearest
// canonical field, its type and format guessed from the values.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "schema/schema.hpp"

namespace retorno::schema {

// What a column's values look like: a type and, for dates, phones and money, the format a
// schema file writes ("%d/%m/%Y", "MX", "comma").
struct value_guess {
  field_type type = field_type::text;
  std::string format;
};
// From a column's sample values (empty ones ignored): e-mails, VINs, dates and date-times in the
// first of the usual formats that reads nine in ten of them (day before month when both read),
// phones (7 to 13 digits written with spaces, dashes, brackets or a prefix, or any digits when
// `phone_header`), whole numbers with thousands separators, money with a decimal comma or point;
// text otherwise. `country` is the phones' format.
//   guess_values({"15/03/2024", "31/12/2023"}) -> date, "%d/%m/%Y"
//   guess_values({"044871-3915055", "(871) 391 5055"}) -> phone, "MX"
value_guess guess_values(std::span<const std::string_view> values, bool phone_header = false,
                         std::string_view country = "MX");

// One header of the export and the field it was matched to ("" when none is near).
struct column_suggestion {
  std::string header;
  std::string field;
  field_type type = field_type::text;
  bool required = false;
  std::string format;
  bool exact = false;  // the header is one of the field's known aliases
};

struct suggestion {
  std::string table;  // the canonical table most headers belong to
  std::vector<column_suggestion> columns;
  std::size_t matched = 0;
};

// Matches `header` against every field of `known` (the shipped schemas: their aliases are the
// synonyms seen in real exports; the generic schema of each table gives its types and required
// fields), ignoring case, accents, spacing and punctuation: a known alias, else one containing
// the other (4 characters or more), else one or two typing slips. The table is the one whose
// fields match most headers; a field takes one header at most. `rows` are sample data rows.
suggestion suggest(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                   const std::vector<schema>& known, std::string_view country = "MX");

// The suggestion as a schema file, with comments in Spanish (or English) saying what to check;
// unmatched headers are commented-out lines to complete.
std::string schema_text(const suggestion& s, std::string_view source, bool english);

}  // namespace retorno::schema
