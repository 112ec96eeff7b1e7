// Opening the exports with their dialects and headers, the per-vehicle driver, and the truth loggers.
#include <fmt/format.h>

#include <filesystem>

#include "export_common.hpp"
#include "text.hpp"

namespace gen {
namespace {

constexpr std::string_view names[] = {"vehicles", "recordatorio", "contacts", "services", "campaigns", "appointments",
                                      "quotes", "leads", "optouts", "contact_log", "truth"};

struct file_spec {
  output which;
  std::string_view file;
  dialect d;
  std::string_view title;  // "" = none
};

constexpr file_spec specs[] = {
    {output::vehicles, "vehiculos.csv", {encoding::cp1252, ';', true}, "vehicles"},
    {output::recordatorio, "recordatorio_servicio.txt", {encoding::cp1252, '\t', true}, "recordatorio"},
    {output::contacts, "contactos.csv", {encoding::cp1252, ';', true}, ""},
    {output::services, "historial_servicio.csv", {encoding::cp1252, ';', true}, "services"},
    {output::campaigns, "campanas.csv", {encoding::cp1252, ';', true}, "sep"},
    {output::appointments, "citas.csv", {encoding::utf8_bom, ',', true}, ""},
    {output::quotes, "cotizaciones.csv", {encoding::cp1252, '|', true}, ""},
    {output::leads, "leads_web.csv", {encoding::utf8, ',', false}, ""},
    {output::optouts, "bajas.csv", {encoding::utf8, ',', false}, ""},
    {output::contact_log, "gestion_spiga.txt", {encoding::utf16le, '\t', true}, ""},
};

out_file& file_of(outputs& out, output o) {
  switch (o) {
    case output::vehicles: return out.vehicles;
    case output::recordatorio: return out.recordatorio;
    case output::contacts: return out.contacts;
    case output::services: return out.services;
    case output::campaigns: return out.campaigns;
    case output::appointments: return out.appointments;
    case output::quotes: return out.quotes;
    case output::leads: return out.leads;
    case output::optouts: return out.optouts;
    default: return out.contact_log;
  }
}

void header(out_file& f, std::initializer_list<std::string_view> cells) {
  for (auto c : cells) f.cell(c);
  f.end_row();
}

void write_headers(outputs& out, const world_shape& w) {
  const bool mx = w.where == country::mx;
  std::string today;
  put_dmy(today, w.as_of);
  if (out.vehicles.is_open()) {
    out.vehicles.line(fmt::format("Reporte de Vehículos y Propietarios - {} - Generado el {} 06:00",
                                  dealer_for(w.where).own_name, today));
    header(out.vehicles, {"VIN", "Marca", "Modelo", "Versión", "Año modelo", "Fecha entrega", "Tipo venta",
                          "Distribuidor venta", mx ? "Placas" : "Placa", "Color", "Km", "Fecha km", "Garantía hasta",
                          "No. cliente", "Nombre", mx ? "RFC" : "Cédula/NIT", "Celular", "Teléfono casa",
                          "Teléfono oficina", "Correo", "Dirección", "Ciudad", mx ? "Estado" : "Departamento",
                          mx ? "CP" : "Código postal", "Medio preferido", "Autoriza contacto"});
  }
  if (out.recordatorio.is_open()) {
    out.recordatorio.line("Recordatorio de Servicio\tF.Vta\t\t\t\t\t\t\t\t\t- C X");
    header(out.recordatorio, {"Número de chasis", "Descripcion", "Año", "Ultimo ser", "Últ km.", "Práx servi",
                              "Sig serv", "Nombre", "Tel", "Celular", "Dirección"});
  }
  if (out.contacts.is_open())
    header(out.contacts, {"VIN", "Perfil", "No. cliente", "Nombre", mx ? "RFC" : "Cédula/NIT", "Celular",
                          "Teléfono casa", "Teléfono oficina", "Correo", "Dirección", "Ciudad",
                          mx ? "Estado" : "Departamento", mx ? "CP" : "Código postal", "Medio preferido",
                          "Autoriza contacto"});
  if (out.services.is_open()) {
    out.services.line(fmt::format("Historial de Órdenes de Reparación - {} - al {}", dealer_for(w.where).own_name, today));
    header(out.services, {"Orden", "VIN", "Fecha apertura", "Fecha cierre", "Km", "Tipo de servicio", "Servicio de",
                          "Asesor", "Distribuidor", "Mano de obra", "Refacciones", "Pago cliente"});
  }
  if (out.campaigns.is_open()) {
    out.campaigns.line("sep=;");
    header(out.campaigns, {"Campaña", "VIN", "Tipo", "Descripción", "Refacciones", "Estatus refacciones",
                           "Fecha lanzamiento", "Fecha realizada"});
  }
  if (out.appointments.is_open())
    header(out.appointments, {"Folio", "VIN", "Cliente", "Teléfono", "Fecha cita", "Creada", "Origen", "Estatus", "Asesor"});
  if (out.quotes.is_open())
    header(out.quotes, {"Folio cotización", "VIN", "Fecha", "Fecha seguimiento", "Descripción", "Importe",
                        "Refacciones disponibles", "Estatus"});
  if (out.leads.is_open())
    header(out.leads, {"ID", "Fecha de recepción", "Tipo", "VIN", "Nombre", "Teléfono", "Correo", "Origen", "Asignado a"});
  if (out.optouts.is_open())
    header(out.optouts, {"Teléfono", "Correo", "VIN", "No. cliente", "Fecha", "Alcance", "Motivo"});
  if (out.contact_log.is_open())
    header(out.contact_log, {"ID registro", "VIN", "Agente", "Fecha gestión", "Canal", "Tipificación", "Motivo",
                             "Fecha rellamada", "Fecha cita", "Observaciones", "Calificación"});
  if (out.persons.is_open())
    header(out.persons, {"file", "line", "customer_id", "role", "person_id", "household_id", "variant"});
  if (out.people.is_open())
    header(out.people, {"person_id", "household_id", "kind", "given_names", "surname1", "surname2", "full_name",
                        "tax_id", "phone_mobile", "phone_home", "phone_work", "email", "city", "state", "common_name"});
  if (out.dirt.is_open()) header(out.dirt, {"file", "line", "field", "action", "problem", "raw"});
  if (out.truth_vehicles.is_open())
    header(out.truth_vehicles,
           {"vin", "make", "model", "model_year", "dofu", "sold_on", "sale_type", "sold_here", "daily_km", "behaviour",
            "owner_id", "maintainer_id", "user_id", "owner_customer_id", "repair_orders", "last_maintenance_ro",
            "last_maintenance_date", "last_maintenance_km", "last_visit_date", "next_due_date", "next_due_km",
            "in_workshop", "lapsed", "open_campaigns", "future_appointment", "shown_vin"});
}

void write_truth_vehicle(outputs& out, row_context& c) {
  const vehicle& v = c.v;
  constexpr std::string_view sale[] = {"new", "certified", "used"};
  constexpr std::string_view how[] = {"faithful", "average", "fickle", "elsewhere"};
  const repair_order* m = v.last_maintenance >= 0 ? &v.ros[static_cast<std::size_t>(v.last_maintenance)] : nullptr;
  day last_visit = no_day;
  bool in_workshop = false;
  for (const auto& ro : v.ros) {
    last_visit = ro.opened;
    in_workshop = in_workshop || ro.closed == no_day;
  }
  int open_campaigns = 0;
  for (const auto& h : v.campaigns) open_campaigns += h.completed == no_day;
  bool future = false;
  for (const auto& a : v.appts)
    future = future || (a.on >= c.w.as_of && (a.status == appt_status::booked || a.status == appt_status::confirmed));
  out_file& f = out.truth_vehicles;
  f.cell(v.vin);
  f.cell(v.model->make);
  f.cell(v.model->model);
  f.cell(std::to_string(v.model_year));
  f.cell(iso_date(v.dofu));
  f.cell(iso_date(v.sold_on));
  f.cell(sale[static_cast<int>(v.sale)]);
  f.cell(v.selling_dealer < 0 ? "true" : "false");
  f.cell(fmt::format("{:.1f}", v.daily_km));
  f.cell(how[static_cast<int>(v.how)]);
  f.cell(person_id(v.owner));
  f.cell(person_id(v.maintainer));
  f.cell(person_id(v.user));
  f.cell(c.owner_view.number);
  f.cell(std::to_string(v.ros.size()));
  f.cell(m ? std::to_string(m->number) : std::string());
  f.cell(m ? iso_date(m->opened) : std::string());
  f.cell(m ? std::to_string(m->km) : std::string());
  f.cell(iso_date(last_visit));
  f.cell(iso_date(v.next_due));
  f.cell(std::to_string(v.next_due_km));
  f.cell(in_workshop ? "true" : "false");
  f.cell(v.lapsed ? "true" : "false");
  f.cell(std::to_string(open_campaigns));
  f.cell(future ? "true" : "false");
  f.cell(c.shown_vin);
  f.end_row();
}

}  // namespace

std::string_view output_name(output o) { return names[static_cast<int>(o)]; }

void open_outputs(outputs& out, const std::string& dir, const world_shape& w) {
  std::filesystem::create_directories(dir);
  for (const auto& s : specs)
    if (out.on(s.which)) file_of(out, s.which).open((std::filesystem::path(dir) / s.file).string(), s.d);
  if (out.on(output::truth)) {
    auto t = std::filesystem::path(dir) / "truth";
    std::filesystem::create_directories(t);
    dialect plain{encoding::utf8, ',', false};
    out.persons.open((t / "persons.csv").string(), plain);
    out.people.open((t / "people.csv").string(), plain);
    out.dirt.open((t / "dirt.csv").string(), plain);
    out.truth_vehicles.open((t / "vehicles.csv").string(), plain);
    out.person_seen.assign(w.prospect + w.n + 1, 0);
  }
  write_headers(out, w);
}

void write_vehicle(outputs& out, const world_shape& w, const vehicle& v, const std::vector<campaign_def>& campaigns,
                   const person& owner) {
  // Most vehicles have one person in all three profiles, or two: draw each person once.
  person maintainer_store, user_store;
  const person* maintainer = &owner;
  if (v.maintainer != v.owner) {
    make_person(maintainer_store, w, v.maintainer);
    maintainer = &maintainer_store;
  }
  const person* user = &owner;
  if (v.user == v.maintainer) {
    user = maintainer;
  } else if (v.user != v.owner) {
    make_person(user_store, w, v.user);
    user = &user_store;
  }
  row_context c(w, v, campaigns, owner, *maintainer, *user);
  // The vehicle's customer record: the owner's own, or for a later vehicle sometimes a new one.
  rng r(w.seed, stream::owner, v.index | (std::uint64_t{1} << 41));
  c.owner_duplicate = v.owner != v.index && r.chance(rate::new_customer_record);
  c.owner_key = c.owner_duplicate ? v.index * 4 + 1 : v.owner * 4;
  show_customer(c.owner_view, w, c.owner,
                c.owner_key, c.owner_duplicate ? duplicate_customer_number(w, v.index, 1) : customer_number(w, v.owner),
                c.owner_duplicate, ';');
  c.shown_vin = show_vin(v.vin, r, c.vin_ex);
  c.shown_year = v.model_year;
  if (c.vin_ex.empty() && c.shown_vin == v.vin && r.chance(rate::model_year_typo))
    c.shown_year += r.chance(0.5) ? 1 : -1;

  write_dms(out, c);
  write_workshop(out, c);
  write_crm(out, c);
  if (out.on(output::truth)) {
    note_person(out, w, c.owner);
    note_person(out, w, c.maintainer);
    note_person(out, w, c.user);
    write_truth_vehicle(out, c);
  }
}

void log_expectations(outputs& out, output which, const out_file& f, std::uint64_t line, const expectations& ex) {
  auto& t = out.tallies[static_cast<int>(which)];
  bool rejected = false;
  for (const auto& e : ex) {
    if (e.action == "reject") {
      if (rejected) continue;  // a row is rejected once, on its first fatal value
      rejected = true;
      ++t.rejects;
    } else {
      ++t.flags;
    }
    if (!out.dirt.is_open()) continue;
    out.dirt.cell(f.name());
    out.dirt.cell(std::to_string(line));
    out.dirt.cell(e.field);
    out.dirt.cell(e.action);
    out.dirt.cell(e.problem);
    out.dirt.cell(e.raw);
    out.dirt.end_row();
  }
}

void log_person(outputs& out, const out_file& f, std::uint64_t line, std::string_view customer_id,
                std::string_view role, const person& p, std::string_view tags) {
  if (!out.persons.is_open()) return;
  out.persons.cell_plain(f.name());
  out.persons.cell_plain(std::to_string(line));
  out.persons.cell_plain(customer_id);
  out.persons.cell_plain(role);
  out.persons.cell_plain(person_id(p.id));
  out.persons.cell_plain(household_id(p.household));
  out.persons.cell_plain(tags);
  out.persons.end_row();
}

void note_person(outputs& out, const world_shape& w, const person& p) {
  if (!out.people.is_open() || p.id >= out.person_seen.size() || out.person_seen[p.id]) return;
  out.person_seen[p.id] = 1;
  out_file& f = out.people;
  f.cell_plain(person_id(p.id));
  f.cell_plain(household_id(p.household));
  f.cell_plain(p.company ? "company" : "person");
  f.cell(p.given);
  f.cell(p.surname1);
  f.cell(p.surname2);
  f.cell(p.full_name());
  f.cell(p.tax_id);
  f.cell_plain(e164(w, p.mobile));
  f.cell_plain(e164(w, p.home));
  f.cell_plain(e164(w, p.work));
  f.cell_plain(p.email);
  f.cell(p.town->name);
  f.cell(p.town->state);
  f.cell(p.common_name ? "true" : "false");
  f.end_row();
}

void put_row(out_file& f, const std::vector<std::string>& cells, const std::vector<bool>& raw) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i < raw.size() && raw[i]) f.cell_raw(cells[i]);
    else f.cell(cells[i]);
  }
  f.end_row();
}

std::string person_id(std::uint64_t id) { return "P" + std::to_string(id); }
std::string household_id(std::uint64_t id) { return "H" + std::to_string(id); }

std::string dmy(day d) {
  std::string s;
  if (d != no_day) put_dmy(s, d);
  return s;
}

std::string iso_date(day d) {
  std::string s;
  if (d != no_day) put_iso(s, d);
  return s;
}

std::string grouped(std::int64_t v, char sep) {
  std::string digits = std::to_string(v < 0 ? -v : v);
  std::string out = v < 0 ? "-" : "";
  std::size_t lead = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, lead);
  for (std::size_t i = lead; i < digits.size(); i += 3) {
    out.push_back(sep);
    out.append(digits, i, 3);
  }
  return out;
}

std::string money_text(std::int64_t cents, bool dollar_sign) {
  std::string s = dollar_sign ? "$" : "";
  s += grouped(cents / 100, ',');
  s.push_back('.');
  put_2(s, static_cast<int>(cents % 100));
  return s;
}

std::string e164(const world_shape& w, std::string_view national) {
  if (national.empty()) return {};
  return fmt::format("{}{}", w.where == country::mx ? "+52" : "+57", national);
}

void finish_outputs(outputs& out, const world_shape& w, const std::string& dir) {
  (void)w;
  while (!out.pending.empty()) {
    pending_row& p = out.pending.front();
    std::uint64_t line = out.vehicles.next_line();
    put_row(out.vehicles, p.cells, p.raw);
    log_expectations(out, output::vehicles, out.vehicles, line, p.ex);
    if (out.persons.is_open()) {
      person who;
      make_person(who, w, p.person);
      log_person(out, out.vehicles, line, p.customer_id, "owner", who, p.tags);
    }
    out.pending.pop_front();
  }
  out_file manifest;
  if (out.on(output::truth)) {
    manifest.open((std::filesystem::path(dir) / "truth" / "manifest.csv").string(), {encoding::utf8, ',', false});
    header(manifest, {"file", "output", "rows", "lines", "bytes", "expected_flags", "expected_rejects"});
  }
  for (const auto& s : specs) {
    out_file& f = file_of(out, s.which);
    if (!f.is_open()) continue;
    std::uint64_t rows = f.rows() - 1;  // the header
    std::uint64_t lines = f.next_line() - 1;
    f.close();
    if (!manifest.is_open()) continue;
    const auto& t = out.tallies[static_cast<int>(s.which)];
    manifest.cell(s.file);
    manifest.cell(output_name(s.which));
    manifest.cell(std::to_string(rows));
    manifest.cell(std::to_string(lines));
    manifest.cell(std::to_string(f.bytes()));
    manifest.cell(std::to_string(t.flags));
    manifest.cell(std::to_string(t.rejects));
    manifest.end_row();
  }
  out.persons.close();
  out.people.close();
  out.dirt.close();
  out.truth_vehicles.close();
  manifest.close();
}

}  // namespace gen
