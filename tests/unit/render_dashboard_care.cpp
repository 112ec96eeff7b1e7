// Tests of the dashboard's care, database-health and monthly sections: the sparkline's geometry
// (gaps, lone values, min and max, the last value), the sections' labels in both languages, the
// recurring categories, the changes, and group names printed as text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "render/dashboard_care.hpp"
#include "rules/care.hpp"

using namespace retorno;
using render::svg_sparkline;

namespace {

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}
bool has(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

// The sparkline is 150 x 36 with a padding of 4: x = 4 + 142 i / (n - 1), y = 4 + 28 (1 - (v - min) / (max - min)).
std::string ring(const char* cx, const char* cy) {
  return std::string(R"(<circle cx=")") + cx + R"(" cy=")" + cy + R"(" r="2.6" fill="#fff")";
}
std::string last_point(const char* cx, const char* cy) {
  return std::string(R"(<circle cx=")") + cx + R"(" cy=")" + cy + R"(" r="2.8")";
}
std::string dot(const char* cx, const char* cy) {
  return std::string(R"(<circle cx=")") + cx + R"(" cy=")" + cy + R"(" r="1.8")";
}

rules::kpi_row row(const char* group_by, const char* group, const char* metric, std::optional<double> value,
                   std::optional<double> previous = std::nullopt, std::string numerator = {},
                   std::string denominator = {}) {
  rules::kpi_row r;
  r.group_by = group_by;
  r.group = group;
  r.metric = metric;
  const auto* d = rules::find_care_metric(metric);
  REQUIRE(d);
  r.is_rate = d->is_rate;
  r.one_decimal = d->one_decimal;
  r.value = value;
  r.previous = previous;
  r.numerator = std::move(numerator);
  r.denominator = std::move(denominator);
  return r;
}

// A month's care rows: complaints with their groups, the two surveys, the health per dealer.
rules::report_result care_report() {
  rules::report_result r;
  r.rows = {
      row("total", "total", "complaints_opened", 8, 5),
      row("total", "total", "complaints_open", 3, 5),
      row("total", "total", "complaints_confirmed", 200.0 / 3, 50.0, "2", "3"),
      row("total", "total", "csat_post_service", 60, std::nullopt, "3", "5"),
      row("total", "total", "db_valid_mobile", 75, 70),
      row("area", "service", "complaints_opened", 5),
      row("area", "<i>taller</i>", "complaints_opened", 2),
      row("owner", "unassigned", "complaints_opened", 1),
      row("owner", "Luis & <Co>", "complaints_opened", 4),
      row("category", "Ruido", "complaints_opened", 3),
      row("category", "Tiempo de entrega", "complaints_opened", 4),
      row("category", "Trato", "complaints_opened", 0),
      row("category", "Ruido", "complaints_open", 3),
      row("advisor", "ana", "csat_post_service", 100.0 * 2 / 3),
      row("sales_consultant", "unassigned", "csat_post_delivery", 50),
      row("dealer", "Norte \"1\"", "db_valid_mobile", 100, 90),
  };
  return r;
}

}  // namespace

TEST_CASE("sparkline: a gap breaks the line in two, min and max ringed, the last value filled") {
  // n = 5: x = 4, 39.5, 75, 110.5, 146; min 10 at y 32, max 30 at y 4, 20 at y 18.
  const auto svg = svg_sparkline({10.0, 20.0, std::nullopt, 30.0, 20.0}, "Quejas");
  CHECK(svg.starts_with(R"(<svg xmlns="http://www.w3.org/2000/svg" width="150" height="36" viewBox="0 0 150 36")"));
  CHECK(svg.ends_with("</svg>"));
  CHECK(count(svg, "<polyline") == 2);
  CHECK(has(svg, R"(points="4.0,32.0 39.5,18.0")"));
  CHECK(has(svg, R"(points="110.5,4.0 146.0,18.0")"));
  CHECK(count(svg, R"(r="2.6")") == 2);
  CHECK(has(svg, ring("4.0", "32.0")));
  CHECK(has(svg, ring("110.5", "4.0")));
  CHECK(count(svg, R"(r="2.8")") == 1);
  CHECK(has(svg, last_point("146.0", "18.0")));
  CHECK_FALSE(has(svg, R"(r="1.8")"));  // no value stands alone
}

TEST_CASE("sparkline: a value alone between gaps is a dot, not lost") {
  // x = 4, 39.5, 75, 110.5, 146; 5 -> y 32, 7 -> y 18, 9 -> y 4.
  const auto svg = svg_sparkline({5.0, std::nullopt, 7.0, std::nullopt, 9.0}, "t");
  CHECK_FALSE(has(svg, "<polyline"));
  CHECK(has(svg, dot("4.0", "32.0")));
  CHECK(has(svg, dot("75.0", "18.0")));
  CHECK(has(svg, dot("146.0", "4.0")));
  CHECK(has(svg, ring("4.0", "32.0")));
  CHECK(has(svg, ring("146.0", "4.0")));
  CHECK(has(svg, last_point("146.0", "4.0")));
}

TEST_CASE("sparkline: the first of equal lows and highs is ringed; the last value trails gaps") {
  // n = 5: 3 1 3 1 -; x = 4, 39.5, 75, 110.5; the last value is the fourth.
  const auto svg = svg_sparkline({3.0, 1.0, 3.0, 1.0, std::nullopt}, "t");
  CHECK(count(svg, R"(r="2.6")") == 2);
  CHECK(has(svg, ring("4.0", "4.0")));
  CHECK(has(svg, ring("39.5", "32.0")));
  CHECK(has(svg, last_point("110.5", "32.0")));
  CHECK(has(svg, R"(points="4.0,4.0 39.5,32.0 75.0,4.0 110.5,32.0")"));
}

TEST_CASE("sparkline: a flat series lies on the baseline, with nothing ringed") {
  const auto svg = svg_sparkline({50.0, 50.0, 50.0}, "t");
  CHECK(has(svg, R"(points="4.0,32.0 75.0,32.0 146.0,32.0")"));
  CHECK_FALSE(has(svg, R"(r="2.6")"));
  CHECK(has(svg, last_point("146.0", "32.0")));
}

TEST_CASE("sparkline: one value, or none, draws no line and no NaN") {
  const auto one = svg_sparkline({42.0}, "t");
  CHECK_FALSE(has(one, "<polyline"));
  CHECK(has(one, dot("4.0", "32.0")));
  CHECK(has(one, last_point("4.0", "32.0")));
  for (const auto& values : {std::vector<std::optional<double>>{}, {std::nullopt, std::nullopt}}) {
    const auto svg = svg_sparkline(values, "t");
    CHECK_FALSE(has(svg, "<polyline"));
    CHECK_FALSE(has(svg, "<circle"));
    CHECK(has(svg, R"(<line x1="4" x2="146" y1="32" y2="32")"));  // the baseline
    CHECK_FALSE(has(svg, "nan"));
    CHECK(svg.ends_with("</svg>"));
  }
}

TEST_CASE("sparkline: its title is text") {
  const auto svg = svg_sparkline({1.0, 2.0}, "Quejas <abiertas> & \"más\"");
  CHECK(has(svg, "<title>Quejas &lt;abiertas&gt; &amp; &quot;más&quot;</title>"));
  CHECK_FALSE(has(svg, "<abiertas>"));
}

TEST_CASE("care sections: nothing without a care metric") {
  rules::report_result r;
  CHECK(render::care_sections(r, false).empty());
  rules::kpi_row calls;
  calls.group_by = calls.group = "total";
  calls.metric = "calls";
  calls.value = 10;
  r.rows.push_back(calls);
  CHECK(render::care_sections(r, true).empty());
}

TEST_CASE("care sections: the headings and columns in Spanish and in English") {
  const auto r = care_report();
  const auto es = render::care_sections(r, false), en = render::care_sections(r, true);
  for (auto s : {"<h2>Atención a clientes: quejas</h2>", "Categorías recurrentes", "<th>Abiertas</th>",
                 "<h3>Por área</h3>", "<th>Área</th>", "<h3>Por responsable</h3>", "<th>Responsable</th>",
                 "<h2>Satisfacción del cliente (encuestas de 0 a 10)</h2>", "<h3>Por asesor de servicio</h3>",
                 "<h3>Por asesor de ventas</h3>", "<h2>Salud de la base de datos</h2>", "<h3>Por distribuidor</h3>",
                 "<th>Distribuidor</th>", "<th>Indicador</th>", "<th>Anterior</th>", "<th>Cambio</th>",
                 "<td>Quejas abiertas en el periodo</td>", "<td>Con celular válido</td>", "<td>Servicio</td>",
                 "<td>sin asignar</td>"}) {
    CAPTURE(s);
    CHECK(has(es, s));
  }
  for (auto s : {"<h2>Customer care: complaints</h2>", "Recurring categories", "<th>Opened</th>", "<h3>By area</h3>",
                 "<h3>By owner</h3>", "<h2>Customer satisfaction (0-10 surveys)</h2>", "<h3>By service advisor</h3>",
                 "<h3>By sales consultant</h3>", "<h2>Database health</h2>", "<h3>By dealer</h3>", "<th>Dealer</th>",
                 "<th>Indicator</th>", "<th>Previous</th>", "<th>Change</th>", "<td>Complaints opened</td>",
                 "<td>With a valid mobile</td>", "<td>Service</td>", "<td>unassigned</td>"}) {
    CAPTURE(s);
    CHECK(has(en, s));
  }
  // Each language alone.
  CHECK_FALSE(has(es, "Customer care"));
  CHECK_FALSE(has(es, "<td>unassigned</td>"));
  CHECK_FALSE(has(en, "Atención"));
  CHECK_FALSE(has(en, "sin asignar"));
}

TEST_CASE("care sections: a section without its metrics is not drawn") {
  rules::report_result r;
  r.rows = {row("total", "total", "csat_post_service", 60)};
  const auto html = render::care_sections(r, false);
  CHECK(has(html, "Satisfacción del cliente"));
  CHECK_FALSE(has(html, "quejas</h2>"));
  CHECK_FALSE(has(html, "Salud de la base de datos"));
  CHECK_FALSE(has(html, "Por asesor de servicio"));  // no advisor rows
}

TEST_CASE("care sections: values, numerator / denominator and the change since the previous period") {
  const auto html = render::care_sections(care_report(), false);
  // 66.666... is written 66.7%, over "2 / 3"; 50.0 before: +16.7 points.
  CHECK(has(html, "<td><b>66.7%</b></td><td>2 / 3</td><td>50.0%</td><td><span class=\"up\">+16.7 pp</span></td>"));
  // A count: 3 open against 5, two fewer.
  CHECK(has(html, "<td><b>3</b></td><td></td><td>5</td><td><span class=\"down\">-2</span></td>"));
  // No previous value: a dash.
  CHECK(has(html, "<td><b>60.0%</b></td><td>3 / 5</td><td><span class=\"muted\">—</span></td>"));
  // The dealer's change column: 100 against 90.
  CHECK(has(html, "<td>100.0%</td><td><span class=\"up\">+10.0 pp</span></td>"));
}

TEST_CASE("care sections: the recurring categories, most opened first, none without a complaint") {
  auto r = care_report();
  const auto html = render::care_sections(r, false);
  const auto tiempo = html.find("<td>Tiempo de entrega</td><td>4</td>"), ruido = html.find("<td>Ruido</td><td>3</td>");
  REQUIRE(tiempo != std::string::npos);
  REQUIRE(ruido != std::string::npos);
  CHECK(tiempo < ruido);
  CHECK_FALSE(has(html, "<td>Trato</td>"));  // 0 opened
  // Five at most: of seven categories with 1 to 7 complaints, the ones with 7 down to 3.
  rules::report_result many;
  many.rows.push_back(row("total", "total", "complaints_opened", 28));
  const char* names[] = {"uno", "dos", "tres", "cuatro", "cinco", "seis", "siete"};
  for (int i = 0; i < 7; ++i) many.rows.push_back(row("category", names[i], "complaints_opened", i + 1));
  const auto top = render::care_sections(many, true);
  std::size_t at = 0;
  for (const char* n : {"siete", "seis", "cinco", "cuatro", "tres"}) {
    CAPTURE(n);
    const auto next = top.find(std::string("<td>") + n + "</td>", at);
    REQUIRE(next != std::string::npos);
    at = next;
  }
  CHECK_FALSE(has(top, "<td>dos</td>"));
  CHECK_FALSE(has(top, "<td>uno</td>"));
  // Categories given but none opened: one dash row.
  rules::report_result quiet;
  quiet.rows = {row("total", "total", "complaints_opened", 0), row("category", "Trato", "complaints_opened", 0)};
  CHECK(has(render::care_sections(quiet, false), "<tr><td colspan=\"2\" class=\"muted\">—</td></tr>"));
}

TEST_CASE("care sections: group names are text, never markup") {
  for (bool en : {false, true}) {
    const auto html = render::care_sections(care_report(), en);
    CHECK(has(html, "<td>Luis &amp; &lt;Co&gt;</td>"));
    CHECK(has(html, "<td>&lt;i&gt;taller&lt;/i&gt;</td>"));
    CHECK(has(html, "<td>Norte &quot;1&quot;</td>"));
    CHECK_FALSE(has(html, "<Co>"));
    CHECK_FALSE(has(html, "<i>"));
  }
}

TEST_CASE("group labels: only the unassigned group is translated") {
  CHECK(render::group_label("unassigned", false) == "sin asignar");
  CHECK(render::group_label("unassigned", true) == "unassigned");
  CHECK(render::group_label("ana", false) == "ana");
  CHECK(render::group_label("Sin asignar", true) == "Sin asignar");
}

TEST_CASE("months section: the months named in each language, a sparkline per metric, dashes for gaps") {
  rules::report_result r;
  for (const char* m : {"2026-10", "2026-11"}) {
    rules::period p;
    p.label = m;
    r.months.push_back(p);
  }
  CHECK(render::months_section(r, false).empty());  // no rows
  auto oct = row("total", "total", "complaints_opened", 4), nov = row("total", "total", "complaints_opened", 8);
  oct.period = "2026-10";
  nov.period = "2026-11";
  auto csat = row("total", "total", "csat_post_service", 75);
  csat.period = "2026-11";
  r.month_rows = {oct, nov, csat};
  const auto es = render::months_section(r, false), en = render::months_section(r, true);
  CHECK(has(es, "<h2>Los últimos 2 meses</h2>"));
  CHECK(has(es, "<th>oct 2026</th><th>nov 2026</th>"));
  CHECK(has(en, "<h2>The last 2 months</h2>"));
  CHECK(has(en, "<th>Oct 2026</th><th>Nov 2026</th>"));
  CHECK(count(es, "<svg") == 2);
  // October has no CSAT: a dash in its cell, and the November value alone, a dot.
  CHECK(has(es, "<td>Satisfacción posservicio (9-10)</td><td><span class=\"muted\">—</span></td><td>75.0%</td>"));
  CHECK(has(es, "<td>Quejas abiertas en el periodo</td><td>4</td><td>8</td>"));
  CHECK(has(es, "<div class=\"last\">75.0%</div>"));
  CHECK(count(es, "<polyline") == 1);
  CHECK(count(es, R"(r="1.8")") == 1);
}
