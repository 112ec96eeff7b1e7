// Tests of the shared UTF-8 helpers: validation, encoding, the Windows-1252 code page.
#include <doctest/doctest.h>

#include <string>

#include "core/utf8.hpp"

using namespace retorno;

TEST_CASE("is_valid_utf8") {
  CHECK(is_valid_utf8("BAÑUELO"));
  CHECK(is_valid_utf8(""));
  CHECK(is_valid_utf8("\xF0\x9F\x9A\x97"));  // U+1F697, a car
  CHECK_FALSE(is_valid_utf8("BA\xD1UELO"));  // Latin-1 Ñ
  CHECK_FALSE(is_valid_utf8("\xC3"));        // cut short
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));    // overlong '/'
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));  // a UTF-16 surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
  // The eight-byte ASCII skip must still see a bad byte at any offset, and one cut at the end.
  for (std::size_t at = 0; at < 20; ++at) {
    std::string s(20, 'a');
    s[at] = '\xD1';
    CHECK_FALSE(is_valid_utf8(s));
    s.replace(at, 1, "\xC3\x91");
    CHECK(is_valid_utf8(s));
  }
  CHECK_FALSE(is_valid_utf8("ABCDEFGHIJKLMNOP\xC3"));
}

TEST_CASE("Windows-1252 bytes and UTF-8 encoding") {
  CHECK(windows1252_to_unicode(0x80) == U'\u20AC');  // €
  CHECK(windows1252_to_unicode(0x93) == U'\u201C');  // “
  CHECK(windows1252_to_unicode(0xD1) == U'\u00D1');  // Ñ
  CHECK(windows1252_to_unicode(0x81) == U'\u0081');  // undefined: kept as Latin-1
  std::string s;
  append_utf8(s, U'\u00D1');
  append_utf8(s, U'\u20AC');
  append_utf8(s, U'\U0001F697');
  CHECK(s == "Ñ€🚗");
}

TEST_CASE("bidi controls: the overrides, embeddings and isolates are removed, nothing else") {
  std::string name = "ANA \u202EZEREP\u202C LOPEZ";
  CHECK(strip_bidi_controls(name));
  CHECK(name == "ANA ZEREP LOPEZ");
  std::string isolates = "\u2066x\u2067y\u2068z\u2069\u202A\u202B\u202D";
  CHECK(strip_bidi_controls(isolates));
  CHECK(isolates == "xyz");
  std::string kept = "PEÑA – “comillas” …";  // other E2 80 sequences stay
  CHECK_FALSE(strip_bidi_controls(kept));
  CHECK(kept == "PEÑA – “comillas” …");
  CHECK(bidi_control_at("\u202E") == 3);
  CHECK(bidi_control_at("\u2014") == 0);
  CHECK(bidi_control_at("\xE2\x80") == 0);  // cut short
}
