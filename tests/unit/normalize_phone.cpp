// Unit tests of lib/normalize/phone.cpp: the return and recovery guide's Mexican numbers and Colombian dialling forms.
#include <doctest/doctest.h>

#include "normalize/phone.hpp"

using namespace retorno::normalize;

namespace {
std::string mx(std::string_view raw) { return normalize_phone(raw, country::mx).value; }
std::string co(std::string_view raw) { return normalize_phone(raw, country::co).value; }
std::string mx_problem(std::string_view raw) { return normalize_phone(raw, country::mx).problem; }
std::string co_problem(std::string_view raw) { return normalize_phone(raw, country::co).problem; }
}  // namespace

TEST_CASE("MX: the legacy prefixes of the return and recovery guide are dropped") {
  CHECK(mx("044871-3915055") == "+528713915055");
  CHECK(mx("045631-1302085") == "+526311302085");
  CHECK(mx("01871-6886702") == "+528716886702");
  CHECK(mx("01844-1079367") == "+528441079367");
  CHECK(mx("045553-2267104") == "+525532267104");
  CHECK(normalize_phone("044871-3915055", country::mx).ok());
}

TEST_CASE("MX: country code, mobile 1 and punctuation") {
  CHECK(mx("+52 1 871 391 5055") == "+528713915055");
  CHECK(mx("+52 (871) 391-5055") == "+528713915055");
  CHECK(mx("52 871 391 5055") == "+528713915055");
  CHECK(mx("5218713915055") == "+528713915055");
  CHECK(mx("0052 871 391 5055") == "+528713915055");
  CHECK(mx("871.391.5055") == "+528713915055");
  CHECK(mx(" 8713915055 ") == "+528713915055");
}

TEST_CASE("MX: a missing digit leaves the number invalid, raw value in the detail") {
  auto r = normalize_phone("045553-226710", country::mx);
  CHECK(r.value.empty());
  CHECK(r.problem == "invalid");
  CHECK(r.detail == "045553-226710");
  CHECK(normalize_phone("044871-211025", country::mx).detail == "044871-211025");
  CHECK(mx_problem("7134717") == "invalid");     // local 7 digits: no area code
  CHECK(mx_problem("1871391505") == "invalid");  // no national number starts with 1
  CHECK(mx_problem("+1 871 391 5055") == "invalid");
  CHECK(mx_problem("8713915055 / 8712958933") == "invalid");
}

TEST_CASE("MX: placeholders give no value") {
  for (const char* p : {"NP", "N/P", "SIN", "SIN NUMERO", "N/A", "NA", "NINGUNO", "0", "-", "0000000", "1111111111",
                        "871 000 0000"}) {
    CAPTURE(p);
    auto r = normalize_phone(p, country::mx);
    CHECK(r.value.empty());
    CHECK(r.problem == "placeholder");
  }
}

TEST_CASE("MX: an empty cell is no value and no problem") {
  CHECK(normalize_phone("", country::mx).ok());
  CHECK(normalize_phone("  ", country::mx).value.empty());
}

TEST_CASE("CO: mobiles, with or without the country code") {
  CHECK(co("300 123 4567") == "+573001234567");
  CHECK(co("+57 300 123 4567") == "+573001234567");
  CHECK(co("573001234567") == "+573001234567");
  CHECK(co("03 300 123 4567") == "+573001234567");  // 03: mobile dialled from a landline
}

TEST_CASE("CO: landlines move to the 2021 plan") {
  CHECK(co("(1) 234 5678") == "+576012345678");
  CHECK(co("12345678") == "+576012345678");
  CHECK(co("4 444 5555") == "+576044445555");
  CHECK(co("601 234 5678") == "+576012345678");
  CHECK(co("+57 1 234 5678") == "+576012345678");
  CHECK(co("5712345678") == "+576012345678");
  CHECK(co("09 4 1234567") == "+576041234567");  // 0 + carrier 9 + area 4 (Medellin)
  CHECK(co("05 7 1234567") == "+576071234567");
  CHECK(co("07 1 2345678") == "+576012345678");
}

TEST_CASE("CO: what cannot be placed is invalid") {
  auto r = normalize_phone("234 5678", country::co);  // no area code
  CHECK(r.problem == "invalid");
  CHECK(r.detail == "234 5678");
  CHECK(co_problem("34445555") == "invalid");     // 3 was never a landline area
  CHECK(co_problem("6031234567") == "invalid");   // nor 603 a 2021 one
  CHECK(co_problem("0571 2345678") == "invalid"); // 11 digits: one too many for any old form
  CHECK(co("+52 871 391 5055") == "+528713915055");  // a written country code wins over the row's
  CHECK(co_problem("NP") == "placeholder");
  CHECK(co_problem("3000000000") == "placeholder");
}

TEST_CASE("The country code in every written form") {
  for (const char* raw : {"0057 313 339 9578", "(+57) 313 339 9578", "+ 57 313 339 9578", "(0057) 313 339 9578",
                          "57 313 339 9578", "+57-313-339-9578"}) {
    CAPTURE(raw);
    CHECK(co(raw) == "+573133399578");
    CHECK(mx(raw) == "+573133399578");  // the code wins over the row's country
  }
  for (const char* raw : {"0052 33 6822 4634", "(+52) 33 6822 4634", "+ 52 33 6822 4634", "(0052) 3368224634",
                          "52 33 6822 4634", "+52 1 33 6822 4634"}) {
    CAPTURE(raw);
    CHECK(mx(raw) == "+523368224634");
    CHECK(co(raw) == "+523368224634");
  }
}

TEST_CASE("An extension is split off and kept in the detail") {
  for (const char* raw : {"33 6822 4634 ext. 949", "33 6822 4634 ext 949", "33 6822 4634 x949",
                          "33 6822 4634 Extensión 949", "(33) 6822-4634 EXT: 949"}) {
    CAPTURE(raw);
    auto r = normalize_phone(raw, country::mx);
    CHECK(r.value == "+523368224634");
    CHECK(r.problem == "extension");
    CHECK(r.detail == "949");
  }
  CHECK(mx_problem("33 6822 4634 x 871 391 5055") == "invalid");  // two numbers, not an extension
}

TEST_CASE("Numbers in ranges the plans never assigned are kept and flagged") {
  auto r = normalize_phone("100 123 4567", country::mx);  // no Mexican number starts with 1
  CHECK(r.problem == "invalid");
  r = normalize_phone("203 123 4567", country::mx);  // 203: no area code
  CHECK(r.value == "+522031234567");
  CHECK(r.problem == "unassigned");
  CHECK(mx_problem("871 391 5055").empty());  // Torreón
  CHECK(mx_problem("55 1234 5678").empty());  // Mexico City
  CHECK(mx_problem("81 8123 4567").empty());  // Monterrey
  auto c = normalize_phone("390 123 4567", country::co);  // no 39x mobile block
  CHECK(c.value == "+573901234567");
  CHECK(c.problem == "unassigned");
  CHECK(co_problem("313 339 9578").empty());
  CHECK(co_problem("350 123 4567").empty());
  CHECK(phone_assigned("+573001234567"));
  CHECK_FALSE(phone_assigned("+573601234567"));
  CHECK_FALSE(phone_assigned("+522031234567"));
  CHECK(phone_assigned("+14155550100"));  // another plan: not ours to judge
}

TEST_CASE("CO: a 7-digit landline placed by the row's city") {
  CHECK(normalize_phone("234 5678", country::co, "Bogotá D.C.").value == "+576012345678");
  CHECK(normalize_phone("234 5678", country::co, "BOGOTA").value == "+576012345678");
  CHECK(normalize_phone("444 5555", country::co, "Medellín").value == "+576044445555");
  CHECK(normalize_phone("444 5555", country::co, "medellin, antioquia").value == "+576044445555");
  CHECK(normalize_phone("555 1234", country::co, "Cali").value == "+576025551234");
  CHECK(normalize_phone("355 1234", country::co, "Barranquilla").value == "+576053551234");
  CHECK(normalize_phone("234 5678", country::co, "Caliente").problem == "invalid");  // not Cali
  result r;
  normalize_phone("234 5678", country::co, r, "", '7');  // the schema's default area
  CHECK(r.value == "+576072345678");
  CHECK(colombian_area("Santa Marta") == '5');
  CHECK(colombian_area("Pereira") == '6');
  CHECK(colombian_area("Guadalajara") == 0);
}

TEST_CASE("Unicode spaces around a number") {
  CHECK(mx("\xC2\xA0" "871 391 5055") == "+528713915055");              // NBSP
  CHECK(mx("871\xE2\x80\xAF" "391 5055\xE3\x80\x80") == "+528713915055");  // narrow NBSP inside, ideographic after
}
