// Tests of the workbook builder: columns typed by name, titles in both languages, the call list
// split per agent with its summary, and a workbook that is a zip package with the same bytes twice.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "render/xlsx.hpp"

using namespace retorno::render::xlsx;

TEST_CASE("columns are typed by their canonical name: phones and ids stay text") {
  CHECK(column_kind("phone") == kind::text);  // +523343591939 must not become a number
  CHECK(column_kind("item_id") == kind::text);
  CHECK(column_kind("vin") == kind::text);
  CHECK(column_kind("list_date") == kind::date);
  CHECK(column_kind("call_at") == kind::datetime);
  CHECK(column_kind("estimated_km") == kind::km);
  CHECK(column_kind("attempts_planned") == kind::number);
}

TEST_CASE("titles in Spanish and English, the name itself when unknown") {
  CHECK(column_title("customer_name", false) == "Cliente");
  CHECK(column_title("customer_name", true) == "Customer");
  CHECK(column_title("phone", false) == "Teléfono");
  CHECK(column_title("shoe_size", false) == "shoe_size");
}

TEST_CASE("the call list: a summary, then one sheet per agent in order of appearance") {
  const std::string_view columns[] = {"item_id", "segment", "priority", "agent", "channel", "phone"};
  const std::vector<std::vector<std::string>> rows = {
      {"next_service:A:1", "next_service", "8", "LUIS", "phone", "+528713915055"},
      {"lead:B:2", "lead", "1", "ANA", "phone", "+528713915056"},
      {"inactive:C:m13", "inactive", "11", "LUIS", "email", ""},
      {"no_show:D:3", "no_show", "2", "", "phone", "+528713915057"},
  };
  const auto sheets = call_list_sheets(columns, rows, "2026-11-27", false);
  REQUIRE(sheets.size() == 4);
  CHECK(sheets[0].name == "Resumen");
  CHECK(sheets[1].name == "LUIS");
  CHECK(sheets[2].name == "ANA");
  CHECK(sheets[3].name == "Sin agente");
  CHECK(sheets[1].rows.size() == 2);
  CHECK(sheets[1].page_header.find("Agente: LUIS") != std::string::npos);
  CHECK(sheets[1].rows[0][5].text == "+528713915055");
  CHECK(sheets[1].rows[0][5].type == kind::text);
  CHECK(sheets[1].rows[0][2].type == kind::number);
  // LUIS: one call, one message; the last row totals everything.
  CHECK(sheets[0].rows[0][0].text == "LUIS");
  CHECK(sheets[0].rows[0][1].text == "1");
  CHECK(sheets[0].rows[0][2].text == "1");
  CHECK(sheets[0].rows.back()[0].text == "Total");
  CHECK(sheets[0].rows.back()[3].text == "4");
}

TEST_CASE("a workbook is an Office Open XML package, the same bytes for the same day") {
  sheet s{"Agente [1]: ANA/LUIS, una hoja con un nombre de más de treinta y un caracteres", "Agente: ANA & LUIS",
          {"Registro", "Fecha"}, {{{"x:1", kind::text}, {"2026-11-27", kind::date}}, {{"x:2", kind::text}, {"11", kind::date}}}};
  const workbook_info info{"Lista", 20'784, retorno::render::paper::letter, false};
  const std::string a = workbook({&s, 1}, info), b = workbook({&s, 1}, info);
  REQUIRE(a.size() > 1000);
  CHECK(a.substr(0, 2) == "PK");
  CHECK(a == b);
}
