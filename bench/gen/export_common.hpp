// What the export writers share for one vehicle: its people, its customer record, and the truth loggers.
#pragma once
#include <string>

#include "exports.hpp"

namespace gen {

struct row_context {
  const world_shape& w;
  const vehicle& v;
  const std::vector<campaign_def>& campaigns;
  const person& owner;
  const person& maintainer;
  const person& user;
  std::uint64_t owner_key = 0;  // customer record printed on the vehicle's row
  bool owner_duplicate = false;
  customer_view owner_view;
  std::string shown_vin;        // the VIN as the DMS holds it (dirt included)
  expectations vin_ex;
  int shown_year = 0;
  rng r;
  std::string s;                // scratch
  row_context(const world_shape& w_, const vehicle& v_, const std::vector<campaign_def>& c_, const person& o,
              const person& m, const person& u)
      : w(w_), v(v_), campaigns(c_), owner(o), maintainer(m), user(u), r(w_.seed, stream::extra, v_.index << 4) {}
};

// truth/dirt.csv rows for one export row, counted for the manifest.
void log_expectations(outputs& out, output which, const out_file& f, std::uint64_t line, const expectations& ex);
// truth/persons.csv: this row names this person.
void log_person(outputs& out, const out_file& f, std::uint64_t line, std::string_view customer_id,
                std::string_view role, const person& p, std::string_view tags);
// truth/people.csv: the clean person, once.
void note_person(outputs& out, const world_shape& w, const person& p);

// Writes cells, the raw ones unquoted, and ends the row.
void put_row(out_file& f, const std::vector<std::string>& cells, const std::vector<bool>& raw);

std::string person_id(std::uint64_t id);     // "P123"
std::string household_id(std::uint64_t id);  // "H122"
std::string dmy(day d);
std::string iso_date(day d);
std::string money_text(std::int64_t cents, bool dollar_sign);
// 12345 -> "12,345" with the given separator.
std::string grouped(std::int64_t v, char sep);
std::string e164(const world_shape& w, std::string_view national);

}  // namespace gen
