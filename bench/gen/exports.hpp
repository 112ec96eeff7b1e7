// The export files of one world and the truth beside them: which to write, and one call per vehicle.
#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "dirt.hpp"
#include "out_file.hpp"
#include "sim.hpp"

namespace gen {

// Output names, as --only spells them.
enum class output {
  vehicles, recordatorio, contacts, services, campaigns, appointments, quotes, leads, optouts, contact_log, truth,
  count_
};
std::string_view output_name(output o);

// A rendered row kept for later: the vehicles export repeats some vehicles a few hundred
// rows further down (another branch's older record), so they wait in a short queue.
struct pending_row {
  std::uint64_t release_at = 0;  // vehicle index before which it is written
  std::vector<std::string> cells;
  std::vector<bool> raw;         // cells written without quoting (stray quotes)
  expectations ex;
  std::string customer_id;
  std::uint64_t person = 0;
  std::uint64_t household = 0;
  std::string tags;
};

struct outputs {
  bool enabled[static_cast<int>(output::count_)] = {};
  out_file vehicles, recordatorio, contacts, services, campaigns, appointments, quotes, leads, optouts,
      contact_log;
  // truth/
  out_file persons, people, truth_vehicles, dirt;
  std::vector<std::uint8_t> person_seen;  // people.csv holds each person once
  std::deque<pending_row> pending;
  // Expected outcome counts per export, for truth/manifest.csv.
  struct tally {
    std::uint64_t flags = 0;
    std::uint64_t rejects = 0;
  };
  tally tallies[static_cast<int>(output::count_)];

  bool on(output o) const { return enabled[static_cast<int>(o)]; }
};

// Opens the selected files in `dir` (and dir/truth) and writes their title and header lines.
void open_outputs(outputs& out, const std::string& dir, const world_shape& w);
// Writes everything vehicle v contributes to every open export.
// `owner` is the person v.owner, already drawn by the caller.
void write_vehicle(outputs& out, const world_shape& w, const vehicle& v, const std::vector<campaign_def>& campaigns,
                   const person& owner);
// Rows that do not belong to a vehicle (REPEP numbers of strangers, the queue's tail).
void finish_outputs(outputs& out, const world_shape& w, const std::string& dir);

// Pieces, one file each.
struct row_context;  // defined in export_common.hpp
void write_dms(outputs& out, row_context& ctx);
void write_workshop(outputs& out, row_context& ctx);
void write_crm(outputs& out, row_context& ctx);

}  // namespace gen
