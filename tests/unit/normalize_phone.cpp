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
  CHECK(co_problem("+52 871 391 5055") == "invalid");
  CHECK(co_problem("NP") == "placeholder");
  CHECK(co_problem("3000000000") == "placeholder");
}
