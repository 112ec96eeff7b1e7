// People: names, tax ids, phones, e-mail, address, households, ownership and customer numbers.
#include "person.hpp"

#include <fmt/format.h>

#include "text.hpp"

namespace gen {
namespace {

constexpr double company_rate = 0.025;         // owners that are companies (fleets)
constexpr double owner_household_rate = 0.18;  // owner pairs sharing a home (and its phone)
constexpr double third_household_rate = 0.5;   // a fleet's manager and driver, a parent and child
constexpr double common_name_rate = 0.006;     // people carrying one of a dozen very common names
constexpr double multi_vehicle_rate = 0.08;    // a vehicle whose owner already owns an earlier one
constexpr double shared_mobile_rate = 0.10;    // household partners registered with one mobile

bool is_company(const world_shape& w, std::uint64_t id) {
  if (id >= w.n) return false;  // maintainers, drivers and prospects are people
  rng r(w.seed, stream::customer, id);
  return r.chance(company_rate);
}

bool household_active(const world_shape& w, std::uint64_t id) {
  std::uint64_t even = id & ~std::uint64_t{1};
  std::uint64_t odd = even | 1;
  double rate = 0;
  if (odd < w.n) rate = owner_household_rate;
  else if (even >= w.third && odd < w.third + 2 * w.n) rate = third_household_rate;
  else return false;
  if (is_company(w, even) || is_company(w, odd)) return false;
  rng r(w.seed, stream::household, even >> 1);
  return r.chance(rate);
}

// Surname for the RFC: particles dropped ("DE LA CRUZ" -> "CRUZ"), accents folded.
std::string rfc_word(std::string_view s) {
  std::string out;
  for (std::size_t i = 0;; ++i) {
    std::string_view wd = word(s, i);
    if (wd.empty()) break;
    if (wd == "DE" || wd == "DEL" || wd == "LA" || wd == "LOS" || wd == "LAS" || wd == "Y") continue;
    out.assign(wd);
    break;
  }
  fold_accents(out, false);
  return out;
}

// SAT's check character of an RFC's first 11 (moral) or 12 (física) characters: each
// character's value (0-9, A-N 10-23, & 24, O-Z 25-35, a padding space 37, Ñ 38) weighted 13
// down to 2, the sum's remainder by 11 taken from 11 (0 stays 0, 10 is A).
char sat_check_character(std::string_view body) {
  auto value = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'N') return c - 'A' + 10;
    if (c == '&') return 24;
    if (c >= 'O' && c <= 'Z') return c - 'O' + 25;
    return 37;
  };
  const std::size_t pad = body.size() < 12 ? 12 - body.size() : 0;
  int sum = 0;
  for (std::size_t i = 0; i < 12; ++i) sum += (i < pad ? 37 : value(body[i - pad])) * static_cast<int>(13 - i);
  const int rem = sum % 11;
  return rem == 0 ? '0' : rem == 1 ? 'A' : static_cast<char>('0' + 11 - rem);
}

void append_rfc_date_and_key(std::string& rfc, const person& p, rng& r) {
  put_2(rfc, p.birth_year % 100);
  put_2(rfc, p.birth_month);
  put_2(rfc, p.birth_day);
  constexpr std::string_view alnum = "ABCDEFGHIJKLMNPQRSTUVWXYZ123456789";
  rfc.push_back(alnum[r.below(static_cast<std::uint32_t>(alnum.size()))]);
  rfc.push_back(alnum[r.below(static_cast<std::uint32_t>(alnum.size()))]);
  // The random draw stays (the rest of the world is drawn from the same stream), but the SAT
  // issues RFCs whose last character is its check character: the export carries that one.
  const char drawn = r.chance(0.9) ? static_cast<char>('0' + r.below(10)) : 'A';
  static_cast<void>(drawn);
  rfc.push_back(sat_check_character(rfc));
}

std::string mx_rfc(const person& p, rng& r) {
  std::string rfc;
  if (p.company) {
    for (std::size_t i = 0; rfc.size() < 3; ++i) {
      std::string_view wd = word(p.company_name, i);
      if (wd.empty()) {
        rfc.push_back('X');
        continue;
      }
      std::string f(wd.substr(0, 2));
      fold_accents(f, false);
      if (f[0] >= 'A' && f[0] <= 'Z') rfc.push_back(f[0]);
    }
  } else {
    std::string s1 = rfc_word(p.surname1);
    std::string s2 = rfc_word(p.surname2);
    std::string g = p.given;
    std::string_view first = word(g, 0);
    if ((first == "JOSÉ" || first == "MARÍA") && !word(g, 1).empty()) g = std::string(word(g, 1));
    g = rfc_word(g);
    rfc.push_back(s1.empty() ? 'X' : s1[0]);
    char vowel = 'X';
    for (std::size_t i = 1; i < s1.size(); ++i)
      if (std::string_view("AEIOU").find(s1[i]) != std::string_view::npos) {
        vowel = s1[i];
        break;
      }
    rfc.push_back(vowel);
    rfc.push_back(s2.empty() ? 'X' : s2[0]);
    rfc.push_back(g.empty() ? 'X' : g[0]);
  }
  append_rfc_date_and_key(rfc, p, r);
  return rfc;
}

std::string co_tax_id(const person& p, rng& r) {
  std::string id;
  if (p.company) {
    id.push_back(r.chance(0.7) ? '9' : '8');
    id.push_back('0');
    put_digits(id, r, 7);
    constexpr int weights[] = {3, 7, 13, 17, 19, 23, 29, 37, 41};
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i) sum += (id[8 - i] - '0') * weights[i];
    int rem = sum % 11;
    id.push_back('-');
    id.push_back(static_cast<char>('0' + (rem > 1 ? 11 - rem : rem)));
  } else if (p.birth_year < 1985) {
    put_digits(id, r, 8, true);
  } else {
    id.append("10");
    put_digits(id, r, 8);
  }
  return id;
}

// A national number for the area of `c`: MX area + local to 10 digits, CO mobile 3xx or
// landline 60 + area digit + 7.
std::string phone_number(const world_shape& w, const city& c, bool mobile, rng& r) {
  std::string n;
  if (w.where == country::mx) {
    n.append(c.area);
    put_digits(n, r, static_cast<int>(10 - c.area.size()), true);
    if (n[c.area.size()] == '0' || n[c.area.size()] == '1') n[c.area.size()] = '7';
  } else if (mobile) {
    constexpr std::string_view prefixes[] = {"300", "301", "304", "310", "311", "312", "313",
                                             "314", "315", "316", "317", "318", "320", "321", "350"};
    n.append(prefixes[r.below(std::size(prefixes))]);
    put_digits(n, r, 7, true);
  } else {
    n.append(c.area);
    n.push_back(static_cast<char>('2' + r.below(8)));
    put_digits(n, r, 6);
  }
  // "871 999 9999" is what clerks type for "no number": a real one never looks like it.
  if (n.find_first_not_of(n[3], 3) == std::string::npos) n[9] = n[9] == '4' ? '5' : '4';
  return n;
}

void make_email(person& p, const world_shape& w, rng& r) {
  constexpr std::string_view mx_domains[] = {"gmail.com", "gmail.com", "gmail.com", "gmail.com",
                                             "hotmail.com", "hotmail.com", "hotmail.com",
                                             "yahoo.com.mx", "outlook.com", "live.com.mx", "prodigy.net.mx",
                                             "icloud.com"};
  constexpr std::string_view co_domains[] = {"gmail.com", "gmail.com", "gmail.com", "gmail.com", "gmail.com",
                                             "hotmail.com", "hotmail.com", "hotmail.com", "outlook.com",
                                             "yahoo.es", "une.net.co", "icloud.com"};
  // Digits tied to the id keep two namesakes from sharing an address, as mail services do.
  unsigned tag = static_cast<unsigned>(mix(w.seed, p.id) % 9000) + 100;
  if (p.company) {
    std::string slug = ascii_slug(word(p.company_name, 1));
    p.email = fmt::format("{}@{}{}.com.{}", r.chance(0.5) ? "contacto" : "facturacion", slug, tag % 100,
                          w.where == country::mx ? "mx" : "co");
    return;
  }
  std::string g = ascii_slug(word(p.given, 0));
  std::string s1 = ascii_slug(p.surname1);
  std::string s2 = ascii_slug(p.surname2);
  auto dom = w.where == country::mx ? r.pick(std::span<const std::string_view>(mx_domains))
                                    : r.pick(std::span<const std::string_view>(co_domains));
  switch (r.below(5)) {
    case 0: p.email = fmt::format("{}.{}{}@{}", g, s1, tag, dom); break;
    case 1: p.email = fmt::format("{}{}{}@{}", g, s1, p.birth_year % 100 + tag * 100, dom); break;
    case 2: p.email = fmt::format("{}{}{}{}@{}", g.substr(0, 1), s1, s2.substr(0, 1), tag, dom); break;
    case 3: p.email = fmt::format("{}.{}.{}@{}", s1, g, tag, dom); break;
    default: p.email = fmt::format("{}_{}{}@{}", g, s1, tag % 1000, dom); break;
  }
}

void make_address(person& p, const world_shape& w, rng& r) {
  if (w.where == country::mx) {
    p.street = fmt::format("{} {}", r.pick(streets_for(w.where)), r.between(1, 9999));
    if (r.chance(0.08)) p.street += fmt::format(" INT {}", r.between(1, 20));
    p.colonia = std::string(r.pick(colonias_for(w.where)));
  } else {
    int axis = r.between(1, 120);
    std::string_view suffix[] = {"", "", "", "A", "B", "C", "AA", " SUR"};
    p.street = fmt::format("{} {}{} # {}{}-{}", r.pick(streets_for(w.where)), axis,
                           suffix[r.below(std::size(suffix))], r.between(1, 110),
                           suffix[r.below(std::size(suffix))], r.between(1, 199));
    if (r.chance(0.35)) p.street += fmt::format(" APTO {}", r.between(101, 1904));
  }
  int code = r.between(p.town->postal_lo, p.town->postal_hi);
  p.postal = w.where == country::mx ? fmt::format("{:05}", code) : fmt::format("{:06}", code);
}

void make_solo(person& p, const world_shape& w, std::uint64_t id) {
  rng r(w.seed, stream::person, id);
  const name_tables& names = names_for(w.where);
  p = person{};
  p.id = id;
  p.household = id;
  p.company = is_company(w, id);
  p.female = r.chance(0.45);
  p.birth_year = r.between(1948, 2004);
  p.birth_month = r.between(1, 12);
  p.birth_day = r.between(1, 28);
  if (p.company) {
    std::string pattern(r.pick(names.company_patterns));
    std::string filler(r.chance(0.5) ? r.pick(names.company_words) : names.surnames->pick(r));
    p.company_name = fmt::format(fmt::runtime(pattern), filler);
    p.birth_year = r.between(1975, 2020);  // incorporation date, in the RFC
  } else if (r.chance(common_name_rate)) {
    p.common_name = true;
    std::string_view full = r.pick(names.common_full_names);
    std::size_t words = 0;
    while (!word(full, words).empty()) ++words;
    for (std::size_t i = 0; i + 2 < words; ++i) {
      if (!p.given.empty()) p.given.push_back(' ');
      p.given.append(word(full, i));
    }
    p.surname1 = std::string(word(full, words - 2));
    p.surname2 = std::string(word(full, words - 1));
    p.female = p.given.starts_with("MAR") || p.given.starts_with("PAT") || p.given.starts_with("LUZ") ||
               p.given.starts_with("SAN");
  } else {
    p.given = std::string(p.female ? names.female->pick(r) : names.male->pick(r));
    p.surname1 = std::string(names.surnames->pick(r));
    if (!r.chance(0.04)) p.surname2 = std::string(names.surnames->pick(r));
  }
  p.town = &cities_for(w.where).pick(r);
  const city& mobile_town = r.chance(0.9) ? *p.town : cities_for(w.where).pick(r);
  p.mobile = phone_number(w, mobile_town, true, r);
  if (r.chance(p.company ? 0.9 : 0.55)) p.home = phone_number(w, *p.town, false, r);
  if (r.chance(p.company ? 0.5 : 0.15)) p.work = phone_number(w, *p.town, false, r);
  p.tax_id = w.where == country::mx ? mx_rfc(p, r) : co_tax_id(p, r);
  if (r.chance(p.company ? 0.85 : 0.62)) make_email(p, w, r);
  make_address(p, w, r);
  constexpr std::uint32_t mx_channel_w[] = {12, 45, 30, 4, 8, 1};
  constexpr std::uint32_t co_channel_w[] = {12, 30, 45, 3, 9, 1};
  p.preferred = static_cast<channel>(r.weighted(w.where == country::mx ? mx_channel_w : co_channel_w));
  constexpr std::uint32_t consent_w[] = {25, 68, 7};
  p.consent_given = static_cast<consent>(r.weighted(consent_w));
}

}  // namespace

world_shape make_shape(std::uint64_t seed, std::uint64_t vehicles, country c, day as_of) {
  world_shape w;
  w.seed = seed;
  w.n = vehicles;
  w.third = (vehicles + 1) & ~std::uint64_t{1};
  w.prospect = w.third + 2 * vehicles;
  w.where = c;
  w.as_of = as_of;
  return w;
}

std::string person::full_name() const {
  if (company) return company_name;
  std::string s = given;
  s.push_back(' ');
  s.append(surname1);
  if (!surname2.empty()) {
    s.push_back(' ');
    s.append(surname2);
  }
  return s;
}

void make_person(person& out, const world_shape& w, std::uint64_t id) {
  make_solo(out, w, id);
  if (!household_active(w, id)) return;
  out.in_household = true;
  out.household = id & ~std::uint64_t{1};
  if ((id & 1) == 0) return;  // the even member anchors the household as drawn
  person anchor;
  make_solo(anchor, w, id & ~std::uint64_t{1});
  rng r(w.seed, stream::household, id);
  out.town = anchor.town;
  out.street = anchor.street;
  out.colonia = anchor.colonia;
  out.postal = anchor.postal;
  out.home = anchor.home.empty() ? out.home : anchor.home;
  if (r.chance(shared_mobile_rate)) out.mobile = anchor.mobile;
  if (r.chance(0.45)) {  // a son or daughter: the anchor's first surname, a generation younger
    out.surname1 = anchor.surname1;
    out.birth_year = std::min(anchor.birth_year + r.between(20, 34), 2006);
  } else {  // a spouse: own surnames, the other sex
    out.female = !anchor.female;
    const name_tables& names = names_for(w.where);
    if (!out.common_name) out.given = std::string(out.female ? names.female->pick(r) : names.male->pick(r));
  }
  if (w.where == country::mx) {
    rng t(w.seed, stream::extra, id);
    out.tax_id = mx_rfc(out, t);
  }
  if (!out.email.empty()) make_email(out, w, r);
}

std::uint64_t owner_of(const world_shape& w, std::uint64_t v) {
  std::uint64_t cur = v;
  while (cur > 0) {
    rng r(w.seed, stream::owner, cur);
    if (!r.chance(multi_vehicle_rate)) break;
    // The earlier vehicle is close in the export order: the DMS sorts by customer or date.
    std::uint64_t back = 1 + r.below(static_cast<std::uint32_t>(std::min<std::uint64_t>(cur, 200)));
    cur -= back;
  }
  return cur;
}

std::uint64_t partner_of(const world_shape& w, std::uint64_t id) {
  return household_active(w, id) ? (id ^ 1) : id;
}

std::uint64_t maintainer_of(const world_shape& w, std::uint64_t v, const person& owner) {
  if (owner.company) return w.third + 2 * v;
  rng r(w.seed, stream::extra, v * 2);
  double u = r.unit();
  if (u < 0.80) return owner.id;
  if (u < 0.92 && owner.in_household) return owner.id ^ 1;
  return w.third + 2 * v;
}

std::uint64_t user_of(const world_shape& w, std::uint64_t v, const person& owner) {
  if (owner.company) return w.third + 2 * v + 1;
  rng r(w.seed, stream::extra, v * 2 + 1);
  double u = r.unit();
  if (u < 0.64) return owner.id;
  if (u < 0.86 && owner.in_household) return owner.id ^ 1;
  return w.third + 2 * v + 1;
}

// Keys 4*id (a person's own record) and 4*v + k (extra records) are spread over the 8-digit
// range by a keyed permutation, so numbers never repeat and carry no visible order.
namespace {
std::string customer_key_number(const world_shape& w, std::uint64_t key) {
  return std::to_string(10000000ULL + permute(key, 90000000ULL, 14, mix(w.seed, 0xC057)));
}
}  // namespace

std::string customer_number(const world_shape& w, std::uint64_t id) { return customer_key_number(w, id * 4); }

std::string duplicate_customer_number(const world_shape& w, std::uint64_t v, int k) {
  return customer_key_number(w, v * 4 + static_cast<std::uint64_t>(k));
}

}  // namespace gen
