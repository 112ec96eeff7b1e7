// Dashboard sections for customer care, the database's health and the monthly trend: tables and sparklines.
#include "render/dashboard_care.hpp"

#include "render/readable.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "core/catalog.hpp"
#include "render/call_sheet.hpp"
#include "rules/care.hpp"

namespace retorno::render {

namespace {

using sv = std::string_view;
std::string esc(sv s) { return html_escape(s); }


// "2026-11" -> "nov 2026" / "Nov 2026".
std::string month_label(const std::string& label, bool en) {
  if (label.size() != 7) return label;
  const int m = std::atoi(label.c_str() + 5);
  if (m < 1 || m > 12) return label;
  return fmt::format("{} {}", month_abbr(static_cast<unsigned>(m), en), label.substr(0, 4));

}

std::string title_of(const std::string& metric, bool en) {
  if (const auto* d = rules::find_care_metric(metric)) return std::string(d->title(en));
  if (const auto* d = rules::find_metric(metric)) return std::string(d->title(en));
  return metric;
}

std::string cell(const rules::kpi_row& r) {
  const std::string v = rules::format_row(r, r.value);
  if (v.empty()) return "<span class=\"muted\">—</span>";
  return esc(v) + (r.is_rate ? "%" : "");
}

std::string change(const rules::kpi_row& r) {
  if (!r.value || !r.previous) return "<span class=\"muted\">—</span>";
  const double d = *r.value - *r.previous;
  return fmt::format("<span class=\"{}\">{}{}{}</span>", d > 0 ? "up" : d < 0 ? "down" : "muted", d > 0 ? "+" : "",
                     r.is_rate || r.one_decimal ? fmt::format("{:.1f}", d) : fmt::format("{:.0f}", d),
                     r.is_rate ? " pp" : "");
}

// A complaint's area as a person reads it.
std::string area_label(const std::string& area, bool en) {
  const sv name = complaint_area(area, en);
  return name == area ? group_label(area, en) : std::string(name);
}

// Rows of one grouping as a table: one row per group, one column per metric (with the month's
// change when `with_change`).
std::string group_table(const std::vector<const rules::kpi_row*>& rows, sv head, bool en,
                        bool with_change) {
  std::vector<std::string> metrics, groups;
  std::map<std::pair<std::string, std::string>, const rules::kpi_row*> at;
  for (const auto* r : rows) {
    if (std::find(metrics.begin(), metrics.end(), r->metric) == metrics.end()) metrics.push_back(r->metric);
    if (std::find(groups.begin(), groups.end(), r->group) == groups.end()) groups.push_back(r->group);
    at[{r->group, r->metric}] = r;
  }
  std::string h = fmt::format("<table><tr><th>{}</th>", esc(head));
  for (const auto& m : metrics) {
    h += fmt::format("<th>{}</th>", esc(title_of(m, en)));
    if (with_change) h += fmt::format("<th>{}</th>", text(msg::dashboard_change, en));
  }
  h += "</tr>\n";
  for (const auto& g : groups) {
    h += fmt::format("<tr><td>{}</td>", esc(rows.front()->group_by == "area" ? area_label(g, en) : group_label(g, en)));
    for (const auto& m : metrics) {
      auto it = at.find({g, m});
      h += fmt::format("<td>{}</td>", it != at.end() ? cell(*it->second) : "<span class=\"muted\">—</span>");
      if (with_change) h += fmt::format("<td>{}</td>", it != at.end() ? change(*it->second) : "");
    }
    h += "</tr>\n";
  }
  return h + "</table>\n";
}

}  // namespace

std::string group_label(const std::string& group, bool en) {
  if (group == rules::unassigned) return std::string(text(msg::unassigned, en));
  return group;
}

std::string svg_sparkline(const std::vector<std::optional<double>>& values, const std::string& title) {
  const int w = 150, h = 36, pad = 4;
  double lo = 0, hi = 0;
  bool any = false;
  for (const auto& v : values)
    if (v) {
      lo = any ? std::min(lo, *v) : *v;
      hi = any ? std::max(hi, *v) : *v;
      any = true;
    }
  if (hi - lo < 1e-9) hi = lo + 1;
  const std::size_t n = values.size();
  auto x = [&](std::size_t i) { return pad + (n > 1 ? (w - 2 * pad) * static_cast<double>(i) / static_cast<double>(n - 1) : 0.0); };
  auto y = [&](double v) { return pad + (h - 2 * pad) * (1.0 - (v - lo) / (hi - lo)); };
  std::string s = fmt::format(R"(<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}" role="img"><title>{}</title>)",
                              w, h, w, h, esc(title));
  s += fmt::format(R"(<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#e5e7eb"/>)", pad, w - pad, h - pad, h - pad);
  std::string points;
  auto flush = [&] {
    if (points.find(' ') != std::string::npos)
      s += fmt::format(R"(<polyline fill="none" stroke="#1f6feb" stroke-width="1.8" points="{}"/>)", points);
    points.clear();
  };
  std::size_t low = n, high = n, last = n;  // the first lowest and highest months, the last one
  for (std::size_t i = 0; i < n; ++i) {
    if (!values[i]) {
      flush();
      continue;
    }
    points += fmt::format("{}{:.1f},{:.1f}", points.empty() ? "" : " ", x(i), y(*values[i]));
    // A month alone between gaps makes no line: a dot, so that its value is not lost.
    if ((i == 0 || !values[i - 1]) && (i + 1 == n || !values[i + 1]))
      s += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="1.8" fill="#1f6feb"/>)", x(i), y(*values[i]));
    if (low == n || *values[i] < *values[low]) low = i;
    if (high == n || *values[i] > *values[high]) high = i;
    last = i;
  }
  flush();
  if (last == n) return s + "</svg>";
  // The lowest and the highest month, ringed, when they differ.
  if (*values[high] > *values[low])
    for (std::size_t i : {low, high})
      s += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="2.6" fill="#fff" stroke="#1f6feb" stroke-width="1.2"/>)",
                       x(i), y(*values[i]));
  // The last month's point, the one the table's last column shows.
  s += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="2.8" fill="#1f6feb"/>)", x(last), y(*values[last]));
  return s + "</svg>";
}

std::string care_sections(const rules::report_result& r, bool en) {
  std::map<std::string, std::vector<const rules::kpi_row*>> by;  // group_by -> rows
  std::vector<const rules::kpi_row*> totals;
  for (const auto& row : r.rows) {
    if (!rules::find_care_metric(row.metric)) continue;
    if (row.group_by == "total") totals.push_back(&row);
    else by[row.group_by].push_back(&row);
  }
  if (totals.empty()) return {};
  auto total_table = [&](sv prefix_a, sv prefix_b) {
    std::string h = fmt::format("<table><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                                text(msg::dashboard_indicator, en), text(msg::dashboard_value, en),
                                text(msg::dashboard_ratio, en), text(msg::dashboard_previous, en),
                                text(msg::dashboard_change, en));
    bool any = false;
    for (const auto* t : totals) {
      if (!sv(t->metric).starts_with(prefix_a) && (prefix_b.empty() || !sv(t->metric).starts_with(prefix_b))) continue;
      any = true;
      const std::string prev = rules::format_row(*t, t->previous);
      h += fmt::format("<tr><td>{}</td><td><b>{}</b></td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
                       esc(title_of(t->metric, en)), cell(*t),
                       t->is_rate ? esc(t->numerator + " / " + t->denominator) : "",
                       prev.empty() ? "<span class=\"muted\">—</span>" : esc(prev) + (t->is_rate ? "%" : ""), change(*t));
    }
    return any ? h + "</table>\n" : std::string();
  };
  std::string html;
  // Customer care: complaints.
  if (std::string t = total_table("complaint", ""); !t.empty()) {
    html += fmt::format("<h2>{}</h2>\n<div class=\"grid\"><div>\n{}</div>\n", text(msg::dashboard_complaints, en), t);
    if (by.count("category")) {
      // The recurring categories: the most complaints opened first, five at most.
      std::vector<const rules::kpi_row*> opened;
      for (const auto* row : by["category"])
        if (row->metric == "complaints_opened" && row->value && *row->value > 0) opened.push_back(row);
      std::stable_sort(opened.begin(), opened.end(), [](auto* a, auto* b) { return *a->value > *b->value; });
      if (opened.size() > 5) opened.resize(5);
      html += fmt::format("<div><table><tr><th>{}</th><th>{}</th></tr>\n",
                          text(msg::dashboard_recurring_categories, en), text(msg::dashboard_opened, en));
      for (const auto* row : opened)
        html += fmt::format("<tr><td>{}</td><td>{}</td></tr>\n", esc(group_label(row->group, en)), cell(*row));
      if (opened.empty()) html += "<tr><td colspan=\"2\" class=\"muted\">—</td></tr>\n";
      html += "</table></div>\n";
    }
    html += "</div>\n";
    if (by.count("area"))
      html += fmt::format("<h3>{}</h3>\n", text(msg::dashboard_by_area, en)) +
              group_table(by["area"], text(msg::dashboard_area, en), en, false);
    if (by.count("owner"))
      html += fmt::format("<h3>{}</h3>\n", text(msg::dashboard_by_owner, en)) +
              group_table(by["owner"], text(msg::dashboard_owner, en), en, false);
  }
  if (std::string t = total_table("csat", "score"); !t.empty()) {
    html += fmt::format("<h2>{}</h2>\n{}", text(msg::dashboard_satisfaction, en), t);
    html += "<div class=\"grid\">";
    if (by.count("advisor"))
      html += fmt::format("<div><h3>{}</h3>\n{}</div>", text(msg::dashboard_by_service_advisor, en),
                          group_table(by["advisor"], text(msg::word_advisor, en), en, false));
    if (by.count("sales_consultant"))
      html += fmt::format("<div><h3>{}</h3>\n{}</div>", text(msg::dashboard_by_sales_consultant, en),
                          group_table(by["sales_consultant"], text(msg::dashboard_sales_consultant, en), en, false));
    html += "</div>\n";
  }
  if (std::string t = total_table("db_", ""); !t.empty()) {
    html += fmt::format("<h2>{}</h2>\n{}", text(msg::dashboard_database_health, en), t);
    if (by.count("dealer"))
      html += fmt::format("<h3>{}</h3>\n", text(msg::dashboard_by_dealer, en)) +
              group_table(by["dealer"], text(msg::dashboard_dealer, en), en, true);
  }
  return html;
}

std::string months_section(const rules::report_result& r, bool en) {
  if (r.months.empty() || r.month_rows.empty()) return {};
  std::vector<std::string> metrics;
  std::map<std::pair<std::string, std::string>, const rules::kpi_row*> at;
  for (const auto& row : r.month_rows) {
    if (std::find(metrics.begin(), metrics.end(), row.metric) == metrics.end()) metrics.push_back(row.metric);
    at[{row.metric, row.period}] = &row;
  }
  std::string html =
      fmt::format("<h2>{}</h2>\n<div class=\"spark\">\n", tr_in(en, msg::dashboard_last_months, r.months.size()));
  // Small multiples: one sparkline per metric, with its last value.
  for (const auto& m : metrics) {
    std::vector<std::optional<double>> values;
    const rules::kpi_row* last = nullptr;
    for (const auto& p : r.months) {
      auto it = at.find({m, p.label});
      values.push_back(it != at.end() ? it->second->value : std::nullopt);
      if (it != at.end()) last = it->second;
    }
    html += fmt::format("<figure><figcaption>{}</figcaption>{}<div class=\"last\">{}</div></figure>\n",
                        esc(title_of(m, en)), svg_sparkline(values, title_of(m, en)), last ? cell(*last) : "—");
  }
  html += "</div>\n<table class=\"months\"><tr><th>";
  html += text(msg::dashboard_indicator, en);

  html += "</th>";
  for (const auto& p : r.months) html += fmt::format("<th>{}</th>", esc(month_label(p.label, en)));
  html += "</tr>\n";
  for (const auto& m : metrics) {
    html += fmt::format("<tr><td>{}</td>", esc(title_of(m, en)));
    for (const auto& p : r.months) {
      auto it = at.find({m, p.label});
      html += fmt::format("<td>{}</td>", it != at.end() ? cell(*it->second) : "<span class=\"muted\">—</span>");
    }
    html += "</tr>\n";
  }
  return html + "</table>\n";
}

}  // namespace retorno::render
