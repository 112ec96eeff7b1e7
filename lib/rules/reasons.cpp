// The reason map: built-in Spanish wordings, folded lookups, outcomes that imply a reason.
#include "rules/reasons.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "schema/schema.hpp"

namespace retorno::rules {

namespace {

using sv = std::string_view;

struct label {
  sv key, es, en;
};
constexpr label labels[] = {
    {"serviced_elsewhere", "Servicio en otro taller o agencia", "Serviced elsewhere"},
    {"price", "Precio", "Price"},
    {"no_time", "Sin tiempo", "No time"},
    {"moved", "Cambió de domicilio", "Moved away"},
    {"vehicle_sold", "Vendió el vehículo", "Sold the vehicle"},
    {"complaint", "Queja", "Complaint"},
    {"not_interested", "No le interesa", "Not interested"},
    {"do_not_contact", "No desea ser contactado", "Does not want to be contacted"},
    {"callback", "Pidió que se le llame después", "Asked to be called later"},
    {reason_unspecified, "Sin motivo registrado", "No reason given"},
};

// Wordings seen in call-center logs; the keys are folded like headers (case, accents, spacing).
constexpr std::pair<sv, sv> builtin[] = {
    {"Hizo el servicio en otra agencia", "serviced_elsewhere"},
    {"Servicio en otra agencia", "serviced_elsewhere"},
    {"Servicio en otro taller", "serviced_elsewhere"},
    {"Otro taller", "serviced_elsewhere"},
    {"Otra agencia", "serviced_elsewhere"},
    {"Taller independiente", "serviced_elsewhere"},
    {"Ya realizó el servicio", "serviced_elsewhere"},
    {"Ya realizó servicio", "serviced_elsewhere"},
    {"Ya hizo el mantenimiento", "serviced_elsewhere"},
    {"Precio", "price"},
    {"Precio alto", "price"},
    {"Muy caro", "price"},
    {"Caro", "price"},
    {"Costo", "price"},
    {"No tiene tiempo", "no_time"},
    {"Sin tiempo", "no_time"},
    {"Falta de tiempo", "no_time"},
    {"Cambio de domicilio", "moved"},
    {"Cambió de domicilio", "moved"},
    {"Se mudó", "moved"},
    {"Cambió de ciudad", "moved"},
    {"Vive en otra ciudad", "moved"},
    {"Vendió el vehículo", "vehicle_sold"},
    {"Vendió el auto", "vehicle_sold"},
    {"Vendió el carro", "vehicle_sold"},
    {"Vehículo vendido", "vehicle_sold"},
    {"Ya no tiene el vehículo", "vehicle_sold"},
    {"Queja", "complaint"},
    {"Inconforme", "complaint"},
    {"Mala experiencia", "complaint"},
    {"No le interesa", "not_interested"},
    {"No interesado", "not_interested"},
    {"No desea", "not_interested"},
    // Outcomes typed into the reason column: no reason of their own (the outcome's is used).
    {"Contactado", ""},
    {"Contacto efectivo", ""},
    {"Cliente contactado", ""},
    {"Cita agendada", ""},
    {"Agendó cita", ""},
    {"No contesta", ""},
    {"Sin respuesta", ""},
    {"Buzón", ""},
    {"Buzón de voz", ""},
    {"Ocupado", ""},
    {"Volver a llamar", ""},
    {"Número equivocado", ""},
    {"Mensaje enviado", ""},
};

// What an outcome says when no reason was written.
sv implied(outcome o) {
  switch (o) {
    case outcome::already_serviced: return "serviced_elsewhere";
    case outcome::vehicle_sold: return "vehicle_sold";
    case outcome::do_not_contact: return "do_not_contact";
    case outcome::callback_requested: return "callback";
    case outcome::declined: return "not_interested";
    default: return reason_unspecified;
  }
}

std::string fold(sv s) { return schema::header_key(s); }

}  // namespace

reason_map reason_map::defaults() {
  reason_map m;
  for (const auto& [from, to] : builtin) m.add(from, to);
  return m;
}

void reason_map::add(sv reason, sv canonical) {
  std::string key = fold(reason);
  if (key.empty()) return;
  auto it = std::find_if(entries_.begin(), entries_.end(), [&](const auto& e) { return e.first == key; });
  if (it != entries_.end()) it->second = std::string(trim(canonical));
  else entries_.emplace_back(std::move(key), std::string(trim(canonical)));
  std::sort(entries_.begin(), entries_.end());
}

const std::string* reason_map::find(sv key) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key,
                             [](const auto& e, sv k) { return sv(e.first) < k; });
  return it != entries_.end() && it->first == key ? &it->second : nullptr;
}

std::string reason_map::canonical(sv reason, outcome result) const {
  reason = trim(reason);
  if (!reason.empty()) {
    const std::string key = fold(reason);
    if (const auto* c = find(key)) return c->empty() ? std::string(implied(result)) : *c;
    if (auto colon = reason.find(':'); colon != sv::npos)
      if (const auto* c = find(fold(reason.substr(0, colon)))) return c->empty() ? std::string(implied(result)) : *c;
    // An outcome written as a reason ("Contactado", "reached") is no reason.
    if (!parse_outcome(reason)) return std::string(reason);
  }
  return std::string(implied(result));
}

std::string_view reason_label(sv canonical, bool english) {
  for (const auto& l : labels)
    if (l.key == canonical) return english ? l.en : l.es;
  return canonical;
}

}  // namespace retorno::rules
