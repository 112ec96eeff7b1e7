// Greeting names, the printed agenda, the welcome board and the leads' status page.
#include <doctest/doctest.h>

#include <array>

#include "render/agenda.hpp"

using namespace retorno::render;

TEST_CASE("greeting names: a title only when the data says so, title case for shouted names") {
  CHECK(greeting_name("SR. JUAN PEREZ GARCIA", false) == "Sr. Juan Perez Garcia");
  CHECK(greeting_name("sra maría de la luz ibáñez", false) == "Sra. María de la Luz Ibáñez");
  CHECK(greeting_name("PÉREZ GARCÍA, JUAN", false) == "Juan Pérez García");
  CHECK(greeting_name("JUAN PEREZ", false) == "Juan Perez");
  CHECK(greeting_name("SRA. ANA RUIZ", true) == "Mrs. Ana Ruiz");
  CHECK(greeting_name("LIC. ROBERTO SIFUENTES", true) == "Lic. Roberto Sifuentes");
  CHECK(greeting_name("TRANSPORTES DEL NORTE SA DE CV", false) == "Transportes del Norte SA de CV");
  CHECK(greeting_name("MARÍA JOSÉ O'BRIEN GARCÍA-LÓPEZ", false) == "María José O'Brien García-López");
  // Already written with care: kept as it is.
  CHECK(greeting_name("Luz Elena McDonald", false) == "Luz Elena McDonald");
  CHECK(greeting_name("ÑOÑO ÁLVAREZ", false) == "Ñoño Álvarez");
  // A title alone is a name, and nothing is nothing.
  CHECK(greeting_name("SR", false) == "Sr");
  CHECK(greeting_name("", false) == "");
  CHECK(greeting_name("   ", false) == "");
}

namespace {
constexpr std::array<std::string_view, 12> cols = {"advisor", "scheduled_at", "customer_name", "phone", "vin", "model",
                                                   "model_year", "plate", "reason", "campaigns", "notes", "status"};
}

TEST_CASE("agenda: one section per advisor, the unassigned last, every value escaped") {
  std::vector<std::vector<std::string>> rows = {
      {"JORGE OROZCO", "2026-11-28T08:00", "Ana <b>Ruiz</b>", "+528712222222", "VIN2", "HILUX", "2021", "XYZ",
       "Cita por internet", "", "", "booked"},
      {"", "2026-11-28T11:00", "Luis Soto", "", "VIN3", "YARIS", "2018", "", "Campaña", "26TS09 Asiento", "Trae a su esposa",
       "booked"},
      {"ANA ZAMORA", "2026-11-28T10:00", "Juan Pérez", "+528711111111", "VIN1", "RAV4", "2019", "ABC-123-A",
       "Siguiente mantenimiento", "", "Interesado en Corolla Cross", "confirmed"}};
  const std::string html = agenda_html(cols, rows, "2026-11-28", false);
  CHECK(html.find("sábado 28 de noviembre de 2026") != std::string::npos);
  const auto ana = html.find("ANA ZAMORA"), jorge = html.find("JORGE OROZCO"), none = html.find("Sin asesor asignado");
  REQUIRE(ana != std::string::npos);
  CHECK(ana < jorge);
  CHECK(jorge < none);
  CHECK(html.find("<section class=\"advisor\">") != std::string::npos);
  CHECK(html.find("Ana &lt;b&gt;Ruiz&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("<b>Ruiz</b>") == std::string::npos);
  CHECK(html.find("Campañas pendientes") != std::string::npos);
  CHECK(html.find("“Interesado en Corolla Cross”") != std::string::npos);
  CHECK(html.find("+52 871 111 1111") != std::string::npos);
  CHECK(html.find("size: letter portrait") != std::string::npos);
  const std::string en = agenda_html(cols, rows, "2026-11-28", true);
  CHECK(en.find("Saturday 28 November 2026") != std::string::npos);
  CHECK(en.find("No advisor assigned") != std::string::npos);
  CHECK(agenda_html(cols, {}, "2026-11-28", false).find("No hay citas para este día.") != std::string::npos);
}

TEST_CASE("welcome board: by time, greeted by name, two columns past six") {
  std::vector<std::vector<std::string>> rows = {
      {"JORGE OROZCO", "2026-11-28T11:00", "SRA. ANA RUIZ", "", "", "HILUX", "2021", "", "", "", "", ""},
      {"ANA ZAMORA", "2026-11-28T08:30", "JUAN PEREZ", "", "", "RAV4", "2019", "", "", "", "", ""}};
  const std::string html = welcome_board_html(cols, rows, "2026-11-28", "Toyota Laguna", false);
  const auto juan = html.find("Juan Perez"), ana = html.find("Sra. Ana Ruiz");
  REQUIRE(juan != std::string::npos);
  REQUIRE(ana != std::string::npos);
  CHECK(juan < ana);
  CHECK(html.find("Bienvenidos") != std::string::npos);
  CHECK(html.find("Toyota Laguna") != std::string::npos);
  CHECK(html.find("Jorge Orozco") != std::string::npos);
  CHECK(html.find("class=\"two\"") == std::string::npos);
  for (int i = 0; i < 4; ++i) rows.push_back(rows[0]);
  CHECK(welcome_board_html(cols, rows, "2026-11-28", "", true).find("class=\"two\"") == std::string::npos);
  rows.push_back(rows[0]);
  CHECK(welcome_board_html(cols, rows, "2026-11-28", "", true).find("<ol class=\"two\">") != std::string::npos);
}

TEST_CASE("leads' status: the late ones marked, counts on top, in --lang") {
  constexpr std::array<std::string_view, 8> lc = {"state", "lead_id", "received_at", "assigned_to", "within_1bd",
                                                  "attempts", "last_outcome", "last_attempt_at"};
  std::vector<std::vector<std::string>> rows = {
      {"overdue", "WEB-1", "2026-11-24T11:46", "", "no", "0", "", ""},
      {"in_progress", "WEB-2", "2026-11-26T11:43", "kruiz", "yes", "1", "voicemail", "2026-11-26T12:28"}};
  const std::string html = leads_status_html(lc, rows, "2026-11-27", false);
  CHECK(html.find("<tr class=\"overdue\">") != std::string::npos);
  CHECK(html.find("Sin atender, fuera de plazo") != std::string::npos);
  CHECK(html.find("sin asignar") != std::string::npos);
  CHECK(html.find("Buzón") != std::string::npos);
  CHECK(html.find("Atendidos en 1 día hábil <b>1/2</b>") != std::string::npos);
  CHECK(html.find("size: letter landscape") != std::string::npos);
  CHECK(leads_status_html(lc, rows, "2026-11-27", true).find("Untouched, past deadline") != std::string::npos);
  CHECK(leads_status_html(lc, {}, "2026-11-27", false).find("No hay leads abiertos.") != std::string::npos);
}
