// The printable queue of schedule-attempts: escaped data, one section per agent, slot order.
#include "render/queue.hpp"

#include <algorithm>
#include <array>
#include <tuple>

#include <fmt/format.h>

#include "render/call_sheet.hpp"
#include "render/readable.hpp"
#include "rules/scripts.hpp"
#include "rules/segments.hpp"

namespace retorno::render {

std::string queue_html(std::vector<queue_entry> entries, const std::string& date, bool en) {
  std::sort(entries.begin(), entries.end(), [](const queue_entry& a, const queue_entry& b) {
    return std::tie(a.agent, a.at, a.list_position) < std::tie(b.agent, b.at, b.list_position);
  });
  const std::string title = en ? "Today's calls" : "Llamadas de hoy";
  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{} {}</title>\n<style>\n"
      "@page {{ size: A4 landscape; margin: 12mm; }}\n"
      "body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #111; }}\n"
      "section {{ break-after: page; }} section:last-child {{ break-after: auto; }}\n"
      "h1 {{ font-size: 14pt; margin: 0 0 6px; }}\n"
      "table {{ border-collapse: collapse; width: 100%; }}\n"
      "th, td {{ border: 1px solid #888; padding: 3px 5px; vertical-align: top; text-align: left; }}\n"
      "th {{ background: #e8eef4; }} .box {{ font-size: 8pt; line-height: 1.6; width: 22%; }}\n"
      "</style></head><body>\n",
      en ? "en" : "es", html_escape(title), html_escape(date));
  std::size_t i = 0;
  while (i < entries.size()) {
    std::size_t j = i;
    while (j < entries.size() && entries[j].agent == entries[i].agent) ++j;
    const std::string agent = entries[i].agent.empty() ? (en ? "unassigned" : "sin asignar") : entries[i].agent;
    html += fmt::format("<section><h1>{} — {} — {} ({} {})</h1>\n<table><tr>", html_escape(title), html_escape(date),
                        html_escape(agent), j - i, en ? "calls" : "llamadas");
    static constexpr std::array<const char*, 9> heads_en = {"Time", "Slot", "Customer", "Phones", "Reason",
                                                            "VIN", "Attempt", "Last result", "Result"};
    static constexpr std::array<const char*, 9> heads_es = {"Hora", "Franja", "Cliente", "Teléfonos", "Motivo",
                                                            "VIN", "Intento", "Último resultado", "Resultado"};
    for (const char* h : en ? heads_en : heads_es)
      html += fmt::format("<th>{}</th>", h);
    html += "</tr>\n";
    // What the agent ticks: the outcomes of the contact log, in words.
    std::string boxes;
    using rules::outcome;
    for (outcome o : {outcome::appointment_booked, outcome::callback_requested, outcome::no_answer, outcome::voicemail,
                      outcome::wrong_number, outcome::declined})
      boxes += fmt::format("{}☐&nbsp;{}", boxes.empty() ? "" : " ", html_escape(outcome_label(o, en)));
    for (; i < j; ++i) {
      const auto& e = entries[i];
      const auto seg = rules::segment_from_name(e.segment, e.priority);
      const std::string reason(seg ? rules::segment_title(*seg, en) : std::string_view(e.segment));
      html += fmt::format(
          "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}{}{}</td><td>{}{}{}</td><td>{}</td><td>{}</td><td>{}</td>"
          "<td class=\"box\">{}</td></tr>\n",
          html_escape(e.time), slot_label(e.at_slot, en), html_escape(e.customer), html_escape(readable_phone(e.phone)),
          e.phone_alt.empty() ? "" : "<br>", html_escape(readable_phone(e.phone_alt)), html_escape(reason),
          e.note.empty() ? "" : "<br><small>", e.note.empty() ? "" : html_escape(e.note) + "</small>",
          html_escape(e.vin), e.attempts_so_far + 1, html_escape(outcome_label(e.last_outcome, en)), boxes);
    }
    html += "</table></section>\n";
  }
  if (entries.empty()) html += fmt::format("<p>{}</p>\n", en ? "No calls due today." : "No hay llamadas para hoy.");
  return html + "</body></html>\n";
}

}  // namespace retorno::render
