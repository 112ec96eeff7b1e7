// lib/render/queue: today's queue as printable pages, one per agent, in time order, escaped.
#include <doctest/doctest.h>

#include "render/queue.hpp"

using namespace retorno::render;

namespace {

queue_entry entry(std::string agent, std::string time, long long at, std::string customer) {
  queue_entry e;
  e.agent = std::move(agent);
  e.time = std::move(time);
  e.at = at;
  e.customer = std::move(customer);
  e.phone = "+528713915055";
  e.segment = "next_service";
  e.priority = 8;
  e.vin = "5YFBPRHE4HP713624";
  e.at_slot = retorno::rules::slot_of(at);
  return e;
}

}  // namespace

TEST_CASE("one section per agent, calls in time order, the agent's count in its title") {
  std::vector<queue_entry> q = {entry("LUIS", "12:30", 750, "BRUNO"), entry("ANA", "15:00", 900, "CARLA"),
                                entry("ANA", "09:00", 540, "ALMA")};
  const std::string html = queue_html(q, "2026-11-27", false);
  const auto ana = html.find("ANA (2 llamadas)"), luis = html.find("LUIS (1 llamadas)");
  REQUIRE(ana != std::string::npos);
  REQUIRE(luis != std::string::npos);
  CHECK(ana < luis);
  CHECK(html.find("ALMA") < html.find("CARLA"));
  CHECK(html.find("+52 871 391 5055") != std::string::npos);
  CHECK(html.find("Siguiente mantenimiento") != std::string::npos);
  CHECK(html.find("Mediodía") != std::string::npos);  // 12:30
  CHECK(html.find("☐&nbsp;Cita agendada") != std::string::npos);
}

TEST_CASE("customer data is escaped, and an empty queue says so in --lang") {
  std::vector<queue_entry> q = {entry("", "09:00", 540, "<b>PEREZ & HIJOS</b>")};
  const std::string html = queue_html(q, "2026-11-27", true);
  CHECK(html.find("<b>PEREZ") == std::string::npos);
  CHECK(html.find("&lt;b&gt;PEREZ &amp; HIJOS&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("unassigned") != std::string::npos);
  CHECK(queue_html({}, "2026-11-27", false).find("No hay llamadas para hoy.") != std::string::npos);
  CHECK(queue_html({}, "2026-11-27", true).find("No calls due today.") != std::string::npos);
}
