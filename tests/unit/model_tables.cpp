// Unit tests of lib/model/tables.cpp: a file handed to the wrong option is named for what it is.
#include <doctest/doctest.h>

#include <array>
#include <string_view>

#include "core/error.hpp"
#include "model/tables.hpp"

using namespace retorno;
using sv = std::string_view;

namespace {
constexpr std::array<sv, 15> services_header = {"ro_number", "vin", "opened_on", "closed_on", "km", "service_type",
                                                "maintenance_km", "advisor", "dealer", "labor_amount",
                                                "parts_amount", "customer_pay", "branch", "origin", "dq_flags"};
constexpr std::array<sv, 5> vehicle_columns = {"vin", "model", "model_year", "dofu", "km"};
constexpr std::array<sv, 3> service_columns = {"ro_number", "vin", "opened_on"};
}  // namespace

TEST_CASE("the repair orders passed as the vehicles: an input error naming the table it is") {
  try {
    model::check_table("services.csv", 1, services_header, vehicle_columns);
    FAIL("no error");
  } catch (const error& e) {
    CHECK(e.code() == exit_code::input);
    const std::string what = e.what();
    CHECK(what.find("this is a services table (13 of its 13 columns)") != std::string::npos);
    CHECK(what.find("not a vehicles table (3 of ") != std::string::npos);
  }
  CHECK_NOTHROW(model::check_table("services.csv", 1, services_header, service_columns));
}

TEST_CASE("a table named for a person: in words in Spanish, any other name as it is") {
  CHECK(model::table_label("services", false) == "órdenes de reparación");
  CHECK(model::table_label("contact_log", false) == "intentos de contacto");
  CHECK(model::table_label("contact_log", true) == "contact log");
  CHECK(model::table_label("vehicles", true) == "vehicles");
  CHECK(model::table_label("raw", false) == "raw");
}

TEST_CASE("a slim table of the right kind passes; a file no table holds is left to the column checks") {
  constexpr std::array<sv, 3> slim = {"vin", "dofu", "customer_name"};
  CHECK_NOTHROW(model::check_table("v.csv", 1, slim, vehicle_columns));
  constexpr std::array<sv, 3> agents = {"agent", "capacity", "days_off"};
  CHECK_NOTHROW(model::check_table("agentes.csv", 1, services_header, agents));
  constexpr std::array<sv, 1> only_vin = {"vin"};  // many tables hold a vin: nothing to tell
  CHECK_NOTHROW(model::check_table("x.csv", 1, services_header, only_vin));
}
