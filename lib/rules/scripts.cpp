// Scripts and titles per segment, after the dealership procedures' call guides (see doc/design.md).
#include "rules/scripts.hpp"

#include <array>

namespace retorno::rules {

namespace {

struct texts {
  std::string_view title_es, title_en, script_es, script_en;
};

constexpr std::array<texts, segment_count> table = {{
    {"Lead de servicio", "Service lead",
     "Responder la solicitud del cliente hoy; si no contesta, dejar mensaje de voz",
     "Answer the customer's request today; if no answer, leave a voicemail"},
    {"No se presentó a su cita", "Missed appointment",
     "Preguntar el motivo de la inasistencia y reprogramar la cita",
     "Ask why the appointment was missed and book a new one"},
    {"Confirmar cita web", "Confirm web booking", "Confirmar la cita reservada por internet el mismo día",
     "Confirm the web booking the same day"},
    {"Recordatorio de cita", "Appointment reminder",
     "Recordar la cita de mañana: fecha, hora, asesor y qué traer; confirmar que asistirá o reprogramar",
     "Remind the customer of tomorrow's appointment: date, time, advisor and what to bring; confirm or rebook"},
    {"Seguimiento de queja", "Complaint follow-up",
     "Dar seguimiento a la queja: informar el avance de la solución acordada y preguntar si el cliente está satisfecho",
     "Follow up the complaint: report on the agreed solution and ask whether the customer is satisfied"},
    {"Campaña de seguridad", "Safety campaign",
     "Informar la Acción de Servicio en Campo; las refacciones están disponibles",
     "Explain the field service action; the parts are available"},
    {"Cotización pendiente", "Pending quote",
     "Dar seguimiento a la cotización de la hoja multipuntos en la fecha acordada",
     "Follow up the multipoint-inspection quote on the agreed date"},
    {"Seguimiento posterior al servicio", "Post-service follow-up",
     "Verificar la satisfacción del cliente con su visita", "Check the customer's satisfaction with the visit"},
    {"Seguimiento a la entrega", "Post-delivery follow-up",
     "Verificar la satisfacción con la entrega de su vehículo nuevo; recordar la fecha del primer servicio y "
     "cómo agendar su cita (teléfono, WhatsApp o internet)",
     "Check the customer's satisfaction with the new vehicle's delivery; give the first-service date and how to "
     "book an appointment (phone, WhatsApp or the web)"},
    {"Primer mantenimiento", "First maintenance", "Speech de 1er. mantenimiento; revisar campañas",
     "First-maintenance script; check campaigns"},
    {"Siguiente mantenimiento", "Next maintenance",
     "Speech de siguiente mantenimiento; revisar adicionales pendientes y campañas",
     "Next-maintenance script; check pending work and campaigns"},
    {"Campaña", "Campaign", "Speech de campañas; unificar con el mantenimiento si está próximo",
     "Campaign script; combine with the maintenance when it is close"},
    {"Garantía por vencer", "Warranty ending", "Avisar que la garantía está por terminar e invitar a revisión",
     "Tell the customer the warranty is ending and invite an inspection"},
    {"Cliente inactivo", "Inactive customer", "Speech de inactivos; revisar campañas",
     "Inactive-customer script; check campaigns"},
    {"Aniversario de compra", "Purchase anniversary", "Felicitar por el aniversario de compra",
     "Congratulate the customer on the purchase anniversary"},
    {"Prueba de manejo", "Test drive", "Más de 30,000 km: invitar a una prueba de manejo del plan demo",
     "Over 30,000 km: invite the customer to a demo test drive"},
}};

}  // namespace

std::string_view segment_script(segment s, bool english) {
  const auto& t = table[static_cast<std::size_t>(s)];
  return english ? t.script_en : t.script_es;
}

std::string_view segment_title(segment s, bool english) {
  const auto& t = table[static_cast<std::size_t>(s)];
  return english ? t.title_en : t.title_es;
}

}  // namespace retorno::rules
