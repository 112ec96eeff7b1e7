// Tests of values as an agent reads them on paper: phones in dialling groups, km, dates in words, talking points.
#include <doctest/doctest.h>

#include <string>

#include "render/readable.hpp"
#include "rules/segments.hpp"

using namespace retorno::render;

TEST_CASE("Mexican numbers: 3-3-4, or 2-4-4 for Mexico City, Guadalajara and Monterrey") {
  CHECK(readable_phone("+528713915055") == "+52 871 391 5055");  // Torreón
  CHECK(readable_phone("+525512345678") == "+52 55 1234 5678");  // Mexico City
  CHECK(readable_phone("+523312345678") == "+52 33 1234 5678");  // Guadalajara
  CHECK(readable_phone("+528112345678") == "+52 81 1234 5678");  // Monterrey
  CHECK(readable_phone("+528441234567") == "+52 844 123 4567");  // Saltillo: 84, not 81
  CHECK(readable_phone("+525591234567") == "+52 55 9123 4567");
}

TEST_CASE("Colombian numbers: mobiles and 60x landlines read 3-3-4") {
  CHECK(readable_phone("+573101234567") == "+57 310 123 4567");
  CHECK(readable_phone("+576012345678") == "+57 601 234 5678");  // Bogotá, 2021 plan
  CHECK(readable_phone("+576044445555") == "+57 604 444 5555");  // Medellín
}

TEST_CASE("anything that is not an E.164 number of MX or CO is unchanged") {
  CHECK(readable_phone("") == "");
  CHECK(readable_phone("8713915055") == "8713915055");      // no country code
  CHECK(readable_phone("+14155550100") == "+14155550100");  // 12 characters
  CHECK(readable_phone("+442071234567") == "+442071234567");  // another country, 13 characters
  CHECK(readable_phone("+52871391505X") == "+52871391505X");
  CHECK(readable_phone("+5287139150555") == "+5287139150555");  // one digit too many
}

TEST_CASE("km with thousands separators, anything else unchanged") {
  CHECK(readable_km("45300") == "45,300");
  CHECK(readable_km("1000000") == "1,000,000");
  CHECK(readable_km("100000") == "100,000");
  CHECK(readable_km("999") == "999");
  CHECK(readable_km("1000") == "1,000");
  CHECK(readable_km("0") == "0");
  CHECK(readable_km("") == "");
  CHECK(readable_km("12.5") == "12.5");
  CHECK(readable_km("-5") == "-5");
  CHECK(readable_km("45,300") == "45,300");
}

TEST_CASE("dates in words for the sheet's header, in Spanish and English") {
  CHECK(readable_date("2025-03-14", false) == "viernes 14 de marzo de 2025");
  CHECK(readable_date("2025-03-14", true) == "Friday 14 March 2025");
  CHECK(readable_date("2026-11-28", false) == "sábado 28 de noviembre de 2026");
  CHECK(readable_date("2026-11-29", false) == "domingo 29 de noviembre de 2026");
  CHECK(readable_date("2026-09-16", false) == "miércoles 16 de septiembre de 2026");
  CHECK(readable_date("2026-09-16", true) == "Wednesday 16 September 2026");
  CHECK(readable_date("2027-01-01", false) == "viernes 1 de enero de 2027");
  CHECK(readable_date("2024-02-29", true) == "Thursday 29 February 2024");
  CHECK(readable_date("2026-11-27T09:30", true) == "Friday 27 November 2026");  // a datetime gives its day
  CHECK(readable_date("14/03/2025", false) == "14/03/2025");
  CHECK(readable_date("2025-02-30", true) == "2025-02-30");
  CHECK(readable_date("", true) == "");
}

TEST_CASE("short dates for the body of the sheet") {
  CHECK(short_date("2025-03-14", false) == "14 mar 2025");
  CHECK(short_date("2025-03-14", true) == "14 Mar 2025");
  CHECK(short_date("2026-09-01", false) == "1 sep 2026");
  CHECK(short_date("2026-12-25", false) == "25 dic 2026");
  CHECK(short_date("2026-12-25", true) == "25 Dec 2026");
  CHECK(short_date("2026-08-07", false) == "7 ago 2026");
  CHECK(short_date("2026-08-07", true) == "7 Aug 2026");
  CHECK(short_date("ayer", false) == "ayer");
}

TEST_CASE("a month in three letters, as the dashboard's trend heads it") {
  CHECK(month_abbr(1, false) == "ene");
  CHECK(month_abbr(9, false) == "sep");
  CHECK(month_abbr(9, true) == "Sep");
  CHECK(month_abbr(12, true) == "Dec");
}


TEST_CASE("a letter's date: in words, without the weekday") {
  CHECK(long_date("2026-11-27", false) == "27 de noviembre de 2026");
  CHECK(long_date("2026-11-27", true) == "27 November 2026");
  CHECK(long_date("2027-01-01", false) == "1 de enero de 2027");
  CHECK(long_date("2026-09-16T10:00", false) == "16 de septiembre de 2026");
  CHECK(long_date("2025-02-30", false) == "2025-02-30");
  CHECK(long_date("", true) == "");
}

TEST_CASE("talking points in words, by kind") {
  CHECK(talking_point("campaign:ABC123", false) == "Campaña ABC123");
  CHECK(talking_point("campaign:ABC123", true) == "Campaign ABC123");
  CHECK(talking_point("quote:Q77", false) == "Cotización Q77");
  CHECK(talking_point("quote:Q77", true) == "Quote Q77");
  CHECK(talking_point("next_service:5YFBPRHE4HP713624", false) == "Siguiente mantenimiento (VIN 5YFBPRHE4HP713624)");
  CHECK(talking_point("post_service:RO-9", false) == "Seguimiento del servicio (OR RO-9)");
  CHECK(talking_point("post_service:RO-9", true) == "Post-service follow-up (RO RO-9)");
  CHECK(talking_point("lead:L1", false) == "Solicitud de servicio L1");
  CHECK(talking_point("no_show:A1", true) == "Missed appointment (A1)");
  CHECK(talking_point("web_confirmation:W1", false) == "Confirmar cita web (W1)");
  CHECK(talking_point("inactive:VIN", true) == "Inactive customer (VIN VIN)");
  CHECK(talking_point("warranty_expiring:VIN", false) == "Garantía por vencer (VIN VIN)");
  CHECK(talking_point("anniversary:VIN", true) == "Purchase anniversary (VIN VIN)");
  CHECK(talking_point("first_service:VIN", false) == "Primer mantenimiento (VIN VIN)");
  // A test drive is about the next car: the VIN is left out.
  CHECK(talking_point("test_drive:5YFBPRHE4HP713624", false) == "Prueba de manejo");
  CHECK(talking_point("test_drive:5YFBPRHE4HP713624", true) == "Test drive");
  // Only the first colon splits: an event may hold colons of its own.
  CHECK(talking_point("campaign:24V-123:A", true) == "Campaign 24V-123:A");
}

TEST_CASE("every segment's talking point has words, unknown kinds are unchanged") {
  for (auto name : retorno::rules::all_segment_names()) {
    const std::string key = (name == "pending_quote" ? std::string("quote") : std::string(name)) + ":X1";
    CAPTURE(key);
    CHECK(talking_point(key, false) != key);
    CHECK(talking_point(key, true) != key);
  }
  CHECK(talking_point("complaint:C1", false) == "complaint:C1");
  CHECK(talking_point("pending_quote:Q1", true) == "pending_quote:Q1");
  CHECK(talking_point("campaign", false) == "campaign");  // no colon
  CHECK(talking_point("", true) == "");
}
