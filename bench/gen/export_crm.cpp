// Call-center exports: web leads, opt-outs (REPEP and requests), and the SPIGA contact log.
#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "export_common.hpp"
#include "text.hpp"

namespace gen {
namespace {

std::string_view pick_sv(rng& r, std::initializer_list<std::string_view> v) {
  return *(v.begin() + r.below(static_cast<std::uint32_t>(v.size())));
}

std::string_view outcome_label(outcome o, channel via, rng& r) {
  switch (o) {
    case outcome::no_answer: return pick_sv(r, {"No contesta", "No contesta", "No contestó", "Sin respuesta"});
    case outcome::busy: return pick_sv(r, {"Ocupado", "Línea ocupada"});
    case outcome::voicemail: return pick_sv(r, {"Buzón de voz", "Buzón"});
    case outcome::wrong_number: return pick_sv(r, {"Número equivocado", "No es el cliente"});
    case outcome::invalid_number: return pick_sv(r, {"Número no existe", "Fuera de servicio"});
    case outcome::reached: return pick_sv(r, {"Contactado", "Contacto efectivo"});
    case outcome::callback_requested: return pick_sv(r, {"Volver a llamar", "Rellamada"});
    case outcome::appointment_booked: return pick_sv(r, {"Cita agendada", "Agendó cita"});
    case outcome::declined: return pick_sv(r, {"No desea", "No interesado"});
    case outcome::already_serviced: return pick_sv(r, {"Ya realizó servicio", "Servicio en otro taller"});
    case outcome::vehicle_sold: return pick_sv(r, {"Vendió el vehículo", "Vehículo vendido"});
    case outcome::do_not_contact: return pick_sv(r, {"No volver a llamar", "No desea ser contactado"});
    case outcome::test_drive_accepted:
      return pick_sv(r, {"Acepta prueba de manejo", "Prueba de manejo aceptada", "Interesado en prueba de manejo"});
    case outcome::message_sent:
      return via == channel::whatsapp ? "WhatsApp enviado" : via == channel::email ? "Correo enviado" : "Mensaje enviado";
  }
  return {};
}

std::string_view channel_label(channel c, rng& r) {
  switch (c) {
    case channel::phone: return pick_sv(r, {"Llamada", "Llamada", "Teléfono"});
    case channel::whatsapp: return "WhatsApp";
    case channel::sms: return "SMS";
    case channel::email: return "Correo";
    case channel::letter: return "Carta";
    case channel::none: break;
  }
  return {};
}

constexpr std::string_view notes[] = {
    "Cliente pide que se le llame por la tarde", "Se ofreció 15% de descuento en mano de obra",
    "Comenta que el vehículo lo usa su hijo", "Se le envió la cotización por WhatsApp",
    "Vive fuera de la ciudad, regresa el próximo mes", "Prefiere que lo contacten por correo",
    "Cliente dice: \"ya lo llevé a otro taller\"", "Llamar al celular, en casa no contestan",
    "Pregunta por el precio del servicio de 40,000 km", "Solicita transporte a su domicilio"};

void write_leads(outputs& out, row_context& c) {
  c.r = rng(c.w.seed, stream::extra, (c.v.index << 4) | 8);
  rng& r = c.r;
  constexpr std::string_view types[] = {"Cita de servicio", "Cotización de servicio", "Refacciones", "Información",
                                        "Prueba de manejo"};
  constexpr std::string_view sources[] = {"Sitio web", "Facebook", "WhatsApp", "Teléfono", "Portal de marca"};
  std::string name, tags;
  person prospect;
  for (const auto& l : c.v.leads) {
    const person* who = &c.owner;
    if (l.person != c.owner.id) {
      make_person(prospect, c.w, l.person);
      who = &prospect;
      note_person(out, c.w, prospect);
    }
    show_name(name, tags, *who, name_style::web, false, r);
    out_file& f = out.leads;
    std::uint64_t line = f.next_line();
    f.cell(fmt::format("WEB-{}", l.id));
    c.s.clear();
    put_iso(c.s, l.on);
    c.s.push_back(' ');
    put_hms(c.s, l.minute, l.second);
    f.cell(c.s);
    f.cell(types[l.type]);
    std::string vin = l.with_vin ? c.v.vin : std::string();
    if (r.chance(0.1)) to_lower(vin);
    f.cell(vin);
    f.cell(name);
    f.cell(show_phone_clean(c.w, who->mobile, r));
    std::string email = who->email;
    if (r.chance(0.15)) to_upper(email);
    f.cell(email);
    f.cell(sources[l.source]);
    f.cell(r.chance(0.9) ? dealer_for(c.w.where).agents[static_cast<std::size_t>(l.agent)] : std::string_view());
    f.end_row();
    log_person(out, f, line, "", "lead", *who, tags.empty() ? std::string_view("base") : tags);
  }
}

void optout_row(out_file& f, std::string_view phone, std::string_view email, std::string_view vin,
                std::string_view customer, day since, std::string_view scope, std::string_view reason) {
  f.cell(phone);
  f.cell(email);
  f.cell(vin);
  f.cell(customer);
  f.cell(dmy(since));
  f.cell(scope);
  f.cell(reason);
  f.end_row();
}

void write_optouts(outputs& out, row_context& c) {
  c.r = rng(c.w.seed, stream::optout, c.v.index);
  rng& r = c.r;
  const world_shape& w = c.w;
  const person& o = c.owner;
  const bool mx = w.where == country::mx;
  std::string_view registry = mx ? "REPEP" : "Registro de Números Excluidos";
  // Person-level requests once per person: on the vehicle that carries their id.
  if (o.id == c.v.index) {
    if (r.chance(0.04)) {
      std::string_view n = !o.home.empty() && r.chance(0.3) ? std::string_view(o.home) : std::string_view(o.mobile);
      optout_row(out.optouts, r.chance(0.7) ? std::string(n) : e164(w, n), "", "", "", w.as_of - r.between(30, 1800),
                 mx ? "Teléfono" : "Todos", registry);
    }
    if (!o.email.empty() && r.chance(0.01))
      optout_row(out.optouts, "", o.email, "", "", w.as_of - r.between(1, 700), "Correo", "Solicitud de baja por correo");
    if (r.chance(0.005))
      optout_row(out.optouts, "", "", c.v.vin, c.owner_view.number, w.as_of - r.between(1, 900), "Todos",
                 "Cliente solicitó no ser contactado");
    if (r.chance(0.005))
      optout_row(out.optouts, show_phone_clean(w, o.mobile, r), "", "", "", w.as_of - r.between(1, 300), "WhatsApp",
                 "Respondió BAJA");
  }
  // What agents recorded: "no volver a llamar" becomes an opt-out the same day.
  for (const auto& a : c.v.attempts)
    if (a.result == outcome::do_not_contact)
      optout_row(out.optouts, e164(w, o.mobile), "", c.v.vin, c.owner_view.number, a.on, "Todos",
                 "Solicitó no ser contactado (gestión)");
  // Registry numbers of people who are not our customers.
  if (r.chance(0.03)) {
    std::string n;
    if (mx) {
      n = std::string(cities_for(w.where).pick(r).area);
      put_digits(n, r, static_cast<int>(10 - n.size()), true);
    } else {
      n = "3";
      put_digits(n, r, 9);
    }
    optout_row(out.optouts, n, "", "", "", w.as_of - r.between(30, 2500), mx ? "Teléfono" : "Todos", registry);
  }
}

void write_contact_log(outputs& out, row_context& c) {
  c.r = rng(c.w.seed, stream::contact, c.v.index);
  rng& r = c.r;
  const auto& agents = dealer_for(c.w.where).agents;
  const auto reasons = reason_texts();
  std::vector<std::size_t> order(c.v.attempts.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const attempt& x = c.v.attempts[a];
    const attempt& y = c.v.attempts[b];
    return x.on != y.on ? x.on < y.on : x.minute < y.minute;
  });
  expectations ex;
  // The satisfaction survey at the end of a follow-up call the customer answered (0 to 10),
  // drawn from its own stream so that the other cells stay as they were.
  rng scores(c.w.seed, stream::score, c.v.index);
  auto score_of = [&](const attempt& a) -> std::string {
    const bool follow_up = a.item_id.starts_with("post_service:") || a.item_id.starts_with("post_delivery:");
    if (!follow_up || a.via != channel::phone || a.result != outcome::reached) return {};
    const double u = scores.unit();
    if (u < 0.15) return "";  // the customer would not answer the survey
    return std::to_string(u < 0.55 ? 10 : u < 0.75 ? 9 : u < 0.85 ? 8 : u < 0.92 ? 7 : 3 + static_cast<int>(scores.below(4)));
  };
  for (std::size_t i : order) {
    const attempt& a = c.v.attempts[i];
    out_file& f = out.contact_log;
    ex.clear();
    std::uint64_t line = f.next_line();
    f.cell_plain(a.item_id);
    auto first = a.item_id.find(':');
    auto second = a.item_id.find(':', first + 1);
    f.cell_plain(std::string_view(a.item_id).substr(first + 1, second - first - 1));
    f.cell_plain(agents[static_cast<std::size_t>(a.agent)]);
    c.s.clear();
    put_dmy(c.s, a.on);
    c.s.push_back(' ');
    put_hm(c.s, a.minute);
    f.cell_plain(c.s);
    f.cell(channel_label(a.via, r));
    if (r.chance(rate::outcome_unknown)) {
      f.cell("Cliente molesto");
      ex.push_back({"outcome", "reject", "required", "Cliente molesto"});
    } else {
      f.cell(outcome_label(a.result, a.via, r));
    }
    f.cell(a.reason >= 0 ? reasons[static_cast<std::size_t>(a.reason)] : std::string_view());
    // "dd/mm/yyyy hh:mm", or empty when there is no such day.
    auto when = [&](auto on, auto minute) {
      c.s.clear();
      if (on != no_day) {
        put_dmy(c.s, on);
        c.s.push_back(' ');
        put_hm(c.s, minute);
      }
      f.cell_plain(c.s);
    };
    when(a.callback_on, a.callback_minute);
    when(a.appt_on, a.appt_minute);
    double u = r.unit();
    std::string_view note;
    if (u < 0.003) note = "Cliente pide\nllamar después de las 6";
    else if (u < 0.3) note = notes[r.below(std::size(notes))];
    if (!a.note.empty()) note = a.note;  // drawn above all the same: the other rows stay as they were
    if (note.empty()) f.empty_cell();
    else f.cell(note);
    if (const std::string score = score_of(a); score.empty()) f.empty_cell();
    else f.cell_plain(score);
    f.end_row();
    log_expectations(out, output::contact_log, f, line, ex);
  }
}

}  // namespace

void write_crm(outputs& out, row_context& c) {
  if (out.on(output::leads)) write_leads(out, c);
  if (out.on(output::optouts)) write_optouts(out, c);
  if (out.on(output::contact_log)) write_contact_log(out, c);
}

}  // namespace gen
