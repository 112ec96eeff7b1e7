// dedupe: read the whole table, merge the rows of one VIN, identify persons, write table and cluster map.
#include "ops/dedupe.hpp"

#include <array>
#include <cmath>
#include <memory>

#include <fmt/format.h>

#include "core/error.hpp"
#include "csv/writer.hpp"
#include "match/persons.hpp"
#include "ops/dedupe_vin.hpp"
#include "ops/held_table.hpp"

namespace retorno::ops {
namespace {

using sv = std::string_view;

// What the input is, and where to find what a person is recognised by.
struct table_kind {
  bool contacts = false;
  int role, name, tax, email, address, postal, city, customer, vin, origin;
  std::array<int, 3> phones;
};

table_kind kind_of(const held_table& t, const std::string& name) {
  table_kind k;
  k.contacts = t.column("role") >= 0;
  const bool vehicles = !k.contacts && t.column("customer_name") >= 0;
  if (t.column("vin") < 0 || (!k.contacts && !vehicles))
    throw input_error(name, 1, "not a canonical vehicles or contacts table (no vin, role or customer_name column)",
                      "run retorno ingest first; dedupe reads its output");
  k.role = t.column("role");
  k.name = t.column(k.contacts ? "name" : "customer_name");
  k.tax = t.column("tax_id");
  k.email = t.column("email");
  k.address = t.column("address");
  k.postal = t.column("postal_code");
  k.city = t.column("city");
  k.customer = t.column("customer_id");
  k.vin = t.column("vin");
  k.origin = t.column("origin");
  k.phones = {t.column("phone_mobile"), t.column("phone_home"), t.column("phone_work")};
  return k;
}

// The person of each output row, from its merged values.
match::persons identify(const held_table& t, const row_groups& groups, const table_kind& k, const std::string& name,
                        const dedupe_config& config) {
  auto row_of = [&](std::uint32_t g, match::person_row& p) {
    const auto rows = groups.rows(g);
    auto merged = [&](int col) { return newest_value(t, rows, col); };
    p.name = merged(k.name);
    p.tax_id = merged(k.tax);
    p.address = merged(k.address);
    p.city = merged(k.city);
    p.postal_code = merged(k.postal);
    p.email = merged(k.email);
    p.customer_id = merged(k.customer);
    for (int i = 0; i < 3; ++i) p.phones[i] = merged(k.phones[i]);
    p.vin = merged(k.vin);
    p.role = k.contacts ? merged(k.role) : sv("owner");  // a vehicle's customer is its owner
    p.origin = t.get(rows[0], k.origin);  // the newest row's: a row without a VIN is a group alone
    p.source_file = name;
    p.source_line = t.lines[rows[0]];
  };
  return match::identify_persons(groups.size(), row_of, {config.threshold, config.weights});
}

// The output header: the input's, with person_id before origin when it was missing.
struct output_header {
  std::vector<std::string> names;
  int person_id;  // its column in the output
  bool replaces;  // the input had one: its values give way
};

output_header header_of(const held_table& t) {
  output_header h{t.header, t.column("person_id"), true};
  if (h.person_id < 0) {
    const int origin = t.column("origin");
    h.person_id = origin >= 0 ? origin : static_cast<int>(h.names.size());
    h.names.insert(h.names.begin() + h.person_id, "person_id");
    h.replaces = false;
  }
  return h;
}

// The cluster map's rows of one output row: every source row, how it joined its person.
void write_map_rows(csv::csv_writer& map, const held_table& t, int c_origin, std::span<const std::uint32_t> rows,
                    const std::string& pid, const match::edge& link, const std::string& name) {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint32_t r = rows[i];
    std::string row = fmt::format("{}", t.lines[r]);
    sv o = t.get(r, c_origin);
    std::string origin_text = o.empty() ? fmt::format("{}:{}", name, t.lines[r]) : std::string(o);
    std::string on, score;
    if (i > 0) {
      on = "vin";
    } else if (!std::isnan(link.score)) {
      on = match::matched_on_text(link.agreed);
      score = fmt::format("{:.1f}", link.score);
    }
    map.row({sv(row), sv(origin_text), sv(pid), sv(on), sv(score)});
  }
}

// Writes the merged rows with their person ids, and the cluster map when asked; counts conflicts.
void write_outputs(const held_table& t, const row_groups& groups, const match::persons& persons,
                   const dedupe_config& config, const std::string& name, dedupe_summary& summary) {
  const output_header header = header_of(t);
  csv::output out(config.output);
  csv::csv_writer writer(out, config.excel);
  writer.row(std::span<const std::string>(header.names));
  std::unique_ptr<csv::output> map_out;
  std::unique_ptr<csv::csv_writer> map;
  if (!config.clusters.empty()) {
    map_out = std::make_unique<csv::output>(config.clusters);
    map = std::make_unique<csv::csv_writer>(*map_out, config.excel);
    map->row({"row", "origin", "person_id", "matched_on", "score"});
  }
  vin_merger merger(t);
  const int c_origin = t.column("origin");
  std::vector<sv> views(header.names.size());
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const merged_row& m = merger.merge(groups.rows(g));
    summary.conflicts += m.conflicts;
    const auto& pid = persons.person_id[g];
    for (std::size_t c = 0, in_c = 0; c < views.size(); ++c) {
      if (static_cast<int>(c) == header.person_id) {
        views[c] = pid;
        in_c += header.replaces;
      } else {
        views[c] = m.cells[in_c++];
      }
    }
    writer.row(std::span<const sv>(views));
    if (map) write_map_rows(*map, t, c_origin, groups.rows(g), pid, persons.best_link[g], name);
  }
  // Both complete before either replaces the previous night's.
  out.finish();
  if (map_out) map_out->finish();
  out.publish();
  if (map_out) map_out->publish();
}

}  // namespace

dedupe_summary run_dedupe(const dedupe_config& config) {
  std::uint64_t other_branches = 0;
  const held_table t = read_held_table(config.input, config.branch, &other_branches);
  const std::string name = config.input == "-" ? std::string("<stdin>") : config.input;
  const table_kind kind = kind_of(t, name);
  const row_groups groups = kind.contacts ? one_group_per_row(t.rows()) : group_by_vin(t);
  const match::persons persons = identify(t, groups, kind, name, config);

  dedupe_summary summary;
  summary.table = kind.contacts ? "contacts" : "vehicles";
  summary.rows_in = t.rows() + other_branches;
  summary.rows_other_branches = other_branches;
  summary.rows_out = groups.size();
  summary.rows_merged = t.rows() - summary.rows_out;
  summary.persons = persons.count;
  summary.persons_multi = persons.multi;
  summary.comparisons = persons.comparisons;
  write_outputs(t, groups, persons, config, name, summary);
  return summary;
}

}  // namespace retorno::ops
