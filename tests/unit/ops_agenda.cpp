// The advisors' agenda, the sales prospects and the leads' status, assembled from facts.
#include <doctest/doctest.h>

#include "core/dates.hpp"
#include "ops/agenda.hpp"

using namespace retorno;
using namespace retorno::ops::agenda;

namespace {

long long at(const char* iso) { return parse_minutes(iso).value(); }
day on(const char* iso) { return parse_day(iso).value(); }

// Friday 27 November 2026, 07:00: tomorrow is Saturday the 28th, a business day in Mexico.
facts world() {
  facts f;
  f.vehicles["VIN1"] = {"TOYOTA", "RAV4", "2019", "ABC-123-A", "45300", "JUAN PEREZ", "+528711111111", "juan@x.mx"};
  f.vehicles["VIN2"] = {"TOYOTA", "HILUX", "2021", "XYZ-9-99", "31000", "ANA RUIZ", "+528712222222", ""};
  f.vehicles["VIN3"] = {"TOYOTA", "YARIS", "2018", "", "88000", "LUIS SOTO", "+528713333333", ""};
  f.appointments = {
      {"A1", "VIN1", "Juan Pérez", "+528710000001", "2026-11-28T10:00", "proactive", "confirmed", "ANA ZAMORA"},
      {"A2", "VIN2", "", "", "2026-11-28T08:30", "web", "booked", "ANA ZAMORA"},
      {"A3", "VIN4", "Luis Soto", "", "2026-11-28T09:00", "phone", "cancelled", "JORGE OROZCO"},
      {"A4", "", "Rosa Acosta", "+528714444444", "2026-11-28T12:00", "web", "booked", ""},
      {"A5", "VIN1", "Juan Pérez", "", "2026-11-30T10:00", "phone", "booked", "JORGE OROZCO"},  // Monday: not tomorrow
  };
  f.campaigns = {{"VIN1", "26TS09", "Revisión del asiento (seguridad)"}};
  f.quotes = {{"VIN1", "COT-1", "Balatas delanteras $2,129.90"}};
  f.log = {
      // An older booking of the same VIN for another day, then the one for tomorrow.
      {"next_service:VIN1:RO1", "VIN1", "kruiz", at("2026-11-20T10:00"), "appointment_booked", "", "2026-11-24T10:00", "antes", ""},
      {"next_service:VIN1:RO1", "VIN1", "kruiz", at("2026-11-26T13:44"), "appointment_booked", "Acepta prueba de manejo",
       "2026-11-28T10:00", "Interesado en Corolla Cross", ""},
      // Booked on the phone for tomorrow, not in the book yet.
      {"campaign:VIN3:26TE03", "VIN3", "jtorres", at("2026-11-26T12:00"), "appointment_booked", "", "2026-11-28T11:00",
       "Trae el vehículo su esposa", ""},
      // After --as-of: has not happened.
      {"inactive:VIN2:m12", "VIN2", "jtorres", at("2026-11-27T09:00"), "appointment_booked", "", "2026-11-28T15:00", "", ""},
  };
  return f;
}

}  // namespace

TEST_CASE("item ids: segment and event") {
  CHECK(item_segment("next_service:VIN1:RO1") == "next_service");
  CHECK(item_event("next_service:VIN1:RO1") == "RO1");
  CHECK(item_event("lead::WEB-1") == "WEB-1");
  CHECK(item_segment("test_drive:VIN1") == "test_drive");
}

TEST_CASE("the agenda: tomorrow's open appointments by advisor and time, with what the advisor should know") {
  const facts f = world();
  const auto rows = build_agenda(f, on("2026-11-28"), at("2026-11-27T07:00"), false);
  REQUIRE(rows.size() == 4);
  // ANA ZAMORA first (byte order), by time; the log's booking with no advisor; the cancelled and
  // Monday's are not there.
  CHECK(rows[0].appointment_id == "A2");
  CHECK(rows[1].appointment_id == "A1");
  CHECK(rows[2].advisor == "");
  CHECK(rows[2].source == "contact_log");
  CHECK(rows[2].vin == "VIN3");
  CHECK(rows[2].appointment_id == "");
  CHECK(rows[3].appointment_id == "A4");
  // A2: name and phone from the vehicle when the book has none; the reason is how it was booked.
  CHECK(rows[0].customer_name == "ANA RUIZ");
  CHECK(rows[0].phone == "+528712222222");
  CHECK(rows[0].reason == "Cita por internet");
  // A1: the call that booked it: its segment, its reason, its notes and agent; the VIN's campaign and quote.
  CHECK(rows[1].reason == "Siguiente mantenimiento · Acepta prueba de manejo");
  CHECK(rows[1].notes == "Interesado en Corolla Cross");
  CHECK(rows[1].booked_by == "kruiz");
  CHECK(rows[1].booked_at == "2026-11-26T13:44");
  CHECK(rows[1].campaigns == "26TS09 Revisión del asiento (seguridad)");
  CHECK(rows[1].quotes == "COT-1 Balatas delanteras $2,129.90");
  CHECK(rows[1].plate == "ABC-123-A");
  CHECK(rows[1].phone == "+528710000001");  // the book's own phone first
  // The log's booking: the campaign that brought it, in --lang.
  CHECK(rows[2].reason == "Campaña 26TE03");
  CHECK(rows[2].customer_name == "LUIS SOTO");
  CHECK(rows[2].notes == "Trae el vehículo su esposa");
  CHECK(build_agenda(f, on("2026-11-28"), at("2026-11-27T07:00"), true)[0].reason == "Web booking");
}

TEST_CASE("the agenda: a booking the book already holds (even cancelled) is not added again from the log") {
  facts f = world();
  f.appointments[2].vin = "VIN3";  // VIN3 on that day, cancelled
  f.log.push_back({"campaign:VIN3:26TE03", "VIN3", "jtorres", at("2026-11-26T12:30"), "appointment_booked", "",
                   "2026-11-28T11:00", "", ""});
  const auto rows = build_agenda(f, on("2026-11-28"), at("2026-11-27T07:00"), false);
  // VIN3's appointment A3 of that day was cancelled in the book: the book has the last word.
  for (const auto& r : rows) CHECK(r.vin != "VIN3");
}

TEST_CASE("prospects: test drives accepted in the window, from the outcome or the reason, one per customer") {
  facts f = world();
  f.log.push_back({"test_drive:VIN2", "VIN2", "mfernandez", at("2026-11-26T16:40"), "test_drive_accepted", "", "",
                   "Interesado en Tacoma", ""});
  f.log.push_back({"test_drive:VIN3", "VIN3", "acastillo", at("2026-11-26T11:00"), "reached", "No acepta prueba de manejo",
                   "", "", ""});
  f.log.push_back({"test_drive:VIN3", "VIN3", "acastillo", at("2026-11-25T11:00"), "test_drive_accepted", "", "", "", ""});
  f.log.push_back({"lead::WEB-9", "", "kruiz", at("2026-11-26T09:00"), "reached", "Interesado en prueba de manejo", "",
                   "", "Camry"});
  f.leads.push_back({"WEB-9", at("2026-11-25T20:00"), "2026-11-25T20:00", "Prueba de manejo", "", "Rosa Acosta",
                     "+528714444444", "rosa@x.mx", "Sitio web", "kruiz"});
  const auto rows = build_prospects(f, at("2026-11-26T00:00"), at("2026-11-27T07:00"));
  REQUIRE(rows.size() == 3);
  CHECK(rows[0].item_id == "lead::WEB-9");
  CHECK(rows[0].customer_name == "Rosa Acosta");
  CHECK(rows[0].email == "rosa@x.mx");
  CHECK(rows[0].vehicle_of_interest == "Camry");  // the log's column wins
  // VIN1: accepted while booking the service: the appointment goes with it.
  CHECK(rows[1].vin == "VIN1");
  CHECK(rows[1].said == "Acepta prueba de manejo");
  CHECK(rows[1].vehicle_of_interest == "Corolla Cross");
  CHECK(rows[1].service_appointment == "2026-11-28T10:00");
  CHECK(rows[1].current_vehicle == "TOYOTA RAV4");
  CHECK(rows[1].km == "45300");
  CHECK(rows[1].agent == "kruiz");
  // VIN2: its next open appointment in the book.
  CHECK(rows[2].vin == "VIN2");
  CHECK(rows[2].said == "test_drive_accepted");
  CHECK(rows[2].service_appointment == "2026-11-28T08:30");
  CHECK(rows[2].vehicle_of_interest == "Tacoma");
  // VIN3: its refusal is no prospect, and its acceptance of the 25th is before the window.
}

TEST_CASE("leads' status: untouched past the deadline first, processed leads gone") {
  facts f;
  auto lead = [](const char* id, const char* received, const char* vin) {
    return ops::agenda::lead{id, at(received), received, "Cita de servicio", vin, "Cliente " + std::string(id), "+52871",
                             "", "Sitio web", "kruiz"};
  };
  f.leads = {lead("L-NEW", "2026-11-26T19:10", ""), lead("L-LATE", "2026-11-24T11:46", ""),
             lead("L-WIP", "2026-11-26T11:43", ""), lead("L-DONE", "2026-11-20T10:00", ""),
             lead("L-BOOKED", "2026-11-25T10:00", ""), lead("L-CAME", "2026-11-18T10:00", ""),
             lead("L-OLD", "2026-10-01T10:00", ""), lead("L-VIN", "2026-11-26T10:00", "VIN2"),
             lead("L-LATE2", "2026-11-24T09:00", "")};
  f.appointments = {{"A2", "VIN2", "", "", "2026-11-30T09:00", "web", "booked", "ANA ZAMORA"}};
  f.log = {
      {"lead::L-WIP", "", "kruiz", at("2026-11-26T12:28"), "voicemail", "", "", "", ""},
      {"lead::L-DONE", "", "kruiz", at("2026-11-20T12:00"), "reached", "", "", "", ""},
      {"lead::L-BOOKED", "", "kruiz", at("2026-11-26T12:00"), "appointment_booked", "", "2026-11-30T10:00", "", ""},
      {"lead::L-CAME", "", "kruiz", at("2026-11-18T12:00"), "appointment_booked", "", "2026-11-20T10:00", "", ""},
      // Attempted after --as-of: not yet.
      {"lead::L-LATE2", "", "kruiz", at("2026-11-27T09:00"), "reached", "", "", "", ""},
  };
  const calendar::business_calendar mx(country::mx);
  const auto rows = build_lead_status(f, mx, at("2026-11-27T07:00"), 30);
  REQUIRE(rows.size() == 6);
  CHECK(rows[0].lead_id == "L-LATE2");
  CHECK(rows[0].state == lead_state::overdue);
  CHECK(rows[1].lead_id == "L-LATE");
  CHECK(rows[1].within_1bd == "no");
  CHECK(rows[1].deadline == "2026-11-25T11:46");
  CHECK(rows[1].age_business_hours == doctest::Approx(27.2));
  CHECK(rows[2].lead_id == "L-NEW");
  CHECK(rows[2].state == lead_state::untouched);
  CHECK(rows[2].within_1bd == "pending");
  CHECK(rows[2].age_business_hours == 0.0);
  CHECK(rows[3].lead_id == "L-WIP");
  CHECK(rows[3].state == lead_state::in_progress);
  CHECK(rows[3].within_1bd == "yes");
  CHECK(rows[3].attempts == 1);
  CHECK(rows[3].last_outcome == "voicemail");
  CHECK(rows[4].lead_id == "L-BOOKED");
  CHECK(rows[4].state == lead_state::booked);
  CHECK(rows[4].appointment_at == "2026-11-30T10:00");
  // Booked on the web already: the book's appointment for its VIN.
  CHECK(rows[5].lead_id == "L-VIN");
  CHECK(rows[5].state == lead_state::booked);
  CHECK(rows[5].appointment_at == "2026-11-30T09:00");
  CHECK(lead_state_name(lead_state::overdue) == "overdue");
}
