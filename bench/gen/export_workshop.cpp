// Workshop exports: repair orders, campaigns per VIN, multipoint quotes, and the appointment book.
#include <fmt/format.h>

#include "export_common.hpp"
#include "text.hpp"

namespace gen {
namespace {

std::string_view ro_label(ro_type t, rng& r) {
  switch (t) {
    case ro_type::maintenance: { constexpr std::string_view v[] = {"Mantenimiento", "Mantenimiento", "Mantenimiento", "MANT", "Servicio"}; return r.pick(std::span<const std::string_view>(v)); }
    case ro_type::repair: return r.chance(0.8) ? "Reparación" : "Mecánica";
    case ro_type::warranty: return r.chance(0.85) ? "Garantía" : "GARANTIA";
    case ro_type::campaign: return r.chance(0.8) ? "Campaña" : "Recall";
    case ro_type::body_paint: return r.chance(0.6) ? "Hojalatería y pintura" : "HyP";
    case ro_type::accessories: return "Accesorios";
    case ro_type::other: return "Otros";
  }
  return {};
}

std::string upper_folded(std::string_view s) {
  std::string t(s);
  to_upper(t);
  fold_accents(t, true);
  return t;
}

// Advisors and branches as the RO screen prints them, folded once per run.
const std::vector<std::string>& folded(std::span<const std::string_view> names, int which) {
  static std::vector<std::string> cache[2];
  if (cache[which].empty())
    for (auto n : names) cache[which].push_back(upper_folded(n));
  return cache[which];
}

void write_services(outputs& out, row_context& c) {
  c.r = rng(c.w.seed, stream::extra, (c.v.index << 4) | 4);
  rng& r = c.r;
  const auto& dealer = dealer_for(c.w.where);
  const auto& advisors = folded(dealer.advisors, 0);
  const auto& branches = folded(dealer.branches, 1);
  expectations ex;
  std::string num;
  out_file& f = out.services;
  for (const auto& ro : c.v.ros) {
    ex.clear();
    std::uint64_t line = f.next_line();
    num = std::to_string(ro.number);
    f.cell_plain(num);
    f.cell_plain(c.v.vin);
    if (r.chance(rate::ro_no_open_date)) {
      f.empty_cell();
      ex.push_back({"opened_on", "reject", "required", ""});
    } else {
      c.s.clear();
      put_dmy(c.s, ro.opened);
      f.cell_plain(c.s);
    }
    show_date(c.s, ro.closed, r, "closed_on", ex, 0.3);
    f.cell_plain(c.s);
    show_km(c.s, ro.km, r, "km", ex);
    f.cell_plain(c.s);
    f.cell(ro_label(ro.type, r));
    if (ro.type == ro_type::maintenance) {
      double u = r.unit();
      f.cell_plain(u < 0.7 ? grouped(ro.maintenance_km, ',') : u < 0.9 ? std::to_string(ro.maintenance_km)
                                                                  : grouped(ro.maintenance_km, '.'));
    } else {
      f.empty_cell();
    }
    f.cell(advisors[static_cast<std::size_t>(ro.advisor)]);
    f.cell(branches[static_cast<std::size_t>(ro.branch)]);
    // The exporter now and then cuts a row short: the last two cells never arrive.
    if (r.chance(rate::ragged_row)) {
      ex.insert(ex.begin(), {"", "reject", "ragged", num});
    } else {
      f.cell_plain(money_text(ro.labor_cents, false));
      f.cell_plain(money_text(ro.parts_cents, false));
      f.cell(ro.customer_pay ? (r.chance(0.9) ? "Sí" : "S") : (r.chance(0.9) ? "No" : "N"));
    }
    f.end_row();
    log_expectations(out, output::services, f, line, ex);
  }
}

void write_campaigns(outputs& out, row_context& c) {
  c.r = rng(c.w.seed, stream::extra, (c.v.index << 4) | 5);
  rng& r = c.r;
  constexpr std::string_view types[] = {"Seguridad", "Emisiones", "Satisfacción", "Otra"};
  constexpr std::string_view status[] = {"Disponible", "En pedido", "No disponible", "No requiere"};
  for (const auto& h : c.v.campaigns) {
    const campaign_def& d = c.campaigns[static_cast<std::size_t>(h.campaign)];
    out_file& f = out.campaigns;
    f.cell_plain(d.code);
    f.cell_plain(c.v.vin);
    f.cell(types[static_cast<int>(d.type)]);
    f.cell(d.description);
    f.cell(d.parts.empty() ? (r.chance(0.5) ? std::string_view("N/A") : std::string_view()) : d.parts);
    f.cell(status[static_cast<int>(h.parts)]);
    f.cell_plain(dmy(d.launched));
    f.cell_plain(h.completed != no_day ? dmy(h.completed) : (r.chance(0.5) ? std::string("//") : std::string()));
    f.end_row();
  }
}

void write_quotes(outputs& out, row_context& c) {
  c.r = rng(c.w.seed, stream::extra, (c.v.index << 4) | 6);
  rng& r = c.r;
  constexpr std::string_view status[] = {"Pendiente", "Aceptada", "Rechazada", "Vencida"};
  for (const auto& q : c.v.quotes) {
    out_file& f = out.quotes;
    f.cell_plain("COT-" + std::to_string(q.id));
    f.cell_plain(c.v.vin);
    c.s.clear();
    put_dmon(c.s, q.created);
    f.cell_plain(c.s);
    c.s.clear();
    put_dmon(c.s, q.follow_up);
    f.cell_plain(c.s);
    f.cell(quote_items()[static_cast<std::size_t>(q.item)].description);
    f.cell_plain(money_text(q.amount_cents, r.chance(0.8)));
    f.cell(q.parts_available ? "Sí" : "No");
    f.cell(status[static_cast<int>(q.status)]);
    f.end_row();
  }
}

void write_appointments(outputs& out, row_context& c) {
  c.r = rng(c.w.seed, stream::extra, (c.v.index << 4) | 7);
  rng& r = c.r;
  constexpr std::string_view sources[] = {"Web", "Teléfono", "Proactiva", "Sin cita", "Otro"};
  constexpr std::string_view status[] = {"Agendada", "Confirmada", "Asistió", "No asistió", "Cancelada"};
  const auto& dealer = dealer_for(c.w.where);
  std::string name, tags;
  for (const auto& a : c.v.appts) {
    // The maintainer books the visits, when somebody else than the owner.
    const person& who = r.chance(0.7) ? c.maintainer : c.owner;
    show_name(name, tags, who, a.source == appt_source::web ? name_style::web : name_style::crm, false, r);
    out_file& f = out.appointments;
    std::uint64_t line = f.next_line();
    f.cell(std::to_string(a.id));
    f.cell(a.source == appt_source::web && r.chance(0.1) ? std::string() : c.v.vin);
    f.cell(name);
    f.cell(show_phone_clean(c.w, who.mobile, r));
    c.s.clear();
    put_dmy(c.s, a.on);
    c.s.push_back(' ');
    put_hm(c.s, a.minute);
    f.cell(c.s);
    c.s.clear();
    put_dmy(c.s, a.created_on);
    c.s.push_back(' ');
    put_hm12(c.s, a.created_minute);
    f.cell(c.s);
    f.cell(sources[static_cast<int>(a.source)]);
    f.cell(status[static_cast<int>(a.status)]);
    f.cell(dealer.advisors[static_cast<std::size_t>(a.advisor)]);
    f.end_row();
    log_person(out, f, line, "", "appointment", who, tags.empty() ? std::string_view("base") : tags);
  }
}

}  // namespace

void write_workshop(outputs& out, row_context& c) {
  if (out.on(output::services)) write_services(out, c);
  if (out.on(output::campaigns)) write_campaigns(out, c);
  if (out.on(output::quotes)) write_quotes(out, c);
  if (out.on(output::appointments)) write_appointments(out, c);
}

}  // namespace gen
