// retorno-gen: writes a seeded dealership world as raw DMS and call-center exports, with its truth.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>

#include "exports.hpp"

namespace {

constexpr std::string_view usage = R"(usage: retorno-gen --vehicles N --seed S --as-of YYYY-MM-DD --out DIR
                   [--country MX|CO] [--only LIST] [--quiet]

Writes a consistent dealership world of N vehicles as raw exports carrying the dirt of real
ones, and DIR/truth/ with the clean facts tests compare against. The same arguments always
give byte-identical files, on any machine.

  --vehicles N   vehicles in operation (their owners, profiles, repair orders, calls follow)
  --seed S       any unsigned integer
  --as-of DATE   "today": events up to the day before happened, later ones are bookings
  --out DIR      created when missing; existing files are overwritten
  --country C    MX (default: Laguna dealership, legacy 01/044/045 phones) or CO (Medellín)
  --only LIST    comma-separated subset of: vehicles, recordatorio, contacts, services,
                 campaigns, appointments, quotes, leads, optouts, contact_log, truth
                 (default: all of them)

Files: vehiculos.csv recordatorio_servicio.txt contactos.csv historial_servicio.csv
campanas.csv citas.csv cotizaciones.csv leads_web.csv bajas.csv gestion_spiga.txt
truth/{persons,people,vehicles,dirt,manifest}.csv

Example:
  retorno-gen --vehicles 300 --seed 7 --as-of 2026-11-27 --out samples/exports
)";

struct usage_error {
  std::string what;
};

struct options {
  std::uint64_t vehicles = 0;
  std::uint64_t seed = 0;
  gen::day as_of = gen::no_day;
  std::string out;
  gen::country where = gen::country::mx;
  bool only_given = false;
  bool selected[static_cast<int>(gen::output::count_)] = {};
  bool quiet = false;
};

std::uint64_t parse_count(std::string_view flag, std::string_view v) {
  if (v.empty()) throw usage_error{fmt::format("{} needs a number", flag)};
  std::uint64_t n = 0;
  for (char c : v) {
    if (c < '0' || c > '9') throw usage_error{fmt::format("{}: '{}' is not a whole number", flag, v)};
    n = n * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return n;
}

options parse(int argc, char** argv) {
  options o;
  bool have_vehicles = false, have_seed = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "-h" || a == "--help") {
      std::fwrite(usage.data(), 1, usage.size(), stdout);
      std::exit(0);
    }
    if (a == "--quiet" || a == "-q") {
      o.quiet = true;
      continue;
    }
    if (i + 1 >= argc) throw usage_error{fmt::format("{} needs a value", a)};
    std::string_view v = argv[++i];
    if (a == "--vehicles") {
      o.vehicles = parse_count(a, v);
      have_vehicles = true;
    } else if (a == "--seed") {
      o.seed = parse_count(a, v);
      have_seed = true;
    } else if (a == "--as-of") {
      if (!gen::parse_iso(v, o.as_of)) throw usage_error{fmt::format("--as-of: '{}' is not a YYYY-MM-DD date", v)};
    } else if (a == "--out") {
      o.out = v;
    } else if (a == "--country") {
      if (v == "MX" || v == "mx") o.where = gen::country::mx;
      else if (v == "CO" || v == "co") o.where = gen::country::co;
      else throw usage_error{fmt::format("--country: '{}' is not MX or CO", v)};
    } else if (a == "--only") {
      o.only_given = true;
      std::size_t start = 0;
      while (start <= v.size()) {
        std::size_t end = v.find(',', start);
        if (end == std::string_view::npos) end = v.size();
        std::string_view name = v.substr(start, end - start);
        bool found = false;
        for (int k = 0; k < static_cast<int>(gen::output::count_); ++k)
          if (gen::output_name(static_cast<gen::output>(k)) == name) o.selected[k] = found = true;
        if (!found) throw usage_error{fmt::format("--only: unknown output '{}'", name)};
        start = end + 1;
      }
    } else {
      throw usage_error{fmt::format("unknown option {}", a)};
    }
  }
  if (!have_vehicles) throw usage_error{"--vehicles is required"};
  if (!have_seed) throw usage_error{"--seed is required"};
  if (o.as_of == gen::no_day) throw usage_error{"--as-of is required"};
  if (o.out.empty()) throw usage_error{"--out is required"};
  if (o.vehicles > 20000000) throw usage_error{"--vehicles: at most 20,000,000 (VIN serials and customer numbers stay unique)"};
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  options o;
  try {
    o = parse(argc, argv);
  } catch (const usage_error& e) {
    fmt::print(stderr, "retorno-gen: error: {}\n(see retorno-gen --help)\n", e.what);
    return 2;
  }
  try {
    auto t0 = std::chrono::steady_clock::now();
    const gen::world_shape w = gen::make_shape(o.seed, o.vehicles, o.where, o.as_of);
    const auto campaigns = gen::make_campaigns(w);
    gen::outputs out;
    for (int k = 0; k < static_cast<int>(gen::output::count_); ++k) out.enabled[k] = !o.only_given || o.selected[k];
    gen::open_outputs(out, o.out, w);
    gen::counters seq;
    gen::vehicle v;
    gen::person owner;
    for (std::uint64_t i = 0; i < o.vehicles; ++i) {
      v.owner = gen::owner_of(w, i);
      gen::make_person(owner, w, v.owner);
      v.maintainer = gen::maintainer_of(w, i, owner);
      v.user = gen::user_of(w, i, owner);
      gen::simulate(v, i, w, campaigns, seq);
      gen::write_vehicle(out, w, v, campaigns, owner);
    }
    std::uint64_t services = out.services.rows();
    gen::finish_outputs(out, w, o.out);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!o.quiet)
      fmt::print(stderr, "retorno-gen: {} vehicles, {} repair orders, {} appointments, {} leads into {} in {:.1f} s\n",
                 o.vehicles, services > 0 ? services - 1 : 0, seq.appointment - gen::counters{}.appointment,
                 seq.lead - gen::counters{}.lead, o.out, secs);
  } catch (const std::exception& e) {
    fmt::print(stderr, "retorno-gen: error: {}\n", e.what());
    return 1;
  }
  return 0;
}
