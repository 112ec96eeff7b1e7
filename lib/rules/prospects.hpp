// Sales prospects in the contact log: which words say that a customer accepted a test drive, and
// which vehicle they would like, read from what the agent typed.
#pragma once
#include <string>
#include <string_view>

namespace retorno::rules {

// True when an outcome or reason, as the agent or the call-center platform wrote it, says the
// customer accepted a test drive: "Acepta prueba de manejo", "Prueba de manejo aceptada",
// "interesado en prueba de manejo", "quiere prueba de manejo", "test drive accepted", the bare
// tipification "Prueba de manejo", and the canonical "test_drive_accepted". Case and accents do
// not matter; a refusal does not count: "No acepta prueba de manejo", "rechaza prueba de manejo",
// "no le interesa la prueba de manejo" are false.
bool accepts_test_drive(std::string_view text);

// The vehicle a customer is interested in, as written in the call's notes, or "":
//   "Interesado en RAV4 híbrida, llamar por la tarde" -> "RAV4 híbrida"
//   "le interesa la nueva Hilux" -> "nueva Hilux"
//   "Acepta prueba de manejo de Corolla Cross" -> "Corolla Cross"
//   "vehículo de interés: Tacoma 2027" -> "Tacoma 2027"
//   "interesado en prueba de manejo" -> ""   (no vehicle named)
// The words end at punctuation (, ; : ( ) or a full stop and a space), " y ", " pero ", " para ",
// " porque ", " and ", a line break, or after five words.
std::string vehicle_of_interest(std::string_view notes);

}  // namespace retorno::rules
