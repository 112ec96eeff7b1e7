// KPI dashboard: the report as one printable page, charts drawn here as SVG, every datum escaped.
#include "render/dashboard.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "core/catalog.hpp"
#include "render/call_sheet.hpp"
#include "render/dashboard_care.hpp"
#include "render/readable.hpp"
#include "rules/care.hpp"
#include "rules/kpis.hpp"
#include "rules/reasons.hpp"

namespace retorno::render {

namespace {

std::string esc(std::string_view s) { return html_escape(s); }
std::string num(double v) { return fmt::format("{:.1f}", v); }

// An SVG chart's opening: the element, its title, and the 0-100% grid from x = left to
// grid_right; `y` maps a percentage to its height.
template <typename Y>
std::string chart_open(int w, int h, int left, int grid_right, std::string_view title, Y y) {
  std::string s = fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img">)"
                              "<title>{}</title>\n",
                              w, h, w, h, esc(title));
  s += fmt::format(R"(<text x="{}" y="16" font-size="13" font-weight="bold">{}</text>)", left, esc(title));
  for (int v = 0; v <= 100; v += 25)
    s += fmt::format(R"(<line x1="{}" x2="{}" y1="{:.1f}" y2="{:.1f}" stroke="#ddd"/><text x="{}" y="{:.1f}" font-size="10" text-anchor="end">{}%</text>)",
                     left, grid_right, y(v), y(v), left - 4, y(v) + 3, v);
  return s;
}

// The metric's title, or its name when it has none (a reason count).
std::string metric_label(std::string_view m, bool en) {
  const auto* d = rules::find_metric(m);
  return std::string(d ? d->title(en) : m);
}

std::string date_range(const rules::period& p) { return fmt::format("{} – {}", format_day(p.first), format_day(p.last)); }

constexpr const char* style = R"(<style>
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:24px;color:#222;background:#fff}
h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:24px 0 8px}
.sub{color:#555;font-size:13px}
table{border-collapse:collapse;font-size:13px}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:right}
th:first-child,td:first-child{text-align:left}
th{background:#eef2f7}
.up{color:#1a7f37}.down{color:#b42318}.muted{color:#888}
.grid{display:flex;flex-wrap:wrap;gap:24px}
.note{font-size:12px;color:#555}
h3{font-size:14px;margin:16px 0 6px}
.spark{display:flex;flex-wrap:wrap;gap:10px 18px;margin-bottom:12px}
.spark figure{margin:0;width:170px;font-size:11px}.spark figcaption{height:28px;color:#333}
.spark .last{font-size:13px;font-weight:bold}
table.months td,table.months th{padding:3px 5px;font-size:12px}
svg text{font-family:"DejaVu Sans",Arial,sans-serif}
@media print{body{margin:8mm}}
</style>)";

}  // namespace

std::string svg_lines(const std::vector<std::string>& labels, const std::vector<line_series>& series,
                      const std::string& title) {
  const int w = 560, h = 260, left = 44, right = 16, top = 28, bottom = 40;
  const int pw = w - left - right, ph = h - top - bottom;
  const std::size_t n = labels.size();
  auto x = [&](std::size_t i) { return left + (n > 1 ? pw * static_cast<double>(i) / static_cast<double>(n - 1) : pw / 2.0); };
  auto y = [&](double v) { return top + ph * (1.0 - std::clamp(v, 0.0, 100.0) / 100.0); };
  std::string s = chart_open(w, h, left, w - right, title, y);
  for (std::size_t i = 0; i < n; ++i)
    s += fmt::format(R"(<text x="{:.1f}" y="{}" font-size="10" text-anchor="middle">{}</text>)", x(i), h - bottom + 14,
                     esc(labels[i]));
  int legend_x = left;
  for (const auto& ser : series) {
    // A gap (a week without calls) breaks the line instead of drawing it at zero.
    std::string points;
    auto flush = [&] {
      if (points.find(' ') != std::string::npos)  // two points or more make a line
        s += fmt::format(R"(<polyline fill="none" stroke="{}" stroke-width="2.5" points="{}"/>)", ser.colour, points);
      points.clear();
    };
    for (std::size_t i = 0; i < n && i < ser.values.size(); ++i) {
      if (!ser.values[i]) {
        flush();
        continue;
      }
      points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", x(i), y(*ser.values[i]));
      s += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="3.5" fill="{}"><title>{} {}: {}%</title></circle>)", x(i),
                       y(*ser.values[i]), ser.colour, esc(ser.name), esc(labels[i]), num(*ser.values[i]));
    }
    flush();
    s += fmt::format(R"(<rect x="{}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}" font-size="11">{}</text>)",
                     legend_x, h - 16, ser.colour, legend_x + 16, h - 6, esc(ser.name));
    legend_x += 24 + static_cast<int>(ser.name.size()) * 7;
  }
  return s + "</svg>\n";
}

std::string svg_hbars(const std::vector<std::pair<std::string, double>>& bars, const std::string& title,
                      const std::string& colour, bool percent, double max) {
  const int w = 560, label_w = 190, row = 22, top = 28;
  const int h = top + row * static_cast<int>(std::max<std::size_t>(bars.size(), 1)) + 8;
  if (max <= 0)
    for (const auto& b : bars) max = std::max(max, b.second);
  if (max <= 0) max = 1;
  std::string s = fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img">)"
                              "<title>{}</title>\n",
                              w, h, w, h, esc(title));
  s += fmt::format(R"(<text x="0" y="16" font-size="13" font-weight="bold">{}</text>)", esc(title));
  const double bar_w = w - label_w - 70;
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const double y = top + row * static_cast<double>(i);
    const double len = bar_w * std::clamp(bars[i].second / max, 0.0, 1.0);
    std::string shown = bars[i].first.size() > 28 ? bars[i].first.substr(0, 27) + "…" : bars[i].first;
    s += fmt::format(R"(<text x="{}" y="{:.0f}" font-size="11" text-anchor="end">{}</text>)", label_w - 6, y + 14, esc(shown));
    s += fmt::format(R"(<rect x="{}" y="{:.0f}" width="{:.1f}" height="16" fill="{}"><title>{}</title></rect>)", label_w, y + 2,
                     len, colour, esc(bars[i].first));
    s += fmt::format(R"(<text x="{:.1f}" y="{:.0f}" font-size="11">{}{}</text>)", label_w + len + 4, y + 14,
                     percent ? num(bars[i].second) : fmt::format("{:.0f}", bars[i].second), percent ? "%" : "");
  }
  if (bars.empty()) s += fmt::format(R"(<text x="0" y="{}" font-size="11" fill="#888">—</text>)", top + 14);
  return s + "</svg>\n";
}

std::string svg_grouped_bars(const std::vector<std::string>& labels, const std::vector<line_series>& series,
                             const std::string& title) {
  const int top = 28, bottom = 44, left = 44, ph = 180;
  const int group_w = std::max(72, 14 * static_cast<int>(series.size()) + 24);
  const int w = std::max(560, left + group_w * static_cast<int>(labels.size()) + 16), h = top + ph + bottom;
  auto y = [&](double v) { return top + ph * (1.0 - std::clamp(v, 0.0, 100.0) / 100.0); };
  std::string s = chart_open(w, h, left, w - 16, title, y);
  for (std::size_t g = 0; g < labels.size(); ++g) {
    const int gx = left + group_w * static_cast<int>(g) + 8;
    for (std::size_t k = 0; k < series.size(); ++k) {
      const auto& v = g < series[k].values.size() ? series[k].values[g] : std::nullopt;
      if (!v) continue;
      s += fmt::format(R"(<rect x="{}" y="{:.1f}" width="12" height="{:.1f}" fill="{}"><title>{} {}: {}%</title></rect>)",
                       gx + 14 * static_cast<int>(k), y(*v), top + ph - y(*v), series[k].colour, esc(labels[g]),
                       esc(series[k].name), num(*v));
    }
    std::string shown = labels[g].size() > 10 ? labels[g].substr(0, 9) + "…" : labels[g];
    s += fmt::format(R"(<text x="{}" y="{}" font-size="10" text-anchor="middle">{}</text>)", gx + 7 * static_cast<int>(series.size()),
                     top + ph + 14, esc(shown));
  }
  int legend_x = left;
  for (const auto& ser : series) {
    s += fmt::format(R"(<rect x="{}" y="{}" width="12" height="12" fill="{}"/><text x="{}" y="{}" font-size="11">{}</text>)",
                     legend_x, h - 16, ser.colour, legend_x + 16, h - 6, esc(ser.name));
    legend_x += 24 + static_cast<int>(ser.name.size()) * 7;
  }
  return s + "</svg>\n";
}

std::string dashboard(const rules::report_result& r, bool en) {
  const auto& cur = r.periods.current;
  const auto& prev = r.periods.previous;
  const std::string title(text(msg::dashboard_title, en));
  std::string html = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{} {}</title>{}</head><body>\n",
      en ? "en" : "es", esc(title), esc(cur.label), style);
  html += fmt::format("<h1>{} — {}</h1>\n<p class=\"sub\">{}</p>\n", esc(title), esc(cur.label),
                      tr_in(en, msg::dashboard_period, date_range(cur), esc(prev.label), date_range(prev)));

  // The KPI table: totals, against the previous period and the target.
  html += fmt::format("<h2>{}</h2>\n<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                      text(msg::dashboard_indicators, en), text(msg::dashboard_indicator, en),
                      text(msg::dashboard_value, en), text(msg::dashboard_ratio, en), text(msg::dashboard_previous, en),
                      text(msg::dashboard_change, en), text(msg::dashboard_target, en), text(msg::dashboard_gap, en));
  // One bar chart per reason kind: the reason (an outcome as an agent reads it) and its count.
  const auto kinds = rules::reason_defs();
  std::vector<std::vector<std::pair<std::string, double>>> reasons(kinds.size());
  for (const auto& row : r.rows) {
    if (row.group_by != "total") continue;
    if (const auto* kind = rules::find_reason(row.metric)) {
      const std::string key = row.metric.substr(kind->prefix.size() + 1);
      if (row.value && *row.value > 0)
        reasons[static_cast<std::size_t>(kind->id)].emplace_back(
            kind->id == rules::reason_kind::no_contact ? std::string(outcome_label(key, en))
                                                       : std::string(rules::reason_label(key, en)),
            *row.value);
      continue;
    }
    if (rules::find_care_metric(row.metric)) continue;  // in the care sections below
    const std::string value = rules::format_value(row.value, row.is_rate);
    const std::string unit = row.is_rate && row.value ? "%" : "";
    std::string change = "<span class=\"muted\">—</span>", gap = change;
    if (row.value && row.previous) {
      const double d = *row.value - *row.previous;
      change = fmt::format("<span class=\"{}\">{}{}{}</span>", d > 0 ? "up" : d < 0 ? "down" : "muted", d > 0 ? "+" : "",
                           row.is_rate ? num(d) : fmt::format("{:.0f}", d), row.is_rate ? " pp" : "");
    }
    if (row.value && row.target) {
      const double d = *row.value - *row.target;
      gap = fmt::format("<span class=\"{}\">{}{}{}</span>", d >= 0 ? "up" : "down", d > 0 ? "+" : "",
                        row.is_rate ? num(d) : fmt::format("{:.0f}", d), row.is_rate ? " pp" : "");
    }
    html += fmt::format("<tr><td>{}</td><td><b>{}{}</b></td><td>{}</td><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                        esc(metric_label(row.metric, en)), value.empty() ? "—" : esc(value), unit,
                        row.is_rate ? esc(row.numerator + " / " + row.denominator) : "",
                        esc(rules::format_value(row.previous, row.is_rate)),
                        row.is_rate && row.previous ? "%" : "", change,
                        row.target ? esc(fmt::format("{:g}{}", *row.target, row.is_rate ? "%" : "")) : "—", gap);
  }
  html += "</table>\n";
  // The notes of stderr, already in the run's language.
  for (const std::string& note : r.left_out) html += fmt::format("<p class=\"note\">{}</p>\n", esc(note));

  html += "<div class=\"grid\"><div>\n";
  std::vector<std::string> weeks;
  line_series eff{std::string(rules::metric_info(rules::metric_id::call_effectiveness).title(en)), "#1f6feb", {}};
  line_series con{std::string(rules::metric_info(rules::metric_id::contactability).title(en)), "#e8590c", {}};
  for (const auto& t : r.trend) {
    weeks.push_back(tr_in(en, msg::dashboard_week, t.label.substr(6)));
    eff.values.push_back(t.call_effectiveness);
    con.values.push_back(t.contactability);
  }
  html += svg_lines(weeks, {eff, con}, std::string(text(msg::dashboard_weekly_trend, en)));
  html += "</div><div>\n";
  std::vector<std::string> agents;
  line_series a_eff{eff.name, eff.colour, {}}, a_con{con.name, con.colour, {}};
  for (const auto& row : r.agent_rows) {
    if (!row.value) continue;  // an agent known only from a list or a lead made no attempt: no bar
    if (agents.empty() || agents.back() != group_label(row.group, en)) {
      agents.push_back(group_label(row.group, en));
      a_eff.values.emplace_back();
      a_con.values.emplace_back();
    }
    (row.metric == rules::metric_info(rules::metric_id::call_effectiveness).name ? a_eff : a_con).values.back() = row.value;
  }
  html += svg_grouped_bars(agents, {a_eff, a_con}, std::string(text(msg::dashboard_by_agent, en)));
  html += "</div><div>\n";
  auto by_count = [](const auto& a, const auto& b) { return a.second > b.second || (a.second == b.second && a.first < b.first); };
  constexpr std::array<const char*, rules::reason_kind_count> reason_colour = {"#b42318", "#8250df"};
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    std::sort(reasons[k].begin(), reasons[k].end(), by_count);
    html += svg_hbars(reasons[k], std::string(kinds[k].title(en)), reason_colour[k], false);
    html += k + 1 < kinds.size() ? "</div><div>\n" : "</div></div>\n";
  }

  // Groups (--by), one row each.
  std::vector<std::string_view> main;
  for (const auto& d : rules::metric_defs())
    if (d.by_group) main.push_back(d.name);
  std::string group_by;
  for (const auto& row : r.rows)
    if (row.group_by == "agent" || row.group_by == "segment") group_by = row.group_by;
  if (!group_by.empty()) {
    html += fmt::format("<h2>{}</h2>\n<table><tr><th>{}</th>", text(msg::dashboard_by_group, en),
                        esc(text(group_by == "agent" ? msg::word_agent : msg::dashboard_segment, en)));
    for (const auto& m : main) html += fmt::format("<th>{}</th>", esc(metric_label(m, en)));
    html += "</tr>\n";
    std::string current;
    std::vector<std::string> cells;
    auto flush = [&] {
      if (current.empty()) return;
      html += fmt::format("<tr><td>{}</td>", esc(group_label(current, en)));
      for (const auto& c : cells) html += fmt::format("<td>{}</td>", c);
      html += "</tr>\n";
    };
    for (const auto& row : r.rows) {
      if (row.group_by != group_by) continue;
      if (row.group != current) {
        flush();
        current = row.group;
        cells.assign(main.size(), "—");
      }
      auto it = std::find(main.begin(), main.end(), row.metric);
      if (it != main.end() && row.value)
        cells[it - main.begin()] = esc(rules::format_value(row.value, row.is_rate)) + (row.is_rate ? "%" : "");
    }
    flush();
    html += "</table>\n";
  }

  html += care_sections(r, en);
  html += months_section(r, en);

  html += fmt::format("<h2>{}</h2>\n<ul class=\"note\">\n", text(msg::dashboard_definitions, en));
  for (const auto& d : rules::metric_defs()) html += fmt::format("<li>{}</li>\n", esc(d.definition(en)));
  for (const auto& d : rules::care_defs()) html += fmt::format("<li>{}</li>\n", esc(d.definition(en)));
  // The reasons by their charts' titles; their rows' code is named as the CSV report's.
  for (const auto& k : kinds)
    html += fmt::format("<li>{}: {} ({})</li>\n", esc(k.title(en)), esc(k.brief(en)),
                        tr_in(en, msg::dashboard_csv_key, esc(k.key(en))));

  html += "</ul>\n</body></html>\n";
  return html;
}

}  // namespace retorno::render
