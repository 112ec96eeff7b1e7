// Unit tests of lib/normalize/tax_id.cpp: published RFCs of Mexican companies and SAT's own example, NITs of Colombian companies.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "normalize/tax_id.hpp"

using namespace retorno::normalize;

namespace {
result mx(std::string_view raw) { return normalize_tax_id(raw, country::mx); }
result co(std::string_view raw) { return normalize_tax_id(raw, country::co); }
result any(std::string_view raw) { return normalize_tax_id(raw, std::nullopt); }
}  // namespace

TEST_CASE("RFC: SAT's check character over published RFCs") {
  CHECK(rfc_check_digit("GODE561231GR") == '8');  // SAT's persona física example
  CHECK(rfc_check_digit("CFE370814QI") == '0');   // Comisión Federal de Electricidad
  CHECK(rfc_check_digit("SAT970701NN") == '3');   // Servicio de Administración Tributaria
  CHECK(rfc_check_digit("TME840315KT") == '6');   // Teléfonos de México
  CHECK(rfc_check_digit("BBA830831LJ") == '2');   // BBVA Bancomer
  CHECK(rfc_check_digit("PME380607P3") == '5');   // Petróleos Mexicanos
}

TEST_CASE("RFC: valid personas físicas and morales stay as they are, clean") {
  for (auto v : {"GODE561231GR8", "MAB9307148T4", "CFE370814QI0", "SAT970701NN3", "TME840315KT6", "PME380607P35"}) {
    CAPTURE(v);
    CHECK(mx(v).value == v);
    CHECK(mx(v).ok());
  }
}

TEST_CASE("RFC: separators and case give one canonical form") {
  CHECK(mx("CUIJ-980717-SA0").value == "CUIJ980717SA0");
  CHECK(mx("CUIJ-980717-SA0").ok());
  CHECK(mx("gode 561231 gr8").value == "GODE561231GR8");
  CHECK(mx("\xC2\xA0MAB-930714-8T4\xE2\x80\x89").value == "MAB9307148T4");  // NBSP and thin space
}

TEST_CASE("RFC: a wrong check character is flagged, the value kept") {
  auto r = mx("VACE460910SX6");  // the published example of a bad check digit
  CHECK(r.value == "VACE460910SX6");
  CHECK(r.problem == "check_digit");
  CHECK(mx("CUIJ980717SA1").problem == "check_digit");
}

TEST_CASE("RFC: impossible dates and wrong lengths are invalid, raw kept") {
  auto r = mx("CUIJ980017SA0");  // month 00
  CHECK(r.value.empty());
  CHECK(r.problem == "invalid");
  CHECK(r.detail == "CUIJ980017SA0");
  CHECK(mx("CUIJ980230SA0").problem == "invalid");  // 30 February
  CHECK(mx("CUIJ970229SA0").problem == "invalid");  // 1997 was not leap
  CHECK(mx("CUIJ9807").problem == "invalid");
  CHECK(mx("CUIJ980717SA00").problem == "invalid");
  CHECK(mx("CU980717SA0").problem == "invalid");    // two letters
  CHECK(mx("CUIJ980717SA*").problem == "invalid");
}

TEST_CASE("RFC: generic, incomplete and placeholder values") {
  CHECK(mx("XAXX010101000").value == "XAXX010101000");
  CHECK(mx("XAXX010101000").problem == "generic");
  CHECK(mx("XEXX010101000").problem == "generic");
  CHECK(mx("COMG-600703").value == "COMG600703");  // without homoclave
  CHECK(mx("COMG-600703").problem == "incomplete");
  CHECK(mx("SIN RFC").problem == "placeholder");
  CHECK(mx("SIN RFC").value.empty());
  CHECK(mx("N/A").problem == "placeholder");
  CHECK(mx("0000000000000").problem == "placeholder");
  CHECK(mx("").ok());
}

TEST_CASE("RFC: Ñ and & are letters of the name part") {
  // Built from the SAT rules: Ñ weighs 38, & 24.
  const char check = rfc_check_digit("PE#A660720AB");  // Ñ held as '#'
  const std::string ok = std::string("PE\xC3\x91" "A660720AB") + check;
  CHECK(mx(ok).value == ok);
  CHECK(mx(ok).ok());
  CHECK(mx(std::string("pe\xC3\xB1" "a660720ab") + check).value == ok);
}

TEST_CASE("RFC in Mexico: digits are no tax id") {
  CHECK(mx("79123456").problem == "invalid");
}

TEST_CASE("NIT: DIAN's verification digit over published NITs") {
  CHECK(nit_check_digit("899999068") == 1);  // Ecopetrol
  CHECK(nit_check_digit("890903938") == 8);  // Bancolombia
  CHECK(nit_check_digit("800197268") == 4);  // DIAN
  CHECK(nit_check_digit("890900608") == 9);  // Almacenes Éxito
}

TEST_CASE("NIT: separators and labels dropped, the digit checked") {
  CHECK(co("899.999.068-1").value == "8999990681");
  CHECK(co("899.999.068-1").ok());
  CHECK(co("NIT 890903938-8").value == "8909039388");
  CHECK(co("8001972684").ok());  // a company's 9 digits and its digit, unseparated
  auto r = co("899999068-2");
  CHECK(r.value == "8999990682");
  CHECK(r.problem == "check_digit");
  CHECK(co("8001972685").problem == "check_digit");
}

TEST_CASE("Cédula: digits, labels and thousands dots dropped") {
  CHECK(co("79.123.456").value == "79123456");
  CHECK(co("79.123.456").ok());
  CHECK(co("C.C. 1020304050").value == "1020304050");
  CHECK(co("C.C. 1020304050").ok());
  CHECK(co("123").problem == "invalid");
  CHECK(co("SIN CEDULA").problem == "placeholder");
}

TEST_CASE("Unknown country: the shape decides") {
  CHECK(any("GODE561231GR8").ok());
  CHECK(any("899999068-1").value == "8999990681");
  CHECK(any("899999068-1").ok());
  CHECK(co("GODE561231GR8").ok());  // a Mexican customer of a Colombian dealership
}

TEST_CASE("Labelled Colombian ids of an RFC's length are not read as RFCs") {
  CHECK(co("NIT899999068").value == "899999068");
  CHECK(co("NIT899999068").ok());
  CHECK(any("CC1020304050").value == "1020304050");
  CHECK(mx("NIT899999068").problem == "invalid");
}

// canonical_tax_id answers true exactly when the normaliser would hand the value back untouched
// and unflagged (for the shapes it reads: upper-case RFCs and plain digits); ingest trusts it
// to skip the normaliser, so the two must never disagree.
TEST_CASE("canonical_tax_id agrees with the normaliser") {
  std::vector<std::string> values = {
      "", "GODE561231GR8", "MAB9307148T4", "CFE370814QI0", "SAT970701NN3", "TME840315KT6", "PME380607P35",
      "CUIJ980717SA0", "CUIJ980717SA1", "CUIJ980017SA0", "CUIJ980230SA0", "CUIJ970229SA0", "CUIJ960229SA5",
      "CUIJ9807", "CUIJ980717SA00", "CU980717SA0", "CUIJ980717SA*", "XAXX010101000", "XEXX010101000",
      "COMG600703", "0000000000000", "AAAAAAAAAAAA", "NIT899999068", "NIT8999990681", "CC1020304050",
      "79123456", "8999990681", "8999990682", "8001972684", "8001972685", "1020304050", "123", "12345",
      "11111", "99999999999", "999999999999", "GODE561231GRA", "GOD3561231GR8", "GODE5612319R8",
      "ABC000101AAA", "ABC001301AA1", "ABC000132AA1", "ABCD000229AB1", "CUIJ980717sa0", "cuij980717sa0",
      "CUIJ 980717SA0", "CUIJ-980717-SA0"};
  // Every body with each possible last character: one of them is SAT's.
  for (std::string body : {"GODE561231GR", "CFE370814QI", "ZZZZ991231ZZ", "AAA000229A1", "XAXX010101000"})
    for (char last : std::string_view("0123456789AZ")) values.push_back(body.substr(0, 12) + last);
  for (std::string nit : {"899999068", "890903938", "800197268", "912345678"})
    for (char last = '0'; last <= '9'; ++last) values.push_back(nit + last);
  for (auto c : {std::optional(country::mx), std::optional(country::co), std::optional<country>()})
    for (const auto& v : values) {
      CAPTURE(v);
      CAPTURE(c.has_value() ? (*c == country::mx ? "mx" : "co") : "unknown");
      const result r = normalize_tax_id(v, c);
      const bool untouched = r.value == v && r.ok();
      // The shapes the fast check reads: upper-case letters and digits, no NIT label.
      const bool plain = v.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") == std::string::npos &&
                         !v.starts_with("NIT");
      if (canonical_tax_id(v, c)) CHECK(untouched);
      if (plain && untouched) CHECK(canonical_tax_id(v, c));
    }
}

TEST_CASE("names_customer: the general public's RFC names nobody on an invoice") {
  CHECK(names_customer("CUIJ980717SA0"));
  CHECK(names_customer("8999990681"));
  CHECK(names_customer("XEXX010101000"));  // a foreigner's: an invoice takes it
  CHECK_FALSE(names_customer("XAXX010101000"));
  CHECK_FALSE(names_customer(""));
}
