// The dealership procedures' cadences as data.
#include "rules/cadence.hpp"

#include <algorithm>

namespace retorno::rules {

std::size_t cadence::phone_steps() const {
  return static_cast<std::size_t>(
      std::count_if(steps.begin(), steps.end(), [](const cadence_step& s) { return s.channel == "phone"; }));
}

std::vector<cadence> builtin_cadences() {
  using u = gap_unit;
  return {
      {"mrs",
       {{1, "phone", 0, u::business_days, true, ""},
        {2, "phone", 5, u::business_days, true, ""},
        {3, "phone", 5, u::business_days, true, ""},
        {4, "preferred", 0, u::business_days, false, "medio preferido del cliente"}}},
      {"week5",
       {{1, "phone", 0, u::business_days, true, ""},
        {2, "phone", 1, u::business_days, true, ""},
        {3, "phone", 1, u::business_days, true, ""},
        {4, "phone", 1, u::business_days, true, ""},
        {5, "phone", 1, u::business_days, true, ""},
        {6, "letter_or_email", 0, u::business_days, false, "carta o correo con promociones y teléfonos de citas"}}},
      {"call3-whatsapp",
       {{1, "phone", 0, u::business_days, true, ""},
        {2, "phone", 1, u::business_days, true, ""},
        {3, "phone", 1, u::business_days, true, ""},
        {4, "whatsapp", 0, u::business_days, false, "imágenes y mensaje del guion; teléfonos del concesionario"}}},
      {"lead48h",
       {{1, "phone", 0, u::business_hours, true, "si no contesta, dejar mensaje de voz"},
        {2, "phone", 4, u::business_hours, true, ""},
        {3, "phone", 4, u::business_hours, true, ""},
        {4, "email", 0, u::business_hours, false, "correo: su solicitud está en estudio"}}},
  };
}

}  // namespace retorno::rules
