// Unit tests of lib/model/dq_flags.hpp: the one writer of dq_flags cells.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "model/dq_flags.hpp"

using namespace retorno::model;

TEST_CASE("append_flag writes field:problem, with =detail when there is one, ';' between flags") {
  std::string flags;
  append_flag(flags, "vin", "check_digit");
  CHECK(flags == "vin:check_digit");
  append_flag(flags, "phone_home", "placeholder", "0000000");
  CHECK(flags == "vin:check_digit;phone_home:placeholder=0000000");
}

TEST_CASE("append_flag: a detail's ';', line feed and carriage return become spaces") {
  std::string flags;
  append_flag(flags, "model", "conflict", "PRIUS;C\r\nHYBRID,\"X\"");
  CHECK(flags == "model:conflict=PRIUS C  HYBRID,\"X\"");
}

TEST_CASE("for_each_flag splits on ';' and skips empty entries") {
  std::vector<std::string> seen;
  for_each_flag(";a:x;;b:y=1;", [&](std::string_view f) { seen.emplace_back(f); });
  CHECK(seen == std::vector<std::string>{"a:x", "b:y=1"});
  seen.clear();
  for_each_flag("", [&](std::string_view f) { seen.emplace_back(f); });
  CHECK(seen.empty());
}

TEST_CASE("append_flag_once lists a flag once, whole flags only") {
  std::string flags = "a:x;b:y=1";
  append_flag_once(flags, "b:y=1");
  CHECK(flags == "a:x;b:y=1");
  append_flag_once(flags, "b:y");  // a prefix of a listed flag is another flag
  CHECK(flags == "a:x;b:y=1;b:y");
  append_flag_once(flags, "");
  CHECK(flags == "a:x;b:y=1;b:y");
  std::string empty;
  append_flag_once(empty, "c:z");
  CHECK(empty == "c:z");
}
