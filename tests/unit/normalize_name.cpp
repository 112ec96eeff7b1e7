// Unit tests of lib/normalize/name.cpp: display form, match key, UTF-8 validation.
#include <doctest/doctest.h>
#include <utf8proc.h>

#include <cstdlib>
#include <string>

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
  // Only the stray byte is reread; the valid Ñ beside it stays.
  CHECK(normalize_name("BAÑUELO IBA\xD1" "EZ").value == "BAÑUELO IBAÑEZ");
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

namespace {
std::string utf8(char32_t cp) {
  return {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
}
std::string utf8proc(const std::string& s, int options) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                        &out, static_cast<utf8proc_option_t>(options));
  std::string r = n < 0 ? "" : std::string(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return r;
}
}  // namespace

// The Latin-1 fast paths skip utf8proc; they must give exactly what it would.
TEST_CASE("Latin-1 letters fold as utf8proc folds them") {
  for (char32_t cp = 0xA0; cp <= 0xFF; ++cp) {
    std::string c = utf8(cp);
    CAPTURE(static_cast<unsigned>(cp));
    CHECK(utf8proc(c, UTF8PROC_COMPOSE | UTF8PROC_STABLE) == c);  // already NFC
    CHECK(normalize_name("X" + c + "Y").value == (cp == 0xA0 ? "X Y" : "X" + c + "Y"));  // NBSP is a space
    std::string folded = utf8proc(c, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
    std::string key = name_key("X" + c + "Y");
    if (folded.size() == 1 && folded[0] >= 'a' && folded[0] <= 'z')
      CHECK(key == std::string("X") + static_cast<char>(folded[0] - 'a' + 'A') + "Y");
    else
      CHECK_FALSE((key.size() == 3 && key[1] >= 'A' && key[1] <= 'Z'));  // no invented ASCII base
  }
  CHECK(name_key("Æ") == "æ");  // left to utf8proc: no ASCII base
  CHECK(name_key("Straße") == "STRASSE");
}

// Found by fuzz/normalize.cpp (crash-300268d6: a lone NUL came back as the name).
TEST_CASE("normalize_name turns control characters into white space") {
  using namespace std::string_literals;
  CHECK(normalize_name("\0"s).value == "");
  CHECK(normalize_name("ANA\0MARIA"s).value == "ANA MARIA");
  CHECK(normalize_name("JUAN\x1b[31m PEREZ").value == "JUAN [31m PEREZ");
  CHECK(normalize_name("LUIS\x7f").value == "LUIS");
  CHECK(normalize_name("ÁNGEL\x01 IBÁÑEZ").value == "ÁNGEL IBÁÑEZ");
}
