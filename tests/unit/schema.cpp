// Tests of schema loading and header matching, with the headers of real exports.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/error.hpp"
#include "schema/convert.hpp"
#include "schema/detect.hpp"
#include "schema/schema.hpp"

using namespace retorno::schema;

namespace {
const std::string schemas = std::string(RETORNO_SOURCE_DIR) + "/schemas";
}

TEST_CASE("header keys ignore case, accents, spacing and punctuation") {
  CHECK(header_key("Últ km.") == "ULTKM");
  CHECK(header_key("ult  KM") == "ULTKM");
  CHECK(header_key("Número de chasis") == "NUMERODECHASIS");
  CHECK(header_key("customer_name") == "CUSTOMERNAME");
}

TEST_CASE("every shipped schema loads") {
  auto all = load_all({schemas});
  CHECK(all.size() >= 13);
  for (const auto& s : all) {
    CAPTURE(s.name);
    CHECK(s.table != nullptr);
    CHECK(!s.fields.empty());
  }
}

TEST_CASE("seed 002's header matches the recordatorio schema") {
  auto s = resolve("recordatorio", {schemas});
  std::vector<std::string> header{"Número de chasis", "Descripcion", "Año",      "Ultimo ser",
                                  "Últ km.",          "Práx servi",  "Sig serv", "Nombre",
                                  "Tel",              "Celular",     "Dirección"};
  auto m = match_header(s, header);
  CHECK(m.usable());
  CHECK(m.matched == 11);
  CHECK(m.unused_columns.empty());
}

TEST_CASE("the title line of a DMS screen is not the header") {
  auto s = resolve("recordatorio", {schemas});
  std::vector<std::vector<std::string>> rows{
      {"Recordatorio de Servicio", "F.Vta", "", "", "- C X"},
      {"Número de chasis", "Descripcion", "Año", "Nombre", "Celular"},
      {"JTFSX23P6J6187131", "HIACE", "2018", "ALFONSO", "044871-3915055"}};
  auto c = choose_header(rows, {s});
  REQUIRE(c.has_value());
  CHECK(c->row == 1);
  CHECK(find_raw_header(rows) == 1u);
}

TEST_CASE("a missing required column makes the header unusable") {
  auto s = resolve("recordatorio", {schemas});
  auto m = match_header(s, {"Descripcion", "Nombre"});
  CHECK_FALSE(m.usable());
  CHECK(m.missing_required == std::vector<std::string>{"vin"});
}

TEST_CASE("an unknown schema name gets a did-you-mean hint (exit 2)") {
  try {
    resolve("recordatoro", {schemas});
    FAIL("no error");
  } catch (const retorno::error& e) {
    CHECK(e.code() == retorno::exit_code::usage);
    CHECK(e.hint() == "did you mean --schema recordatorio?");
  }
}

TEST_CASE("enum values map Spanish spellings to canonical ones") {
  auto s = resolve("spiga_gestion", {schemas});
  auto f = std::find_if(s.fields.begin(), s.fields.end(), [](const field_def& d) { return d.field == "outcome"; });
  REQUIRE(f != s.fields.end());
  CHECK(convert_field(*f, "Buzón de voz", {}).value == "voicemail");
  CHECK(convert_field(*f, "NO CONTESTA", {}).value == "no_answer");
  CHECK(convert_field(*f, "cita agendada", {}).value == "appointment_booked");
  auto bad = convert_field(*f, "quién sabe", {});
  CHECK(bad.reject);  // outcome is required: an unknown one cannot stand
  CHECK(bad.problem == "unknown");
}
