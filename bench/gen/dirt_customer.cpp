// A DMS customer record as printed: tax id, phones, e-mail, address, channel and consent with their dirt.
#include <fmt/format.h>

#include "dirt.hpp"
#include "text.hpp"

namespace gen {
namespace {

std::string channel_label(channel c, rng& r, expectations& ex) {
  if (r.chance(rate::channel_unknown)) {
    ex.push_back({"preferred_channel", "flag", "unknown", "FAX"});
    return "FAX";
  }
  switch (c) {
    case channel::none: return {};
    case channel::phone: { constexpr std::string_view v[] = {"Teléfono", "Teléfono", "TELEFONO", "Tel", "Celular", "Llamada"}; return std::string(r.pick(std::span<const std::string_view>(v))); }
    case channel::whatsapp: { constexpr std::string_view v[] = {"WhatsApp", "WhatsApp", "WHATSAPP", "Whats", "WA"}; return std::string(r.pick(std::span<const std::string_view>(v))); }
    case channel::sms: { constexpr std::string_view v[] = {"SMS", "Mensaje de texto"}; return std::string(r.pick(std::span<const std::string_view>(v))); }
    case channel::email: { constexpr std::string_view v[] = {"Correo", "Correo electrónico", "E-mail", "EMAIL"}; return std::string(r.pick(std::span<const std::string_view>(v))); }
    case channel::letter: { constexpr std::string_view v[] = {"Carta", "Correo postal"}; return std::string(r.pick(std::span<const std::string_view>(v))); }
  }
  return {};
}

std::string consent_label(consent c, rng& r) {
  switch (c) {
    case consent::yes: { constexpr std::string_view v[] = {"Sí", "Sí", "SI", "S", "Autoriza"}; return std::string(r.pick(std::span<const std::string_view>(v))); }
    case consent::no: { constexpr std::string_view v[] = {"No", "NO", "N", "No autoriza"}; return std::string(r.pick(std::span<const std::string_view>(v))); }
    case consent::unknown: return r.chance(0.8) ? std::string() : std::string("Sin dato");
  }
  return {};
}

std::string shown_tax_id(const person& p, country c, rng& r) {
  if (c == country::mx) {
    if (!r.chance(p.company ? 0.9 : 0.45)) return {};
    // The generic RFC of "público en general": many people, no evidence at all.
    if (!p.company && r.chance(0.06)) return "XAXX010101000";
    return p.tax_id;
  }
  if (!r.chance(p.company ? 0.95 : 0.8)) return {};
  if (p.company || !r.chance(0.3)) return p.tax_id;
  // Cédulas written with thousands dots: 71.234.567.
  std::string s;
  const std::string& d = p.tax_id;
  std::size_t lead = d.size() % 3 == 0 ? 3 : d.size() % 3;
  s.append(d, 0, lead);
  for (std::size_t i = lead; i < d.size(); i += 3) s.append(".").append(d, i, 3);
  return s;
}

}  // namespace

void show_customer(customer_view& out, const world_shape& w, const person& p, std::uint64_t key,
                   const std::string& number, bool duplicate, char delimiter) {
  rng r(w.seed, stream::variant, key);
  out.ex.clear();
  out.number = number;
  show_name(out.name, out.tags, p, name_style::dms, duplicate, r);
  out.tax_id = shown_tax_id(p, w.where, r);
  // A second record is often thinner: a number or the e-mail not taken again.
  std::string_view mobile = p.mobile, home = p.home, email = p.email;
  if (duplicate && r.chance(0.15)) mobile = {};
  if (duplicate && r.chance(0.25)) home = {};
  if (duplicate && r.chance(0.35)) email = {};
  out.mobile = show_phone(w, mobile, phone_kind::mobile, r, "phone_mobile", out.ex);
  out.home = show_phone(w, home, phone_kind::home, r, "phone_home", out.ex);
  out.work = show_phone(w, p.work, phone_kind::work, r, "phone_work", out.ex);
  out.email = show_email(email, r, "email", out.ex);
  out.address = show_address(p, w.where, true, delimiter, r, out.address_mode);
  out.city = std::string(p.town->name);
  out.state = std::string(p.town->state);
  if (r.chance(0.7)) {
    fold_accents(out.city, true);
    fold_accents(out.state, true);
  }
  if (r.chance(0.02)) out.city.clear();
  out.postal = show_postal(p, r);
  out.channel = channel_label(p.preferred, r, out.ex);
  out.consent = consent_label(p.consent_given, r);
}

}  // namespace gen
