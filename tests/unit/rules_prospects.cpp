// Test drives accepted, as agents and SPIGA write them, and the vehicle of interest in the notes.
#include <doctest/doctest.h>

#include "rules/prospects.hpp"

using namespace retorno::rules;

TEST_CASE("a test drive accepted, in the spellings of the call center") {
  for (auto s : {"Acepta prueba de manejo", "ACEPTA PRUEBA DE MANEJO", "Aceptó prueba de manejo",
                 "prueba de manejo aceptada", "Interesado en prueba de manejo", "interesada en prueba de manejo",
                 "Quiere prueba de manejo de la RAV4", "Prueba de manejo", "test_drive_accepted",
                 "Test drive accepted", "Sí, prueba de manejo", "No contesta el fijo; acepta prueba de manejo"})
    CHECK_MESSAGE(accepts_test_drive(s), s);
}

TEST_CASE("a refusal, or no test drive at all, is not a prospect") {
  for (auto s : {"No acepta prueba de manejo", "no le interesa la prueba de manejo", "Rechaza prueba de manejo",
                 "Sin interés en prueba de manejo", "Declined the test drive", "Cita agendada", "Precio alto",
                 "prueba", "manejo", "", "Se le ofreció prueba de manejo"})
    CHECK_FALSE_MESSAGE(accepts_test_drive(s), s);
}

TEST_CASE("the vehicle of interest, read from the notes") {
  CHECK(vehicle_of_interest("Interesado en RAV4 híbrida, llamar por la tarde") == "RAV4 híbrida");
  CHECK(vehicle_of_interest("interesado en RAV4") == "RAV4");
  CHECK(vehicle_of_interest("Le interesa la nueva Hilux") == "nueva Hilux");
  CHECK(vehicle_of_interest("Acepta prueba de manejo de Corolla Cross") == "Corolla Cross");
  CHECK(vehicle_of_interest("Vehículo de interés: Tacoma 2027") == "Tacoma 2027");
  CHECK(vehicle_of_interest("Interesada en una Sienna para la familia") == "Sienna");
  CHECK(vehicle_of_interest("interesado en prueba de manejo de la Camry. Llamar mañana") == "Camry");
  CHECK(vehicle_of_interest("INTERESADO EN YARIS Y EN FINANCIAMIENTO") == "YARIS");
  CHECK(vehicle_of_interest("Interested in a Tundra") == "Tundra");
  // Nothing named: nothing guessed.
  CHECK(vehicle_of_interest("Interesado en prueba de manejo") == "");
  CHECK(vehicle_of_interest("Solicita lavado incluido") == "");
  CHECK(vehicle_of_interest("") == "");
  // "desinteresado" is not "interesado": markers start a word.
  CHECK(vehicle_of_interest("desinteresado en todo") == "");
  // At most five words: a sentence is not a model.
  CHECK(vehicle_of_interest("interesado en uno dos tres cuatro cinco seis siete") == "uno dos tres cuatro cinco");
}
