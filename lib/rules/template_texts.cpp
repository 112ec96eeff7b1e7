// The built-in message texts. The voice is the dealership procedures': a courteous dealership
// that greets the customer by name, says who speaks, gives the reason in one sentence and offers
// the appointment with its phones. The reasons follow the procedures' call guides (the safety
// campaign's parts available and free, a campaign done with the maintenance, the quote on its
// agreed date, the satisfaction call, the first service at 5 months, the inactive customer).
#include "rules/template_texts.hpp"

#include <array>

#include <fmt/format.h>

#include "core/catalog.hpp"

namespace retorno::rules {

namespace {

constexpr std::array<builtin_text, 17> spanish = {{
    {"lead",
     "Estimado(a) {nombre}, le llamamos de {agencia} para atender la solicitud de servicio que nos hizo llegar. "
     "Por favor comuníquese con nosotros al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}; "
     "con gusto le agendamos su cita. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Recibimos su solicitud de servicio para su vehículo {modelo} {anio} "
     "y queremos atenderle hoy mismo. ¿Qué día y hora le convienen para su cita? Responda este mensaje o llámenos "
     "al {telefono_agencia}.",
     "Su solicitud de servicio en {agencia}",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Gracias por su solicitud de servicio para su vehículo {modelo} {anio}. Intentamos "
     "comunicarnos con usted por teléfono sin lograrlo, y queremos atenderle lo antes posible.\n\n"
     "Para agendar su cita, llámenos al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"no_show",
     "Estimado(a) {nombre}, le llamamos de {agencia}. Le esperábamos en su cita de servicio ({fecha_cita}) y "
     "queremos saber si todo está bien. Por favor llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia} para reprogramarla. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Le esperábamos en su cita de servicio ({fecha_cita}) para su "
     "vehículo {modelo} y queremos saber si todo está bien. Con gusto la reprogramamos para el día y la hora que más "
     "le convengan: responda este mensaje o llámenos al {telefono_agencia}.",
     "Reprogramemos su cita de servicio",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Le esperábamos en su cita de servicio ({fecha_cita}) para su vehículo {modelo} {anio} y "
     "queremos saber si todo está bien.\n\n"
     "Con gusto la reprogramamos para el día y la hora que más le convengan: llámenos al {telefono_agencia} o "
     "escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"web_confirmation",
     "Estimado(a) {nombre}, le llamamos de {agencia} para confirmar la cita de servicio que reservó por internet "
     "para el {fecha_cita}. Por favor confírmela al {telefono_agencia} o por WhatsApp al {whatsapp_agencia}. "
     "Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Recibimos la cita que reservó por internet para su vehículo "
     "{modelo} el {fecha_cita}. ¿Nos confirma su asistencia? Responda este mensaje o llámenos al "
     "{telefono_agencia}.",
     "Confirme su cita de servicio ({fecha_cita})",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Recibimos la cita que reservó por internet para su vehículo {modelo} {anio} el "
     "{fecha_cita}.\n\n"
     "Le pedimos confirmar su asistencia llamándonos al {telefono_agencia} o escribiéndonos por WhatsApp al "
     "{whatsapp_agencia}. Si necesita otro día u otra hora, con gusto la cambiamos."},
    {"campaign_safety",
     "Estimado(a) {nombre}, le llamamos de {agencia} porque su vehículo tiene pendiente una campaña de seguridad "
     "del fabricante, sin costo para usted. Por favor llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia} para agendar su cita. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Su vehículo {modelo} {anio} tiene pendiente la campaña de "
     "seguridad {campana}. La revisión y las refacciones no tienen costo para usted, y ya contamos con ellas. Si su "
     "mantenimiento está próximo, lo hacemos en la misma visita. Para agendar su cita, responda este mensaje o "
     "llámenos al {telefono_agencia}.",
     "Campaña de seguridad para su vehículo {modelo}, sin costo",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Su vehículo {modelo} {anio} (número de serie {vin}) tiene pendiente la campaña de "
     "seguridad {campana} del fabricante. Por su seguridad, le pedimos traerlo a revisión lo antes posible: el "
     "trabajo y las refacciones no tienen costo para usted, y ya contamos con ellas.\n\n"
     "Si su vehículo está próximo a su mantenimiento, podemos realizar ambos en la misma visita.\n\n"
     "Para agendar su cita, llámenos al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"campaign",
     "Estimado(a) {nombre}, le llamamos de {agencia} porque su vehículo aplica para una campaña de servicio sin "
     "costo, que podemos realizar junto con su mantenimiento. Por favor llámenos al {telefono_agencia} o "
     "escríbanos por WhatsApp al {whatsapp_agencia} para agendar su cita. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Su vehículo {modelo} {anio} aplica para la campaña de servicio "
     "{campana}, sin costo para usted. Le sugerimos aprovechar la misma visita para su mantenimiento y resolver todo "
     "en una sola cita. Responda este mensaje o llámenos al {telefono_agencia} para agendarla.",
     "Campaña de servicio para su vehículo {modelo}",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Su vehículo {modelo} {anio} (número de serie {vin}) aplica para la campaña de servicio "
     "{campana} del fabricante, sin costo para usted.\n\n"
     "Le sugerimos aprovechar la misma visita para su servicio de mantenimiento: realizamos ambos trabajos en una "
     "sola cita.\n\n"
     "{promociones}\n\n"
     "Para agendar su cita, llámenos al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"pending_quote",
     "Estimado(a) {nombre}, le llamamos de {agencia} para dar seguimiento a la cotización {cotizacion} de los "
     "trabajos recomendados para su vehículo. Por favor llámenos al {telefono_agencia} o escríbanos por WhatsApp "
     "al {whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Damos seguimiento a la cotización {cotizacion} ({monto}) de los "
     "trabajos recomendados en la revisión de su vehículo {modelo}. ¿Desea que agendemos su realización? Responda "
     "este mensaje o llámenos al {telefono_agencia}.",
     "Seguimiento a su cotización {cotizacion}",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Como lo acordamos, damos seguimiento a la cotización {cotizacion} ({monto}) de los "
     "trabajos que le recomendamos en la revisión multipuntos de su vehículo {modelo} {anio}.\n\n"
     "Atenderlos a tiempo evita reparaciones mayores. Si desea realizarlos o tiene alguna duda sobre la "
     "cotización, llámenos al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"post_service",
     "Estimado(a) {nombre}, le llamamos de {agencia} para saber cómo le fue con el servicio de su vehículo. Su "
     "opinión es muy importante para nosotros: puede llamarnos al {telefono_agencia} o escribirnos por WhatsApp al "
     "{whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Gracias por confiarnos el servicio de su vehículo {modelo}. "
     "¿Quedó satisfecho(a) con la atención y con el trabajo realizado? Su opinión nos ayuda a mejorar: responda "
     "este mensaje o llámenos al {telefono_agencia}.",
     "¿Cómo le fue con el servicio de su vehículo?",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Gracias por confiarnos el servicio de su vehículo {modelo} {anio}.\n\n"
     "Queremos saber si quedó satisfecho(a) con la atención y con el trabajo realizado. Si tiene algún comentario "
     "o algo no quedó como esperaba, llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia}: lo atenderemos de inmediato."},
    {"post_delivery",
     "Estimado(a) {nombre}, le llamamos de {agencia} para felicitarle por su vehículo {modelo} nuevo y saber cómo "
     "le fue con la entrega. Para cualquier duda llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. ¡Felicidades por su {modelo} nuevo! ¿Quedó satisfecho(a) con la "
     "entrega? Su primer servicio es a los 5 meses o 10,000 km: puede agendarlo respondiendo este mensaje o al "
     "{telefono_agencia}.",
     "¡Felicidades por su {modelo} nuevo!",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. ¡Felicidades por su vehículo {modelo} {anio} nuevo! Queremos saber si quedó "
     "satisfecho(a) con la entrega y si tiene alguna duda sobre su vehículo.\n\n"
     "Su primer servicio de mantenimiento corresponde a los 5 meses o 10,000 km, lo que ocurra primero. Puede "
     "agendar su cita llamándonos al {telefono_agencia} o escribiéndonos por WhatsApp al {whatsapp_agencia}."},
    {"complaint_followup",
     "Estimado(a) {nombre}, le llamamos de {agencia} para darle seguimiento a su queja y saber si la solución "
     "acordada ya le satisface. Por favor llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Damos seguimiento a su queja: ¿la solución acordada ya le "
     "satisface? Responda este mensaje o llámenos al {telefono_agencia}; queremos resolverla por completo.",
     "Seguimiento a su queja",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Damos seguimiento a la queja que nos hizo llegar sobre su vehículo {modelo} {anio}.\n\n"
     "Queremos saber si la solución acordada ya le satisface o si hay algo más que debamos atender. Llámenos al "
     "{telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}: su satisfacción es nuestra prioridad."},
    {"first_service",
     "Estimado(a) {nombre}, le llamamos de {agencia} para recordarle que su vehículo está próximo a su primer "
     "servicio de mantenimiento. Por favor llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia} para agendar su cita. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Su vehículo {modelo} {anio} está próximo a su primer servicio de "
     "mantenimiento, importante para conservar su garantía. Para agendar su cita, responda este mensaje o llámenos "
     "al {telefono_agencia}.",
     "Es momento del primer servicio de su vehículo {modelo}",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Su vehículo {modelo} {anio} está próximo a su primer servicio de mantenimiento. "
     "Realizarlo a tiempo y en una agencia autorizada conserva su garantía y mantiene su vehículo en las mejores "
     "condiciones; en la misma visita revisamos si tiene alguna campaña pendiente.\n\n"
     "{promociones}\n\n"
     "Para agendar su cita en el día y la hora que más le convengan, llámenos al {telefono_agencia} o escríbanos "
     "por WhatsApp al {whatsapp_agencia}."},
    {"next_service",
     "Estimado(a) {nombre}, le llamamos de {agencia} para recordarle que su vehículo está próximo a su siguiente "
     "servicio de mantenimiento. Por favor llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia} para agendar su cita. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. De acuerdo con su último servicio y su kilometraje, su vehículo "
     "{modelo} {anio} está próximo a su siguiente mantenimiento. Para agendar su cita, responda este mensaje o "
     "llámenos al {telefono_agencia}.",
     "Su vehículo {modelo} está próximo a su mantenimiento",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. De acuerdo con su último servicio y su kilometraje, su vehículo {modelo} {anio} está "
     "próximo a su siguiente servicio de mantenimiento. En la misma visita revisamos los trabajos pendientes y las "
     "campañas de su vehículo.\n\n"
     "{promociones}\n\n"
     "Para agendar su cita, llámenos al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"warranty_expiring",
     "Estimado(a) {nombre}, le llamamos de {agencia} porque la garantía de su vehículo está por terminar. Le "
     "invitamos a una revisión antes de que venza; llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. La garantía de su vehículo {modelo} {anio} está por terminar. Le "
     "invitamos a una revisión antes de que venza, para atender cualquier detalle dentro de la garantía. Para "
     "agendar su cita, responda este mensaje o llámenos al {telefono_agencia}.",
     "La garantía de su vehículo {modelo} está por terminar",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. La garantía de su vehículo {modelo} {anio} (número de serie {vin}) está por "
     "terminar.\n\n"
     "Le invitamos a una revisión antes de que venza: así atendemos dentro de la garantía cualquier detalle que "
     "encontremos, y aprovechamos la visita para su mantenimiento si está próximo.\n\n"
     "{promociones}\n\n"
     "Para agendar su cita, llámenos al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"inactive",
     "Estimado(a) {nombre}, le llamamos de {agencia}. Hace tiempo que no vemos su vehículo en nuestro taller y "
     "queremos invitarle a su servicio de mantenimiento. Llámenos al {telefono_agencia} o escríbanos por WhatsApp "
     "al {whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Hace tiempo que no vemos su vehículo {modelo} {anio} en nuestro "
     "taller y queremos saber cómo está. Le invitamos a su servicio de mantenimiento; también revisamos si tiene "
     "campañas pendientes. Para agendar su cita, responda este mensaje o llámenos al {telefono_agencia}.",
     "Le extrañamos en {agencia}",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Hace tiempo que no vemos su vehículo {modelo} {anio} en nuestro taller y queremos saber "
     "cómo está.\n\n"
     "Le invitamos a su servicio de mantenimiento: atenderemos su vehículo con refacciones originales y le "
     "informaremos si tiene alguna campaña pendiente.\n\n"
     "{promociones}\n\n"
     "Para agendar su cita, llámenos al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"anniversary",
     "Estimado(a) {nombre}, le llamamos de {agencia} para felicitarle en el aniversario de la compra de su "
     "vehículo y agradecerle su confianza. Estamos para servirle al {telefono_agencia} o por WhatsApp al "
     "{whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. ¡Feliz aniversario! Celebramos con usted un año más de su "
     "vehículo {modelo}; gracias por su confianza. Para su mantenimiento o cualquier duda, responda este mensaje o "
     "llámenos al {telefono_agencia}.",
     "Feliz aniversario con su vehículo {modelo}",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Celebramos con usted un año más de su vehículo {modelo} {anio} y le agradecemos la "
     "confianza que nos brinda.\n\n"
     "Le recordamos que estamos para servirle en el mantenimiento de su vehículo, con personal capacitado y "
     "refacciones originales.\n\n"
     "{promociones}\n\n"
     "Para agendar una cita o resolver cualquier duda, llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia}."},
    {"test_drive",
     "Estimado(a) {nombre}, le llamamos de {agencia} para invitarle a manejar nuestros modelos más recientes en una "
     "prueba de manejo, sin compromiso. Llámenos al {telefono_agencia} o escríbanos por WhatsApp al "
     "{whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Su vehículo {modelo} {anio} le ha acompañado muchos kilómetros, y "
     "queremos invitarle a conocer y manejar nuestros modelos más recientes en una prueba de manejo, sin "
     "compromiso. ¿Qué día le conviene? Responda este mensaje o llámenos al {telefono_agencia}.",
     "Le invitamos a una prueba de manejo",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Su vehículo {modelo} {anio} le ha acompañado muchos kilómetros, y queremos invitarle a "
     "conocer nuestros modelos más recientes en una prueba de manejo, sin compromiso.\n\n"
     "{promociones}\n\n"
     "Para agendar su prueba de manejo en el día y la hora que más le convengan, llámenos al {telefono_agencia} o "
     "escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"appointment_reminder",
     "Estimado(a) {nombre}, le llamamos de {agencia} para recordarle su cita de servicio del {fecha_cita}. Si "
     "necesita cambiarla, llámenos al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Le recordamos su cita de servicio para su vehículo {modelo} el "
     "{fecha_cita} en nuestra agencia ({direccion_agencia}). Si necesita cambiarla, responda este mensaje o "
     "llámenos al {telefono_agencia}.",
     "Recordatorio de su cita de servicio ({fecha_cita})",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Le recordamos su cita de servicio para su vehículo {modelo} {anio} (placas {placas}) el "
     "{fecha_cita} en nuestra agencia ({direccion_agencia}).\n\n"
     "Le sugerimos llegar unos minutos antes. Si necesita cambiar el día o la hora, llámenos al {telefono_agencia} "
     "o escríbanos por WhatsApp al {whatsapp_agencia}."},
    {"default",
     "Estimado(a) {nombre}, le llamamos de {agencia}. Por favor comuníquese con nosotros al {telefono_agencia} o "
     "por WhatsApp al {whatsapp_agencia}. Gracias.",
     "Estimado(a) {nombre}: le saluda {agencia}. Intentamos comunicarnos con usted acerca de su vehículo {modelo} "
     "{anio}. Por favor responda este mensaje o llámenos al {telefono_agencia}; con gusto le atendemos.",
     "Mensaje de {agencia}",
     "Estimado(a) {nombre}:\n\n"
     "Le saluda {agencia}. Intentamos comunicarnos con usted acerca de su vehículo {modelo} {anio}.\n\n"
     "Por favor llámenos al {telefono_agencia} o escríbanos por WhatsApp al {whatsapp_agencia}; con gusto le "
     "atendemos."},
}};

constexpr std::array<builtin_text, 17> english = {{
    {"lead",
     "Dear {nombre}, this is {agencia} calling about the service request you sent us. Please call us back at "
     "{telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}; we will be glad to book your "
     "appointment. Thank you.",
     "Dear {nombre}, this is {agencia}. We received your service request for your vehicle {modelo} {anio} and would "
     "like to help you today. Which day and time suit you for your appointment? Reply to this message or call us at "
     "{telefono_agencia}.",
     "Your service request at {agencia}",
     "Dear {nombre},\n\n"
     "This is {agencia}. Thank you for your service request for your vehicle {modelo} {anio}. We tried to reach you "
     "by phone without success, and we would like to help you as soon as possible.\n\n"
     "To book your appointment, call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}."},
    {"no_show",
     "Dear {nombre}, this is {agencia} calling. We were expecting you at your service appointment ({fecha_cita}) "
     "and want to make sure everything is all right. Please call us at {telefono_agencia} or write to us on "
     "WhatsApp at {whatsapp_agencia} to reschedule it. Thank you.",
     "Dear {nombre}, this is {agencia}. We were expecting you at your service appointment ({fecha_cita}) for your "
     "vehicle {modelo} and want to make sure everything is all right. We will gladly reschedule it for the day and "
     "time that suit you best: reply to this message or call us at {telefono_agencia}.",
     "Let us reschedule your service appointment",
     "Dear {nombre},\n\n"
     "This is {agencia}. We were expecting you at your service appointment ({fecha_cita}) for your vehicle {modelo} "
     "{anio} and want to make sure everything is all right.\n\n"
     "We will gladly reschedule it for the day and time that suit you best: call us at {telefono_agencia} or write "
     "to us on WhatsApp at {whatsapp_agencia}."},
    {"web_confirmation",
     "Dear {nombre}, this is {agencia} calling to confirm the service appointment you booked online for "
     "{fecha_cita}. Please confirm it at {telefono_agencia} or on WhatsApp at {whatsapp_agencia}. Thank you.",
     "Dear {nombre}, this is {agencia}. We received the appointment you booked online for your vehicle {modelo} on "
     "{fecha_cita}. Will you confirm that you are coming? Reply to this message or call us at {telefono_agencia}.",
     "Please confirm your service appointment ({fecha_cita})",
     "Dear {nombre},\n\n"
     "This is {agencia}. We received the appointment you booked online for your vehicle {modelo} {anio} on "
     "{fecha_cita}.\n\n"
     "Please confirm that you are coming by calling us at {telefono_agencia} or writing to us on WhatsApp at "
     "{whatsapp_agencia}. If you need another day or time, we will gladly change it."},
    {"campaign_safety",
     "Dear {nombre}, this is {agencia} calling because your vehicle has a pending manufacturer safety campaign, free "
     "of charge. Please call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia} to book your "
     "appointment. Thank you.",
     "Dear {nombre}, this is {agencia}. Your vehicle {modelo} {anio} has the safety campaign {campana} pending. The "
     "inspection and the parts are free of charge, and the parts are in stock. If your maintenance is due soon, we "
     "do both in the same visit. To book your appointment, reply to this message or call us at {telefono_agencia}.",
     "Safety campaign for your vehicle {modelo}, free of charge",
     "Dear {nombre},\n\n"
     "This is {agencia}. Your vehicle {modelo} {anio} (VIN {vin}) has the manufacturer's safety campaign {campana} "
     "pending. For your safety, please bring it in as soon as possible: the work and the parts are free of charge, "
     "and the parts are in stock.\n\n"
     "If your vehicle is due for maintenance soon, we can do both in the same visit.\n\n"
     "To book your appointment, call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}."},
    {"campaign",
     "Dear {nombre}, this is {agencia} calling because your vehicle qualifies for a free service campaign, which we "
     "can do together with your maintenance. Please call us at {telefono_agencia} or write to us on WhatsApp at "
     "{whatsapp_agencia} to book your appointment. Thank you.",
     "Dear {nombre}, this is {agencia}. Your vehicle {modelo} {anio} qualifies for the service campaign {campana}, "
     "free of charge. We suggest using the same visit for your maintenance and getting everything done in one "
     "appointment. Reply to this message or call us at {telefono_agencia} to book it.",
     "Service campaign for your vehicle {modelo}",
     "Dear {nombre},\n\n"
     "This is {agencia}. Your vehicle {modelo} {anio} (VIN {vin}) qualifies for the manufacturer's service campaign "
     "{campana}, free of charge.\n\n"
     "We suggest using the same visit for your maintenance service: we do both in a single appointment.\n\n"
     "{promociones}\n\n"
     "To book your appointment, call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}."},
    {"pending_quote",
     "Dear {nombre}, this is {agencia} calling to follow up on quote {cotizacion} for the work recommended for your "
     "vehicle. Please call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}. Thank you.",
     "Dear {nombre}, this is {agencia}. We are following up on quote {cotizacion} ({monto}) for the work recommended "
     "at the inspection of your vehicle {modelo}. Shall we book it? Reply to this message or call us at "
     "{telefono_agencia}.",
     "Following up on your quote {cotizacion}",
     "Dear {nombre},\n\n"
     "This is {agencia}. As agreed, we are following up on quote {cotizacion} ({monto}) for the work we recommended "
     "at the multipoint inspection of your vehicle {modelo} {anio}.\n\n"
     "Doing it in time prevents bigger repairs. If you would like to book it, or have any question about the quote, "
     "call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}."},
    {"post_service",
     "Dear {nombre}, this is {agencia} calling to ask how your vehicle's service went. Your opinion matters to us: "
     "you can call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}. Thank you.",
     "Dear {nombre}, this is {agencia}. Thank you for trusting us with the service of your vehicle {modelo}. Were "
     "you satisfied with our attention and the work done? Your opinion helps us improve: reply to this message or "
     "call us at {telefono_agencia}.",
     "How was your vehicle's service?",
     "Dear {nombre},\n\n"
     "This is {agencia}. Thank you for trusting us with the service of your vehicle {modelo} {anio}.\n\n"
     "We would like to know whether you were satisfied with our attention and the work done. If you have any "
     "comment, or something was not as you expected, call us at {telefono_agencia} or write to us on WhatsApp at "
     "{whatsapp_agencia}: we will take care of it right away."},
    {"post_delivery",
     "Dear {nombre}, this is {agencia} calling to congratulate you on your new {modelo} and ask how the delivery "
     "went. For any question call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}. Thank "
     "you.",
     "Dear {nombre}, this is {agencia}. Congratulations on your new {modelo}! Were you satisfied with the delivery? "
     "Your first service is due at 5 months or 10,000 km: book it by replying to this message or at "
     "{telefono_agencia}.",
     "Congratulations on your new {modelo}!",
     "Dear {nombre},\n\n"
     "This is {agencia}. Congratulations on your new {modelo} {anio}! We would like to know whether you were "
     "satisfied with the delivery and whether you have any question about your vehicle.\n\n"
     "Your first maintenance service is due at 5 months or 10,000 km, whichever comes first. You can book it by "
     "calling us at {telefono_agencia} or writing to us on WhatsApp at {whatsapp_agencia}."},
    {"complaint_followup",
     "Dear {nombre}, this is {agencia} calling to follow up on your complaint and ask whether the agreed solution "
     "satisfies you. Please call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}. Thank "
     "you.",
     "Dear {nombre}, this is {agencia}. Following up on your complaint: does the agreed solution satisfy you? "
     "Reply to this message or call us at {telefono_agencia}; we want to resolve it completely.",
     "Following up on your complaint",
     "Dear {nombre},\n\n"
     "This is {agencia}. We are following up on the complaint you raised about your vehicle {modelo} {anio}.\n\n"
     "We would like to know whether the agreed solution satisfies you or whether there is anything else we should "
     "take care of. Call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}: your "
     "satisfaction is our priority."},
    {"first_service",
     "Dear {nombre}, this is {agencia} calling to remind you that your vehicle's first maintenance service is due. "
     "Please call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia} to book your "
     "appointment. Thank you.",
     "Dear {nombre}, this is {agencia}. Your vehicle {modelo} {anio} is due for its first maintenance service, which "
     "keeps your warranty in force. To book your appointment, reply to this message or call us at "
     "{telefono_agencia}.",
     "Time for the first service of your vehicle {modelo}",
     "Dear {nombre},\n\n"
     "This is {agencia}. Your vehicle {modelo} {anio} is due for its first maintenance service. Doing it on time at "
     "an authorized dealer keeps your warranty in force and your vehicle in the best condition; in the same visit "
     "we check for any pending campaign.\n\n"
     "{promociones}\n\n"
     "To book your appointment on the day and at the time that suit you best, call us at {telefono_agencia} or "
     "write to us on WhatsApp at {whatsapp_agencia}."},
    {"next_service",
     "Dear {nombre}, this is {agencia} calling to remind you that your vehicle's next maintenance service is due. "
     "Please call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia} to book your "
     "appointment. Thank you.",
     "Dear {nombre}, this is {agencia}. Going by your last service and your mileage, your vehicle {modelo} {anio} is "
     "due for its next maintenance. To book your appointment, reply to this message or call us at "
     "{telefono_agencia}.",
     "Your vehicle {modelo} is due for maintenance",
     "Dear {nombre},\n\n"
     "This is {agencia}. Going by your last service and your mileage, your vehicle {modelo} {anio} is due for its "
     "next maintenance service. In the same visit we check any pending work and your vehicle's campaigns.\n\n"
     "{promociones}\n\n"
     "To book your appointment, call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}."},
    {"warranty_expiring",
     "Dear {nombre}, this is {agencia} calling because your vehicle's warranty ends soon. We invite you to an "
     "inspection before it does; call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}. "
     "Thank you.",
     "Dear {nombre}, this is {agencia}. The warranty of your vehicle {modelo} {anio} ends soon. We invite you to an "
     "inspection before it does, to take care of anything under the warranty. To book your appointment, reply to "
     "this message or call us at {telefono_agencia}.",
     "The warranty of your vehicle {modelo} ends soon",
     "Dear {nombre},\n\n"
     "This is {agencia}. The warranty of your vehicle {modelo} {anio} (VIN {vin}) ends soon.\n\n"
     "We invite you to an inspection before it does: anything we find is then taken care of under the warranty, "
     "and the visit can include your maintenance if it is due.\n\n"
     "{promociones}\n\n"
     "To book your appointment, call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}."},
    {"inactive",
     "Dear {nombre}, this is {agencia} calling. We have not seen your vehicle in our workshop for a while, and we "
     "would like to invite you to its maintenance service. Call us at {telefono_agencia} or write to us on WhatsApp "
     "at {whatsapp_agencia}. Thank you.",
     "Dear {nombre}, this is {agencia}. We have not seen your vehicle {modelo} {anio} in our workshop for a while and "
     "would like to know how it is doing. We invite you to its maintenance service; we also check for pending "
     "campaigns. To book your appointment, reply to this message or call us at {telefono_agencia}.",
     "We miss you at {agencia}",
     "Dear {nombre},\n\n"
     "This is {agencia}. We have not seen your vehicle {modelo} {anio} in our workshop for a while and would like to "
     "know how it is doing.\n\n"
     "We invite you to its maintenance service: we will service your vehicle with genuine parts and let you know of "
     "any pending campaign.\n\n"
     "{promociones}\n\n"
     "To book your appointment, call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}."},
    {"anniversary",
     "Dear {nombre}, this is {agencia} calling to congratulate you on the anniversary of your vehicle's purchase and "
     "to thank you for your trust. We are at your service at {telefono_agencia} or on WhatsApp at "
     "{whatsapp_agencia}. Thank you.",
     "Dear {nombre}, this is {agencia}. Happy anniversary! We celebrate one more year of your vehicle {modelo} with "
     "you; thank you for your trust. For your maintenance or any question, reply to this message or call us at "
     "{telefono_agencia}.",
     "Happy anniversary with your vehicle {modelo}",
     "Dear {nombre},\n\n"
     "This is {agencia}. We celebrate with you one more year of your vehicle {modelo} {anio}, and we thank you for "
     "your trust.\n\n"
     "We remain at your service for your vehicle's maintenance, with trained staff and genuine parts.\n\n"
     "{promociones}\n\n"
     "To book an appointment or for any question, call us at {telefono_agencia} or write to us on WhatsApp at "
     "{whatsapp_agencia}."},
    {"test_drive",
     "Dear {nombre}, this is {agencia} calling to invite you to drive our latest models in a test drive, with no "
     "obligation. Call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}. Thank you.",
     "Dear {nombre}, this is {agencia}. Your vehicle {modelo} {anio} has been with you for many kilometres, and we "
     "would like to invite you to try our latest models in a test drive, with no obligation. Which day suits you? "
     "Reply to this message or call us at {telefono_agencia}.",
     "Your invitation to a test drive",
     "Dear {nombre},\n\n"
     "This is {agencia}. Your vehicle {modelo} {anio} has been with you for many kilometres, and we would like to "
     "invite you to discover our latest models in a test drive, with no obligation.\n\n"
     "{promociones}\n\n"
     "To book your test drive on the day and at the time that suit you best, call us at {telefono_agencia} or write "
     "to us on WhatsApp at {whatsapp_agencia}."},
    {"appointment_reminder",
     "Dear {nombre}, this is {agencia} calling to remind you of your service appointment on {fecha_cita}. If you "
     "need to change it, call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}. Thank you.",
     "Dear {nombre}, this is {agencia}. A reminder of your service appointment for your vehicle {modelo} on "
     "{fecha_cita} at our dealership ({direccion_agencia}). If you need to change it, reply to this message or call "
     "us at {telefono_agencia}.",
     "Reminder of your service appointment ({fecha_cita})",
     "Dear {nombre},\n\n"
     "This is {agencia}. We remind you of your service appointment for your vehicle {modelo} {anio} (plates "
     "{placas}) on {fecha_cita} at our dealership ({direccion_agencia}).\n\n"
     "We suggest arriving a few minutes early. If you need to change the day or time, call us at {telefono_agencia} "
     "or write to us on WhatsApp at {whatsapp_agencia}."},
    {"default",
     "Dear {nombre}, this is {agencia} calling. Please call us back at {telefono_agencia} or write to us on WhatsApp "
     "at {whatsapp_agencia}. Thank you.",
     "Dear {nombre}, this is {agencia}. We tried to reach you about your vehicle {modelo} {anio}. Please reply to "
     "this message or call us at {telefono_agencia}; we will be glad to help you.",
     "A message from {agencia}",
     "Dear {nombre},\n\n"
     "This is {agencia}. We tried to reach you about your vehicle {modelo} {anio}.\n\n"
     "Please call us at {telefono_agencia} or write to us on WhatsApp at {whatsapp_agencia}; we will be glad to "
     "help you."},
}};

}  // namespace

std::span<const builtin_text> builtin_texts(bool in_english) { return in_english ? english : spanish; }

std::string builtin_signature(bool in_english) {
  return fmt::format("{}\n{}\n{{agencia}}\n{{direccion_agencia}}", text(msg::letters_sincerely, in_english),
                     text(msg::letters_service_department, in_english));
}


}  // namespace retorno::rules
