// The dashboard's customer-care, database-health and twelve-month sections.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "rules/kpis.hpp"

namespace retorno::render {

// A small line over `values` (gaps break it; a value alone between gaps is a dot), min and max
// ringed, the last value filled, as an inline <svg>.
std::string svg_sparkline(const std::vector<std::optional<double>>& values, const std::string& title);

// Complaints (totals, by area, by owner, recurring categories), satisfaction by advisor and by
// sales consultant, and the database's health per dealer: "" when the report has none of them.
std::string care_sections(const rules::report_result& report, bool english);

// Each main metric month by month: a table and a sparkline per metric; "" without months.
std::string months_section(const rules::report_result& report, bool english);

// A group's name as the dashboard shows it: "unassigned" -> "sin asignar".
std::string group_label(const std::string& group, bool english);

}  // namespace retorno::render
