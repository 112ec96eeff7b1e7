// Unit tests of lib/normalize/name.cpp: display form, match key, UTF-8 validation.
#include <doctest/doctest.h>

#include "normalize/name.hpp"

using namespace retorno::normalize;

TEST_CASE("normalize_name trims and collapses white space") {
  auto r = normalize_name("  ALFONSO   GODINEZ\tLEAL ");
  CHECK(r.value == "ALFONSO GODINEZ LEAL");
  CHECK(r.ok());
  CHECK(normalize_name("JOSE\xC2\xA0LUIS").value == "JOSE LUIS");  // NBSP from Excel
  CHECK(normalize_name("").value.empty());
}

TEST_CASE("normalize_name keeps accents and composes them (NFC)") {
  CHECK(normalize_name("JOSE LUIS RAMIREZ BAÑUELO").value == "JOSE LUIS RAMIREZ BAÑUELO");
  // N + combining tilde, as macOS writes it, becomes the one code point U+00D1.
  auto r = normalize_name("TOMASA RUIZ MUN\xCC\x83OZ");
  CHECK(r.value == "TOMASA RUIZ MUÑOZ");
  CHECK(r.ok());
}

TEST_CASE("normalize_name reads a stray Windows-1252 byte and flags the encoding") {
  auto r = normalize_name("ISMAEL VILLA IBA\xD1" "EZ");
  CHECK(r.value == "ISMAEL VILLA IBAÑEZ");
  CHECK(r.problem == "encoding");
  CHECK(normalize_name("O\x92" "CONNOR").value == "O’CONNOR");
}

TEST_CASE("name_key folds case, accents and punctuation") {
  CHECK(name_key("José  Ibáñez-Muñoz") == "JOSE IBANEZ MUNOZ");
  CHECK(name_key("TOMASA RUIZ MUÑOZ") == name_key("Tomasa Ruiz Munoz"));
  CHECK(name_key("TOMASA RUIZ MUN\xCC\x83OZ") == "TOMASA RUIZ MUNOZ");
  CHECK(name_key("  pedro de  torre-natera. ") == "PEDRO DE TORRE NATERA");
  CHECK(name_key("O’Connor") == "O CONNOR");
  CHECK(name_key("Mª del Rosario") == "MA DEL ROSARIO");
  CHECK(name_key("VILLA IBA\xD1" "EZ") == "VILLA IBANEZ");
  CHECK(name_key("") == "");
  CHECK(name_key("---") == "");
}

TEST_CASE("is_valid_utf8") {
  CHECK(is_valid_utf8("BAÑUELO"));
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("\xF0\x9F\x9A\x97"));  // U+1F697, a car
  CHECK_FALSE(is_valid_utf8("BA\xD1UELO"));  // Latin-1 Ñ
  CHECK_FALSE(is_valid_utf8("\xC3"));        // cut short
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));    // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // a UTF-16 surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
}
