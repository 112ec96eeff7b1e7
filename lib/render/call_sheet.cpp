// Call sheets in HTML: one self-contained file, one section per agent, print CSS, every value escaped.
#include "render/call_sheet.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "core/catalog.hpp"
#include "core/dates.hpp"
#include "core/utf8.hpp"
#include "render/readable.hpp"
#include "rules/outcomes.hpp"
#include "rules/scripts.hpp"

namespace retorno::render {

namespace {

using sv = std::string_view;
using row = std::vector<std::string>;

// About six calls a page. Each call is a card that never splits across pages; the agent's header
// sits in a <thead>, which Chromium repeats at the top of every printed page. The paper's size
// comes before this (page_style).
constexpr sv style = R"css(
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #111; font: 8pt/1.27 Arial, "Liberation Sans", Helvetica, sans-serif; }
section.agent { break-after: page; page-break-after: always; }
section.agent:last-of-type { break-after: auto; page-break-after: auto; }
table.sheet { width: 100%; border-collapse: collapse; }
table.sheet > * > tr > td { padding: 0; }
table.sheet > tbody > tr { break-inside: avoid; page-break-inside: avoid; }
.head { display: flex; justify-content: space-between; align-items: flex-end; gap: 6mm;
  border-bottom: 2px solid #111; padding-bottom: 1.5mm; margin-bottom: 1mm; }
.head h1 { margin: 0; font-size: 15pt; letter-spacing: .01em; }
.head .date { font-size: 10pt; }
.head .who { text-align: right; }
.head .agent { font-size: 14pt; font-weight: bold; }
.head .counts { font-size: 8.5pt; }
.legend { margin: 0 0 1mm; font-size: 7pt; color: #444; }
h2.slot { display: flex; gap: 2mm; align-items: baseline; margin: 1.5mm 0 1.2mm; padding: .4mm 2mm;
  font-size: 10.5pt; border-left: 2.5mm solid #888; background: #eee; }
h2.morning { border-color: #e3b300; } h2.midday { border-color: #e87f1c; } h2.afternoon { border-color: #3f6fd1; }
h2 .hours { font-weight: normal; } h2 .n { margin-left: auto; font-size: 8pt; font-weight: normal; }
.call { border: 1px solid #777; border-radius: 1.5mm; padding: 1.2mm 1.8mm 1.4mm; margin-bottom: 1.8mm; }
.call-head { display: flex; align-items: baseline; gap: 2.2mm; border-bottom: 1px solid #ccc;
  padding-bottom: .8mm; margin-bottom: 1mm; }
.num { align-self: center; min-width: 6.5mm; padding: .2mm 1.2mm; border-radius: 1mm; background: #222;
  color: #fff; font-weight: bold; text-align: center; }
.time { font-size: 11pt; font-weight: bold; }
.name { flex: 1; font-size: 11pt; font-weight: bold; }
.reason { font-weight: bold; }
.role { font-style: italic; }
.since { color: #555; font-size: 7.5pt; }
.try { white-space: nowrap; padding: 0 1.5mm; border: 1px solid #888; border-radius: 1mm; font-weight: bold; }
.callback { margin: 0 0 1mm; padding: .3mm 2mm; border: 1.5px solid #b58900; border-radius: 1mm;
  background: #ffe58f; font-size: 10pt; font-weight: bold; }
.call-body { display: flex; gap: 3mm; align-items: flex-start; }
.info { flex: 1; }
.info p { margin: 0 0 .5mm; }
.history { width: 62mm; padding: .5mm 1.5mm; border-radius: 1mm; background: #f0f0f0; }
.history ol { margin: 0; padding-left: 4mm; }
.k { color: #555; font-size: 6.5pt; text-transform: uppercase; letter-spacing: .03em; margin-right: .8mm; }
a { color: inherit; text-decoration: none; }
.tel, .phone, .alt { white-space: nowrap; }
.phone { font-size: 10.5pt; font-weight: bold; }
.alt { margin-left: 2.5mm; }
.tag { font-size: 7pt; border: 1px solid #999; border-radius: 1mm; padding: 0 1mm; margin-left: 1.5mm; }
.mono { font-family: "DejaVu Sans Mono", "Liberation Mono", Consolas, monospace; font-size: 7pt; }
.points, .household { font-weight: bold; }
.script { font-style: italic; }
table.outcomes { width: 100%; margin-top: 1mm; border-collapse: collapse; table-layout: fixed; }
.outcomes td { height: 8.5mm; padding: .4mm .7mm; border: 1px solid #999; vertical-align: top;
  font: 6.6pt/1.1 "Arial Narrow", "Liberation Sans Narrow", Arial, sans-serif; font-stretch: condensed; }
.outcomes td.wide { width: 15%; }
.box { font-size: 9pt; margin-right: .4mm; }
.fill { display: block; margin-top: 1.6mm; border-bottom: 1px solid #888; color: #888; font-size: 5.5pt; }
.foot { display: flex; align-items: baseline; gap: 2mm; margin-top: 1mm; }
.notes { flex: 1; height: 4mm; border-bottom: 1px solid #999; }
.id { color: #666; }
.empty { font-size: 12pt; margin-top: 10mm; }
@media screen {
  body { background: #d5d9df; }
  section.agent { margin: 6mm auto; padding: 9mm; background: #fff; box-shadow: 0 1px 5px rgba(0,0,0,.35); }
}
)css";

// The printed page, and the screen preview as wide as it.
std::string page_style(paper size) {
  const bool letter = size == paper::letter;
  return fmt::format("@page {{ size: {} portrait; margin: 9mm 9mm 10mm; }}\n"
                     "@media screen {{ section.agent {{ width: {}; }} }}\n",
                     letter ? "letter" : "A4", letter ? "216mm" : "210mm");
}

// The contact log's outcomes of a call, in the order of a call: not reached, then reached. Three
// ask for something written next to the tick: the time, the date and time, the reason.
struct outcome_box {
  rules::outcome o;
  sv blank_es, blank_en;
};
constexpr std::array<outcome_box, 10> outcome_boxes = {{
    {rules::outcome::no_answer, {}, {}},
    {rules::outcome::busy, {}, {}},
    {rules::outcome::voicemail, {}, {}},
    {rules::outcome::wrong_number, {}, {}},
    {rules::outcome::reached, {}, {}},
    {rules::outcome::callback_requested, "hora", "time"},
    {rules::outcome::appointment_booked, "fecha y hora", "date & time"},
    {rules::outcome::declined, "motivo", "reason"},
    {rules::outcome::already_serviced, {}, {}},
    {rules::outcome::vehicle_sold, {}, {}},
}};

sv channel_name(sv channel, bool english) {
  const auto c = rules::parse_channel(channel);
  return c ? rules::channel_label(*c, english) : channel;
}

// The cells of one call-list row by column name; a column the list lacks reads as "".
struct cells {
  std::span<const sv> columns;
  const row* r = nullptr;
  sv operator[](sv name) const {
    auto i = static_cast<std::size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin());
    return i < columns.size() && i < r->size() ? sv((*r)[i]) : sv();
  }
};

std::string esc(sv s) { return html_escape(s); }

// The segment of a row; the priority column tells the two campaign kinds apart.
std::optional<rules::segment> segment_of(const cells& c) {
  int priority = 0;
  const sv p = c["priority"];
  std::from_chars(p.data(), p.data() + p.size(), priority);
  return rules::segment_from_name(c["segment"], priority);
}

std::string reason_of(const cells& c, bool english) {
  if (auto s = segment_of(c)) return std::string(rules::segment_title(*s, english));
  return std::string(c["segment"]);
}

std::string script_of(const cells& c, bool english) {
  if (!c["script"].empty()) return std::string(c["script"]);
  if (auto s = segment_of(c)) return std::string(rules::segment_script(*s, english));
  return {};
}

// The parts of `list` between `sep`, empty ones skipped.
template <typename F>
void each_part(sv list, char sep, F&& f) {
  for (std::size_t from = 0; from <= list.size();) {
    const std::size_t to = std::min(list.find(sep, from), list.size());
    if (to > from) f(list.substr(from, to - from));
    from = to + 1;
  }
}

// One row of boxes, the same for every call: the agent ticks one and fills its blank.
std::string outcomes_row(bool english) {
  std::string t = "<table class=\"outcomes\"><tr>";
  for (const auto& b : outcome_boxes) {
    const sv blank = english ? b.blank_en : b.blank_es;
    t += fmt::format("<td{}><span class=\"box\">☐</span>{}", blank.empty() ? "" : " class=\"wide\"",
                     esc(rules::outcome_label(b.o, english)));
    if (!blank.empty()) t += fmt::format("<span class=\"fill\">{}</span>", esc(blank));
    t += "</td>";
  }
  return t + "</tr></table>\n";
}

// Earlier attempts, "2026-11-25T10:15|no_answer|LUIS;…", as "25 nov 10:15 · No contesta · LUIS".
std::string history_html(sv previous, bool english) {
  std::string items;
  each_part(previous, ';', [&](sv entry) {
    std::array<sv, 3> part{};  // when, outcome, agent: each may be empty
    for (std::size_t i = 0, from = 0; i < part.size() && from <= entry.size(); ++i) {
      const std::size_t to = std::min(entry.find('|', from), entry.size());
      part[i] = entry.substr(from, to - from);
      from = to + 1;
    }
    std::string line;
    for (const std::string& piece :
         {short_datetime(part[0], english), std::string(rules::outcome_label(part[1], english)), std::string(part[2])})
      if (!piece.empty()) line += fmt::format("{}{}", line.empty() ? "" : " · ", esc(piece));
    if (!line.empty()) items += "<li>" + line + "</li>";
  });
  if (items.empty()) return {};
  return fmt::format("<div class=\"history\"><span class=\"k\">{}</span><ol>{}</ol></div>\n",
                     text(msg::sheet_previous_attempts, english), items);
}

// "Pidió que le llamen a las 16:30", with the day when it is not the list's.
std::string callback_html(sv at, sv list_date, bool english) {
  if (at.empty()) return {};
  const std::string time = clock_time(at);
  std::string when;
  if (time.empty())
    when = tr_in(english, msg::sheet_callback_when, esc(at));
  else if (at.substr(0, 10) != list_date)
    when = tr_in(english, msg::sheet_callback_on_at, esc(short_date(at, english)), time);
  else
    when = tr_in(english, msg::sheet_callback_at, time);
  return fmt::format("<p class=\"callback\">{}</p>\n", when);
}

std::string phone_html(sv phone, const char* cls) {
  std::string dial;  // the tel: link keeps only what a dialler needs
  for (char ch : phone)
    if ((ch >= '0' && ch <= '9') || ch == '+') dial.push_back(ch);
  return fmt::format("<a class=\"tel {}\" href=\"tel:{}\">{}</a>", cls, esc(dial), esc(readable_phone(phone)));
}

// The talking points of a row, sorted for the card: whom the agent speaks to (by the name),
// the other points, and another customer at this number (a line of its own: asked for next).
// In words as the list wrote them (another vehicle by its model and year), else the codes' own.
struct card_points {
  std::string who, points, household;
};
card_points points_of(const cells& c, bool english) {
  std::vector<sv> words;
  for (sv text = c["talking_points_text"]; !text.empty();) {
    const std::size_t to = std::min(text.find(" · "), text.size());
    words.push_back(text.substr(0, to));
    text.remove_prefix(std::min(to + std::string_view(" · ").size(), text.size()));
  }
  std::size_t keys = 0;
  each_part(c["talking_points"], ';', [&](sv) { ++keys; });
  if (words.size() != keys) words.clear();
  card_points out;
  std::size_t i = 0;
  each_part(c["talking_points"], ';', [&](sv point) {
    const std::string text = esc(words.empty() ? talking_point(point, english) : std::string(words[i]));
    ++i;
    if (point.starts_with("household:"))
      out.household += fmt::format("<p class=\"household\">{}</p>\n", text);
    else if (point.starts_with("role:") || point.starts_with("owner:"))
      out.who += (out.who.empty() ? "" : " · ") + text;
    else
      out.points += (out.points.empty() ? "" : " · ") + text;
  });
  return out;
}

std::string call_card(const cells& c, std::size_t number, sv list_date, const std::string& outcomes_html, bool english) {
  const auto [who, points, household] = points_of(c, english);
  std::string h = "<article class=\"call\">\n<div class=\"call-head\">";
  h += fmt::format("<span class=\"num\">{}</span>", number);
  if (auto t = clock_time(c["call_at"]); !t.empty()) h += fmt::format("<span class=\"time\">{}</span>", t);
  const sv name = c["customer_name"];
  h += fmt::format("<span class=\"name\">{}</span>", name.empty() ? std::string(text(msg::no_name, english)) : esc(name));
  h += fmt::format("<span class=\"reason\">{}</span>", esc(reason_of(c, english)));
  if (!c["due_on"].empty())
    h += fmt::format("<span class=\"since\">{}</span>", tr_in(english, msg::sheet_since, esc(short_date(c["due_on"], english))));
  if (const sv n = c["attempt"]; !n.empty()) {
    const sv of = c["attempts_planned"];
    h += fmt::format("<span class=\"try\">{}</span>", of.empty() ? tr_in(english, msg::sheet_attempt, esc(n))
                                                                 : tr_in(english, msg::sheet_attempt_of, esc(n), esc(of)));
  }
  h += "</div>\n" + callback_html(c["callback_at"], list_date, english);
  h += "<div class=\"call-body\"><div class=\"info\">\n<p>";
  h += c["phone"].empty() ? std::string("<span class=\"phone\">—</span>") : phone_html(c["phone"], "phone");
  if (!c["phone_alt"].empty())
    h += fmt::format("<span class=\"alt\"><span class=\"k\">Alt.</span>{}</span>", phone_html(c["phone_alt"], "alt-phone"));
  if (const sv ch = c["preferred_channel"]; !ch.empty() && ch != "phone")
    h += fmt::format("<span class=\"tag\">{}</span>", tr_in(english, msg::sheet_prefers, esc(channel_name(ch, english))));
  h += "</p>\n";
  if (!who.empty()) h += fmt::format("<p class=\"role\"><span class=\"k\">{}</span>{}</p>\n", text(msg::sheet_person, english), who);
  if (!c["email"].empty()) h += fmt::format("<p><span class=\"k\">{}</span>{}</p>\n", text(msg::sheet_email, english), esc(c["email"]));
  std::string car;
  for (sv part : {c["make"], c["model"], c["model_year"]})
    if (!part.empty()) car += fmt::format("{}{}", car.empty() ? "" : " ", esc(part));
  if (!c["vin"].empty()) car += fmt::format("{}<span class=\"k\">VIN</span><span class=\"mono\">{}</span>", car.empty() ? "" : " · ", esc(c["vin"]));
  if (!car.empty()) h += fmt::format("<p><span class=\"k\">{}</span>{}</p>\n", text(msg::word_vehicle, english), car);
  std::string km;
  if (!c["estimated_km"].empty()) km = tr_in(english, msg::sheet_km_today, esc(readable_km(c["estimated_km"])));
  std::string last;
  if (!c["last_service_date"].empty()) last = esc(short_date(c["last_service_date"], english));
  if (!c["last_service_km"].empty())
    last = last.empty() ? esc(readable_km(c["last_service_km"])) + " km"
                        : tr_in(english, msg::sheet_last_service_at_km, last, esc(readable_km(c["last_service_km"])));
  if (!last.empty())
    km += fmt::format("{}<span class=\"k\">{}</span>{}", km.empty() ? "" : " · ", text(msg::sheet_last_service, english), last);
  if (!km.empty()) h += fmt::format("<p><span class=\"k\">Km</span>{}</p>\n", km);
  // What the call is about when it is a campaign or a quote: its description, safety, amount.
  if (!c["about"].empty())
    h += fmt::format("<p class=\"points\"><span class=\"k\">{}</span>{}</p>\n", text(msg::sheet_about, english),
                     esc(c["about"]));
  if (!points.empty())
    h += fmt::format("<p class=\"points\"><span class=\"k\">{}</span>{}</p>\n", text(msg::sheet_also_mention, english), points);
  h += household;
  if (auto script = script_of(c, english); !script.empty())
    h += fmt::format("<p class=\"script\"><span class=\"k\">{}</span>{}</p>\n", text(msg::sheet_script, english), esc(script));
  h += "</div>\n" + history_html(c["previous_attempts"], english) + "</div>\n" + outcomes_html;
  // Under the boxes, where the coordinator looks when typing the outcome into the contact_log.
  h += fmt::format("<div class=\"foot\"><span class=\"k\">{}</span><span class=\"notes\"></span>", text(msg::sheet_notes, english));
  if (!c["item_id"].empty()) h += fmt::format("<span class=\"k\">ID</span><span class=\"mono id\">{}</span>", esc(c["item_id"]));
  return h + "</div></article>\n";
}

std::string calls_count(std::size_t n, bool english) {
  return tr_in(english, n == 1 ? msg::sheet_calls_one : msg::sheet_calls, n);
}

std::string slot_heading(slot s, std::size_t calls, bool english) {
  return fmt::format("<h2 class=\"slot {}\">{} <span class=\"hours\">{}</span><span class=\"n\">{}</span></h2>\n",
                     rules::slot_name(s), slot_label(s, english), slot_hours(s), calls_count(calls, english));
}

// `branches`: the branches of the agent's calls, ", " between them ("" none: the line is left out).
std::string sheet_head(sv agent, std::size_t calls, const std::array<std::size_t, 3>& per_slot, const std::string& list_date,
                       bool english, sv branches = {}) {
  std::string counts = calls_count(calls, english);
  for (auto s : {slot::morning, slot::midday, slot::afternoon})
    if (per_slot[static_cast<std::size_t>(s)] > 0)
      counts += fmt::format(" · {} {}", slot_label(s, english), per_slot[static_cast<std::size_t>(s)]);
  return fmt::format(
      "<thead><tr><td><header class=\"head\"><div><h1>{}</h1><div class=\"date\">{}</div></div>"
      "<div class=\"who\"><div class=\"agent\"><span class=\"k\">{}</span>{}</div>{}<div class=\"counts\">{}</div></div></header>\n"
      "<p class=\"legend\">{}</p></td></tr></thead>\n",
      text(msg::call_list_title, english), esc(readable_date(list_date, english)), text(msg::word_agent, english),
      agent.empty() ? std::string(text(msg::sheet_unassigned, english)) : esc(agent),

      branches.empty() ? std::string()
                       : fmt::format("<div class=\"branch\"><span class=\"k\">{}</span>{}</div>",
                                     text(msg::sheet_branch, english), esc(branches)),
      counts, text(msg::sheet_legend, english));
}

// One call of an agent's list: its row, slot and time of the day.
struct planned_call {
  const row* r = nullptr;
  slot at = slot::morning;
  std::optional<long long> when;  // call_at
};

// The slot of a call: that of its call_at, else its slot column, else (an old list, without
// either) the turn of its position in the agent's list.
slot slot_of_call(const cells& c, const std::optional<long long>& when, std::size_t position) {
  if (when) return rules::slot_of(*when);
  for (auto s : {slot::morning, slot::midday, slot::afternoon})
    if (c["slot"] == rules::slot_name(s)) return s;
  return slot_for(position);
}

}  // namespace

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    // A bidi override in a name would print the rest of the sheet's line reversed: dropped.
    if (const std::size_t n = bidi_control_at(text.substr(i))) {
      i += n - 1;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

std::string html_page_head(std::string_view title, bool english, std::string_view css) {
  return fmt::format("<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n"
                     "<style>\n{}</style>\n</head>\n<body>\n",
                     english ? "en" : "es", html_escape(title), css);
}

std::string call_sheets(std::span<const std::string_view> columns, const std::vector<std::vector<std::string>>& rows,
                        const std::string& list_date, bool english, paper size) {
  // Agents in name order, the unassigned last; each agent's calls in list order until sorted.
  std::map<std::pair<bool, std::string>, std::vector<const row*>> by_agent;
  for (const auto& r : rows) {
    std::string agent(cells{columns, &r}["agent"]);
    by_agent[{agent.empty(), agent}].push_back(&r);
  }
  std::string html = html_page_head(fmt::format("{} {}", text(msg::call_list_title, english), list_date),
                                    english, page_style(size) + std::string(style));
  if (by_agent.empty())
    html += fmt::format("<section class=\"agent\"><table class=\"sheet\">{}</table><p class=\"empty\">{}</p></section>\n",
                        sheet_head({}, 0, {}, list_date, english),
                        text(msg::sheet_no_calls, english));

  const std::string outcomes_html = outcomes_row(english);
  for (const auto& [key, items] : by_agent) {
    // By slot, then by call_at (a call without one last in its slot), ties in list order.
    std::vector<planned_call> calls;
    calls.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      const cells c{columns, items[i]};
      const sv call_at = c["call_at"];
      std::optional<long long> when = call_at.size() > 10 ? parse_minutes(call_at) : std::nullopt;
      calls.push_back({items[i], slot_of_call(c, when, i), when});
    }
    std::stable_sort(calls.begin(), calls.end(), [](const planned_call& a, const planned_call& b) {
      return std::tuple(a.at, !a.when, a.when.value_or(0)) < std::tuple(b.at, !b.when, b.when.value_or(0));
    });
    std::array<std::size_t, 3> per_slot{};
    for (const auto& call : calls) ++per_slot[static_cast<std::size_t>(call.at)];
    // The branches the agent calls for, in name order (a list of one dealership has none).
    std::set<std::string> branch_names;
    for (const auto* r : items)
      if (const sv b = cells{columns, r}["branch"]; !b.empty()) branch_names.emplace(b);
    html += "<section class=\"agent\">\n<table class=\"sheet\">\n";
    html += sheet_head(key.second, calls.size(), per_slot, list_date, english,
                       fmt::format("{}", fmt::join(branch_names, ", ")));
    html += "<tbody>\n";
    for (std::size_t i = 0; i < calls.size(); ++i) {
      // A slot's heading shares the row of its first call: never alone at the foot of a page.
      html += "<tr><td>";
      if (i == 0 || calls[i].at != calls[i - 1].at)
        html += slot_heading(calls[i].at, per_slot[static_cast<std::size_t>(calls[i].at)], english);
      html += call_card(cells{columns, calls[i].r}, i + 1, list_date, outcomes_html, english) + "</td></tr>\n";
    }
    html += "</tbody>\n</table>\n</section>\n";
  }
  return html + "</body>\n</html>\n";
}

}  // namespace retorno::render
