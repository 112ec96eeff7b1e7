// Unit tests of lib/match/persons.cpp: which rows become one person, and the ids they get.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "match/persons.hpp"

using namespace retorno::match;

namespace {

person_row contact(const char* vin, const char* name, const char* phone, const char* address = "",
                   const char* postal = "", const char* city = "") {
  person_row r;
  r.vin = vin;
  r.role = "owner";
  r.name = name;
  r.phones[0] = phone;
  r.address = address;
  r.postal_code = postal;
  r.city = city;
  r.source_file = "contacts.csv";
  return r;
}

persons identify(std::vector<person_row> rows, double threshold = default_threshold) {
  for (std::size_t i = 0; i < rows.size(); ++i) rows[i].source_line = i + 2;
  return identify_persons(rows, person_options{threshold, weights{}});
}

// The id a row gets when it is its own person.
std::string lone_id(const person_row& row) { return identify({row}).person_id[0]; }

}  // namespace

TEST_CASE("a typo in the name and the same phone: one person") {
  // GARSIA/GARCIA pairs with a typo: name full 5.5, phone 6.
  auto p = identify({contact("JTDKB20U093000002", "JUAN GARCIA LOPEZ", "+528711000001"),
                     contact("JTDKB20U093000001", "JUAN GARSIA LOPEZ", "+528711000001")});
  CHECK(p.person_id[0] == p.person_id[1]);
  CHECK(p.count == 1);
  CHECK(p.multi == 1);
  CHECK(p.comparisons == 1);
  CHECK(p.best_link[1].score == doctest::Approx(11.5));
  CHECK(p.best_link[1].agreed == (f_name | f_phone));
  // The id is the one of the smallest identity: the second row's VIN.
  CHECK(p.person_id[0] == lone_id(contact("JTDKB20U093000001", "X", "")));
  CHECK(p.person_id[0].size() == 13);
  CHECK(p.person_id[0][0] == 'P');
}

TEST_CASE("a phone shared from another column counts: mobile on one row, home on the other") {
  // Name exact 7, phone 6 = 13; the name alone (7) would stay under 8.
  auto a = contact("JTDKB20U093000011", "ROSA MEDINA PEREZ", "+528711000011");
  auto b = contact("JTDKB20U093000012", "ROSA MEDINA PEREZ", "");
  b.phones[1] = "+528711000011";
  auto p = identify({a, b});
  CHECK(p.count == 1);
  CHECK(p.best_link[0].score == doctest::Approx(13.0));
  b.phones[2] = b.phones[1];
  b.phones[1] = "";
  CHECK(identify({a, b}).count == 1);
}

TEST_CASE("a household sharing phone and address, different given names: two persons") {
  // Name partial -8, phone 6, address 3, postal 1.5, city 0.5 = 3.0.
  auto p = identify({contact("JTDKB20U093000001", "JUAN GARCIA LOPEZ", "+528717000001",
                             "CALLE ROBLE 123 COL. CENTRO", "27000", "TORREON"),
                     contact("JTDKB20U093000002", "MARIA GARCIA LOPEZ", "+528717000001",
                             "CALLE ROBLE 123 COL. CENTRO", "27000", "TORREON")});
  CHECK(p.person_id[0] != p.person_id[1]);
  CHECK(p.count == 2);
  CHECK(p.multi == 0);
  CHECK(p.comparisons == 1);
  CHECK(std::isnan(p.best_link[0].score));
  CHECK(std::isnan(p.best_link[1].score));
  // Even a loose threshold keeps them apart: 3.0 is all they have.
  auto loose = identify({contact("JTDKB20U093000001", "JUAN GARCIA LOPEZ", "+528717000001",
                                 "CALLE ROBLE 123 COL. CENTRO", "27000", "TORREON"),
                         contact("JTDKB20U093000002", "MARIA GARCIA LOPEZ", "+528717000001",
                                 "CALLE ROBLE 123 COL. CENTRO", "27000", "TORREON")},
                        3.5);
  CHECK(loose.count == 2);
}

TEST_CASE("a common name with different phones: two persons") {
  // Name exact 7, phones differ -2.5, postal 1.5, city 0.5 = 6.5; without the phones, 9.
  auto a = contact("JTDKB20U093000021", "JUAN HERNANDEZ GARCIA", "+528711000021", "", "27010", "TORREON");
  auto b = contact("JTDKB20U093000022", "JUAN HERNÁNDEZ GARCÍA", "+528711000022", "", "27010", "TORREON");
  auto p = identify({a, b});
  CHECK(p.person_id[0] != p.person_id[1]);
  CHECK(p.count == 2);
  CHECK(p.comparisons == 1);
  a.phones[0] = b.phones[0] = "";
  auto without = identify({a, b});
  CHECK(without.count == 1);
  CHECK(without.best_link[1].score == doctest::Approx(9.0));
}

TEST_CASE("a pair at the threshold is one person, a pair under it two") {
  // Name exact 7 and city 0.5: 7.5, under the default 8.
  const std::vector<person_row> rows = {
      contact("JTDKB20U093000031", "PEDRO SOTO RUIZ", "", "", "", "TORREON"),
      contact("JTDKB20U093000032", "PEDRO SOTO RUIZ", "", "", "", "TORREON")};
  CHECK(identify(rows).count == 2);
  auto at = identify(rows, 7.5);
  CHECK(at.count == 1);
  CHECK(at.person_id[0] == at.person_id[1]);
  CHECK(at.best_link[0].score == doctest::Approx(7.5));
  CHECK(identify(rows, 7.6).count == 2);
}

TEST_CASE("ids: an owner's is its VIN's, other roles and rows without a VIN have their own") {
  auto owner = contact("JTDKB20U093000041", "ANA LUNA DIAZ", "+528711000041");
  auto user = owner;
  user.role = "user";
  auto driver = owner;
  driver.role = "driver";
  auto vehicle = owner;  // a vehicles table: the customer is the owner
  vehicle.source_file = "vehicles.csv";
  CHECK(lone_id(owner) == lone_id(vehicle));
  CHECK(lone_id(owner) != lone_id(user));
  CHECK(lone_id(owner) != lone_id(driver));
  CHECK(lone_id(user) != lone_id(driver));
  auto no_vin = owner;
  no_vin.vin = "";
  auto p = identify({no_vin, no_vin, owner});  // lines 2, 3 and 4, all one person
  CHECK(p.count == 1);
  CHECK(p.person_id[0] == lone_id(owner));  // "JTDKB..." sorts before "contacts.csv:2"
  auto alone = identify({no_vin});
  auto other_line = identify({contact("", "X", ""), no_vin});
  CHECK(alone.person_id[0] != other_line.person_id[1]);  // contacts.csv:2 vs contacts.csv:3
}

TEST_CASE("a row without a VIN is named by its origin, not by where it stands in the table") {
  auto a = contact("", "ANA LUNA DIAZ", "+528711000041");
  a.origin = "crm.csv:7";
  auto b = contact("", "PEDRO SOTO RUIZ", "+528711000042");
  b.origin = "crm.csv:8";
  const auto ab = identify({a, b}), ba = identify({b, a});
  CHECK(ab.person_id[0] == ba.person_id[1]);
  CHECK(ab.person_id[1] == ba.person_id[0]);
  CHECK(ab.person_id[0] != ab.person_id[1]);
  auto named = a;  // the origin, whatever the file and line it was read from
  named.source_file = "other.csv";
  named.source_line = 99;
  CHECK(identify_persons(std::vector<person_row>{named}, person_options{}).person_id[0] == lone_id(a));
  auto by_line = a;  // without an origin, file:line
  by_line.origin = "";
  CHECK(lone_id(by_line) != lone_id(a));
}

TEST_CASE("no rows, no persons") {
  auto p = identify({});
  CHECK(p.person_id.empty());
  CHECK(p.count == 0);
  CHECK(p.comparisons == 0);
}

namespace {

// A fixed shuffle (Fisher-Yates on a 64-bit LCG), the same with every standard library.
template <class T>
void shuffle(std::vector<T>& v, std::uint64_t seed) {
  for (std::size_t i = v.size(); i > 1; --i) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    std::swap(v[i - 1], v[(seed >> 33) % i]);
  }
}

// 41 rows of one customer as the exports write him: the name in full, without the second given
// name or surname, with a typo or an initial; the mobile and home numbers in either column or
// missing; two e-mails. They share one phone block (41 rows: a large one) and one name block.
std::vector<person_row> one_customer_41_rows() {
  static const char* names[] = {"JOSÉ LUIS MARTÍNEZ RAMOS", "JOSE LUIS MARTINEZ", "JOSE MARTINEZ RAMOS",
                                "LUIS MARTINEZ RAMOS",      "JOSE LUIS MARTINES RAMOS", "J. LUIS MARTINEZ RAMOS"};
  static const char* phones[] = {"+528711234567", "+528717654321", ""};
  static const char* emails[] = {"jlmartinez@gmail.com", "jose.martinez@hotmail.com", ""};
  static const char* addresses[] = {"CALLE ROBLE 123", "CALLE ROBLE 123 COL. CENTRO", ""};
  static const std::vector<std::string> vins = [] {
    std::vector<std::string> v;
    for (int i = 0; i < 41; ++i) v.push_back("JTDKB20U0930" + std::to_string(10100 + i));
    return v;
  }();
  std::uint64_t s = 4;
  auto pick = [&](std::size_t n) {
    s = s * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::size_t>((s >> 33) % n);
  };
  std::vector<person_row> rows;
  for (int i = 0; i < 41; ++i) {
    auto r = contact(vins[i].c_str(), names[pick(6)], phones[pick(3)], addresses[pick(3)], pick(2) ? "27000" : "",
                     "TORREON");
    r.phones[1] = phones[pick(3)];
    r.email = emails[pick(3)];
    rows.push_back(r);
  }
  return rows;
}

}  // namespace

TEST_CASE("one customer on 41 rows written several ways: the same persons and ids in every row order") {
  const auto rows = one_customer_41_rows();
  const auto base = identify(rows);
  std::map<std::string_view, std::size_t> row_of_vin;
  for (std::size_t i = 0; i < rows.size(); ++i) row_of_vin[rows[i].vin] = i;
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    auto shuffled = rows;
    shuffle(shuffled, seed);
    const auto p = identify(shuffled);
    CAPTURE(seed);
    CHECK(p.count == base.count);
    CHECK(p.comparisons == base.comparisons);
    for (std::size_t i = 0; i < shuffled.size(); ++i) {
      const std::size_t b = row_of_vin.at(shuffled[i].vin);
      CHECK(p.person_id[i] == base.person_id[b]);
      CHECK(p.best_link[i].agreed == base.best_link[b].agreed);
      CHECK((p.best_link[i].score == base.best_link[b].score ||
             (std::isnan(p.best_link[i].score) && std::isnan(base.best_link[b].score))));
    }
  }
}
