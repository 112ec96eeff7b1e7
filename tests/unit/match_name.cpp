// Unit tests of lib/match/name.cpp: Spanish name match keys.
#include <doctest/doctest.h>

#include "match/name.hpp"

using retorno::match::name_match_key;

TEST_CASE("name keys fold accents, drop particles and sort tokens") {
  CHECK(name_match_key("María Guadalupe de la Peña Ruíz") == "GUADALUPE MARIA PENA RUIZ");
  CHECK(name_match_key("PEÑA RUIZ MA GUADALUPE") == "GUADALUPE MARIA PENA RUIZ");
  CHECK(name_match_key("JUANA VDA DE LOS SANTOS") == "JUANA SANTOS");
}

TEST_CASE("name keys expand the clerks' abbreviations") {
  CHECK(name_match_key("MA. GPE. LOPEZ") == "GUADALUPE LOPEZ MARIA");
  CHECK(name_match_key("FCO JAVIER SOTO") == "FRANCISCO JAVIER SOTO");
  CHECK(name_match_key("J. DE J. GARCIA CRUZ") == "CRUZ GARCIA J J");  // initials stay initials
}

TEST_CASE("a name 24 or 25 characters wide marks its last word as cut") {
  // Seed 002: "MARIA MAGDALENA DELGADO A" is 25 characters, the second surname cut to "A".
  CHECK(name_match_key("MARIA MAGDALENA DELGADO A") == "A* DELGADO MAGDALENA MARIA");
  CHECK(name_match_key("ALFONSO GODINEZ LEAL") == "ALFONSO GODINEZ LEAL");
}

TEST_CASE("company suffixes are not evidence") {
  CHECK(name_match_key("TRANSPORTES DEL NAZAS S.A. DE C.V.") == name_match_key("Transportes del Nazas SA de CV"));
  CHECK(name_match_key("") == "");
}
