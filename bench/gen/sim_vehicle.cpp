// A vehicle's fixed facts (model, VIN, sale, mileage habit) and the world's campaigns.
#include <fmt/format.h>

#include <algorithm>

#include "sim.hpp"
#include "vin.hpp"

namespace gen {
namespace {

// Age of the fleet a dealership services: recent model years dominate.
constexpr std::uint32_t age_weights[] = {7, 10, 10, 10, 9, 9, 8, 8, 7, 6, 5, 4, 3, 3, 2, 2};
constexpr std::uint32_t behaviour_weights[] = {40, 40, 20};  // faithful, average, fickle

struct campaign_template {
  campaign_type type;
  std::string_view description;
  std::string_view parts;
  int days_ago;
  std::string_view models[3];
  int years_back_from;  // affected model years: launch year minus these
  int years_back_to;
  double share;
  parts_status status;
};

constexpr campaign_template templates[] = {
    {campaign_type::safety, "Reemplazo de inflador de bolsa de aire del conductor", "Inflador de bolsa de aire",
     45, {"COROLLA", "YARIS", ""}, 9, 5, 0.5, parts_status::ordered},
    {campaign_type::safety, "Inspección y reemplazo de bomba de combustible de baja presión",
     "Bomba de combustible", 120, {"RAV4", "CAMRY", "HIGHLANDER"}, 6, 4, 0.6, parts_status::available},
    {campaign_type::emissions, "Reprogramación del módulo de control de motor (emisiones)", "", 300,
     {"TACOMA", "HILUX", ""}, 5, 1, 0.7, parts_status::not_needed},
    {campaign_type::other, "Actualización de software del sistema multimedia", "", 20,
     {"RAV4", "COROLLA", "SIENNA"}, 3, 1, 0.4, parts_status::not_needed},
    {campaign_type::safety, "Reemplazo del sensor de posición del pedal del acelerador", "Sensor de pedal", 700,
     {"SIENNA", "CAMRY", ""}, 8, 5, 0.5, parts_status::available},
    {campaign_type::satisfaction, "Extensión de garantía de la bomba de agua", "Bomba de agua", 500,
     {"HIGHLANDER", "SIENNA", "TUNDRA"}, 6, 2, 0.8, parts_status::available},
    {campaign_type::safety, "Revisión de la fijación del asiento trasero", "", 10,
     {"HIACE", "AVANZA", "YARIS"}, 4, 1, 0.6, parts_status::not_needed},
    {campaign_type::safety, "Reemplazo del cable del freno de estacionamiento", "Cable de freno", 200,
     {"HILUX", "TACOMA", "FORTUNER"}, 7, 3, 0.5, parts_status::unavailable},
    {campaign_type::emissions, "Reemplazo del sensor de oxígeno", "Sensor de oxígeno", 1100,
     {"COROLLA", "PRIUS", ""}, 9, 4, 0.5, parts_status::available},
    {campaign_type::other, "Inspección de tapones de rueda", "", 60, {"TUNDRA", "PRADO", "FORTUNER"}, 5, 1, 0.5,
     parts_status::not_needed},
    {campaign_type::safety, "Reemplazo del inflador de bolsa de aire del pasajero", "Inflador del pasajero", 1500,
     {"COROLLA", "YARIS", "CAMRY"}, 14, 8, 0.6, parts_status::available},
    {campaign_type::satisfaction, "Actualización de la ECU de la transmisión CVT", "", 80,
     {"COROLLA", "YARIS", "RAV4"}, 4, 1, 0.3, parts_status::not_needed},
};

void make_plate(std::string& out, country c, rng& r) {
  auto letter = [&r] { return "ABCDEFGHJKLMNPRSTUVWXYZ"[r.below(23)]; };
  out.clear();
  if (c == country::co) {
    for (int i = 0; i < 3; ++i) out.push_back(letter());
    put_digits(out, r, 3);
    return;
  }
  for (int i = 0; i < 3; ++i) out.push_back(letter());
  out.push_back('-');
  if (r.chance(0.5)) {
    put_digits(out, r, 2);
    out.push_back('-');
    put_digits(out, r, 2);
  } else {
    put_digits(out, r, 3);
    out.push_back('-');
    out.push_back(letter());
  }
}

}  // namespace

std::vector<campaign_def> make_campaigns(const world_shape& w) {
  std::vector<campaign_def> out;
  int k = 0;
  for (const auto& t : templates) {
    rng r(w.seed, stream::campaign, static_cast<std::uint64_t>(k));
    day launched = w.as_of - t.days_ago - static_cast<int>(r.below(7));
    int year = to_ymd(launched).y;
    constexpr std::string_view kinds = "SEBO";  // safety, emissions, satisfaction (buena voluntad), other
    std::string code = fmt::format("{:02}{}{}{:02}", year % 100, w.where == country::mx ? 'T' : 'C',
                                   kinds[static_cast<std::size_t>(t.type)], 1 + r.below(40));
    out.push_back({code, t.type, t.description, t.parts, launched, {t.models[0], t.models[1], t.models[2]},
                   year - t.years_back_from, year - t.years_back_to, t.share, t.status});
    ++k;
  }
  return out;
}

void draw_vehicle(vehicle& v, const world_shape& w, rng& r) {
  const int as_of_year = to_ymd(w.as_of).y;
  const auto& models = models_for(w.where);
  v.model = models.pick(r);
  v.sale = !v.model->brand ? sale_type::used
           : r.chance(0.82)  ? sale_type::new_car
           : r.chance(0.35)  ? sale_type::certified
                             : sale_type::used;
  int last = v.model->last_year == 0 ? as_of_year + 1 : v.model->last_year;
  int year = 0;
  for (int attempt = 0; attempt < 6; ++attempt) {
    int age = static_cast<int>(r.weighted(age_weights));
    year = as_of_year + 1 - age;
    if (year == as_of_year + 1 && to_ymd(w.as_of).m < 7) year = as_of_year;  // next year's models come mid-year
    if (year >= v.model->first_year && year <= last) break;
  }
  v.model_year = std::clamp(year, v.model->first_year, std::min(last, as_of_year + 1));
  v.version = static_cast<int>(r.below(static_cast<std::uint32_t>(v.model->versions.size())));

  // New cars of model year Y are delivered from July of Y-1 to December of Y.
  day from = from_ymd(v.model_year - 1, 7, 1);
  day to = std::min(from_ymd(v.model_year, 12, 31), w.as_of - 1);
  if (to < from) from = to;
  v.dofu = from + static_cast<day>(r.below(static_cast<std::uint32_t>(to - from + 1)));
  v.sold_on = v.dofu;
  v.daily_km = 20.0 + 60.0 * r.unit();
  v.km0 = r.between(3, 40);
  if (v.sale != sale_type::new_car && w.as_of - v.dofu > 400) {
    int max_years = v.sale == sale_type::certified ? 3 : 8;
    int span = std::min(w.as_of - 1 - v.dofu - 365, 365 * max_years);
    v.sold_on = v.dofu + 365 + static_cast<day>(r.below(static_cast<std::uint32_t>(std::max(span, 1))));
    v.km0 = static_cast<int>(v.daily_km * 0.9 * (v.sold_on - v.dofu));
  } else {
    v.sale = v.model->brand ? sale_type::new_car : v.sale;
  }
  const auto& dealer = dealer_for(w.where);
  bool ours = r.chance(v.sale == sale_type::new_car ? 0.75 : 0.6);
  v.selling_dealer = ours ? -1 : static_cast<int>(r.below(static_cast<std::uint32_t>(dealer.other_dealers.size())));
  if (v.sale == sale_type::new_car) v.warranty_end = add_months(v.dofu, 36);
  else if (v.sale == sale_type::certified) v.warranty_end = add_months(v.sold_on, 12);
  else v.warranty_end = no_day;
  make_plate(v.plate, w.where, r);
  v.color = static_cast<int>(r.below(static_cast<std::uint32_t>(colors().size())));
  v.vin = make_vin(*v.model, v.model_year, v.index, w.seed, r);

  // Cars sold elsewhere more often keep being serviced elsewhere.
  double elsewhere = v.selling_dealer < 0 ? 0.06 : 0.3;
  if (r.chance(elsewhere)) v.how = behaviour::elsewhere;
  else v.how = static_cast<behaviour>(r.weighted(behaviour_weights));
  v.agent = static_cast<int>(mix(w.seed, v.index) % dealer.agents.size());
  v.phone_reachable = r.chance(0.93);
}

void simulate(vehicle& v, std::uint64_t index, const world_shape& w, const std::vector<campaign_def>& campaigns,
              counters& seq) {
  v.ros.clear();
  v.campaigns.clear();
  v.appts.clear();
  v.quotes.clear();
  v.leads.clear();
  v.attempts.clear();
  v.index = index;
  v.lapsed = false;
  v.last_maintenance = -1;
  rng r(w.seed, stream::vehicle, index);
  draw_vehicle(v, w, r);

  for (std::size_t k = 0; k < campaigns.size(); ++k) {
    const auto& c = campaigns[k];
    bool model_hit = false;
    for (auto m : c.models) model_hit = model_hit || (!m.empty() && m == v.model->model);
    if (!model_hit || !v.model->brand || v.model_year < c.year_from || v.model_year > c.year_to) continue;
    if (!r.chance(c.share)) continue;
    campaign_hit h;
    h.campaign = static_cast<int>(k);
    h.parts = c.base_status;
    // Per-VIN parts differ from the campaign's: some ordered for one car, some already in stock.
    if (c.base_status != parts_status::not_needed && r.chance(0.2))
      h.parts = static_cast<parts_status>(r.below(3));
    v.campaigns.push_back(h);
  }
  run_services(v, w, campaigns, seq, r);
  follow_up_appointments(v, w, seq, r);
  add_leads(v, w, seq, r);
  day_ahead(v, w);
}

}  // namespace gen
