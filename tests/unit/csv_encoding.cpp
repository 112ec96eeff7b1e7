// Tests of encoding sniffing and transcoding: BOMs, Windows-1252's “ ” €, UTF-16 surrogates.
#include <doctest/doctest.h>

#include <string>

#include "csv/encoding.hpp"
#include "csv/reader.hpp"

using namespace retorno::csv;

TEST_CASE("byte-order marks decide the encoding") {
  CHECK(sniff_encoding("\xEF\xBB\xBFvin,km\n") == encoding::utf8_bom);
  CHECK(sniff_encoding("\xFF\xFEv\0i\0") == encoding::utf16le);
  CHECK(sniff_encoding("\xFE\xFF\0v\0i") == encoding::utf16be);
}

TEST_CASE("valid UTF-8 is UTF-8, and Spanish Windows bytes are Windows-1252") {
  CHECK(sniff_encoding("TOMASA RUIZ MUÑOZ\n") == encoding::utf8);
  CHECK(sniff_encoding("TOMASA RUIZ MU\xD1OZ\n") == encoding::windows1252);
  CHECK(sniff_encoding("\x93" "cita\x94 \x80" "100\n") == encoding::windows1252);
  // A UTF-8 sequence cut by the end of the sample is not a reason to doubt UTF-8.
  CHECK(sniff_encoding("MU\xC3") == encoding::utf8);
  // Mostly good UTF-8 with one broken byte stays UTF-8 (the broken row is rejected later).
  CHECK(sniff_encoding("MUÑOZ,IBÁÑEZ,PEÑA\nX\xFFY\n") == encoding::utf8);
}

TEST_CASE("Windows-1252 and Latin-1 decode 0x80-0x9F differently") {
  std::string out;
  decoder(encoding::windows1252).decode("\x93hola\x94 \x80 \xF1", out, true);
  CHECK(out == "“hola” € ñ");
  out.clear();
  decoder(encoding::latin1).decode("\xF1\x80", out, true);
  CHECK(out == "ñ\xC2\x80");
}

TEST_CASE("UTF-16 decodes across chunk boundaries, surrogate pairs included") {
  std::string out;
  decoder d(encoding::utf16le);
  d.decode(std::string_view("\xF1\x00", 2), out, false);
  d.decode(std::string_view("=", 1), out, false);  // half a code unit waits
  d.decode(std::string_view("\x00\x3D\xD8", 3), out, false);
  d.decode(std::string_view("\x97\xDE", 2), out, true);  // U+1F697 (a car) in two chunks
  CHECK(out == "ñ=🚗");
  out.clear();
  decoder(encoding::utf16be).decode(std::string_view("\x00" "a\x00\xF1", 4), out, true);
  CHECK(out == "añ");
}

TEST_CASE("encoding names from --encoding") {
  CHECK(parse_encoding("CP1252") == encoding::windows1252);
  CHECK(parse_encoding("iso-8859-1") == encoding::latin1);
  CHECK(parse_encoding("utf_8") == encoding::utf8);
  CHECK_FALSE(parse_encoding("ebcdic").has_value());
}

TEST_CASE("the delimiter is the one that gives a steady field count") {
  CHECK(sniff_delimiter("a,b,c\n1,2,3\n") == ',');
  CHECK(sniff_delimiter("VIN;Km;Nombre\nX;12,345;ANA\nY;1,000;LUIS\n") == ';');
  CHECK(sniff_delimiter("VIN\tKm\nX\t12,345\n") == '\t');
  CHECK(sniff_delimiter("a|b\n1|2\n") == '|');
  CHECK(sniff_delimiter("solo\nuna\n") == ',');
  // Quoted delimiters do not count.
  CHECK(sniff_delimiter("\"a;b\",c\n\"1;2\",3\n") == ',');
}
