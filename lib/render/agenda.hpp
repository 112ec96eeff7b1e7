// The advisors' agenda for tomorrow (printable, one section per advisor), the welcome board for
// the reception's screen, and the leads' daily status (printable): self-contained HTML.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "render/call_sheet.hpp"

namespace retorno::render {

// A name as the customer is greeted on the welcome board: a title only when the data carries one,
// the name in title case when the export shouts it (or whispers it), kept when it is already mixed:
//   greeting_name("SR. JUAN PEREZ GARCIA", false) -> "Sr. Juan Perez Garcia"
//   greeting_name("sra maría de la luz ibáñez", false) -> "Sra. María de la Luz Ibáñez"
//   greeting_name("PÉREZ GARCÍA, JUAN", false) -> "Juan Pérez García"
//   greeting_name("JUAN PEREZ", false) -> "Juan Perez"            (no title: nothing says Sr.)
//   greeting_name("SRA. ANA RUIZ", true) -> "Mrs. Ana Ruiz"
//   greeting_name("TRANSPORTES DEL NORTE SA DE CV", false) -> "Transportes del Norte SA de CV"
std::string greeting_name(std::string_view name, bool english);

// Rows arrive as the CSV holds them; `columns` names their cells (a missing one reads as "").

// The agenda of `day` (ISO), one section per advisor (rows in advisor, then time order; the empty
// advisor is printed as "no advisor"): time, customer, phone, vehicle, plate, reason, the VIN's
// pending campaigns and quotes, the notes of the call that booked it. Columns read: advisor,
// scheduled_at, appointment_id, status, source, customer_name, phone, vin, make, model,
// model_year, plate, km, reason, campaigns, quotes, notes, booked_by, booked_at.
std::string agenda_html(std::span<const std::string_view> columns, const std::vector<std::vector<std::string>>& rows,
                        const std::string& day, bool english, paper size = paper::letter);

// The welcome board of `day`: every appointment by time, the greeting name, the vehicle and the
// advisor, in type large enough to read across a reception (a 16:9 screen; two columns past
// six appointments). Columns read: scheduled_at, greeting, customer_name, make, model,
// model_year, advisor. `dealer` heads the screen when given.
std::string welcome_board_html(std::span<const std::string_view> columns,
                               const std::vector<std::vector<std::string>>& rows, const std::string& day,
                               const std::string& dealer, bool english);

// The leads' status of `day`: a summary and one line per open lead, the untouched ones past
// their deadline first and marked. Columns read: state, lead_id, received_at, lead_type, source,
// assigned_to, customer_name, phone, age_business_hours, deadline, within_1bd, attempts,
// last_attempt_at, last_outcome, appointment_at.
std::string leads_status_html(std::span<const std::string_view> columns,
                              const std::vector<std::vector<std::string>>& rows, const std::string& day, bool english,
                              paper size = paper::letter);

}  // namespace retorno::render
