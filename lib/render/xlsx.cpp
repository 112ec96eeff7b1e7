// Excel workbooks through libxlsxwriter, a complete Office Open XML writer: typed cells, frozen
// and filtered headers, print setup. The library writes to a path, so the workbook is assembled
// in a private temporary file and its bytes handed to the caller's atomic output.
#include "core/catalog.hpp"
#include "render/xlsx.hpp"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "core/error.hpp"
#include "rules/scripts.hpp"
#include "rules/segments.hpp"

namespace retorno::render::xlsx {

namespace {

using sv = std::string_view;

struct title {
  sv column, es, en;
};

// Every column a workbook of retorno holds: the call list, the exclusions, the schedule, the
// fallback queue and the report.
constexpr title titles[] = {
    {"item_id", "Registro", "Item"},
    {"list_date", "Fecha de lista", "List date"},
    {"segment", "Segmento", "Segment"},
    {"priority", "Prioridad", "Priority"},
    {"due_on", "Vence", "Due on"},
    {"vin", "VIN", "VIN"},
    {"person_id", "Persona", "Person"},
    {"customer_name", "Cliente", "Customer"},
    {"phone", "Teléfono", "Phone"},
    {"phone_alt", "Teléfono alterno", "Other phone"},
    {"email", "Correo", "E-mail"},
    {"preferred_channel", "Medio preferido", "Preferred channel"},
    {"make", "Marca", "Make"},
    {"model", "Modelo", "Model"},
    {"model_year", "Año", "Year"},
    {"last_service_date", "Último servicio", "Last service"},
    {"last_service_km", "Km último servicio", "Last service km"},
    {"estimated_km", "Km estimado", "Estimated km"},
    {"talking_points", "Temas (códigos)", "Talking points (codes)"},
    {"agent", "Agente", "Agent"},
    {"script", "Guion", "Script"},
    {"channel", "Medio", "Channel"},
    {"slot", "Franja", "Slot"},
    {"call_at", "Hora de llamada", "Call at"},
    {"attempt", "Intento", "Attempt"},
    {"attempts_planned", "Intentos previstos", "Attempts planned"},
    {"previous_attempts", "Intentos anteriores", "Previous attempts"},
    {"callback_at", "Volver a llamar", "Callback at"},
    {"about", "Asunto", "About"},
    {"message_channels", "Mensajes aceptados", "Message channels"},
    {"talking_points_text", "Temas", "Talking points"},
    {"reason", "Motivo", "Reason"},
    {"detail", "Detalle", "Detail"},
    {"status", "Estado", "Status"},
    {"attempts", "Intentos", "Attempts"},
    {"last_attempt_at", "Último intento", "Last attempt"},
    {"last_outcome", "Último resultado", "Last outcome"},
    {"next_at", "Siguiente intento", "Next attempt"},
    {"next_channel", "Siguiente medio", "Next channel"},
    {"next_slot", "Siguiente franja", "Next slot"},
    {"address", "Dirección", "Address"},
    {"note", "Nota", "Note"},
    {"dealer_name", "Agencia", "Dealer"},
    {"dealer_phone", "Teléfono agencia", "Dealer phone"},
    {"dealer_whatsapp", "WhatsApp agencia", "Dealer WhatsApp"},
    {"dealer_email", "Correo agencia", "Dealer e-mail"},
    {"subject", "Asunto del mensaje", "Subject"},
    {"text", "Texto", "Text"},
    {"whatsapp_link", "Liga de WhatsApp", "WhatsApp link"},
    {"sms_segments", "Partes del SMS", "SMS parts"},
    {"file", "Archivo", "File"},
    {"period", "Periodo", "Period"},
    {"group_by", "Agrupado por", "Grouped by"},
    {"group", "Grupo", "Group"},
    {"metric", "Indicador", "Metric"},
    {"value", "Valor", "Value"},
    {"numerator", "Numerador", "Numerator"},
    {"denominator", "Denominador", "Denominator"},
    {"previous", "Periodo anterior", "Previous period"},
    {"target", "Meta", "Target"},
};

std::size_t code_points(sv s) {
  std::size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

bool digits(sv s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

int number_at(sv s, std::size_t at, std::size_t len) {
  int v = 0;
  std::from_chars(s.data() + at, s.data() + at + len, v);
  return v;
}

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (a space for the T too) as Excel's date, else nothing.
std::optional<lxw_datetime> parse_when(sv s) {
  if (s.size() != 10 && s.size() != 16) return std::nullopt;
  if (!digits(s.substr(0, 4)) || s[4] != '-' || !digits(s.substr(5, 2)) || s[7] != '-' || !digits(s.substr(8, 2)))
    return std::nullopt;
  lxw_datetime d{number_at(s, 0, 4), number_at(s, 5, 2), number_at(s, 8, 2), 0, 0, 0};
  if (s.size() == 16) {
    if ((s[10] != 'T' && s[10] != ' ') || !digits(s.substr(11, 2)) || s[13] != ':' || !digits(s.substr(14, 2)))
      return std::nullopt;
    d.hour = number_at(s, 11, 2);
    d.min = number_at(s, 14, 2);
  }
  static constexpr int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > month_days[d.month - 1] || d.hour > 23 ||
      d.min > 59)
    return std::nullopt;
  return d;
}

std::optional<double> parse_number(sv s) {
  if (s.empty() || s.size() > 40) return std::nullopt;
  std::string text(s);
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v)) return std::nullopt;
  // A leading zero or plus sign is part of an identifier (a phone, a postal code), not a number.
  if ((s.size() > 1 && s[0] == '0' && s[1] != '.') || s[0] == '+') return std::nullopt;
  return v;
}

// A tab's name as Excel accepts it: no []:*?/\, 31 characters at most, unique in the book.
std::string tab_name(sv wanted, std::set<std::string>& used) {
  std::string base;
  for (char ch : wanted) base.push_back(std::string_view("[]:*?/\\").find(ch) == sv::npos ? ch : '_');
  while (!base.empty() && base.front() == '\'') base.erase(base.begin());
  while (!base.empty() && base.back() == '\'') base.pop_back();
  if (base.empty()) base = "-";
  auto cut = [](std::string s, std::size_t max) {
    std::size_t n = 0, i = 0;
    for (; i < s.size(); ++i)
      if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++n > max) break;
    s.resize(i);
    return s;
  };
  std::string name = cut(base, 31);
  for (int k = 2; used.count(name); ++k) {
    const std::string suffix = fmt::format(" ({})", k);
    name = cut(base, 31 - suffix.size()) + suffix;
  }
  used.insert(name);
  return name;
}

// Text of a page header: Excel reads & as a control character.
std::string header_text(sv s, std::size_t max) {
  std::string out;
  for (char ch : s) {
    out.push_back(ch);
    if (ch == '&') out.push_back('&');
  }
  if (out.size() > max) out.resize(max);
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0xC0) out.pop_back();
  return out;
}

struct formats {
  lxw_format *header, *date, *datetime, *percent, *km, *wrap;
};

void write_sheet(lxw_workbook* wb, const sheet& s, const std::string& name, const formats& f,
                 const workbook_info& info) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) throw output_error(info.title, tr(msg::err_sheet_add, name));
  const std::size_t width = s.headers.size();
  std::vector<std::size_t> wide(width, 0);
  for (std::size_t c = 0; c < width; ++c) {
    worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), s.headers[c].c_str(), f.header);
    wide[c] = code_points(s.headers[c]) + 3;  // room for the filter's button
  }
  lxw_row_t r = 1;
  for (const auto& row : s.rows) {
    for (std::size_t c = 0; c < row.size() && c < width; ++c) {
      const cell& x = row[c];
      if (x.text.empty()) continue;
      const auto col = static_cast<lxw_col_t>(c);
      std::size_t shown = code_points(x.text);
      bool done = false;
      switch (x.type) {
        case kind::date:
        case kind::datetime:
          if (auto d = parse_when(x.text)) {
            const bool with_time = x.text.size() == 16;
            worksheet_write_datetime(ws, r, col, &*d, with_time ? f.datetime : f.date);
            shown = with_time ? 16 : 10;
            done = true;
          }
          break;
        case kind::number:
        case kind::km:
        case kind::percent:
          if (auto v = parse_number(x.text)) {
            lxw_format* fmt = x.type == kind::km ? f.km : x.type == kind::percent ? f.percent : nullptr;
            worksheet_write_number(ws, r, col, x.type == kind::percent ? *v / 100 : *v, fmt);
            shown += x.type == kind::km ? shown / 3 : x.type == kind::percent ? 1 : 0;
            done = true;
          }
          break;
        case kind::text:
          break;
      }
      // Text is always a string cell: never read as a formula nor as a number.
      if (!done) worksheet_write_string(ws, r, col, x.text.c_str(), nullptr);
      wide[c] = std::max(wide[c], shown + 1);
    }
    ++r;
  }
  for (std::size_t c = 0; c < width; ++c)
    worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                         static_cast<double>(std::clamp<std::size_t>(wide[c], 6, 60)), nullptr);
  if (width > 0) {
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, r - 1, static_cast<lxw_col_t>(width - 1));
    worksheet_repeat_rows(ws, 0, 0);
  }
  worksheet_set_landscape(ws);
  worksheet_set_paper(ws, info.size == paper::a4 ? 9 : 1);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.5);
  const std::string header = fmt::format("&L{}&C&\"-,Bold\"{}&R{}", header_text(info.title, 60), header_text(s.page_header, 120),
                                         text(msg::xlsx_page_of, info.english));
  worksheet_set_header(ws, header.c_str());
}

// A temporary file that is removed when it goes out of scope.
struct scratch_file {
  std::string path;
  scratch_file() {
    const char* dir = std::getenv("TMPDIR");
    path = fmt::format("{}/retorno-xlsx-XXXXXX", dir && *dir ? dir : "/tmp");
    const int fd = ::mkstemp(path.data());
    if (fd < 0) throw output_error(path, tr(msg::err_workbook_temp));
    ::close(fd);
  }
  ~scratch_file() { ::unlink(path.c_str()); }
  scratch_file(const scratch_file&) = delete;
  scratch_file& operator=(const scratch_file&) = delete;
};

}  // namespace

std::string workbook(std::span<const sheet> sheets, const workbook_info& info) {
  scratch_file tmp;
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  lxw_workbook* wb = workbook_new_opt(tmp.path.c_str(), &options);
  if (!wb) throw output_error(tmp.path, tr(msg::err_workbook_start));
  // The creation date is the list's day, not the clock's: the same inputs give the same bytes.
  lxw_doc_properties props{};
  std::string title = info.title;
  props.title = title.data();
  std::string author = "retorno";
  props.author = author.data();
  props.created = static_cast<time_t>(info.created_day * 86400 + 12 * 3600);
  workbook_set_properties(wb, &props);
  formats f{};
  f.header = workbook_add_format(wb);
  format_set_bold(f.header);
  format_set_bg_color(f.header, 0xDDE4EE);
  format_set_bottom(f.header, LXW_BORDER_THIN);
  f.date = workbook_add_format(wb);
  format_set_num_format(f.date, info.english ? "yyyy-mm-dd" : "dd/mm/yyyy");
  f.datetime = workbook_add_format(wb);
  format_set_num_format(f.datetime, info.english ? "yyyy-mm-dd hh:mm" : "dd/mm/yyyy hh:mm");
  f.percent = workbook_add_format(wb);
  format_set_num_format(f.percent, "0.0%");
  f.km = workbook_add_format(wb);
  format_set_num_format(f.km, "#,##0");
  std::set<std::string> used;
  for (const auto& s : sheets) write_sheet(wb, s, tab_name(s.name, used), f, info);
  if (sheets.empty()) workbook_add_worksheet(wb, nullptr);
  if (const lxw_error e = workbook_close(wb); e != LXW_NO_ERROR)
    throw output_error(info.title, tr(msg::err_workbook_write, lxw_strerror(e)));
  std::ifstream in(tmp.path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) throw output_error(tmp.path, tr(msg::err_workbook_read_back));
  return std::move(bytes).str();
}

kind column_kind(sv column) {
  static const std::map<sv, kind> kinds = {
      {"list_date", kind::date},        {"due_on", kind::date},           {"last_service_date", kind::date},
      {"call_at", kind::datetime},      {"callback_at", kind::datetime},  {"last_attempt_at", kind::datetime},
      {"next_at", kind::datetime},      {"priority", kind::number},       {"model_year", kind::number},
      {"attempt", kind::number},        {"attempts_planned", kind::number}, {"attempts", kind::number},
      {"sms_segments", kind::number},   {"numerator", kind::number},      {"denominator", kind::number},
      {"last_service_km", kind::km},    {"estimated_km", kind::km},       {"km", kind::km},
  };
  auto it = kinds.find(column);
  return it == kinds.end() ? kind::text : it->second;
}

std::string column_title(sv column, bool english) {
  for (const auto& t : titles)
    if (t.column == column) return std::string(english ? t.en : t.es);
  return std::string(column);
}

sheet table_sheet(std::string name, std::string page_header, std::span<const sv> columns,
                  const std::vector<std::vector<std::string>>& rows, bool english) {
  sheet s{std::move(name), std::move(page_header), {}, {}};
  std::vector<kind> kinds;
  for (sv c : columns) {
    s.headers.push_back(column_title(c, english));
    kinds.push_back(column_kind(c));
  }
  s.rows.reserve(rows.size());
  for (const auto& row : rows) {
    auto& out = s.rows.emplace_back();
    out.reserve(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) out.push_back({c < row.size() ? row[c] : std::string(), kinds[c]});
  }
  return s;
}

std::vector<sheet> call_list_sheets(std::span<const sv> columns, const std::vector<std::vector<std::string>>& rows,
                                    const std::string& list_date, bool english) {
  auto index = [&](sv name) {
    auto it = std::find(columns.begin(), columns.end(), name);
    return it == columns.end() ? columns.size() : static_cast<std::size_t>(it - columns.begin());
  };
  const std::size_t agent_at = index("agent"), channel_at = index("channel"), segment_at = index("segment"),
                    priority_at = index("priority");
  auto at = [](const std::vector<std::string>& row, std::size_t k) { return k < row.size() ? sv(row[k]) : sv(); };
  const std::string no_agent(text(msg::xlsx_no_agent, english));
  // Agents in order of first appearance; a segment's title from its name and priority.
  std::vector<std::string> agents;
  std::map<std::string, std::vector<std::vector<std::string>>> per_agent;
  std::vector<std::string> segments;
  struct counts {
    long long calls = 0, messages = 0;
    std::map<std::string, long long> by_segment;
  };
  std::map<std::string, counts> tally;
  for (const auto& row : rows) {
    std::string agent(at(row, agent_at));
    if (agent.empty()) agent = no_agent;
    if (!per_agent.count(agent)) agents.push_back(agent);
    per_agent[agent].push_back(row);
    int priority = 0;
    const sv p = at(row, priority_at);
    std::from_chars(p.data(), p.data() + p.size(), priority);
    const sv seg_name = at(row, segment_at);
    const auto seg = rules::segment_from_name(seg_name, priority);
    std::string seg_title = seg ? std::string(rules::segment_title(*seg, english)) : std::string(seg_name);
    if (std::find(segments.begin(), segments.end(), seg_title) == segments.end()) segments.push_back(seg_title);
    auto& n = tally[agent];
    const sv channel = at(row, channel_at);
    (channel.empty() || channel == "phone" ? n.calls : n.messages) += 1;
    ++n.by_segment[seg_title];
  }
  std::vector<sheet> out;
  sheet summary;
  summary.name = text(msg::xlsx_summary, english);
  summary.page_header = fmt::format("{} {}", text(msg::call_list_title, english), list_date);
  summary.headers = {std::string(text(msg::word_agent, english)), std::string(text(msg::xlsx_calls, english)),
                     std::string(text(msg::xlsx_messages, english)), "Total"};
  for (const auto& s : segments) summary.headers.push_back(s);
  counts all;
  auto add_row = [&](const std::string& who, const counts& n) {
    auto& row = summary.rows.emplace_back();
    row.push_back({who, kind::text});
    row.push_back({fmt::format("{}", n.calls), kind::number});
    row.push_back({fmt::format("{}", n.messages), kind::number});
    row.push_back({fmt::format("{}", n.calls + n.messages), kind::number});
    for (const auto& s : segments) {
      auto it = n.by_segment.find(s);
      row.push_back({fmt::format("{}", it == n.by_segment.end() ? 0 : it->second), kind::number});
    }
  };
  for (const auto& a : agents) {
    const auto& n = tally[a];
    add_row(a, n);
    all.calls += n.calls;
    all.messages += n.messages;
    for (const auto& [s, k] : n.by_segment) all.by_segment[s] += k;
  }
  add_row("Total", all);
  out.push_back(std::move(summary));
  for (const auto& a : agents)
    out.push_back(table_sheet(a, fmt::format("{} {} · {}: {}", text(msg::call_list_title, english), list_date,
                                             text(msg::word_agent, english), a),

                              columns, per_agent[a], english));
  return out;
}

}  // namespace retorno::render::xlsx
