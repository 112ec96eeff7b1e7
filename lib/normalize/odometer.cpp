// Odometer plausibility: the checks ingest makes across a vehicle row's km fields.
#include "normalize/odometer.hpp"

namespace retorno::normalize {
namespace {

bool absurd(const std::optional<long>& km) { return km && (*km < 0 || *km > max_km); }

// Whether going from `a` to `b` means driving over max_km_per_year (a same-day pair counts
// as one day). Unknown or absurd readings say nothing.
bool jump(const reading& a, const reading& b) {
  if (!a.km || !b.km || !a.day || !b.day || absurd(a.km) || absurd(b.km) || *b.day < *a.day || *b.km <= *a.km)
    return false;
  const long days = *b.day - *a.day > 0 ? *b.day - *a.day : 1;
  // km * 365 stays far below overflow: both readings are at most max_km.
  return (*b.km - *a.km) * 365 > max_km_per_year * days;
}

}  // namespace

std::size_t check_odometer(const odometer_facts& f, std::array<odometer_problem, 4>& out) {
  std::size_t n = 0;
  auto add = [&](std::string_view field, std::string_view problem, long detail = -1) {
    if (n < out.size()) out[n++] = {field, problem, detail};
  };
  if (absurd(f.current.km)) add("km", "absurd");
  if (absurd(f.last_service.km)) add("last_service_km", "absurd");
  if (absurd(f.next_service_km)) add("next_service_km", "absurd");
  const reading delivered{f.delivery.day ? std::optional<long>(0) : std::nullopt, f.delivery.day};
  const auto& last = f.last_service;
  const auto& now = f.current;
  if (now.km && last.km && now.day && last.day && *now.day >= *last.day && *now.km < *last.km &&
      !absurd(now.km) && !absurd(last.km))
    add("km", "backwards", *last.km);
  else if (jump(last.km ? last : delivered, now))
    add("km", "jump");
  if (jump(delivered, last)) add("last_service_km", "jump");
  if (f.next_service_km && last.km && *f.next_service_km <= *last.km && !absurd(f.next_service_km) && *f.next_service_km > 0)
    add("next_service_km", "not_after_last", *last.km);
  return n;
}

}  // namespace retorno::normalize
