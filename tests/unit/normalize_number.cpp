// Unit tests of lib/normalize/number.cpp: the return and recovery guide's km and money in both decimal conventions.
#include <doctest/doctest.h>

#include "normalize/number.hpp"

using namespace retorno::normalize;

TEST_CASE("integer: the km of the return and recovery guide, either thousands separator") {
  auto r = normalize_integer("12.026");
  CHECK(r.value == "12026");
  CHECK(r.ok());
  CHECK(normalize_integer("22,345").value == "22345");
  CHECK(normalize_integer("100,011").value == "100011");
  CHECK(normalize_integer("12.345").value == "12345");
  CHECK(normalize_integer("0").value == "0");
  CHECK(normalize_integer("1,234,567").value == "1234567");
  CHECK(normalize_integer("1.234.567").value == "1234567");
  CHECK(normalize_integer("12 345").value == "12345");
  CHECK(normalize_integer("12\xC2\xA0" "345").value == "12345");
  CHECK(normalize_integer("32159").value == "32159");
  CHECK(normalize_integer("007").value == "7");
  CHECK(normalize_integer("12,345 km").value == "12345");
  CHECK(normalize_integer("-5").value == "-5");
}

TEST_CASE("integer: a fraction is rounded, half away from zero, and flagged") {
  auto r = normalize_integer("12.5");
  CHECK(r.value == "13");
  CHECK(r.problem == "rounded");
  CHECK(r.detail == "12.5");
  CHECK(normalize_integer("12,4").value == "12");
  CHECK(normalize_integer("1.234,5").value == "1235");
  CHECK(normalize_integer("9.99").value == "10");
  CHECK(normalize_integer("-2.5").value == "-3");
  CHECK(normalize_integer("12.0").ok());
  CHECK(normalize_integer("12.0").value == "12");
}

TEST_CASE("integer: empty is no value, text is invalid") {
  CHECK(normalize_integer("").ok());
  CHECK(normalize_integer("").value.empty());
  CHECK(normalize_integer("-").ok());
  auto r = normalize_integer("abc");
  CHECK(r.value.empty());
  CHECK(r.problem == "invalid");
  CHECK(r.detail == "abc");
  CHECK(normalize_integer("12,34,567").problem == "invalid");  // groups of three only
  CHECK(normalize_integer("1.234,567.8").problem == "invalid");
  CHECK(normalize_integer("12a").problem == "invalid");
  CHECK(normalize_integer("1,,234").problem == "invalid");
  CHECK(normalize_integer("1.2E+05").problem == "invalid");
}

TEST_CASE("money: decimal comma") {
  CHECK(normalize_money("1.234,56", decimal_mark::comma).value == "1234.56");
  CHECK(normalize_money("1234,5", decimal_mark::comma).value == "1234.50");
  CHECK(normalize_money("1.234", decimal_mark::comma).value == "1234.00");
  CHECK(normalize_money("$ 1.234.567", decimal_mark::comma).value == "1234567.00");
  CHECK(normalize_money("1,234.56", decimal_mark::comma).problem == "invalid");  // wrong convention
}

TEST_CASE("money: decimal point") {
  CHECK(normalize_money("1,234.56", decimal_mark::point).value == "1234.56");
  CHECK(normalize_money("1,234", decimal_mark::point).value == "1234.00");
  CHECK(normalize_money("-5", decimal_mark::point).value == "-5.00");
  CHECK(normalize_money("(1,234.50)", decimal_mark::point).value == "-1234.50");
  CHECK(normalize_money("1234.56-", decimal_mark::point).value == "-1234.56");
  CHECK(normalize_money("$1,500.00 MXN", decimal_mark::point).value == "1500.00");
}

TEST_CASE("money: auto-detected convention") {
  CHECK(normalize_money("1.234,56").value == "1234.56");
  CHECK(normalize_money("1,234.56").value == "1234.56");
  CHECK(normalize_money("1,500").value == "1500.00");  // one separator, three digits: thousands
  CHECK(normalize_money("1.500").value == "1500.00");
  CHECK(normalize_money("1,5").value == "1.50");
  CHECK(normalize_money("12.75").value == "12.75");
  CHECK(normalize_money("0").value == "0.00");
  CHECK(normalize_money(".5").value == "0.50");
  CHECK(normalize_money("-0.00").value == "0.00");
}

TEST_CASE("money: more than two decimals are rounded and flagged") {
  auto r = normalize_money("9.999", decimal_mark::point);
  CHECK(r.value == "10.00");
  CHECK(r.problem == "rounded");
  CHECK(normalize_money("1.2345", decimal_mark::point).value == "1.23");
  CHECK(normalize_money("1.230", decimal_mark::point).ok());
}

TEST_CASE("money: empty and text") {
  CHECK(normalize_money("").ok());
  CHECK(normalize_money("$ -").ok());
  CHECK(normalize_money("$ -").value.empty());
  CHECK(normalize_money("gratis").problem == "invalid");
  CHECK(normalize_money("1.234,56,7").problem == "invalid");
}
