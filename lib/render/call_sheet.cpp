// Call sheets in HTML: escaped data, print CSS, one page per agent.
#include "render/call_sheet.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace retorno::render {

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
                        const std::string& list_date, bool english) {
  auto col = [&](std::string_view name) {
    return static_cast<std::size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
  };
  const std::size_t agent = col("agent");
  std::map<std::string, std::vector<const std::vector<std::string>*>> by_agent;
  for (const auto& r : rows) by_agent[r[agent]].push_back(&r);
  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{} {}</title>\n"
      "<style>body{{font-family:sans-serif;font-size:11pt}} section{{page-break-after:always}}"
      " table{{border-collapse:collapse;width:100%}} td,th{{border:1px solid #999;padding:4px;vertical-align:top}}"
      "</style></head><body>\n",
      english ? "en" : "es", english ? "Call list" : "Lista de llamadas", list_date);
  for (const auto& [name, items] : by_agent) {
    html += fmt::format("<section><h1>{} {} — {}</h1>\n<table>\n", english ? "Call list" : "Lista de llamadas",
                        html_escape(list_date), html_escape(name.empty() ? (english ? "unassigned" : "sin asignar") : name));
    for (const auto* r : items) {
      html += "<tr>";
      for (auto c : {"customer_name", "phone", "phone_alt", "model", "segment", "talking_points", "script"})
        html += "<td>" + html_escape((*r)[col(c)]) + "</td>";
      html += "</tr>\n";
    }
    html += "</table></section>\n";
  }
  return html + "</body></html>\n";
}

}  // namespace retorno::render
