// The dirt of real exports: how a clean value is typed, truncated, mangled or left out, with the rates.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "person.hpp"
#include "rng.hpp"

namespace gen {

// Rates of deliberate dirt, per value or per row as noted. The report of the generator and
// bench/gen/README.md list them; tests read truth/dirt.csv for the rows they hit.
namespace rate {
constexpr double vin_s_for_5 = 0.002;        // leading 5 typed S: flagged, fix suggested
constexpr double vin_o_for_0 = 0.001;        // a 0 typed O: rejected (characters), fix suggested
constexpr double vin_inner_swap = 0.0005;    // 5/S 8/B 2/Z 6/G in the serial of a 1-5 VIN: rejected
constexpr double vin_short = 0.0003;         // a character lost: rejected (length)
constexpr double vin_loose = 0.003;          // lower case, spaces or dashes: silently normalised
constexpr double model_year_typo = 0.002;    // Año modelo one off: vin:model_year flag
constexpr double duplicate_vin_row = 0.01;   // a vehicle exported twice (another branch's older record)
constexpr double new_customer_record = 0.4;  // a known customer's later vehicle under a new number
constexpr double base_name_noise = 0.03;     // any row: order swapped or one typo
constexpr double date_lost = 0.01;           // a known date printed "//"
constexpr double date_zero = 0.004;          // ... printed 00/00/0000
constexpr double date_impossible = 0.001;    // 30/02/2019, "11": flagged invalid
constexpr double km_invalid = 0.001;         // "S/D": flagged invalid
constexpr double address_newline = 0.004;    // a line break inside the quoted address
constexpr double address_stray_quote = 0.002;  // PRIV. "LAS PALMAS": a bare quote mid-field
constexpr double address_delimiter = 0.003;  // the export's delimiter inside the address (quoted)
constexpr double email_domain_typo = 0.03;   // of e-mails: hotmial.com, gmial.com, .con
constexpr double email_invalid = 0.015;      // of e-mails: no @, two @, a space
constexpr double email_upper = 0.1;          // of e-mails: upper case (silent)
constexpr double email_placeholder = 0.08;   // of people with no e-mail: "notiene@notiene.com", "SIN CORREO"
constexpr double channel_unknown = 0.001;    // Medio preferido "FAX": enum unknown flag
constexpr double cp_leading_zero_lost = 0.3; // of postal codes starting with 0 (silent: codes are text)
constexpr double outcome_unknown = 0.001;    // contact log: an outcome no schema knows: rejected
constexpr double ro_no_open_date = 0.0002;   // service history: a required date missing: rejected
constexpr double ragged_row = 0.0001;        // a row cut short by the exporter: rejected (ragged)
}  // namespace rate

// What ingest should do with one raw value: nothing ("" = clean or silently normalised),
// a flag, or a reject, with the canonical problem name ("placeholder", "check_digit"...).
struct expectation {
  std::string_view field;
  std::string_view action;  // "flag" or "reject"
  std::string_view problem;
  std::string raw;
};
using expectations = std::vector<expectation>;

enum class phone_kind { mobile, home, work };
// A phone number as a clerk typed it. `national` empty: the person gave none. Appends the
// expectation for `field` when ingest must flag it.
std::string show_phone(const world_shape& w, std::string_view national, phone_kind kind, rng& r,
                       std::string_view field, expectations& ex);
// A phone typed by a customer in a web form or noted by an agent: the modern forms only.
std::string show_phone_clean(const world_shape& w, std::string_view national, rng& r);

std::string show_email(std::string_view email, rng& r, std::string_view field, expectations& ex);

enum class name_style {
  dms25,  // DMS screen: upper case, accents lost (Ñ kept), cut at 25 characters
  dms,    // DMS report: upper case, accents lost, no cut
  crm,    // CRM or agenda: title case with accents
  web     // typed by the customer: any case, often one given name and one surname
};
// A person's name as one export shows it; `tags` receives what was done (for truth/persons.csv).
void show_name(std::string& out, std::string& tags, const person& p, name_style style, bool duplicate, rng& r);

// dd/mm/yyyy with the empty markers and the odd impossible date. `d` no_day: a marker or "".
void show_date(std::string& out, day d, rng& r, std::string_view field, expectations& ex, double scale = 1.0);
// 12,345 / 12.345 / 12345, and "S/D" now and then.
void show_km(std::string& out, int km, rng& r, std::string_view field, expectations& ex);

// The VIN as the DMS holds it (confusable characters, lost characters, loose spacing).
std::string show_vin(const std::string& vin, rng& r, expectations& ex);

// Address line: how it must be written (plain, or raw with a stray quote).
enum class cell_mode { plain, raw };
std::string show_address(const person& p, country c, bool upper, char delimiter, rng& r, cell_mode& mode);

std::string show_postal(const person& p, rng& r);

}  // namespace gen

namespace gen {

// One DMS customer record as every export prints it: a pure function of the record's key,
// so a customer number shows the same name and numbers in the vehicles, reminder and
// contacts exports, and a second record of the same person (duplicate) differs from it.
struct customer_view {
  std::string number;
  std::string name;  // upper case, not yet cut at 25
  std::string tags;  // variant tags of the name
  std::string tax_id;
  std::string mobile;
  std::string home;
  std::string work;
  std::string email;
  std::string address;
  cell_mode address_mode = cell_mode::plain;
  std::string city;
  std::string state;
  std::string postal;
  std::string channel;
  std::string consent;
  expectations ex;  // for fields phone_mobile, phone_home, phone_work, email, preferred_channel
};
void show_customer(customer_view& out, const world_shape& w, const person& p, std::uint64_t key,
                   const std::string& number, bool duplicate, char delimiter);

}  // namespace gen
