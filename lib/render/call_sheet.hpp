// Printable call sheets: one section per agent, one page each, self-contained HTML.
#pragma once
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace retorno::render {

// Escapes text for HTML element content and attribute values (& < > " ').
std::string html_escape(std::string_view text);

// The call list as printable sheets. `columns` names the cells of each row (the call list
// columns of doc/design.md); rows arrive in list order. Spanish unless `english`.
std::string call_sheets(std::span<const std::string_view> columns, const std::vector<std::vector<std::string>>& rows,
                        const std::string& list_date, bool english);

}  // namespace retorno::render
