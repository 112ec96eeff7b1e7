// Unit tests of lib/normalize/vin.cpp, on the VINs of the return and recovery guide's "Recordatorio de Servicio".
#include <doctest/doctest.h>

#include "normalize/vin.hpp"

using namespace retorno::normalize;

TEST_CASE("vin_check_digit computes position 9 of the seed VINs") {
  CHECK(vin_check_digit("JTFSX23P6J6187131") == '6');
  CHECK(vin_check_digit("5YFBPRHE4HP713624") == '4');
  CHECK(vin_check_digit("2T3RFREVXHW567211") == 'X');
  CHECK(vin_check_digit("3MYDLAYV4GY134042") == '4');
  CHECK(vin_check_digit("5TDYK3DC2GS731894") == '2');
  CHECK(vin_check_digit("3TMAZ5CNXGM017524") == 'X');
  CHECK(vin_check_digit("4T1BE46K37U631821") == '3');
  CHECK(vin_check_digit("2T1BU4EE2DC927425") == '2');
  // Thailand's Toyota plant does not compute it: the digit written is 8.
  CHECK(vin_check_digit("MR2829F38H1093227") == '5');
  CHECK(vin_check_digit("STDKKRFH6GS159858") == '4');
}

TEST_CASE("vin_check_digit refuses what cannot be in a VIN") {
  CHECK(vin_check_digit("5TDYK3DC2GS73I894") == '\0');
  CHECK(vin_check_digit("5TDYK3DC2GS73O894") == '\0');
  CHECK(vin_check_digit("5TDYK3DC2GS7318") == '\0');
}

TEST_CASE("vin_check_digit_mandatory: North America and Mexico only") {
  CHECK(vin_check_digit_mandatory("3MYDLAYV4GY134042"));
  CHECK(vin_check_digit_mandatory("5TDYK3DC2GS731894"));
  CHECK(vin_check_digit_mandatory("1HGCM82633A004352"));
  CHECK_FALSE(vin_check_digit_mandatory("MR2829F38H1093227"));
  CHECK_FALSE(vin_check_digit_mandatory("JTFSX23P6J6187131"));
  CHECK_FALSE(vin_check_digit_mandatory("STDKKRFH6GS159858"));
}

TEST_CASE("vin_model_year: the 30-year cycle, nearest to the reference") {
  CHECK(vin_model_year('H', 2017) == 2017);
  CHECK(vin_model_year('H', 1990) == 1987);
  CHECK(vin_model_year('J', 2018) == 2018);
  CHECK(vin_model_year('7', 2007) == 2007);
  CHECK(vin_model_year('g', 2016) == 2016);
  CHECK(vin_model_year('Y', 2020) == 2030);
  CHECK(vin_model_year('9', 2020) == 2009);
  // 2010 and 2040 are both 15 years from 2025: the earlier one wins.
  CHECK(vin_model_year('A', 2025) == 2010);
  CHECK_FALSE(vin_model_year('U', 2017).has_value());
  CHECK_FALSE(vin_model_year('Z', 2017).has_value());
  CHECK_FALSE(vin_model_year('0', 2017).has_value());
  CHECK_FALSE(vin_model_year('I', 2017).has_value());
}

TEST_CASE("normalize_vin accepts the seed VINs with their model years") {
  struct row {
    const char* vin;
    int year;
  };
  for (auto [vin, year] : {row{"JTFSX23P6J6187131", 2018}, row{"5YFBPRHE4HP713624", 2017},
                           row{"2T3RFREVXHW567211", 2017}, row{"3MYDLAYV4GY134042", 2016},
                           row{"5TDYK3DC2GS731894", 2016}, row{"3TMAZ5CNXGM017524", 2016},
                           row{"4T1BE46K37U631821", 2007}, row{"2T1BU4EE2DC927425", 2013}}) {
    CAPTURE(vin);
    auto r = normalize_vin(vin, year);
    CHECK(r.value == vin);
    CHECK(r.ok());
    CHECK_FALSE(r.reject);
    CHECK(r.suggestion.empty());
  }
}

TEST_CASE("normalize_vin: an advisory check digit that fails is no problem by itself") {
  auto r = normalize_vin("MR2829F38H1093227", 2017);
  CHECK(r.value == "MR2829F38H1093227");
  CHECK(r.ok());
  CHECK_FALSE(r.reject);
  CHECK(normalize_vin("MR0EX8003H0253520", 2017).ok());
}

TEST_CASE("normalize_vin: STDKKRFH6GS159858 is a Toyota USA VIN with S for 5") {
  auto r = normalize_vin("stdkkrfh6gs159858", 2016);
  CHECK(r.value == "STDKKRFH6GS159858");
  CHECK(r.problem == "check_digit");
  CHECK(r.detail == "5TDKKRFH6GS159858");
  CHECK(r.suggestion == "5TDKKRFH6GS159858");
  CHECK_FALSE(r.reject);
}

TEST_CASE("normalize_vin: a mandatory check digit that fails rejects, with a unique fix") {
  auto r = normalize_vin("3TMAZ5CN86M018493");  // G of 2016 typed as 6
  CHECK(r.value == "3TMAZ5CN86M018493");
  CHECK(r.problem == "check_digit");
  CHECK(r.reject);
  CHECK(r.suggestion == "3TMAZ5CN8GM018493");
  CHECK(r.detail == "3TMAZ5CN8GM018493");

  auto none = normalize_vin("5TDKKRFH7GS159858");  // a wrong digit, not a confusable
  CHECK(none.problem == "check_digit");
  CHECK(none.reject);
  CHECK(none.suggestion.empty());
}

TEST_CASE("normalize_vin: two candidate fixes, the model year picks one or none is given") {
  // 5TDYK3DC2GS731894 with G typed as 6: 5TDYK3DC26S731B94 (year code 6 = 2006) verifies too.
  auto ambiguous = normalize_vin("5TDYK3DC26S731894");
  CHECK(ambiguous.problem == "check_digit");
  CHECK(ambiguous.suggestion.empty());
  auto with_year = normalize_vin("5TDYK3DC26S731894", 2016);
  CHECK(with_year.suggestion == "5TDYK3DC2GS731894");
  CHECK(normalize_vin("5TDYK3DC2G5731894", 2016).suggestion.empty());  // both candidates say 2016
}

TEST_CASE("normalize_vin cleans case, spaces and dashes") {
  auto r = normalize_vin(" 5tdyk3dc2g-s731894 ");
  CHECK(r.value == "5TDYK3DC2GS731894");
  CHECK(r.ok());
}

TEST_CASE("normalize_vin rejects a wrong length with the raw value") {
  auto r = normalize_vin("5TDYK3DC2GS73189");
  CHECK(r.value.empty());
  CHECK(r.problem == "length");
  CHECK(r.detail == "5TDYK3DC2GS73189");
  CHECK(r.reject);
  CHECK(normalize_vin("5TDYK3DC2GS7318944").problem == "length");
}

TEST_CASE("normalize_vin rejects I, O, Q and suggests the digit they stand for") {
  auto r = normalize_vin("5TDYK3DC1FS5486I5");
  CHECK(r.value.empty());
  CHECK(r.problem == "characters");
  CHECK(r.detail == "5TDYK3DC1FS5486I5");
  CHECK(r.reject);
  CHECK(r.suggestion == "5TDYK3DC1FS548615");

  auto o = normalize_vin("MROEX8003H0253520");  // Thailand: no check digit to verify the fix
  CHECK(o.problem == "characters");
  CHECK(o.suggestion == "MR0EX8003H0253520");

  CHECK(normalize_vin("5TDYK3DC1FS54*615").problem == "characters");
  CHECK(normalize_vin("5TDYK3DC1FS54*615").suggestion.empty());
}

TEST_CASE("normalize_vin compares the year code with the model year") {
  auto r = normalize_vin("5YFBPRHE4HP713624", 2016);
  CHECK(r.value == "5YFBPRHE4HP713624");
  CHECK(r.problem == "model_year");
  CHECK(r.detail == "2017");
  CHECK_FALSE(r.reject);
  CHECK(normalize_vin("5YFBPRHE4HP713624", 1987).ok());  // H is 1987 as well as 2017
  CHECK(normalize_vin("MR2829F38H1093227", 2016).problem == "model_year");
}

TEST_CASE("normalize_vin: an empty cell is no value, not a problem") {
  auto r = normalize_vin("");
  CHECK(r.value.empty());
  CHECK(r.ok());
  CHECK_FALSE(r.reject);
  CHECK(normalize_vin("  ").ok());
}
