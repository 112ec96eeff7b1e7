// Printable call sheets: one section per agent, one page each, self-contained HTML.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace retorno::render {

// Escapes text for HTML element content and attribute values (& < > " ').
std::string html_escape(std::string_view text);

// The start of a self-contained page, through <body>: doctype, language (es unless `english`),
// UTF-8, viewport, the title (escaped here) and the page's own `css`.
std::string html_page_head(std::string_view title, bool english, std::string_view css);

// The sheet's paper: US Letter by default (Mexico and Colombia print on "carta"), or A4.
enum class paper { letter, a4 };

// The day's calls as printable sheets, the one document segment and schedule-attempts print.
// `columns` names the cells of each row (the call list columns of doc/design.md; a missing one
// reads as ""); rows arrive in list order. Each agent's calls are printed in the order of their
// `call_at` (the time of the call), ties in list order, under the heading of their slot; a list
// without call_at (nor slot) spreads each agent's calls over the slots in turn (rules::slot_for).
// A card shows "attempt" of "attempts_planned", the `previous_attempts`
// ("2026-11-25T10:15|no_answer|LUIS;…"), the `callback_at` the customer asked for, and one row of
// outcome boxes in the contact log's words. Spanish unless `english`; `size` is the printed page.
std::string call_sheets(std::span<const std::string_view> columns, const std::vector<std::vector<std::string>>& rows,
                        const std::string& list_date, bool english, paper size = paper::letter);

}  // namespace retorno::render
