// Call sheets in HTML: one self-contained file, one section per agent, print CSS, every value escaped.
#include "render/call_sheet.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "render/readable.hpp"
#include "rules/scripts.hpp"

namespace retorno::render {

namespace {

using sv = std::string_view;
using row = std::vector<std::string>;

// A4 portrait, about seven calls a page. Each call is a card that never splits across pages;
// the agent's header sits in a <thead>, which Chromium repeats at the top of every printed page.
constexpr sv style = R"css(
@page { size: A4 portrait; margin: 9mm 9mm 10mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; font: 8pt/1.27 Arial, "Liberation Sans", Helvetica, sans-serif; }
section.agent { break-after: page; page-break-after: always; }
section.agent:last-of-type { break-after: auto; page-break-after: auto; }
table.sheet { width: 100%; border-collapse: collapse; }
table.sheet > * > tr > td { padding: 0; }
table.sheet > tbody > tr { break-inside: avoid; page-break-inside: avoid; }
.head { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm;
  border-bottom: 2px solid #111; padding-bottom: 1.5mm; margin-bottom: 1mm; }
.head h1 { margin: 0; font-size: 15pt; letter-spacing: .01em; }
.head .date { font-size: 10pt; }
.head .who { text-align: right; }
.head .agent { font-size: 14pt; font-weight: bold; }
.head .counts { font-size: 8.5pt; }
.legend { margin: 0 0 2mm; font-size: 7pt; color: #444; }
.call { border: 1px solid #777; border-radius: 1.5mm; padding: 1.2mm 1.8mm 1.5mm; margin-bottom: 1.8mm; }
.call-head { display: flex; align-items: baseline; gap: 2.2mm; border-bottom: 1px solid #ccc;
  padding-bottom: .8mm; margin-bottom: 1mm; }
.num { align-self: center; min-width: 6.5mm; padding: .2mm 1.2mm; border-radius: 1mm; background: #222;
  color: #fff; font-weight: bold; text-align: center; }
.name { flex: 1; font-size: 11pt; font-weight: bold; }
.reason { font-weight: bold; }
.since { color: #555; font-size: 7.5pt; }
.slot { white-space: nowrap; padding: 0 1.5mm; border: 1px solid #888; border-radius: 1mm; font-weight: bold; }
.slot.morning { background: #fff1bf; } .slot.midday { background: #ffd9b3; } .slot.afternoon { background: #d6e4ff; }
.call-body { display: grid; grid-template-columns: 1fr 99mm; gap: 2.5mm; align-items: start; }
.info p { margin: 0 0 .5mm; }
.k { color: #555; font-size: 6.5pt; text-transform: uppercase; letter-spacing: .03em; margin-right: .8mm; }
a { color: inherit; text-decoration: none; }
.phone { font-size: 10.5pt; font-weight: bold; white-space: nowrap; }
.alt { white-space: nowrap; margin-left: 2.5mm; }
.tag { font-size: 7pt; border: 1px solid #999; border-radius: 1mm; padding: 0 1mm; margin-left: 1.5mm; }
.mono { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 7pt; }
.points { font-weight: bold; }
.script { font-style: italic; }
.id { margin: .4mm 0 0; color: #666; text-align: right; }
table.attempts { width: 100%; border-collapse: collapse; table-layout: fixed; }
.attempts th, .attempts td { border: 1px solid #999; padding: .2mm; text-align: center; vertical-align: middle; }
.attempts thead th { background: #eee; height: 6.5mm; font: 6.3pt/1.05 "Arial Narrow", "Liberation Sans Narrow", Arial, sans-serif;
  font-stretch: condensed; }
.attempts tbody th, .attempts tbody td { height: 5.6mm; }
.attempts tbody th { font-size: 8pt; }
.attempts .box { font-size: 10pt; color: #333; }
.attempts col.n { width: 4mm; } .attempts col.when { width: 16mm; } .attempts col.o { width: 8.4mm; }
.empty { font-size: 12pt; margin-top: 10mm; }
@media screen {
  body { background: #d5d9df; }
  section.agent { width: 210mm; margin: 6mm auto; padding: 9mm; background: #fff; box-shadow: 0 1px 5px rgba(0,0,0,.35); }
}
)css";

// The outcomes an agent ticks, in the order of a call: not reached, then reached. The soft
// hyphens let the long ones break in their narrow column.
constexpr std::array<std::array<sv, 2>, 7> outcomes = {{
    {"No contesta", "No answer"},
    {"Ocupado", "Busy"},
    {"Buzón", "Voicemail"},
    {"Contac\u00ADtado", "Reached"},
    {"Cita", "Appointment"},
    {"No desea", "Declined"},
    {"Número equivo\u00ADcado", "Wrong number"},
}};
constexpr int attempts = 3;

sv channel_name(sv channel, bool english) {
  if (channel == "whatsapp") return "WhatsApp";
  if (channel == "sms") return "SMS";
  if (channel == "email") return english ? "email" : "correo";
  if (channel == "letter") return english ? "letter" : "carta";
  return channel;
}

// The cells of one call-list row by column name; a column the list lacks reads as "".
struct cells {
  std::span<const sv> columns;
  const row* r = nullptr;
  sv operator[](sv name) const {
    auto i = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
    return i < columns.size() && i < r->size() ? sv((*r)[i]) : sv();
  }
};

std::string esc(sv s) { return html_escape(s); }

// The segment of a row; the priority column tells the two campaign kinds apart.
std::optional<rules::segment> segment_of(const cells& c) {
  int priority = 0;
  const sv p = c["priority"];
  std::from_chars(p.data(), p.data() + p.size(), priority);
  return rules::segment_from_name(c["segment"], priority);
}

std::string reason_of(const cells& c, bool english) {
  if (auto s = segment_of(c)) return std::string(rules::segment_title(*s, english));
  return std::string(c["segment"]);
}

std::string script_of(const cells& c, bool english) {
  if (!c["script"].empty()) return std::string(c["script"]);
  if (auto s = segment_of(c)) return std::string(rules::segment_script(*s, english));
  return {};
}

std::string attempts_table(bool english) {
  std::string t = "<table class=\"attempts\"><colgroup><col class=\"n\"><col class=\"when\">";
  for (std::size_t i = 0; i < outcomes.size(); ++i) t += "<col class=\"o\">";
  t += fmt::format("<col></colgroup>\n<thead><tr><th>#</th><th>{}</th>", english ? "Date &amp; time" : "Fecha y hora");
  for (const auto& o : outcomes) t += fmt::format("<th>{}</th>", esc(o[english ? 1 : 0]));
  t += fmt::format("<th>{}</th></tr></thead>\n<tbody>", english ? "Notes" : "Notas");
  for (int a = 1; a <= attempts; ++a) {
    t += fmt::format("<tr><th>{}</th><td></td>", a);
    for (std::size_t i = 0; i < outcomes.size(); ++i) t += "<td><span class=\"box\">☐</span></td>";
    t += "<td></td></tr>";
  }
  return t + "</tbody></table>\n";
}

std::string phone_html(sv phone, const char* cls) {
  std::string dial;  // the tel: link keeps only what a dialler needs
  for (char ch : phone)
    if ((ch >= '0' && ch <= '9') || ch == '+') dial.push_back(ch);
  return fmt::format("<a class=\"{}\" href=\"tel:{}\">{}</a>", cls, esc(dial), esc(readable_phone(phone)));
}

std::string call_card(const cells& c, std::size_t position, const std::string& attempts_html, bool english) {
  const slot at = slot_for(position);
  std::string h = "<tr><td><article class=\"call\">\n<div class=\"call-head\">";
  h += fmt::format("<span class=\"num\">{}</span>", position + 1);
  const sv name = c["customer_name"];
  h += fmt::format("<span class=\"name\">{}</span>", name.empty() ? (english ? "(no name)" : "(sin nombre)") : esc(name));
  h += fmt::format("<span class=\"reason\">{}</span>", esc(reason_of(c, english)));
  if (!c["due_on"].empty())
    h += fmt::format("<span class=\"since\">{} {}</span>", english ? "since" : "desde", esc(short_date(c["due_on"], english)));
  h += fmt::format("<span class=\"slot {}\">{} {}</span>", rules::slot_name(at),
                   slot_label(at, english), slot_hours(at));
  h += "</div>\n<div class=\"call-body\"><div class=\"info\">\n<p>";
  h += c["phone"].empty() ? std::string("<span class=\"phone\">—</span>") : phone_html(c["phone"], "phone");
  if (!c["phone_alt"].empty())
    h += fmt::format("<span class=\"alt\"><span class=\"k\">Alt.</span>{}</span>", phone_html(c["phone_alt"], "alt-phone"));
  if (const sv ch = c["preferred_channel"]; !ch.empty() && ch != "phone")
    h += fmt::format("<span class=\"tag\">{} {}</span>", english ? "prefers" : "prefiere", esc(channel_name(ch, english)));
  h += "</p>\n";
  if (!c["email"].empty()) h += fmt::format("<p><span class=\"k\">{}</span>{}</p>\n", english ? "Email" : "Correo", esc(c["email"]));
  std::string car;
  for (sv part : {c["make"], c["model"], c["model_year"]})
    if (!part.empty()) car += (car.empty() ? "" : " ") + esc(part);
  if (!c["vin"].empty()) car += fmt::format("{}<span class=\"k\">VIN</span><span class=\"mono\">{}</span>", car.empty() ? "" : " · ", esc(c["vin"]));
  if (!car.empty()) h += fmt::format("<p><span class=\"k\">{}</span>{}</p>\n", english ? "Vehicle" : "Vehículo", car);
  std::string km;
  if (!c["estimated_km"].empty())
    km = fmt::format("≈ {} km {}", esc(readable_km(c["estimated_km"])), english ? "today" : "hoy");
  std::string last;
  if (!c["last_service_date"].empty()) last = esc(short_date(c["last_service_date"], english));
  if (!c["last_service_km"].empty()) last += (last.empty() ? "" : english ? " at " : " con ") + esc(readable_km(c["last_service_km"])) + " km";
  if (!last.empty())
    km += fmt::format("{}<span class=\"k\">{}</span>{}", km.empty() ? "" : " · ", english ? "Last service" : "Últ. servicio", last);
  if (!km.empty()) h += fmt::format("<p><span class=\"k\">Km</span>{}</p>\n", km);
  if (const sv tp = c["talking_points"]; !tp.empty()) {
    std::string points;
    for (std::size_t from = 0; from <= tp.size();) {
      std::size_t to = std::min(tp.find(';', from), tp.size());
      if (to > from) points += (points.empty() ? "" : " · ") + esc(talking_point(tp.substr(from, to - from), english));
      from = to + 1;
    }
    h += fmt::format("<p class=\"points\"><span class=\"k\">{}</span>{}</p>\n", english ? "Also mention" : "Mencionar también", points);
  }
  if (auto script = script_of(c, english); !script.empty())
    h += fmt::format("<p class=\"script\"><span class=\"k\">{}</span>{}</p>\n", english ? "Script" : "Guion", esc(script));
  h += "</div>\n<div class=\"log\">" + attempts_html;
  // Under the boxes, where the coordinator looks when typing the outcomes into the contact_log.
  if (!c["item_id"].empty()) h += fmt::format("<p class=\"id\"><span class=\"k\">ID</span><span class=\"mono\">{}</span></p>\n", esc(c["item_id"]));
  return h + "</div></div></article></td></tr>\n";
}

std::string sheet_head(sv agent, std::size_t calls, const std::array<std::size_t, 3>& per_slot, const std::string& list_date,
                       bool english) {
  std::string counts = fmt::format("{} {}", calls, english ? (calls == 1 ? "call" : "calls") : (calls == 1 ? "llamada" : "llamadas"));
  for (auto s : {slot::morning, slot::midday, slot::afternoon})
    if (per_slot[static_cast<std::size_t>(s)] > 0)
      counts += fmt::format(" · {} {}", slot_label(s, english), per_slot[static_cast<std::size_t>(s)]);
  return fmt::format(
      "<thead><tr><td><header class=\"head\"><div><h1>{}</h1><div class=\"date\">{}</div></div>"
      "<div class=\"who\"><div class=\"agent\"><span class=\"k\">{}</span>{}</div><div class=\"counts\">{}</div></div></header>\n"
      "<p class=\"legend\">{}</p></td></tr></thead>\n",
      english ? "Call list" : "Lista de llamadas", esc(readable_date(list_date, english)), english ? "Agent" : "Agente",
      agent.empty() ? (english ? "Unassigned" : "Sin asignar") : esc(agent), counts,
      english ? "Tick one outcome per attempt and write the date, time and notes. Calls are listed by priority; "
                "the ID identifies the call when the outcome is recorded."
              : "Marque un resultado por intento y anote fecha, hora y notas. Las llamadas van por prioridad; "
                "el ID identifica la llamada al registrar el resultado.");
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string call_sheets(std::span<const std::string_view> columns, const std::vector<std::vector<std::string>>& rows,
                        const std::string& list_date, bool english, paper size) {
  (void)size;  // the redesign prints on it
  // Agents in name order, the unassigned last; each agent's calls keep the list's order.
  std::map<std::pair<bool, std::string>, std::vector<const row*>> by_agent;
  for (const auto& r : rows) {
    std::string agent(cells{columns, &r}["agent"]);
    by_agent[{agent.empty(), agent}].push_back(&r);
  }
  const std::string title = fmt::format("{} {}", english ? "Call list" : "Lista de llamadas", esc(list_date));
  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{}</style>\n"
      "</head>\n<body>\n",
      english ? "en" : "es", title, style);
  if (by_agent.empty())
    html += fmt::format("<section class=\"agent\"><table class=\"sheet\">{}</table><p class=\"empty\">{}</p></section>\n",
                        sheet_head({}, 0, {}, list_date, english),
                        english ? "No calls for this date." : "No hay llamadas para esta fecha.");
  const std::string attempts_html = attempts_table(english);
  for (const auto& [key, items] : by_agent) {
    // The slot rotates with the position in the agent's list; schedule-attempts refines it
    // with the hours each customer answered before.
    std::array<std::size_t, 3> per_slot{};
    for (std::size_t i = 0; i < items.size(); ++i) ++per_slot[static_cast<std::size_t>(slot_for(i))];
    html += "<section class=\"agent\">\n<table class=\"sheet\">\n";
    html += sheet_head(key.second, items.size(), per_slot, list_date, english);
    html += "<tbody>\n";
    for (std::size_t i = 0; i < items.size(); ++i) html += call_card(cells{columns, items[i]}, i, attempts_html, english);
    html += "</tbody>\n</table>\n</section>\n";
  }
  return html + "</body>\n</html>\n";
}

}  // namespace retorno::render
