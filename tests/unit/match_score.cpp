// Unit tests of lib/match/score.cpp: the weights decide the cases the issue names.
#include <doctest/doctest.h>

#include "match/blocking.hpp"
#include "match/name.hpp"
#include "match/score.hpp"

using namespace retorno::match;

namespace {
struct rec {
  std::string name;
  person_view v;
};
rec make(const char* name, const char* phone, const char* email = "", const char* addr = "", const char* cp = "") {
  rec r;
  r.name = name_match_key(name);
  r.v.phones[0] = *phone ? fnv1a(phone) : 0;
  r.v.email = *email ? fnv1a(email) : 0;
  r.v.address = addr;
  r.v.postal = *cp ? fnv1a(cp) : 0;
  return r;
}
double score(rec& a, rec& b) {
  a.v.name = a.name;
  b.v.name = b.name;
  return score_pair(a.v, b.v, weights{}).score;
}
}  // namespace

TEST_CASE("same person, two vehicles, abbreviated name: a match") {
  auto a = make("MA GUADALUPE TORRES RIOS", "+528711234567");
  auto b = make("MARIA GUADALUPE TORRES RIOS", "+528711234567");
  CHECK(score(a, b) >= default_threshold);
}

TEST_CASE("a household sharing phone, address and postal code: not a match") {
  auto a = make("JUAN GARCIA LOPEZ", "+528711234567", "", "CALLE 5 123", "27000");
  auto b = make("MARIA GARCIA LOPEZ", "+528711234567", "", "CALLE 5 123", "27000");
  CHECK(score(a, b) < default_threshold);
}

TEST_CASE("two namesakes with different phones: not a match") {
  auto a = make("JUAN HERNANDEZ GARCIA", "+528711234567");
  auto b = make("JUAN HERNANDEZ GARCIA", "+528719999999");
  CHECK(score(a, b) < default_threshold);
  auto c = make("JUAN HERNANDEZ GARCIA", "");
  auto d = make("JUAN HERNANDEZ GARCIA", "");
  CHECK(score(c, d) < default_threshold);  // a common name alone is not enough
}

TEST_CASE("matched_on names the agreeing fields") {
  CHECK(matched_on_text(f_name | f_phone) == "name+phone");
  CHECK(matched_on_text(0) == "");
}
