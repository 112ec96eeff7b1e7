// Tests of starter schemas: value types and formats guessed, headers matched to canonical fields.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "schema/suggest.hpp"

using namespace retorno::schema;
using sv = std::string_view;

value_guess guess(std::vector<sv> values, bool phone_header = false) { return guess_values(values, phone_header); }

TEST_CASE("dates: the format that reads them, day before month when both do") {
  CHECK(guess({"15/03/2024", "31/12/2023", ""}).format == "%d/%m/%Y");
  CHECK(guess({"03/15/2024", "12/31/2023"}).format == "%m/%d/%Y");  // a US export
  CHECK(guess({"01/02/2024", "03/04/2024"}).format == "%d/%m/%Y");  // both read: Mexico's order
  CHECK(guess({"2024-03-15", "2023-12-31"}).format == "%Y-%m-%d");
  CHECK(guess({"15-ene-2024", "03-dic-2023"}).format == "%d-%b-%Y");
  const auto dt = guess({"15/03/2024 10:30", "16/03/2024 09:05"});
  CHECK(dt.type == field_type::datetime);
  CHECK(dt.format == "%d/%m/%Y %H:%M");
}

TEST_CASE("phones, e-mails, VINs, numbers and money") {
  CHECK(guess({"044871-3915055", "(871) 391 5055", "01 871 391 5056"}).type == field_type::phone);
  CHECK(guess({"8713915055", "8713915056"}).type == field_type::integer);  // bare digits: a number...
  CHECK(guess({"8713915055", "8713915056"}, true).type == field_type::phone);  // ...unless the header says phone
  CHECK(guess({"juan@hotmial.com", "ana@gmail.com"}).type == field_type::email);
  CHECK(guess({"5TDKKRFH6GS159858", "MR2829F38H1093227"}).type == field_type::vin);
  CHECK(guess({"12,345", "8.500", "45000"}).type == field_type::integer);
  const auto money = guess({"1.234,50", "980,00"});
  CHECK(money.type == field_type::money);
  CHECK(money.format == "comma");
  CHECK(guess({"1234.50", "980.00"}).format == "point");
  CHECK(guess({"cliente frecuente", "pide cita"}).type == field_type::text);
}

TEST_CASE("headers matched to the nearest canonical field, the values ruling out a wrong kind") {
  const std::vector<schema> known = load_all({std::string(RETORNO_SOURCE_DIR) + "/schemas"});
  const std::vector<std::string> header = {"No. de Serie", "Propietario", "Tel. Celular", "Fecha de Venta",
                                           "Importe último servicio", "Observaciones"};
  const std::vector<std::vector<std::string>> rows = {
      {"5TDKKRFH6GS159858", "JUAN PEREZ", "044871-3915055", "15/03/2017", "1.234,50", "frecuente"},
      {"MR2829F38H1093227", "ANA TORRES", "871-391-5057", "28/02/2020", "980,00", ""}};
  const auto s = suggest(header, rows, known);
  CHECK(s.table == "vehicles");
  REQUIRE(s.columns.size() == 6);
  CHECK(s.columns[0].field == "vin");
  CHECK(s.columns[0].required);
  CHECK_FALSE(s.columns[0].exact);  // "Serie" within it, not an alias as written
  CHECK(s.columns[1].field == "customer_name");
  CHECK(s.columns[2].field == "phone_mobile");
  CHECK(s.columns[2].format == "MX");
  CHECK(s.columns[3].field == "dofu");
  CHECK(s.columns[3].format == "%d/%m/%Y");
  CHECK(s.columns[4].field == "");  // amounts, not the last service's date
  CHECK(s.columns[4].type == field_type::money);
  CHECK(s.columns[5].field == "");
  CHECK(s.matched == 4);
  const std::string text = schema_text(s, "inventario.csv", true);
  CHECK(text.find("vehicles,vin,vin,yes,No. de Serie,\n") != std::string::npos);
  CHECK(text.find("# vehicles,?,text,no,Observaciones,\n") != std::string::npos);
}

TEST_CASE("a call log export goes to contact_log") {
  const std::vector<schema> known = load_all({std::string(RETORNO_SOURCE_DIR) + "/schemas"});
  const auto s = suggest({"ID registro", "Agente", "Fecha gestión", "Resultado", "Canal"},
                         {{"next_service:X:1", "ANA", "2026-11-25 10:15", "No contesta", "Teléfono"}}, known);
  CHECK(s.table == "contact_log");
  CHECK(s.columns[1].field == "agent");
  CHECK(s.columns[3].field == "outcome");
}
