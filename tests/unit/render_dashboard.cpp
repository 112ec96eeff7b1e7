// Tests of the dashboard's SVG pieces and page: data escaped, gaps drawn as gaps, no NaN anywhere.
#include <doctest/doctest.h>

#include <string>

#include "render/dashboard.hpp"

using namespace retorno;

TEST_CASE("bar labels are escaped and long ones shortened") {
  auto svg = render::svg_hbars({{"<script>x</script>", 3}, {"Hizo el servicio en otra agencia del grupo", 1}}, "T & T",
                               "#000", false);
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK(svg.find("&lt;script&gt;") != std::string::npos);
  CHECK(svg.find("T &amp; T") != std::string::npos);
  CHECK(svg.find(">3</text>") != std::string::npos);
}

TEST_CASE("a week without calls breaks the line instead of dropping to zero") {
  auto svg = render::svg_lines({"W1", "W2", "W3"}, {{"e", "#111", {50.0, std::nullopt, 75.0}}}, "t");
  // Two one-point pieces: dots, and no line joining W1 to W3 across the gap.
  CHECK(svg.find("<polyline") == std::string::npos);
  CHECK(svg.find("<circle") != svg.rfind("<circle"));
  auto joined = render::svg_lines({"W1", "W2"}, {{"e", "#111", {50.0, 75.0}}}, "t");
  CHECK(joined.find("<polyline") != std::string::npos);
}

TEST_CASE("a report with nothing in it renders with dashes, never NaN") {
  rules::report_result r;
  r.periods = rules::periods_for(rules::period_kind::month, *parse_minutes("2026-11-28"));
  rules::kpi_row row;
  row.group_by = "total";
  row.group = "total";
  row.metric = "call_effectiveness";
  row.is_rate = true;
  row.numerator = "0";
  row.denominator = "0";
  r.rows.push_back(row);
  // The notes come in the run's language (the catalogue's), and the page shows them as they are.
  r.left_out.push_back("\"Show rate\" left out: it needs --appointments");
  for (bool en : {false, true}) {
    auto html = render::dashboard(r, en);
    for (const char* bad : {">nan", ">inf", "nan%", "inf%", "-nan", "NaN"}) CHECK(html.find(bad) == std::string::npos);
    CHECK(html.find("<p class=\"note\">&quot;Show rate&quot; left out: it needs --appointments</p>") != std::string::npos);
    CHECK(html.find(en ? "Call effectiveness" : "Efectividad de llamadas") != std::string::npos);
    // The reasons' definitions by their charts' titles; the code only as the CSV report's.
    CHECK(html.find(en ? "<li>Reasons for no contact (calls): calls that did not reach, by outcome (in the CSV "
                         "report: no_contact:&lt;outcome&gt;)</li>"
                       : "<li>Motivos de no contacto (llamadas): llamadas no efectivas por resultado (en el informe "
                         "CSV: no_contact:&lt;resultado&gt;)</li>") != std::string::npos);
  }
}
