// Printable call sheets: one section per agent, one page each, self-contained HTML.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace retorno::render {

// Escapes text for HTML element content and attribute values (& < > " ').
std::string html_escape(std::string_view text);

// The sheet's paper: US Letter by default (Mexico and Colombia print on "carta"), or A4.
enum class paper { letter, a4 };

// The day's calls as printable sheets, the one document segment and schedule-attempts print.
// `columns` names the cells of each row (the call list columns of doc/design.md); rows arrive
// in list order. Each agent's calls are printed in the order of their `call_at` (the time of
// the call: slot order), ties in list order. Spanish unless `english`.
std::string call_sheets(std::span<const std::string_view> columns, const std::vector<std::vector<std::string>>& rows,
                        const std::string& list_date, bool english, paper size = paper::letter);

}  // namespace retorno::render
