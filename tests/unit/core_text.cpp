// Unit tests of lib/core/text: "did you mean", the masking of personal data on stderr, the
// lower-case test of code fields.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text.hpp"

using retorno::has_lower_ascii;
using retorno::mask_personal;

// Eight bytes at a time with a carry trick: every byte value, at every place of a word and of
// the tail, against the plain test.
TEST_CASE("text: has_lower_ascii agrees with a byte-by-byte test") {
  for (std::size_t len : {1, 7, 8, 9, 16, 19})
    for (std::size_t at = 0; at < len; ++at)
      for (int b = 0; b < 256; ++b) {
        std::string s(len, 'A');
        s[at] = static_cast<char>(b);
        CAPTURE(len);
        CAPTURE(at);
        CAPTURE(b);
        CHECK(has_lower_ascii(s) == (b >= 'a' && b <= 'z'));
      }
  CHECK_FALSE(has_lower_ascii(""));
  CHECK_FALSE(has_lower_ascii("RUQJ9604256A9 \xC3\xB1"));  // an n with tilde is not ASCII
  CHECK(has_lower_ascii("RUQJ9604256A9z"));
}

TEST_CASE("text: closest name for a typo") {
  std::vector<std::string> names{"recordatorio", "spiga_lista", "vehicles"};
  CHECK(retorno::closest("recordatoro", names) == "recordatorio");
  CHECK(!retorno::closest("zzz", names));
}

TEST_CASE("mask_personal: phones keep a few leading and the last two digits") {
  CHECK(mask_personal("+528713915055") == "+5287******55");
  CHECK(mask_personal("tel 8713915055.") == "tel 871*****55.");
  CHECK(mask_personal("'044871-3915055' is not") == "'0448**-*****55' is not");
  CHECK(mask_personal("(871) 391 50 55") == "(871) *** ** 55");
  CHECK(mask_personal("601 2345678") == "601 *****78");
  CHECK(mask_personal("12345678") == "12****78");
}

TEST_CASE("mask_personal: e-mails keep their first character and domain") {
  CHECK(mask_personal("juan.perez@hotmail.com") == "j***@hotmail.com");
  CHECK(mask_personal("<ana_23+taller@live.com.mx>.") == "<a***@live.com.mx>.");
  CHECK(mask_personal("a@b") == "a@b");  // no dotted domain: not an address
}

TEST_CASE("mask_personal: what is not personal stays") {
  CHECK(mask_personal("22 rows in, 22 out, 0 rejected; 1.25 s") == "22 rows in, 22 out, 0 rejected; 1.25 s");
  CHECK(mask_personal("VIN 3N1AB7AP5HY123456 on line 1234567") == "VIN 3N1AB7AP5HY123456 on line 1234567");
  CHECK(mask_personal("--as-of 2018-08-01T08:00, 2018-08-01 08:00") == "--as-of 2018-08-01T08:00, 2018-08-01 08:00");
  CHECK(mask_personal("out/2018-08-01/tables") == "out/2018-08-01/tables");
  CHECK(mask_personal("RO OR-18-0412 km 12,345") == "RO OR-18-0412 km 12,345");
  CHECK(mask_personal("Número de chasis") == "Número de chasis");
  CHECK(mask_personal("") == "");
}
