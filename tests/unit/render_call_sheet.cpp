// lib/render/call_sheet: each agent's calls by call_at under slot headings, the attempt and its
// history, callbacks, one row of outcome boxes, the paper size, every value escaped.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/call_sheet.hpp"

using namespace retorno::render;

namespace {

// The call list's columns, the new ones after `script`.
constexpr std::array<std::string_view, 27> columns = {
    "item_id",      "list_date",       "segment",         "priority",        "due_on",        "vin",
    "person_id",    "customer_name",   "phone",           "phone_alt",       "email",         "preferred_channel",
    "make",         "model",           "model_year",      "last_service_date", "last_service_km", "estimated_km",
    "talking_points", "agent",         "script",          "slot",            "call_at",       "attempt",
    "attempts_planned", "previous_attempts", "callback_at"};

struct call {
  std::string agent, name, call_at, slot;
  std::string attempt = "1", planned = "3", previous, callback, points, phone_alt;
};

// A first attempt of three at `call_at`, nothing else known.
call due(std::string agent, std::string name, std::string call_at, std::string slot) {
  call c;
  c.agent = std::move(agent);
  c.name = std::move(name);
  c.call_at = std::move(call_at);
  c.slot = std::move(slot);
  return c;
}

std::vector<std::string> row_of(const call& c) {
  const std::string id = "next_service:5YFBPRHE4HP713624:" + c.name;
  return {id, "2026-11-27", "next_service", "8", "2026-11-20", "5YFBPRHE4HP713624", "P1", c.name, "+528713915055",
          c.phone_alt, "", "phone", "TOYOTA", "HILUX", "2021", "2025-11-02", "30000", "45300", c.points, c.agent, "",
          c.slot, c.call_at, c.attempt, c.planned, c.previous, c.callback};
}

std::string sheets(const std::vector<call>& calls, bool english = false, paper size = paper::letter) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& c : calls) rows.push_back(row_of(c));
  return call_sheets(columns, rows, "2026-11-27", english, size);
}

std::size_t at(const std::string& html, std::string_view text, std::size_t from = 0) { return html.find(text, from); }
constexpr auto npos = std::string::npos;

// The ten boxes, in the contact log's order of a call.
constexpr std::array<std::string_view, 10> boxes_es = {
    "No contesta", "Ocupado", "Buzón", "Número equivocado", "Contactado", "Pidió que le llamen", "Cita agendada",
    "No desea", "Ya hizo el servicio", "Vendió el vehículo"};
constexpr std::array<std::string_view, 10> boxes_en = {
    "No answer", "Busy", "Voicemail", "Wrong number", "Reached", "Asked for a callback", "Appointment booked",
    "Declined", "Already serviced", "Vehicle sold"};

// Where each box's label starts in the first outcomes row; npos when one is missing.
std::vector<std::size_t> boxes_at(const std::string& html, const std::array<std::string_view, 10>& labels) {
  std::vector<std::size_t> where;
  std::size_t from = at(html, "<table class=\"outcomes\">");
  const std::size_t end = at(html, "</table>", from);
  for (auto label : labels) {
    const std::size_t p = at(html, std::string("<span class=\"box\">☐</span>") + std::string(label), from);
    where.push_back(p < end ? p : npos);
    if (p != npos) from = p;
  }
  return where;
}

}  // namespace

TEST_CASE("each agent's calls come out in call_at order, whatever the list's order, under slot headings") {
  const std::string html = sheets({
      due("LUIS", "LIDIA", "2026-11-27T16:00", "afternoon"),
      due("ANA", "CARLA", "2026-11-27T15:30", "afternoon"),
      due("ANA", "ALMA", "2026-11-27T09:00", "morning"),
      due("LUIS", "LETICIA", "2026-11-27T10:30", "morning"),
      due("ANA", "BEATRIZ", "2026-11-27T12:15", "midday"),
      due("ANA", "ABRIL", "2026-11-27T09:00", "morning"),  // same time as ALMA: list order
  });
  const auto ana = at(html, "<span class=\"k\">Agente</span>ANA"), luis = at(html, "<span class=\"k\">Agente</span>LUIS");
  REQUIRE(ana != npos);
  REQUIRE(luis != npos);
  CHECK(ana < luis);
  const auto alma = at(html, ">ALMA<"), abril = at(html, ">ABRIL<"), beatriz = at(html, ">BEATRIZ<"),
             carla = at(html, ">CARLA<");
  CHECK(ana < alma);
  CHECK(alma < abril);
  CHECK(abril < beatriz);
  CHECK(beatriz < carla);
  CHECK(carla < luis);
  CHECK(at(html, ">LETICIA<") < at(html, ">LIDIA<"));
  CHECK(luis < at(html, ">LETICIA<"));
  // Headings with hours and counts, each before its calls; ANA has no slot without calls.
  const auto morning = at(html, "Mañana <span class=\"hours\">09:00–12:00</span><span class=\"n\">2 llamadas</span>");
  const auto midday = at(html, "Mediodía <span class=\"hours\">12:00–15:00</span><span class=\"n\">1 llamada</span>");
  const auto afternoon = at(html, "Tarde <span class=\"hours\">15:00–19:00</span><span class=\"n\">1 llamada</span>");
  REQUIRE(morning != npos);
  CHECK(morning < alma);
  CHECK(abril < midday);
  CHECK(midday < beatriz);
  CHECK(beatriz < afternoon);
  CHECK(afternoon < carla);
  CHECK(at(html, "Mañana <span", morning + 1) > afternoon);  // LUIS's own morning heading
  CHECK(at(html, "Mañana <span", morning + 1) < at(html, ">LETICIA<"));
  CHECK(at(html, "4 llamadas · Mañana 2 · Mediodía 1 · Tarde 1") != npos);
  // The card's time and number follow the printed order.
  CHECK(at(html, "<span class=\"num\">2</span><span class=\"time\">09:00</span><span class=\"name\">ABRIL") != npos);
  CHECK(at(html, "<span class=\"num\">4</span><span class=\"time\">15:30</span><span class=\"name\">CARLA") != npos);
  // Each agent's section starts a page; the header repeats from its <thead>; cards never split.
  CHECK(at(html, "section.agent { break-after: page;") != npos);
  CHECK(at(html, "table.sheet > tbody > tr { break-inside: avoid;") != npos);
}

TEST_CASE("an old list without call_at keeps the slot of each position and the list's order") {
  const std::string html =
      sheets({due("ANA", "A1", "", ""), due("ANA", "A2", "", ""), due("ANA", "A3", "", ""), due("ANA", "A4", "", "")});
  // Positions 0 and 3 are morning, 1 midday, 2 afternoon.
  const auto morning = at(html, "Mañana <span"), midday = at(html, "Mediodía <span"), afternoon = at(html, "Tarde <span");
  REQUIRE(morning != npos);
  CHECK(morning < at(html, ">A1<"));
  CHECK(at(html, ">A1<") < at(html, ">A4<"));
  CHECK(at(html, ">A4<") < midday);
  CHECK(midday < at(html, ">A2<"));
  CHECK(at(html, ">A2<") < afternoon);
  CHECK(afternoon < at(html, ">A3<"));
  CHECK(at(html, "class=\"time\"") == npos);
}

TEST_CASE("the attempt, the previous ones in words, a callback and the household") {
  call c = due("ANA", "ALMA", "2026-11-27T16:30", "afternoon");
  c.attempt = "2";
  c.previous = "2026-11-24T10:15|no_answer|LUIS;2026-11-25T13:40|callback_requested|;2026-11-26T09:05||LUIS;|busy|ANA";
  c.callback = "2026-11-27T16:30";
  c.points = "campaign:24V-123;household:BRUNO PEREZ";
  const std::string html = sheets({c});
  CHECK(at(html, "Intento 2 de 3") != npos);
  const auto history = at(html, "Intentos anteriores");
  REQUIRE(history != npos);
  const auto first = at(html, "<li>24 nov 10:15 · No contesta · LUIS</li>", history);
  const auto second = at(html, "<li>25 nov 13:40 · Pidió que le llamen</li>", history);
  CHECK(first != npos);
  CHECK(second != npos);
  CHECK(first < second);
  // A part left blank stays blank: the others keep their places.
  CHECK(at(html, "<li>26 nov 09:05 · LUIS</li>", history) != npos);
  CHECK(at(html, "<li>Ocupado · ANA</li>", history) != npos);
  CHECK(at(html, "<p class=\"callback\">Pidió que le llamen a las 16:30</p>") != npos);
  CHECK(at(html, "<p class=\"household\">También en este número: BRUNO PEREZ</p>") != npos);
  CHECK(at(html, "Mencionar también</span>Campaña 24V-123</p>") != npos);  // not mixed with the household
  // A first attempt has no history and no callback.
  const std::string fresh = sheets({due("ANA", "ALMA", "2026-11-27T09:00", "morning")});
  CHECK(at(fresh, "Intento 1 de 3") != npos);
  CHECK(at(fresh, "Intentos anteriores") == npos);
  CHECK(at(fresh, "class=\"callback\"") == npos);
  // A callback on another day says the day.
  c.callback = "2026-11-28T11:00";
  CHECK(at(sheets({c}), "Pidió que le llamen el 28 nov 2026 a las 11:00") != npos);
}

TEST_CASE("ten outcome boxes in the contact log's order, three with a blank, the ID and phones that never wrap") {
  call c = due("ANA", "ALMA", "2026-11-27T09:00", "morning");
  c.phone_alt = "+525512345678";
  const std::string html = sheets({c});
  const auto where = boxes_at(html, boxes_es);
  for (std::size_t i = 0; i < where.size(); ++i) {
    CAPTURE(boxes_es[i]);
    CHECK(where[i] != npos);
    if (i > 0) CHECK(where[i - 1] < where[i]);
  }
  CHECK(at(html, "Pidió que le llamen<span class=\"fill\">hora</span>") != npos);
  CHECK(at(html, "Cita agendada<span class=\"fill\">fecha y hora</span>") != npos);
  CHECK(at(html, "No desea<span class=\"fill\">motivo</span>") != npos);
  CHECK(at(html, "class=\"attempts\"") == npos);  // the old grid is gone
  CHECK(at(html, "<span class=\"mono id\">next_service:5YFBPRHE4HP713624:ALMA</span>") != npos);
  // Both phones are tel: links of class "tel", and .tel never wraps.
  CHECK(at(html, "<a class=\"tel phone\" href=\"tel:+528713915055\">+52 871 391 5055</a>") != npos);
  CHECK(at(html, "<a class=\"tel alt-phone\" href=\"tel:+525512345678\">+52 55 1234 5678</a>") != npos);
  CHECK(at(html, ".tel, .phone, .alt { white-space: nowrap; }") != npos);
}

TEST_CASE("Letter by default, A4 on request, the screen preview as wide as the paper") {
  const std::string letter = sheets({due("ANA", "ALMA", "2026-11-27T09:00", "morning")});
  CHECK(at(letter, "@page { size: letter portrait;") != npos);
  CHECK(at(letter, "section.agent { width: 216mm; }") != npos);
  CHECK(at(letter, "A4") == npos);
  const std::string a4 = sheets({due("ANA", "ALMA", "2026-11-27T09:00", "morning")}, false, paper::a4);
  CHECK(at(a4, "@page { size: A4 portrait;") != npos);
  CHECK(at(a4, "section.agent { width: 210mm; }") != npos);
  CHECK(at(a4, "size: letter") == npos);
}

TEST_CASE("every value is escaped") {
  call c = due("<i>AG</i>", "<script>alert(1)</script> & \"HIJOS\"", "2026-11-27T09:00", "morning");
  c.previous = "2026-11-24T10:15|<b>odd</b>|<u>LUIS</u>";
  c.points = "household:<img src=x onerror=alert(2)>";
  c.callback = "<svg onload=alert(3)>";
  const std::string html = sheets({c});
  for (std::string_view raw : {"<script>", "<b>", "<u>", "<i>", "<img", "<svg"}) {
    CAPTURE(raw);
    CHECK(at(html, raw) == npos);
  }
  CHECK(at(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;HIJOS&quot;") != npos);
  CHECK(at(html, "24 nov 10:15 · &lt;b&gt;odd&lt;/b&gt; · &lt;u&gt;LUIS&lt;/u&gt;") != npos);
  CHECK(at(html, "También en este número: &lt;img src=x onerror=alert(2)&gt;") != npos);
  CHECK(at(html, "Pidió que le llamen: &lt;svg onload=alert(3)&gt;") != npos);
  CHECK(at(html, "&lt;i&gt;AG&lt;/i&gt;") != npos);
}

TEST_CASE("an empty list says so, in Spanish or English") {
  CHECK(at(sheets({}), "No hay llamadas para esta fecha.") != npos);
  CHECK(at(sheets({}, true), "No calls for this date.") != npos);
  CHECK(at(sheets({}), "<section class=\"agent\">") != npos);
}

TEST_CASE("the English sheet") {
  call c = due("", "ALMA", "2026-11-27T12:30", "midday");
  c.attempt = "3";
  c.previous = "2026-11-24T10:15|busy|LUIS";
  c.callback = "2026-11-27T12:30";
  c.points = "household:BRUNO";
  const std::string html = sheets({c}, true);
  CHECK(at(html, "<html lang=\"en\">") != npos);
  CHECK(at(html, "Unassigned") != npos);
  CHECK(at(html, "Midday <span class=\"hours\">12:00–15:00</span><span class=\"n\">1 call</span>") != npos);
  CHECK(at(html, "Attempt 3 of 3") != npos);
  CHECK(at(html, "<li>24 Nov 10:15 · Busy · LUIS</li>") != npos);
  CHECK(at(html, "Asked to be called at 12:30") != npos);
  CHECK(at(html, "Also at this number: BRUNO") != npos);
  CHECK(at(html, "Asked for a callback<span class=\"fill\">time</span>") != npos);
  CHECK(at(html, "Appointment booked<span class=\"fill\">date &amp; time</span>") != npos);
  const auto where = boxes_at(html, boxes_en);
  for (std::size_t i = 0; i < where.size(); ++i) {
    CAPTURE(boxes_en[i]);
    CHECK(where[i] != npos);
    if (i > 0) CHECK(where[i - 1] < where[i]);
  }
  for (std::string_view es : {"Intento", "Mañana", "No contesta", "Sin asignar", "También"}) {
    CAPTURE(es);
    CHECK(at(html, es) == npos);
  }
}

TEST_CASE("html_escape drops bidi overrides, which would print the rest of a line reversed") {
  CHECK(retorno::render::html_escape("ANA \u202E<b>ZEREP</b>\u2069") == "ANA &lt;b&gt;ZEREP&lt;/b&gt;");
}
