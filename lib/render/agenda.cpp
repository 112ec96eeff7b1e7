// The advisors' agenda, the welcome board and the leads' status as HTML; every value escaped.
#include "render/agenda.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>
#include <utf8proc.h>

#include "core/catalog.hpp"
#include "core/dates.hpp"
#include "render/readable.hpp"
#include "rules/outcomes.hpp"

namespace retorno::render {

namespace {

using sv = std::string_view;
using row = std::vector<std::string>;

std::string esc(sv s) { return html_escape(s); }

struct cells {
  std::span<const sv> columns;
  const row* r = nullptr;
  sv operator[](sv name) const {
    auto i = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
    return i < columns.size() && i < r->size() ? sv((*r)[i]) : sv();
  }
};

// ---- names -------------------------------------------------------------------------------------

std::vector<char32_t> decode(sv s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp = 0;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) cp = static_cast<unsigned char>(s[i]), n = 1;
    out.push_back(static_cast<char32_t>(cp));
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::string encode(const std::vector<char32_t>& cps) {
  std::string out;
  for (char32_t cp : cps) {
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
  }
  return out;
}

bool is_letter(char32_t cp) {
  const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

// Lower case without accents and without dots: the key a title or a particle is known by.
std::string key_of(sv word) {
  std::string k;
  for (char32_t cp : decode(word)) {
    if (cp == '.') continue;
    utf8proc_uint8_t* folded = nullptr;
    utf8proc_uint8_t buf[4];
    const auto n = utf8proc_encode_char(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp)), buf);
    if (utf8proc_map(buf, n, &folded, static_cast<utf8proc_option_t>(UTF8PROC_STRIPMARK | UTF8PROC_DECOMPOSE)) > 0 &&
        folded)
      k += reinterpret_cast<const char*>(folded);
    std::free(folded);
  }
  return k;
}

struct title {
  sv key, es, en;
};
constexpr std::array<title, 19> titles = {{
    {"sr", "Sr.", "Mr."},          {"senor", "Sr.", "Mr."},        {"sra", "Sra.", "Mrs."},
    {"senora", "Sra.", "Mrs."},    {"srita", "Srita.", "Miss"},    {"senorita", "Srita.", "Miss"},
    {"dr", "Dr.", "Dr."},          {"doctor", "Dr.", "Dr."},       {"dra", "Dra.", "Dr."},
    {"doctora", "Dra.", "Dr."},    {"lic", "Lic.", "Lic."},        {"ing", "Ing.", "Ing."},
    {"arq", "Arq.", "Arq."},       {"mtro", "Mtro.", "Mtro."},     {"mtra", "Mtra.", "Mtra."},
    {"don", "Don", "Mr."},         {"dona", "Doña", "Mrs."},       {"mr", "Sr.", "Mr."},
    {"mrs", "Sra.", "Mrs."},
}};
constexpr std::array<sv, 15> particles = {"de", "del", "la", "las", "los", "y", "e", "da", "das",
                                          "do", "dos", "van", "von", "der", "di"};
constexpr std::array<sv, 16> upper_words = {"sa", "cv", "rl", "sc", "sas", "sapi", "sab", "ltda",
                                            "srl", "ac", "spr", "ii", "iii", "iv", "sa de cv", "s de rl"};

// "PÉREZ-GARCÍA" -> "Pérez-García", "O'BRIEN" -> "O'Brien".
std::string capitalised(sv word) {
  auto cps = decode(word);
  bool start = true;
  for (auto& cp : cps) {
    const auto c = static_cast<utf8proc_int32_t>(cp);
    cp = static_cast<char32_t>(start ? utf8proc_toupper(c) : utf8proc_tolower(c));
    start = !is_letter(cp);
  }
  return encode(cps);
}

std::vector<std::string> split_words(sv s) {
  std::vector<std::string> w;
  for (std::size_t i = 0; i < s.size();) {
    while (i < s.size() && s[i] == ' ') ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) w.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return w;
}

// ---- shared page parts -------------------------------------------------------------------------

std::string paper_css(paper size, bool landscape, sv section) {
  const bool letter = size == paper::letter;
  const char* width = landscape ? (letter ? "279mm" : "297mm") : (letter ? "216mm" : "210mm");
  return fmt::format("@page {{ size: {} {}; margin: 9mm 9mm 10mm; }}\n@media screen {{ {} {{ width: {}; }} }}\n",
                     letter ? "letter" : "A4", landscape ? "landscape" : "portrait", section, width);
}

std::string phone_link(sv phone) {
  if (phone.empty()) return "—";
  std::string dial;
  for (char ch : phone)
    if ((ch >= '0' && ch <= '9') || ch == '+') dial.push_back(ch);
  return fmt::format("<a class=\"tel\" href=\"tel:{}\">{}</a>", esc(dial), esc(readable_phone(phone)));
}

std::string vehicle_text(const cells& c) {
  std::string car;
  for (sv part : {c["make"], c["model"], c["model_year"]})
    if (!part.empty()) car += (car.empty() ? "" : " ") + std::string(part);
  return car;
}

// ---- the agenda --------------------------------------------------------------------------------

constexpr sv agenda_css = R"css(
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; font: 9pt/1.3 Arial, "Liberation Sans", Helvetica, sans-serif; }
section.advisor { break-after: page; page-break-after: always; }
section.advisor:last-of-type { break-after: auto; page-break-after: auto; }
.head { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm;
  border-bottom: 2px solid #111; padding-bottom: 1.5mm; margin-bottom: 2.5mm; }
.head h1 { margin: 0; font-size: 16pt; }
.head .date { font-size: 11pt; }
.head .who { text-align: right; }
.head .name { font-size: 15pt; font-weight: bold; }
.k { color: #555; font-size: 6.8pt; text-transform: uppercase; letter-spacing: .03em; margin-right: 1mm; }
.appt { border: 1px solid #777; border-left: 3mm solid #3f6fd1; border-radius: 1.5mm; padding: 1.6mm 2.2mm;
  margin-bottom: 2.2mm; break-inside: avoid; page-break-inside: avoid; }
.appt.confirmed { border-left-color: #2e8b57; }
.appt.log { border-left-color: #e87f1c; }
.top { display: flex; align-items: baseline; gap: 3mm; border-bottom: 1px solid #ccc; padding-bottom: 1mm;
  margin-bottom: 1.2mm; }
.time { font-size: 15pt; font-weight: bold; min-width: 17mm; }
.cust { flex: 1; font-size: 12pt; font-weight: bold; }
.tel { font-size: 11pt; font-weight: bold; white-space: nowrap; color: inherit; text-decoration: none; }
.tag { font-size: 7.5pt; border: 1px solid #999; border-radius: 1mm; padding: 0 1.2mm; white-space: nowrap; }
.appt p { margin: 0 0 .7mm; }
.reason { font-weight: bold; font-size: 10pt; }
.mono { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 8pt; }
.plate { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-weight: bold; border: 1.5px solid #111;
  border-radius: 1mm; padding: 0 1.5mm; }
.pending { padding: .6mm 1.8mm; border-radius: 1mm; background: #fff3c4; border: 1px solid #d9b200; }
.pending.quotes { background: #e8f0ff; border-color: #8aa6e0; }
.notes { font-style: italic; }
.by { color: #555; font-size: 7.5pt; }
.empty { font-size: 12pt; margin-top: 10mm; }
@media screen {
  body { background: #d5d9df; }
  section.advisor { margin: 6mm auto; padding: 9mm; background: #fff; box-shadow: 0 1px 5px rgba(0,0,0,.35); }
}
)css";

sv status_label(sv status, sv source, bool english) {
  if (source == "contact_log") return text(msg::agenda_booked_by_phone, english);
  if (status == "confirmed") return text(msg::agenda_confirmed, english);
  return text(msg::agenda_booked, english);
}

std::string appointment_card(const cells& c, bool english) {
  const sv source = c["source"];
  std::string h = fmt::format("<article class=\"appt{}\">\n<div class=\"top\">",
                              source == "contact_log" ? " log" : c["status"] == "confirmed" ? " confirmed" : "");
  h += fmt::format("<span class=\"time\">{}</span>", esc(clock_time(c["scheduled_at"])));
  const sv name = c["customer_name"];
  h += fmt::format("<span class=\"cust\">{}</span>", name.empty() ? std::string(text(msg::no_name, english)) : esc(name));
  h += phone_link(c["phone"]);
  h += fmt::format("<span class=\"tag\">{}</span></div>\n", esc(status_label(c["status"], source, english)));
  if (!c["reason"].empty())
    h += fmt::format("<p><span class=\"k\">{}</span><span class=\"reason\">{}</span></p>\n",
                     text(msg::agenda_reason, english), esc(c["reason"]));
  std::string car = esc(vehicle_text(c));
  if (!c["plate"].empty())
    car += fmt::format("{}<span class=\"k\">{}</span><span class=\"plate\">{}</span>", car.empty() ? "" : " · ",
                       text(msg::agenda_plate, english), esc(c["plate"]));
  if (!c["km"].empty()) car += fmt::format(" · <span class=\"k\">Km</span>{}", esc(readable_km(c["km"])));
  if (!c["vin"].empty())
    car += fmt::format("{}<span class=\"k\">VIN</span><span class=\"mono\">{}</span>", car.empty() ? "" : " · ", esc(c["vin"]));
  if (!car.empty()) h += fmt::format("<p><span class=\"k\">{}</span>{}</p>\n", text(msg::word_vehicle, english), car);
  if (!c["campaigns"].empty())
    h += fmt::format("<p class=\"pending\"><span class=\"k\">{}</span>{}</p>\n",
                     text(msg::agenda_pending_campaigns, english), esc(c["campaigns"]));
  if (!c["quotes"].empty())
    h += fmt::format("<p class=\"pending quotes\"><span class=\"k\">{}</span>{}</p>\n",
                     text(msg::agenda_pending_quotes, english), esc(c["quotes"]));
  if (!c["notes"].empty() || !c["booked_by"].empty()) {
    h += fmt::format("<p><span class=\"k\">{}</span>", text(msg::agenda_from_the_call, english));
    if (!c["notes"].empty()) h += fmt::format("<span class=\"notes\">“{}”</span> ", esc(c["notes"]));
    if (!c["booked_by"].empty())
      h += fmt::format("<span class=\"by\">{}{}</span>", tr_in(english, msg::agenda_booked_by, esc(c["booked_by"])),
                       c["booked_at"].empty() ? std::string()
                                              : fmt::format(", {}", esc(short_datetime(c["booked_at"], english))));
    h += "</p>\n";
  }
  if (!c["appointment_id"].empty())
    h += fmt::format("<p class=\"by\"><span class=\"k\">{}</span>{}</p>\n", text(msg::agenda_appointment_id, english),
                     esc(c["appointment_id"]));
  return h + "</article>\n";
}

// ---- the welcome board -------------------------------------------------------------------------

constexpr sv welcome_css = R"css(
* { box-sizing: border-box; }
html, body { margin: 0; min-height: 100%; }
body { background: #0f2a4a; color: #fff; font-family: Arial, "Liberation Sans", Helvetica, sans-serif;
  padding: min(3vh, 2vw) 4vw; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
header { display: flex; justify-content: space-between; align-items: flex-end; gap: 3vw;
  border-bottom: .4vh solid #f2c14e; padding-bottom: 1.5vh; margin-bottom: 2vh; }
h1 { margin: 0; font-size: min(7vh, 5vw); letter-spacing: .02em; }
header .when { text-align: right; white-space: nowrap; }
header .date { font-size: min(3.6vh, 2.4vw); color: #d8e4f2; }
header .dealer { font-size: min(3vh, 2vw); color: #f2c14e; font-weight: bold; }
ol { list-style: none; margin: 0; padding: 0; }
ol.two { column-count: 2; column-gap: 4vw; }
li { display: flex; align-items: baseline; gap: 2vw; padding: 1.2vh 0; border-bottom: .15vh solid #2d4f78;
  break-inside: avoid; }
.time { font-size: min(5.5vh, 3.6vw); font-weight: bold; color: #f2c14e; font-variant-numeric: tabular-nums; }
.who { flex: 1; min-width: 0; }
.name { display: block; font-size: min(5.5vh, 3.6vw); font-weight: bold; line-height: 1.15; }
.car { display: block; font-size: min(2.8vh, 1.9vw); color: #c9d8ea; }
ol.two .time, ol.two .name { font-size: min(4.6vh, 2.4vw); }
.advisor { font-size: min(2.6vh, 1.7vw); color: #c9d8ea; text-align: right; white-space: nowrap; }
.advisor b { display: block; color: #fff; font-size: min(3vh, 2vw); }
.empty { font-size: min(5vh, 3.5vw); margin-top: 10vh; text-align: center; }
@page { size: landscape; margin: 8mm; }
)css";

// ---- the leads' status -------------------------------------------------------------------------

constexpr sv leads_css = R"css(
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; font: 8.5pt/1.3 Arial, "Liberation Sans", Helvetica, sans-serif; }
.head { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #111;
  padding-bottom: 1.5mm; margin-bottom: 2mm; }
.head h1 { margin: 0; font-size: 16pt; }
.head .date { font-size: 11pt; }
.summary { display: flex; gap: 2mm; margin: 0 0 2.5mm; flex-wrap: wrap; }
.summary span { border: 1px solid #999; border-radius: 1mm; padding: .6mm 2mm; font-size: 9pt; }
.summary b { font-size: 11pt; }
.summary .overdue { background: #ffd9d6; border-color: #c0392b; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 7pt; text-transform: uppercase; letter-spacing: .03em; color: #444;
  border-bottom: 1.5px solid #111; padding: .8mm 1mm; }
td { border-bottom: 1px solid #ccc; padding: 1mm; vertical-align: top; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
tr.overdue td { background: #ffe9e7; }
tr.overdue td.state { color: #a52a1f; font-weight: bold; }
td.num, td.nowrap { white-space: nowrap; }
td.num { text-align: right; }
.small { color: #555; font-size: 7.5pt; }
.tel { white-space: nowrap; color: inherit; text-decoration: none; }
.no { color: #a52a1f; font-weight: bold; }
.empty { font-size: 12pt; margin-top: 8mm; }
@media screen {
  body { background: #d5d9df; }
  section.leads { margin: 6mm auto; padding: 9mm; background: #fff; box-shadow: 0 1px 5px rgba(0,0,0,.35); }
}
)css";

// The leads' table's column heads: a table of words, as the lead column reads the same in both.
struct head_text {
  sv es, en;
};
constexpr std::array<head_text, 10> lead_heads = {{{"Estado", "Status"},
                                                   {"Lead", "Lead"},
                                                   {"Recibido", "Received"},
                                                   {"Tipo · origen", "Type · source"},
                                                   {"Asignado a", "Assigned to"},
                                                   {"Cliente", "Customer"},
                                                   {"Horas háb.", "Business h"},
                                                   {"En 1 día háb.", "Within 1 bd"},
                                                   {"Intentos · último", "Attempts · last"},
                                                   {"Cita", "Appointment"}}};

sv state_label(sv state, bool english) {

  if (state == "overdue") return text(msg::leads_overdue, english);
  if (state == "untouched") return text(msg::leads_untouched, english);
  if (state == "in_progress") return text(msg::leads_in_progress, english);
  if (state == "booked") return text(msg::leads_booked, english);
  return state;
}

sv within_label(sv v, bool english) {
  if (v == "yes") return text(msg::leads_within_yes, english);
  if (v == "no") return "no";
  if (v == "pending") return text(msg::leads_within_pending, english);
  return v;
}

}  // namespace

std::string greeting_name(std::string_view name, bool english) {
  std::string text(name);
  // "PÉREZ GARCÍA, JUAN": surnames first, as DMS screens list them.
  if (auto comma = text.find(','); comma != std::string::npos && text.find(',', comma + 1) == std::string::npos) {
    const std::string given(text.substr(comma + 1)), family(text.substr(0, comma));
    if (given.find_first_not_of(' ') != std::string::npos) text = given + " " + family;
  }
  auto words = split_words(text);
  if (words.empty()) return {};
  bool lower = false, upper = false;
  for (char32_t cp : decode(text)) {
    const auto c = static_cast<utf8proc_int32_t>(cp);
    if (utf8proc_tolower(c) != c) upper = true;
    if (utf8proc_toupper(c) != c) lower = true;
  }
  const bool mixed = lower && upper;
  std::string out;
  std::size_t first = 0;
  const std::string k0 = key_of(words[0]);
  for (const auto& t : titles)
    if (words.size() > 1 && k0 == t.key) {
      out = std::string(english ? t.en : t.es);
      first = 1;
      break;
    }
  for (std::size_t i = first; i < words.size(); ++i) {
    const std::string& w = words[i];
    const std::string k = key_of(w);
    std::string shown;
    if (mixed) shown = w;
    else if (i > first && std::find(particles.begin(), particles.end(), k) != particles.end()) shown = k;
    else if (i > first && std::find(upper_words.begin(), upper_words.end(), k) != upper_words.end()) {
      for (char32_t cp : decode(w)) shown += encode({static_cast<char32_t>(utf8proc_toupper(static_cast<utf8proc_int32_t>(cp)))});
    } else shown = capitalised(w);
    out += (out.empty() ? "" : " ") + shown;
  }
  return out;
}

std::string agenda_html(std::span<const std::string_view> columns, const std::vector<std::vector<std::string>>& rows,
                        const std::string& day, bool english, paper size) {
  std::map<std::pair<bool, std::string>, std::vector<const row*>> by_advisor;
  for (const auto& r : rows) {
    std::string advisor(cells{columns, &r}["advisor"]);
    by_advisor[{advisor.empty(), advisor}].push_back(&r);
  }
  const sv title = text(msg::agenda_title, english);
  std::string html = html_page_head(fmt::format("{} {}", title, day), english,
                                    paper_css(size, false, "section.advisor") + std::string(agenda_css));
  auto head = [&](sv advisor, std::size_t n) {
    return fmt::format("<header class=\"head\"><div><h1>{}</h1><div class=\"date\">{}</div></div>"
                       "<div class=\"who\"><div class=\"name\"><span class=\"k\">{}</span>{}</div><div>{}</div></div>"
                       "</header>\n",
                       title, esc(readable_date(day, english)), text(msg::word_advisor, english),
                       advisor.empty() ? std::string(text(msg::agenda_no_advisor, english)) : esc(advisor),
                       tr_in(english, n == 1 ? msg::agenda_appointments_one : msg::agenda_appointments, n));
  };
  if (by_advisor.empty())
    html += fmt::format("<section class=\"advisor\">{}<p class=\"empty\">{}</p></section>\n", head("", 0),
                        text(msg::agenda_none, english));
  for (const auto& [key, items] : by_advisor) {
    html += "<section class=\"advisor\">\n" + head(key.second, items.size());
    for (const row* r : items) html += appointment_card(cells{columns, r}, english);
    html += "</section>\n";
  }
  return html + "</body>\n</html>\n";
}

std::string welcome_board_html(std::span<const std::string_view> columns,
                               const std::vector<std::vector<std::string>>& rows, const std::string& day,
                               const std::string& dealer, bool english) {
  std::vector<const row*> by_time;
  for (const auto& r : rows) by_time.push_back(&r);
  std::stable_sort(by_time.begin(), by_time.end(), [&](const row* a, const row* b) {
    return cells{columns, a}["scheduled_at"] < cells{columns, b}["scheduled_at"];
  });
  const sv title = text(msg::welcome_title, english);
  std::string html = html_page_head(fmt::format("{} {}", title, day), english, std::string(welcome_css));
  html += fmt::format("<header><h1>{}</h1><div class=\"when\">{}<div class=\"date\">{}</div></div></header>\n",
                      title, dealer.empty() ? std::string() : fmt::format("<div class=\"dealer\">{}</div>", esc(dealer)),
                      esc(readable_date(day, english)));
  if (by_time.empty())
    return html + fmt::format("<p class=\"empty\">{}</p>\n</body>\n</html>\n",
                              text(msg::agenda_none, english));
  html += fmt::format("<ol{}>\n", by_time.size() > 6 ? " class=\"two\"" : "");
  for (const row* r : by_time) {
    const cells c{columns, r};
    std::string name(c["greeting"]);
    if (name.empty()) name = greeting_name(c["customer_name"], english);
    html += fmt::format("<li><span class=\"time\">{}</span><span class=\"who\"><span class=\"name\">{}</span>"
                        "<span class=\"car\">{}</span></span>",
                        esc(clock_time(c["scheduled_at"])), esc(name), esc(vehicle_text(c)));
    if (!c["advisor"].empty())
      html += fmt::format("<span class=\"advisor\">{}<b>{}</b></span>", text(msg::word_advisor, english),
                          esc(greeting_name(c["advisor"], english)));
    html += "</li>\n";
  }
  return html + "</ol>\n</body>\n</html>\n";
}

std::string leads_status_html(std::span<const std::string_view> columns,
                              const std::vector<std::vector<std::string>>& rows, const std::string& day, bool english,
                              paper size) {
  const sv title = text(msg::leads_title, english);
  std::string html = html_page_head(fmt::format("{} {}", title, day), english,
                                    paper_css(size, true, "section.leads") + std::string(leads_css));
  html += fmt::format("<section class=\"leads\">\n<header class=\"head\"><h1>{}</h1><div class=\"date\">{}</div>"
                      "</header>\n",
                      title, esc(readable_date(day, english)));
  std::map<std::string, std::size_t> counts;
  std::size_t answered = 0, judged = 0;
  for (const auto& r : rows) {
    const cells c{columns, &r};
    ++counts[std::string(c["state"])];
    if (c["within_1bd"] == "yes" || c["within_1bd"] == "no") ++judged;
    if (c["within_1bd"] == "yes") ++answered;
  }
  html += "<p class=\"summary\">";
  html += fmt::format("<span><b>{}</b> {}</span>", rows.size(),
                      text(rows.size() == 1 ? msg::leads_open_one : msg::leads_open, english));
  for (sv s : {"overdue", "untouched", "in_progress", "booked"})
    if (counts[std::string(s)] > 0)
      html += fmt::format("<span{}><b>{}</b> {}</span>", s == "overdue" ? " class=\"overdue\"" : "",
                          counts[std::string(s)], esc(state_label(s, english)));
  if (judged > 0)
    html += fmt::format("<span>{} <b>{}/{}</b></span>", text(msg::leads_answered_in_1bd, english), answered, judged);
  html += "</p>\n";
  if (rows.empty())
    return html + fmt::format("<p class=\"empty\">{}</p>\n</section>\n</body>\n</html>\n",
                              text(msg::leads_none, english));
  html += "<table>\n<thead><tr>";
  for (const auto& h : lead_heads) html += fmt::format("<th>{}</th>", english ? h.en : h.es);
  html += "</tr></thead>\n<tbody>\n";
  for (const auto& r : rows) {
    const cells c{columns, &r};
    const sv state = c["state"];
    std::string last;
    if (!c["last_outcome"].empty())
      last = fmt::format("<br><span class=\"small\">{} · {}</span>", esc(rules::outcome_label(c["last_outcome"], english)),
                         esc(short_datetime(c["last_attempt_at"], english)));
    const sv within = c["within_1bd"];
    html += fmt::format(
        "<tr class=\"{}\"><td class=\"state\">{}</td><td class=\"nowrap\">{}</td><td class=\"nowrap\">{}<br><span class=\"small\">{}</span></td>"

        "<td>{}<br><span class=\"small\">{}</span></td><td>{}</td><td>{}<br>{}</td><td class=\"num\">{}</td>"
        "<td class=\"{}\">{}</td><td>{}{}</td><td>{}</td></tr>\n",
        esc(state), esc(state_label(state, english)), esc(c["lead_id"]), esc(short_datetime(c["received_at"], english)),
        tr_in(english, msg::leads_due, esc(short_datetime(c["deadline"], english))), esc(c["lead_type"]), esc(c["source"]),
        c["assigned_to"].empty() ? fmt::format("<span class=\"no\">{}</span>", text(msg::unassigned, english))
                                 : esc(c["assigned_to"]),
        esc(c["customer_name"]), c["phone"].empty() ? std::string("—") : phone_link(c["phone"]), esc(c["age_business_hours"]),
        within == "no" ? "no" : "", esc(within_label(within, english)), esc(c["attempts"]), last,
        c["appointment_at"].empty() ? std::string("—") : esc(short_datetime(c["appointment_at"], english)));
  }
  return html + "</tbody>\n</table>\n</section>\n</body>\n</html>\n";
}

}  // namespace retorno::render
