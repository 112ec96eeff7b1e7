// Readable values for the printed call sheets (phones, km, dates, talking points, time slots).
#include "render/readable.hpp"

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "core/catalog.hpp"
#include "core/dates.hpp"

namespace retorno::render {

namespace {

using sv = std::string_view;

bool all_digits(sv s) { return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }); }

constexpr std::array<sv, 12> months_es = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
                                          "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
constexpr std::array<sv, 12> months_en = {"January", "February", "March", "April", "May", "June",
                                          "July", "August", "September", "October", "November", "December"};
constexpr std::array<sv, 7> weekdays_es = {"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"};
constexpr std::array<sv, 7> weekdays_en = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};


struct point_text {
  sv kind;
  sv es, en;  // "{}" is the reference after the colon
};
// Every talking_key of lib/ops/segment_items.cpp (the reference is a VIN, a code or an id), and the
// household point of a phone that several customers share (the reference is a name).
constexpr std::array<point_text, 18> points = {{
    {"campaign", "Campaña {}", "Campaign {}"},
    {"quote", "Cotización {}", "Quote {}"},
    {"lead", "Solicitud de servicio {}", "Service lead {}"},
    {"no_show", "Cita no atendida ({})", "Missed appointment ({})"},
    {"web_confirmation", "Confirmar cita web ({})", "Confirm web booking ({})"},
    {"post_service", "Seguimiento del servicio (OR {})", "Post-service follow-up (RO {})"},
    {"post_delivery", "Seguimiento a la entrega (VIN {})", "Post-delivery follow-up (VIN {})"},
    {"appointment_reminder", "Recordatorio de cita ({})", "Appointment reminder ({})"},
    {"complaint_followup", "Seguimiento de queja ({})", "Complaint follow-up ({})"},
    {"first_service", "Primer mantenimiento (VIN {})", "First maintenance (VIN {})"},
    {"next_service", "Siguiente mantenimiento (VIN {})", "Next maintenance (VIN {})"},
    {"inactive", "Cliente inactivo (VIN {})", "Inactive customer (VIN {})"},
    {"warranty_expiring", "Garantía por vencer (VIN {})", "Warranty ending (VIN {})"},
    {"anniversary", "Aniversario de compra (VIN {})", "Purchase anniversary (VIN {})"},
    // A test drive is about the customer's next car: the VIN of this one adds nothing.
    {"test_drive", "Prueba de manejo", "Test drive"},
    // Another person at the same number, called right after by the same agent.
    {"household", "También en este número: {}", "Also at this number: {}"},
    // Past the points a call names one by one (a fleet): how many more.
    {"more", "y {} más", "and {} more"},
    // The owner, when the person called is the maintainer or the user.
    {"owner", "Propietario: {}", "Owner: {}"},
}};

}  // namespace

// The first three letters of a month name; every name starts with ASCII letters.
std::string_view month_abbr(unsigned month, bool english) {
  return (english ? months_en : months_es)[month - 1].substr(0, 3);
}

std::string readable_phone(std::string_view p) {

  if (p.size() != 13 || p[0] != '+' || !all_digits(p.substr(1))) return std::string(p);
  const sv cc = p.substr(1, 2), n = p.substr(3);
  if (cc == "52") {
    // Mexico: two-digit area codes for the three big cities, three digits elsewhere.
    const sv area2 = n.substr(0, 2);
    if (area2 == "55" || area2 == "33" || area2 == "81")
      return fmt::format("+52 {} {} {}", area2, n.substr(2, 4), n.substr(6));
    return fmt::format("+52 {} {} {}", n.substr(0, 3), n.substr(3, 3), n.substr(6));
  }
  if (cc == "57")  // Colombia: mobile 3xx and landline 60x both read 3-3-4.
    return fmt::format("+57 {} {} {}", n.substr(0, 3), n.substr(3, 3), n.substr(6));
  return std::string(p);
}

std::string readable_km(std::string_view km) {
  if (!all_digits(km)) return std::string(km);
  std::string out;
  for (std::size_t i = 0; i < km.size(); ++i) {
    if (i > 0 && (km.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(km[i]);
  }
  return out;
}

std::string readable_date(std::string_view iso, bool english) {
  auto d = parse_day(iso);
  if (!d) return std::string(iso);
  date::year_month_day ymd{*d};
  const unsigned wd = date::weekday{*d}.c_encoding(), m = static_cast<unsigned>(ymd.month()),
                 dd = static_cast<unsigned>(ymd.day());
  const int y = static_cast<int>(ymd.year());
  if (english) return fmt::format("{} {} {} {}", weekdays_en[wd], dd, months_en[m - 1], y);
  return fmt::format("{} {} de {} de {}", weekdays_es[wd], dd, months_es[m - 1], y);
}

std::string short_date(std::string_view iso, bool english) {
  auto d = parse_day(iso);
  if (!d) return std::string(iso);
  date::year_month_day ymd{*d};
  return fmt::format("{} {} {}", static_cast<unsigned>(ymd.day()), month_abbr(static_cast<unsigned>(ymd.month()), english),
                     static_cast<int>(ymd.year()));
}

std::string long_date(std::string_view iso, bool english) {
  auto d = parse_day(iso);
  if (!d) return std::string(iso);
  date::year_month_day ymd{*d};
  const unsigned m = static_cast<unsigned>(ymd.month()), dd = static_cast<unsigned>(ymd.day());
  const int y = static_cast<int>(ymd.year());
  if (english) return fmt::format("{} {} {}", dd, months_en[m - 1], y);
  return fmt::format("{} de {} de {}", dd, months_es[m - 1], y);
}

std::string clock_time(std::string_view iso) {
  auto m = parse_minutes(iso);
  if (!m || iso.size() <= 10) return {};
  const long long t = minute_of_day(*m);
  return fmt::format("{:02}:{:02}", t / 60, t % 60);
}

std::string short_datetime(std::string_view iso, bool english) {
  auto m = parse_minutes(iso);
  if (!m || iso.size() <= 10) return std::string(iso);
  date::year_month_day ymd{day_of_minute(*m)};
  return fmt::format("{} {} {}", static_cast<unsigned>(ymd.day()), month_abbr(static_cast<unsigned>(ymd.month()), english),
                     clock_time(iso));
}

std::string talking_point(std::string_view key, bool english) {
  const auto colon = key.find(':');
  if (colon == sv::npos) return std::string(key);
  const sv kind = key.substr(0, colon), ref = key.substr(colon + 1);
  // Whom the agent speaks to, when not the owner.
  if (kind == "role" && ref == "maintainer") return std::string(text(msg::point_maintainer, english));
  if (kind == "role" && ref == "user") return std::string(text(msg::point_user, english));
  // The invoice's data the vehicle lacks: a valid tax id, an e-mail, or both.
  if (kind == "billing") {
    const bool rfc = ref.find("rfc") != sv::npos, email = ref.find("email") != sv::npos;
    const msg::id missing = rfc && email ? msg::point_billing_rfc_email
                            : rfc        ? msg::point_billing_rfc
                                         : msg::point_billing_email;
    return tr_in(english, msg::point_billing, text(missing, english));
  }

  for (const auto& p : points)
    if (p.kind == kind) return fmt::format(fmt::runtime(english ? p.en : p.es), ref);
  return std::string(key);
}

std::string_view complaint_area(std::string_view area, bool english) {
  static constexpr std::array<std::array<sv, 3>, 5> names = {{{"sales", "Ventas", "Sales"},
                                                              {"service", "Servicio", "Service"},
                                                              {"parts", "Refacciones", "Parts"},
                                                              {"body_paint", "Hojalatería y pintura", "Body and paint"},
                                                              {"other", "Otra", "Other"}}};
  for (const auto& n : names)
    if (n[0] == area) return english ? n[2] : n[1];
  return area;
}

}  // namespace retorno::render
