// Unit tests of lib/normalize/date.cpp: the return and recovery guide's dd/mm/yyyy dates, Spanish months, ISO.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "normalize/date.hpp"

using namespace retorno::normalize;

TEST_CASE("date: the dd/mm/yyyy of the return and recovery guide") {
  auto r = normalize_date("08/02/2018", "%d/%m/%Y");
  CHECK(r.value == "2018-02-08");
  CHECK(r.ok());
  CHECK(normalize_date("29/05/2018", "%d/%m/%Y").value == "2018-05-29");
  CHECK(normalize_date("8/2/2018", "%d/%m/%Y").value == "2018-02-08");
  CHECK(normalize_date("  08/02/2018 ", "%d/%m/%Y").value == "2018-02-08");
  CHECK(normalize_date("08-02-2018", "%d/%m/%Y").value == "2018-02-08");
  CHECK(normalize_date("02/08/2018", "%m/%d/%Y").value == "2018-02-08");
}

// Ten-byte dd/mm/yyyy and ISO dates take a short path; with a space in front they take the
// general one. Both must agree on every day, month and year around the edges.
TEST_CASE("date: the short path for ten-byte dates agrees with the general one") {
  int checked = 0;
  for (int y : {1, 1899, 1900, 1901, 1999, 2000, 2023, 2024, 2100, 2199, 2200, 9999})
    for (int m = 0; m <= 13; ++m)
      for (int d = 0; d <= 32; ++d) {
        char dmy[16], iso[16];
        std::snprintf(dmy, sizeof dmy, "%02d/%02d/%04d", d, m, y);
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
        for (auto [value, format] : {std::pair{dmy, "%d/%m/%Y"}, std::pair{iso, ""}, std::pair{iso, "%Y-%m-%d"}}) {
          CAPTURE(value);
          CAPTURE(format);
          const auto fast = normalize_date(value, format), general = normalize_date(std::string(" ") + value, format);
          CHECK(fast.value == general.value);
          CHECK(fast.problem == general.problem);
          CHECK(normalize_datetime(value, format).value == normalize_datetime(std::string(" ") + value, format).value);
          checked += !fast.value.empty();
        }
      }
  // Eight valid years listed, two of them leap, less 01/01/1900 (a zero date); three forms each.
  CHECK(checked == 3 * (6 * 365 + 2 * 366 - 1));
  CHECK(normalize_date("08.02.2018", "%d/%m/%Y").value == "2018-02-08");
  CHECK(normalize_date("08/02/2018", "%d-%m-%Y").value == "2018-02-08");  // another format: the general path
  CHECK(normalize_datetime("08/02/2018", "%d/%m/%Y").value == "2018-02-08T00:00");
}

TEST_CASE("date: empty markers give no value and no problem") {
  for (const char* e : {"//", "", "  ", "00/00/0000", "--", "N/A", "01/01/1900", "01/01/0001"}) {
    CAPTURE(e);
    auto r = normalize_date(e, "%d/%m/%Y");
    CHECK(r.value.empty());
    CHECK(r.ok());
  }
  CHECK(normalize_date("0000-00-00", "").ok());
}

TEST_CASE("date: impossible dates are invalid, with the raw value") {
  auto r = normalize_date("11", "%d/%m/%Y");  // the return and recovery guide, MR2829F38H1093227's last service
  CHECK(r.value.empty());
  CHECK(r.problem == "invalid");
  CHECK(r.detail == "11");
  CHECK(normalize_date("31/02/2024", "%d/%m/%Y").problem == "invalid");
  CHECK(normalize_date("29/02/2023", "%d/%m/%Y").problem == "invalid");
  CHECK(normalize_date("31/04/2018", "%d/%m/%Y").problem == "invalid");
  CHECK(normalize_date("08/13/2018", "%d/%m/%Y").problem == "invalid");
  CHECK(normalize_date("08/02/218", "%d/%m/%Y").problem == "invalid");
  CHECK(normalize_date("08/02/0218", "%d/%m/%Y").problem == "invalid");
  CHECK(normalize_date("08/02/2018 x", "%d/%m/%Y").problem == "invalid");
}

TEST_CASE("date: leap years") {
  CHECK(normalize_date("29/02/2024", "%d/%m/%Y").value == "2024-02-29");
  CHECK(normalize_date("29/02/2000", "%d/%m/%Y").value == "2000-02-29");
  CHECK(normalize_date("29/02/2100", "%d/%m/%Y").problem == "invalid");
}

TEST_CASE("date: Spanish and English month names, any case") {
  CHECK(normalize_date("15-ene-2024", "%d-%b-%Y").value == "2024-01-15");
  CHECK(normalize_date("15-ENE-2024", "%d-%b-%Y").value == "2024-01-15");
  CHECK(normalize_date("15 de enero de 2024", "%d de %b de %Y").value == "2024-01-15");
  CHECK(normalize_date("15 De Enero De 2024", "%d de %b de %Y").value == "2024-01-15");
  CHECK(normalize_date("3-sept.-2023", "%d-%b-%Y").value == "2023-09-03");
  CHECK(normalize_date("3 setiembre 2023", "%d %b %Y").value == "2023-09-03");
  CHECK(normalize_date("3-Set-2023", "%d-%b-%Y").value == "2023-09-03");
  CHECK(normalize_date("1-ago-2023", "%d-%b-%Y").value == "2023-08-01");
  CHECK(normalize_date("1-dic-2023", "%d-%b-%Y").value == "2023-12-01");
  CHECK(normalize_date("1-Aug-2023", "%d-%b-%Y").value == "2023-08-01");
  CHECK(normalize_date("1-December-2023", "%d-%b-%Y").value == "2023-12-01");
  CHECK(normalize_date("1-agosot-2023", "%d-%b-%Y").problem == "invalid");
}

TEST_CASE("date: two-digit years pivot at 70") {
  CHECK(normalize_date("08/02/18", "%d/%m/%y").value == "2018-02-08");
  CHECK(normalize_date("08/02/69", "%d/%m/%y").value == "2069-02-08");
  CHECK(normalize_date("08/02/70", "%d/%m/%y").value == "1970-02-08");
  CHECK(normalize_date("08/02/99", "%d/%m/%y").value == "1999-02-08");
}

TEST_CASE("date: ISO when the format is empty") {
  CHECK(normalize_date("2018-02-08", "").value == "2018-02-08");
  CHECK(normalize_date("2018-02-08T14:30", "").value == "2018-02-08");
  CHECK(normalize_date("2018-02-30", "").problem == "invalid");
}

TEST_CASE("date: the time Excel appends to a date is ignored") {
  CHECK(normalize_date("08/02/2018 00:00:00", "%d/%m/%Y").value == "2018-02-08");
  CHECK(normalize_date("08/02/2018 12:00:00 a. m.", "%d/%m/%Y").value == "2018-02-08");
  CHECK(normalize_date("08/02/2018 25:00", "%d/%m/%Y").problem == "invalid");
}

TEST_CASE("datetime: with a format") {
  auto r = normalize_datetime("08/02/2018 14:30", "%d/%m/%Y %H:%M");
  CHECK(r.value == "2018-02-08T14:30");
  CHECK(r.ok());
  CHECK(normalize_datetime("08/02/2018 9:05:59", "%d/%m/%Y %H:%M:%S").value == "2018-02-08T09:05");
  CHECK(normalize_datetime("08/02/2018", "%d/%m/%Y %H:%M").value == "2018-02-08T00:00");
  CHECK(normalize_datetime("2018-02-08", "%Y-%m-%dT%H:%M").value == "2018-02-08T00:00");
  CHECK(normalize_datetime("2018-02-08T07:45", "%Y-%m-%dT%H:%M").value == "2018-02-08T07:45");
  CHECK(normalize_datetime("08/02/2018", "%d/%m/%Y").value == "2018-02-08T00:00");
  CHECK(normalize_datetime("08/02/2018 02:30 p. m.", "%d/%m/%Y").value == "2018-02-08T14:30");
  CHECK(normalize_datetime("08/02/2018 12:15 AM", "%d/%m/%Y").value == "2018-02-08T00:15");
  CHECK(normalize_datetime("08/02/2018 14:60", "%d/%m/%Y %H:%M").problem == "invalid");
  CHECK(normalize_datetime("08/02/2018 14:30 PM", "%d/%m/%Y").problem == "invalid");
}

TEST_CASE("datetime: ISO") {
  CHECK(normalize_datetime("2018-02-08T14:30", "").value == "2018-02-08T14:30");
  CHECK(normalize_datetime("2018-02-08 14:30:00", "").value == "2018-02-08T14:30");
  CHECK(normalize_datetime("2018-02-08 14:30:00.123", "").value == "2018-02-08T14:30");
  CHECK(normalize_datetime("2018-02-08", "").value == "2018-02-08T00:00");
  CHECK(normalize_datetime("//", "").ok());
  CHECK(normalize_datetime("2018-02-08T14", "").problem == "invalid");
}
