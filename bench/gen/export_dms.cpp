// DMS exports: vehicles and owners (with repeated vehicles), the seed-002 reminder list, contact profiles.
#include <fmt/format.h>

#include "export_common.hpp"
#include "text.hpp"

namespace gen {
namespace {

std::string_view sale_label(sale_type s, rng& r) {
  switch (s) {
    case sale_type::new_car: return r.chance(0.9) ? "Nuevo" : "VN";
    case sale_type::certified: return r.chance(0.8) ? "Certificado" : "Seminuevo certificado";
    case sale_type::used: return r.chance(0.7) ? "Seminuevo" : "Usado";
  }
  return {};
}

std::string_view dealer_label(const world_shape& w, const vehicle& v) {
  const auto& d = dealer_for(w.where);
  return v.selling_dealer < 0 ? d.own_name : d.other_dealers[static_cast<std::size_t>(v.selling_dealer)];
}

std::string upper_folded(std::string_view s) {
  std::string t(s);
  to_upper(t);
  fold_accents(t, true);
  return t;
}

// One vehicles-export row; `km`/`km_date` let the repeated row carry an older reading.
void vehicle_cells(row_context& c, const customer_view& cv, std::string_view vin, int year, int km, day km_date,
                   std::vector<std::string>& cells, std::vector<bool>& raw, expectations& ex) {
  const vehicle& v = c.v;
  rng& r = c.r;
  cells.clear();
  raw.assign(26, false);
  cells.emplace_back(vin);
  cells.emplace_back(v.model->make);
  cells.emplace_back(v.model->model);
  cells.push_back(upper_folded(v.model->versions[static_cast<std::size_t>(v.version)]));
  cells.push_back(std::to_string(year));
  if (v.sale == sale_type::used && r.chance(0.5)) show_date(c.s, no_day, r, "dofu", ex);
  else show_date(c.s, v.sale == sale_type::used ? v.sold_on : v.dofu, r, "dofu", ex);
  cells.push_back(c.s);
  cells.emplace_back(sale_label(v.sale, r));
  cells.emplace_back(dealer_label(c.w, v));
  cells.push_back(v.plate);
  cells.emplace_back(colors()[static_cast<std::size_t>(v.color)]);
  show_km(c.s, km, r, "km", ex);
  cells.push_back(c.s);
  show_date(c.s, km_date, r, "km_date", ex);
  cells.push_back(c.s);
  show_date(c.s, v.warranty_end, r, "warranty_end", ex);
  cells.push_back(c.s);
  cells.push_back(cv.number);
  std::string name = cv.name;
  truncate_chars(name, 25);
  cells.push_back(std::move(name));
  cells.push_back(cv.tax_id);
  cells.push_back(cv.mobile);
  cells.push_back(cv.home);
  cells.push_back(cv.work);
  cells.push_back(cv.email);
  cells.push_back(cv.address);
  raw[20] = cv.address_mode == cell_mode::raw;
  cells.push_back(cv.city);
  cells.push_back(cv.state);
  cells.push_back(cv.postal);
  cells.push_back(cv.channel);
  cells.push_back(cv.consent);
  ex.insert(ex.end(), cv.ex.begin(), cv.ex.end());
}

std::string name_tags(const customer_view& cv, bool cut) {
  std::string t = cv.tags;
  if (cut && char_count(cv.name) > 25 && t.find("trunc25") == std::string::npos) t += t.empty() ? "trunc25" : "|trunc25";
  return t.empty() ? std::string("base") : t;
}

void write_vehicle_rows(outputs& out, row_context& c) {
  const vehicle& v = c.v;
  c.r = rng(c.w.seed, stream::extra, (v.index << 4) | 1);
  // Rows of earlier vehicles whose turn has come.
  while (!out.pending.empty() && out.pending.front().release_at <= v.index) {
    pending_row& p = out.pending.front();
    std::uint64_t line = out.vehicles.next_line();
    put_row(out.vehicles, p.cells, p.raw);
    log_expectations(out, output::vehicles, out.vehicles, line, p.ex);
    if (out.on(output::truth)) {
      person who;
      make_person(who, c.w, p.person);
      log_person(out, out.vehicles, line, p.customer_id, "owner", who, p.tags);
    }
    out.pending.pop_front();
  }
  std::vector<std::string> cells;
  std::vector<bool> raw;
  expectations ex = c.vin_ex;
  if (c.shown_year != v.model_year) ex.push_back({"vin", "flag", "model_year", c.shown_vin});
  std::uint64_t line = out.vehicles.next_line();
  vehicle_cells(c, c.owner_view, c.shown_vin, c.shown_year, v.km_now, v.km_date, cells, raw, ex);
  put_row(out.vehicles, cells, raw);
  log_expectations(out, output::vehicles, out.vehicles, line, ex);
  log_person(out, out.vehicles, line, c.owner_view.number, "owner", c.owner, name_tags(c.owner_view, true));

  // The same vehicle again, as another branch's older record: same VIN, older km, often a
  // second customer record of the same owner.
  if (c.r.chance(rate::duplicate_vin_row)) {
    pending_row p;
    p.release_at = v.index + 1 + c.r.below(300);
    bool new_record = c.r.chance(0.6);
    std::uint64_t key = new_record ? v.index * 4 + 2 : c.owner_key;
    customer_view cv;
    std::string number = new_record ? duplicate_customer_number(c.w, v.index, 2) : c.owner_view.number;
    show_customer(cv, c.w, c.owner, key, number, new_record || c.owner_duplicate, ';');
    day older = std::max(v.sold_on, v.km_date - c.r.between(30, 400));
    vehicle_cells(c, cv, v.vin, v.model_year, std::max(v.km0, v.km_estimated(older)), older, p.cells, p.raw, p.ex);
    p.customer_id = cv.number;
    p.person = c.owner.id;
    p.household = c.owner.household;
    p.tags = name_tags(cv, true);
    if (p.tags == "base") p.tags = "repeat";
    else p.tags += "|repeat";
    if (out.pending.empty() || out.pending.back().release_at <= p.release_at) out.pending.push_back(std::move(p));
    else {
      auto it = out.pending.begin();
      while (it != out.pending.end() && it->release_at <= p.release_at) ++it;
      out.pending.insert(it, std::move(p));
    }
  }
}

// Seed 002's "Recordatorio de Servicio": vehicles whose next service falls in the coming month.
void write_recordatorio_row(outputs& out, row_context& c) {
  const vehicle& v = c.v;
  if (v.next_due < c.w.as_of || v.next_due > c.w.as_of + 30) return;
  c.r = rng(c.w.seed, stream::extra, (v.index << 4) | 2);
  rng& r = c.r;
  std::vector<std::string> cells;
  expectations ex = c.vin_ex;
  if (c.shown_year != v.model_year) ex.push_back({"vin", "flag", "model_year", c.shown_vin});
  cells.push_back(c.shown_vin);
  std::string desc = upper_folded(fmt::format("{} {}", v.model->model, v.model->versions[static_cast<std::size_t>(v.version)]));
  truncate_chars(desc, 20);
  cells.push_back(std::move(desc));
  cells.push_back(std::to_string(c.shown_year));
  const repair_order* last = v.last_maintenance >= 0 ? &v.ros[static_cast<std::size_t>(v.last_maintenance)] : nullptr;
  show_date(c.s, last ? last->opened : no_day, r, "last_service_date", ex, 3.0);
  cells.push_back(c.s);
  show_km(c.s, last ? last->km : 0, r, "last_service_km", ex);
  cells.push_back(c.s);
  c.s.clear();
  put_dmy(c.s, v.next_due);
  cells.push_back(c.s);
  cells.push_back(grouped(v.next_due_km, ','));
  std::string name = c.owner_view.name;
  truncate_chars(name, 25);
  cells.push_back(std::move(name));
  cells.push_back(c.owner_view.home);
  cells.push_back(c.owner_view.mobile);
  std::string street = c.owner.street;
  to_upper(street);
  fold_accents(street, true);
  truncate_chars(street, 14);
  cells.push_back(std::move(street));
  for (const auto& e : c.owner_view.ex)
    if (e.field == "phone_home" || e.field == "phone_mobile") ex.push_back(e);
  std::uint64_t line = out.recordatorio.next_line();
  put_row(out.recordatorio, cells, std::vector<bool>(cells.size(), false));
  log_expectations(out, output::recordatorio, out.recordatorio, line, ex);
  log_person(out, out.recordatorio, line, c.owner_view.number, "owner", c.owner, name_tags(c.owner_view, true));
}

void write_contact_rows(outputs& out, row_context& c) {
  const vehicle& v = c.v;
  c.r = rng(c.w.seed, stream::extra, (v.index << 4) | 3);
  rng& r = c.r;
  struct profile {
    const person* who;
    std::string_view role;
    std::string_view labels[3];
  };
  const profile profiles[] = {
      {&c.owner, "owner", {"Propietario", "Propietario", "Dueño"}},
      {&c.maintainer, "maintainer", {"Responsable del mantenimiento", "Responsable del mantenimiento", "Responsable"}},
      {&c.user, "user", {"Usuario", "Usuario", "Conductor"}},
  };
  // The owner's profile points at the vehicle row's customer record, now and then at a
  // record the contacts module created anew.
  bool owner_new = r.chance(0.1);
  std::uint64_t owner_key = owner_new ? v.index * 4 + 3 : c.owner_key;
  std::string owner_number = owner_new ? duplicate_customer_number(c.w, v.index, 3) : c.owner_view.number;
  customer_view fresh;
  if (owner_new) show_customer(fresh, c.w, c.owner, owner_key, owner_number, true, ';');
  const customer_view& owner_cv = owner_new ? fresh : c.owner_view;
  customer_view other;
  for (const auto& pr : profiles) {
    const person& p = *pr.who;
    if (p.id != c.owner.id) show_customer(other, c.w, p, p.id * 4, customer_number(c.w, p.id), false, ';');
    const customer_view& cv = p.id == c.owner.id ? owner_cv : other;
    out_file& f = out.contacts;
    std::uint64_t line = f.next_line();
    f.cell_plain(v.vin);
    f.cell(pr.labels[r.below(3)]);
    f.cell_plain(cv.number);
    f.cell(cv.name);
    f.cell(cv.tax_id);
    f.cell(cv.mobile);
    f.cell(cv.home);
    f.cell(cv.work);
    f.cell(cv.email);
    if (cv.address_mode == cell_mode::raw) f.cell_raw(cv.address);
    else f.cell(cv.address);
    f.cell(cv.city);
    f.cell(cv.state);
    f.cell(cv.postal);
    f.cell(cv.channel);
    f.cell(cv.consent);
    f.end_row();
    log_expectations(out, output::contacts, out.contacts, line, cv.ex);
    log_person(out, out.contacts, line, cv.number, pr.role, p, name_tags(cv, false));
  }
}

}  // namespace

void write_dms(outputs& out, row_context& c) {
  if (out.on(output::vehicles)) write_vehicle_rows(out, c);
  if (out.on(output::recordatorio)) write_recordatorio_row(out, c);
  if (out.on(output::contacts)) write_contact_rows(out, c);
}

}  // namespace gen
