// The KPI dashboard: one self-contained HTML page with inline SVG charts (no scripts, no network).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "rules/kpis.hpp"

namespace retorno::render {

// One series of a line chart: a name and one value per x label (nullopt = a gap).
struct line_series {
  std::string name, colour;
  std::vector<std::optional<double>> values;
};

// A line chart of percentages (0-100) over `labels`, as an <svg> element.
std::string svg_lines(const std::vector<std::string>& labels, const std::vector<line_series>& series,
                      const std::string& title);

// Horizontal bars: one per label, the value written at its end. `max` 0 = the largest value.
std::string svg_hbars(const std::vector<std::pair<std::string, double>>& bars, const std::string& title,
                      const std::string& colour, bool percent, double max = 0);

// Vertical bars grouped by label, one bar per series (percentages).
std::string svg_grouped_bars(const std::vector<std::string>& labels, const std::vector<line_series>& series,
                             const std::string& title);

// The whole page: KPI table against the previous period and the target, the weekly trend,
// bars by agent, reasons for no contact and for no booking. Spanish unless `english`.
std::string dashboard(const rules::report_result& report, bool english);

}  // namespace retorno::render
