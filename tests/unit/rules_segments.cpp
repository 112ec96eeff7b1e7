// Tests of the maintenance windows: the inactive handover reports the month that just ended,
// and the details speak the language asked for.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/segments.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {

day d(const char* iso) { return *parse_day(iso); }

maintenance_facts serviced_on(const char* iso) {
  maintenance_facts f;
  f.last_date = d(iso);
  f.last_km = 5000;
  f.last_event = "RO-1";
  return f;
}

std::vector<std::string> events(const std::vector<window>& ws) {
  std::vector<std::string> out;
  for (const auto& w : ws) out.push_back(std::string(segment_name(w.seg)) + " " + w.event);
  return out;
}

}  // namespace

TEST_CASE("inactive m12 -> m13: the ended month comes with the current one") {
  const auto ws = maintenance_windows(serviced_on("2024-01-31"), policy{}, d("2025-02-28"));
  CHECK(events(ws) == std::vector<std::string>{"next_service RO-1", "inactive RO-1:m12", "inactive RO-1:m13"});
  CHECK(format_day(ws[1].expires) == "2025-02-27");
  CHECK(format_day(ws[2].opens) == "2025-02-28");
}

TEST_CASE("inactive m23 -> m24+: only the months ended within the look-back") {
  const auto ws = maintenance_windows(serviced_on("2024-01-31"), policy{}, d("2026-01-31"));
  CHECK(events(ws) == std::vector<std::string>{"next_service RO-1", "inactive RO-1:m23", "inactive RO-1:m24+"});
  policy none;
  none.expired_lookback_days = 0;
  CHECK(events(maintenance_windows(serviced_on("2024-01-31"), none, d("2026-01-31"))) ==
        std::vector<std::string>{"next_service RO-1", "inactive RO-1:m24+"});
}

TEST_CASE("details in English or Spanish") {
  const auto f = serviced_on("2025-01-10");
  CHECK(maintenance_windows(f, policy{}, d("2025-06-21"), true)[0].detail ==
        "last maintenance 2025-01-10 + 5 months = 2025-06-10");
  CHECK(maintenance_windows(f, policy{}, d("2025-06-21"), false)[0].detail ==
        "último mantenimiento 2025-01-10 + 5 meses = 2025-06-10");
}
