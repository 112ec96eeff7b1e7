// Unit tests of lib/match/compare.cpp: Jaro-Winkler, name levels, near-equal codes.
#include <doctest/doctest.h>

#include "match/compare.hpp"
#include "match/name.hpp"

using namespace retorno::match;

TEST_CASE("jaro_winkler matches the textbook values") {
  CHECK(jaro_winkler("MARTHA", "MARHTA") == doctest::Approx(0.961).epsilon(0.001));
  CHECK(jaro_winkler("DIXON", "DICKSONX") == doctest::Approx(0.813).epsilon(0.001));
  CHECK(jaro_winkler("ABC", "ABC") == 1.0);
  CHECK(jaro_winkler("ABC", "XYZ") == 0.0);
  CHECK(jaro_winkler("", "ABC") == 0.0);
}

TEST_CASE("token similarity: cut words and initials") {
  CHECK(token_similarity("A*", "ALVAREZ") == 0.95);
  CHECK(token_similarity("ALVA*", "ALVAREZ") == 0.95);
  CHECK(token_similarity("J", "JOSE") == 0.9);
  CHECK(token_similarity("J", "MARIA") == 0.0);
}

name_level names(const char* a, const char* b) { return compare_names(name_match_key(a), name_match_key(b)); }

TEST_CASE("name levels the Spanish way") {
  CHECK(names("JOSÉ LUIS HERNÁNDEZ", "HERNANDEZ JOSE LUIS") == name_level::exact);
  CHECK(names("MA GUADALUPE TORRES", "MARIA GUADALUPE TORRES") == name_level::exact);
  CHECK(names("J. DE JESUS GARCIA CRUZ", "JOSE DE JESUS GARCIA CRUZ") == name_level::full);
  CHECK(names("MARIA MAGDALENA DELGADO A", "MARIA MAGDALENA DELGADO ALVAREZ") == name_level::full);
  CHECK(names("FERNANDO CONTRERAS", "FERNANDO CONTREARS") == name_level::full);  // typo
  CHECK(names("ALICIA SOBERANES", "ALICIA SOBERANES MEZA") == name_level::subset);
  // A household: same surnames, another given name.
  CHECK(names("JUAN GARCIA LOPEZ", "MARIA GARCIA LOPEZ") == name_level::partial);
  CHECK(names("JUAN GARCIA", "PEDRO RAMIREZ") == name_level::none);
  CHECK(names("", "PEDRO RAMIREZ") == name_level::missing);
}

TEST_CASE("codes equal but for one typo") {
  CHECK(compare_codes("HERJ770405QJA", "HERJ770405QJA") == code_level::equal);
  CHECK(compare_codes("HERJ770405", "HERJ770405QJA") == code_level::equal);  // RFC without homoclave
  CHECK(compare_codes("6988048", "6988043") == code_level::close);
  CHECK(compare_codes("6988048", "6980848") == code_level::close);   // adjacent swap
  CHECK(compare_codes("6988048", "698048") == code_level::close);    // deletion
  CHECK(compare_codes("6988048", "1234567") == code_level::differ);
  CHECK(compare_codes("", "1234567") == code_level::missing);
}
