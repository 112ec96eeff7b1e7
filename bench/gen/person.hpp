// People of the world: each a pure function of (seed, person id), so nothing is kept between vehicles.
#pragma once
#include <cstdint>
#include <string>

#include "dates.hpp"
#include "tables.hpp"

namespace gen {

enum class channel { none, phone, whatsapp, sms, email, letter };
enum class consent { unknown, yes, no };

// Person ids: [0, n) owners, keyed by the first vehicle they own; [third, third + 2n) the
// maintainers and drivers who own nothing (2v and 2v+1 for vehicle v); then prospects
// that only ever appear as leads (one slot per vehicle).
struct world_shape {
  std::uint64_t seed = 0;
  std::uint64_t n = 0;       // vehicles
  std::uint64_t third = 0;   // first id of non-owning people (n rounded up to even)
  std::uint64_t prospect = 0;
  country where = country::mx;
  day as_of = 0;
};
world_shape make_shape(std::uint64_t seed, std::uint64_t vehicles, country c, day as_of);

struct person {
  std::uint64_t id = 0;
  std::uint64_t household = 0;  // shared by the two people of a household pair
  bool in_household = false;
  bool company = false;
  bool female = false;
  bool common_name = false;     // drawn from the list of very common full names
  std::string given;            // "JOSÉ LUIS", upper case with accents
  std::string surname1;
  std::string surname2;         // may be empty
  std::string company_name;
  int birth_year = 1970;
  int birth_month = 1;
  int birth_day = 1;
  std::string tax_id;           // RFC (MX) or cédula / NIT (CO), clean
  std::string mobile;           // national significant number, 10 digits
  std::string home;             // idem, empty when none
  std::string work;
  std::string email;            // lower case, empty when none
  std::string street;           // "BLVD. INDEPENDENCIA 1234" or "CALLE 10 # 43-12"
  std::string colonia;          // MX only
  const city* town = nullptr;
  std::string postal;           // zero-padded
  channel preferred = channel::none;
  consent consent_given = consent::unknown;

  // "JOSÉ LUIS RAMÍREZ BAÑUELOS" or the company name.
  std::string full_name() const;
};

void make_person(person& out, const world_shape& w, std::uint64_t id);

// Who owns vehicle v: most people own one vehicle, some several (their first vehicle's index
// is their id). Pure, so every output agrees without a table.
std::uint64_t owner_of(const world_shape& w, std::uint64_t v);
// The other two profiles of a vehicle: often the owner, sometimes the owner's household
// partner, sometimes somebody else (a company's fleet manager and driver always are).
std::uint64_t maintainer_of(const world_shape& w, std::uint64_t v, const person& owner);
std::uint64_t user_of(const world_shape& w, std::uint64_t v, const person& owner);
// The household partner of an id, or the id itself when it lives alone.
std::uint64_t partner_of(const world_shape& w, std::uint64_t id);

// DMS customer numbers: the person's own record, and the extra records clerks create when
// they do not find the customer (k = 1..3 for vehicle v). All distinct, all 8 digits.
std::string customer_number(const world_shape& w, std::uint64_t id);
std::string duplicate_customer_number(const world_shape& w, std::uint64_t v, int k);

}  // namespace gen
