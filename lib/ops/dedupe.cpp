// dedupe: read the whole table compactly, merge VIN rows, block, score, cluster, write back.
#include "ops/dedupe.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include <fmt/format.h>

#include "core/error.hpp"
#include "csv/reader.hpp"
#include "csv/writer.hpp"
#include "match/blocking.hpp"
#include "match/cluster.hpp"
#include "match/name.hpp"
#include "model/dq_flags.hpp"
#include "normalize/name.hpp"

namespace retorno::ops {
namespace {

using sv = std::string_view;

// The input held as one text arena and one offset per cell.
struct held_table {
  std::vector<std::string> header;
  std::string arena;
  std::vector<std::uint32_t> offsets{0};  // 4 bytes a cell: a million contacts cost 68 MB here
  std::vector<std::uint64_t> lines;
  std::size_t width = 0;
  std::size_t rows() const { return lines.size(); }
  sv get(std::size_t row, int col) const {
    if (col < 0) return {};
    const std::size_t i = row * width + static_cast<std::size_t>(col);
    return sv(arena).substr(offsets[i], offsets[i + 1] - offsets[i]);
  }
  int column(sv name) const {
    auto it = std::find(header.begin(), header.end(), name);
    return it == header.end() ? -1 : static_cast<int>(it - header.begin());
  }
};

held_table read_table(const std::string& path) {
  held_table t;
  csv::reader in(path, {});
  csv::record rec;
  if (!in.next(rec)) throw input_error(in.display_name(), 0, "the file is empty: no header row");
  if (rec.problem != csv::record_problem::none)
    throw input_error(in.display_name(), rec.line, std::string(csv::problem_text(rec.problem)));
  for (auto f : rec.fields) t.header.emplace_back(f);
  t.width = t.header.size();
  while (in.next(rec)) {
    if (rec.problem != csv::record_problem::none)
      throw input_error(in.display_name(), rec.line, std::string(csv::problem_text(rec.problem)));
    if (rec.fields.size() != t.width)
      throw input_error(in.display_name(), rec.line,
                        fmt::format("{} fields where the header has {}", rec.fields.size(), t.width),
                        "a canonical table written by retorno ingest has one value per column");
    for (auto f : rec.fields) {
      t.arena.append(f);
      if (t.arena.size() > UINT32_MAX) throw input_error(in.display_name(), rec.line, "table over 4 GiB of text");
      t.offsets.push_back(static_cast<std::uint32_t>(t.arena.size()));
    }
    t.lines.push_back(rec.line);
  }
  return t;
}

// Newest first: the latest of the row's dates (ISO text sorts as dates), then the later line.
std::string row_date(const held_table& t, std::size_t row, const std::array<int, 3>& date_cols) {
  std::string best;
  for (int c : date_cols) {
    auto v = t.get(row, c);
    if (v.size() >= 10 && v.substr(0, 10) > sv(best)) best.assign(v.substr(0, 10));
  }
  return best;
}

// The first `limit` bytes of a folded text's tokens, sorted: word order in addresses varies.
std::string sorted_tokens(const std::string& folded, std::size_t limit) {
  std::vector<sv> tokens;
  std::size_t start = 0;
  while (start < folded.size() && start < limit) {
    auto end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) tokens.push_back(sv(folded).substr(start, end - start));
    start = end + 1;
  }
  std::sort(tokens.begin(), tokens.end());
  std::string out;
  for (auto t : tokens) {
    if (!out.empty()) out.push_back(' ');
    out.append(t);
  }
  return out;
}

// "P" + 12 hex digits. FNV-1a barely stirs its last bytes, so VINs one digit apart would get
// ids one digit apart: a finaliser spreads them, so that ids that look alike are not.
std::string hex12(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return fmt::format("P{:012X}", h >> 16);
}

std::string upper_alnum(sv s) {
  std::string out;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') out.push_back(static_cast<char>(c - 'a' + 'A'));
    else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || static_cast<unsigned char>(c) >= 0x80)
      out.push_back(c);
  }
  return out;
}

}  // namespace

dedupe_summary run_dedupe(const dedupe_config& config) {
  dedupe_summary summary;
  held_table t = read_table(config.input);
  const std::string name = config.input == "-" ? std::string("<stdin>") : config.input;
  summary.rows_in = t.rows();
  const bool contacts = t.column("role") >= 0;
  const bool vehicles = !contacts && t.column("customer_name") >= 0;
  if (t.column("vin") < 0 || (!contacts && !vehicles))
    throw input_error(name, 1, "not a canonical vehicles or contacts table (no vin, role or customer_name column)",
                      "run retorno ingest first; dedupe reads its output");
  summary.table = contacts ? "contacts" : "vehicles";

  const int c_vin = t.column("vin"), c_role = t.column("role"), c_origin = t.column("origin"),
            c_flags = t.column("dq_flags"), c_pid = t.column("person_id");
  const int c_name = t.column(contacts ? "name" : "customer_name");
  const int c_tax = t.column("tax_id"), c_email = t.column("email"), c_addr = t.column("address"),
            c_postal = t.column("postal_code"), c_city = t.column("city"), c_customer = t.column("customer_id");
  const std::array<int, 3> c_phones = {t.column("phone_mobile"), t.column("phone_home"), t.column("phone_work")};
  const std::array<int, 3> c_dates = {t.column("km_date"), t.column("last_service_date"), t.column("dofu")};

  // Output rows: groups of source rows, newest first. Vehicles: one group per VIN.
  std::vector<std::uint32_t> order(t.rows());
  for (std::uint32_t r = 0; r < t.rows(); ++r) order[r] = r;
  std::vector<std::uint32_t> group_start;  // into `order`
  if (vehicles) {
    std::vector<std::string> dates(t.rows());
    for (std::uint32_t r = 0; r < t.rows(); ++r) dates[r] = row_date(t, r, c_dates);
    // Rows without a VIN stay alone: they cannot be told apart from each other.
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
      sv va = t.get(a, c_vin), vb = t.get(b, c_vin);
      if (va.empty() != vb.empty()) return vb.empty();
      if (va != vb || va.empty()) return va.empty() ? a < b : va < vb;
      if (dates[a] != dates[b]) return dates[a] > dates[b];
      return a > b;
    });
    for (std::size_t i = 0; i < order.size(); ++i)
      if (i == 0 || t.get(order[i], c_vin).empty() || t.get(order[i], c_vin) != t.get(order[i - 1], c_vin))
        group_start.push_back(static_cast<std::uint32_t>(i));
    // Output in the order of each group's first source row.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> by_first;  // (first row, group)
    for (std::uint32_t g = 0; g < group_start.size(); ++g) {
      const std::uint32_t end = g + 1 < group_start.size() ? group_start[g + 1] : static_cast<std::uint32_t>(order.size());
      std::uint32_t first = UINT32_MAX;
      for (auto i = group_start[g]; i < end; ++i) first = std::min(first, order[i]);
      by_first.emplace_back(first, g);
    }
    std::sort(by_first.begin(), by_first.end());
    std::vector<std::uint32_t> order2;
    std::vector<std::uint32_t> start2;
    order2.reserve(order.size());
    for (auto [first, g] : by_first) {
      start2.push_back(static_cast<std::uint32_t>(order2.size()));
      const std::uint32_t end = g + 1 < group_start.size() ? group_start[g + 1] : static_cast<std::uint32_t>(order.size());
      for (auto i = group_start[g]; i < end; ++i) order2.push_back(order[i]);
    }
    order.swap(order2);
    group_start.swap(start2);
  } else {
    group_start = order;
  }
  const std::size_t groups = group_start.size();
  group_start.push_back(static_cast<std::uint32_t>(order.size()));
  summary.rows_out = groups;
  summary.rows_merged = summary.rows_in - groups;

  // The merged value of a column for a group: the newest non-empty one.
  auto merged = [&](std::size_t g, int col) -> sv {
    if (col < 0) return {};
    for (auto i = group_start[g]; i < group_start[g + 1]; ++i)
      if (auto v = t.get(order[i], col); !v.empty()) return v;
    return {};
  };

  // Person records, their comparable text in one arena.
  std::string text;
  struct span {
    std::uint32_t off, len;
  };
  std::vector<std::array<span, 4>> spans(groups);  // name, tax id, address, city
  std::vector<match::person_view> people(groups);
  std::string name_key;
  for (std::size_t g = 0; g < groups; ++g) {
    auto& p = people[g];
    auto put = [&](const std::string& s, std::size_t slot) {
      spans[g][slot] = {static_cast<std::uint32_t>(text.size()), static_cast<std::uint32_t>(s.size())};
      text += s;
      if (text.size() > UINT32_MAX) throw input_error(name, 0, "table over 4 GiB of names and addresses");
    };
    put(match::name_match_key(merged(g, c_name)), 0);
    put(upper_alnum(merged(g, c_tax)), 1);
    put(sorted_tokens(normalize::name_key(merged(g, c_addr)), 64), 2);
    put(normalize::name_key(merged(g, c_city)), 3);
    for (int k = 0; k < 3; ++k)
      if (auto v = merged(g, c_phones[k]); !v.empty()) p.phones[k] = match::fnv1a(v);
    if (auto v = merged(g, c_email); !v.empty()) p.email = match::fnv1a(v);
    if (auto v = merged(g, c_customer); !v.empty()) p.customer_id = match::fnv1a(v);
    if (auto v = merged(g, c_postal); !v.empty()) p.postal = match::fnv1a(v);
  }
  for (std::size_t g = 0; g < groups; ++g) {
    auto& p = people[g];
    p.name = sv(text).substr(spans[g][0].off, spans[g][0].len);
    p.tax_id = sv(text).substr(spans[g][1].off, spans[g][1].len);
    p.address = sv(text).substr(spans[g][2].off, spans[g][2].len);
    p.city = sv(text).substr(spans[g][3].off, spans[g][3].len);
  }
  spans.clear();
  spans.shrink_to_fit();

  // Blocking keys (CSR), candidate pairs, edges at or above the threshold.
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> key_offsets{0};
  keys.reserve(groups * 8);
  match::token_counts counts;
  for (std::size_t g = 0; g < groups; ++g) match::count_name_tokens(people[g].name, counts);
  for (std::size_t g = 0; g < groups; ++g) {
    match::block_keys(people[g], keys, &counts);
    key_offsets.push_back(static_cast<std::uint32_t>(keys.size()));
  }
  std::vector<match::edge> edges;
  match::for_each_candidate(
      groups, keys, key_offsets, [&](std::uint32_t r) { return people[r].name; }, {},
      [&](std::uint32_t a, std::uint32_t b) {
        ++summary.comparisons;
        auto s = match::score_pair(people[a], people[b], config.weights, config.threshold);
        if (s.score >= config.threshold) edges.push_back({a, b, static_cast<float>(s.score), s.agreed});
      });
  keys.clear();
  keys.shrink_to_fit();
  auto clusters = match::cluster(groups, std::move(edges), config.threshold, [&](std::uint32_t a, std::uint32_t b) {
    return match::score_pair(people[a], people[b], config.weights).score;
  });
  summary.comparisons += clusters.comparisons;

  // person_id: a hash of the cluster's smallest identity, so that the same person keeps the id
  // while that vehicle stays in the export. A vehicle row and the owner's contact row share
  // the identity VIN (the DMS customer of a vehicle is its owner), so that a vehicles table and
  // a contacts table deduped apart agree on the owners' ids; other roles are VIN/role; rows
  // without a VIN use their origin.
  std::vector<std::string> identity(groups);
  for (std::size_t g = 0; g < groups; ++g) {
    sv vin = merged(g, c_vin);
    sv role = contacts ? merged(g, c_role) : sv("owner");
    if (!vin.empty()) identity[g] = role == "owner" ? std::string(vin) : fmt::format("{}/{}", vin, role);
    else identity[g] = fmt::format("{}:{}", name, t.lines[order[group_start[g]]]);
  }
  std::vector<std::uint32_t> best_member(groups, UINT32_MAX);
  std::vector<std::uint32_t> cluster_size(groups, 0);
  for (std::uint32_t g = 0; g < groups; ++g) {
    auto c = clusters.cluster_of[g];
    ++cluster_size[c];
    if (best_member[c] == UINT32_MAX || identity[g] < identity[best_member[c]]) best_member[c] = g;
  }
  for (std::uint32_t g = 0; g < groups; ++g)
    if (cluster_size[g] > 0) {
      ++summary.persons;
      summary.persons_multi += cluster_size[g] > 1;
    }
  std::vector<std::string> person_id(groups);
  for (std::uint32_t g = 0; g < groups; ++g)
    if (cluster_size[g] > 0) person_id[g] = hex12(match::fnv1a(identity[best_member[g]]));

  // Output header: the input's, with person_id before origin when it was missing.
  std::vector<std::string> header = t.header;
  int out_pid = c_pid;
  if (out_pid < 0) {
    out_pid = c_origin >= 0 ? c_origin : static_cast<int>(header.size());
    header.insert(header.begin() + out_pid, "person_id");
  }
  csv::output out(config.output);
  csv::csv_writer writer(out, config.excel);
  writer.row(std::span<const std::string>(header));
  std::unique_ptr<csv::output> map_out;
  std::unique_ptr<csv::csv_writer> map;
  if (!config.clusters.empty()) {
    map_out = std::make_unique<csv::output>(config.clusters);
    map = std::make_unique<csv::csv_writer>(*map_out, config.excel);
    map->row({"row", "origin", "person_id", "matched_on", "score"});
  }
  std::vector<sv> views(header.size());
  std::string origin, flags, conflict;
  for (std::size_t g = 0; g < groups; ++g) {
    const auto first = group_start[g], last = group_start[g + 1];
    const auto& pid = person_id[clusters.cluster_of[g]];
    origin.clear();
    flags.clear();
    // Flags repeated by rows of one VIN are listed once.
    for (auto i = first; i < last; ++i)
      model::for_each_flag(t.get(order[i], c_flags), [&](sv f) { model::append_flag_once(flags, f); });
    for (std::size_t c = 0, in_c = 0; c < header.size(); ++c) {
      if (static_cast<int>(c) == out_pid) {
        views[c] = pid;
        if (c_pid >= 0) ++in_c;
        continue;
      }
      const int col = static_cast<int>(in_c++);
      if (col == c_origin) {
        for (auto i = first; i < last; ++i) {
          if (!origin.empty()) origin.push_back('+');
          origin.append(t.get(order[i], col));
        }
        views[c] = origin;
      } else if (col == c_flags) {
        views[c] = sv();  // filled below, once conflicts are known
      } else {
        sv v = merged(g, col);
        views[c] = v;
        if (last - first > 1 && col != c_vin) {
          for (auto i = first; i < last; ++i) {
            sv other = t.get(order[i], col);
            if (!other.empty() && other != v) {
              conflict.clear();
              model::append_flag(conflict, header[c], "conflict", other);
              model::append_flag_once(flags, conflict);
              ++summary.conflicts;
            }
          }
        }
      }
    }
    if (c_flags >= 0) {
      for (std::size_t c = 0, in_c = 0; c < header.size(); ++c) {
        if (static_cast<int>(c) == out_pid) {
          if (c_pid >= 0) ++in_c;
          continue;
        }
        if (static_cast<int>(in_c++) == c_flags) views[c] = flags;
      }
    }
    writer.row(std::span<const sv>(views));
    if (map) {
      const auto& link = clusters.best_link[g];
      for (auto i = first; i < last; ++i) {
        const std::uint32_t r = order[i];
        std::string row = fmt::format("{}", t.lines[r]);
        sv o = t.get(r, c_origin);
        std::string origin_text = o.empty() ? fmt::format("{}:{}", name, t.lines[r]) : std::string(o);
        std::string on, score;
        if (i > first) {
          on = "vin";
        } else if (!std::isnan(link.score)) {
          on = match::matched_on_text(link.agreed);
          score = fmt::format("{:.1f}", link.score);
        }
        map->row({sv(row), sv(origin_text), sv(pid), sv(on), sv(score)});
      }
    }
  }
  // Both complete before either replaces the previous night's.
  out.finish();
  if (map_out) map_out->finish();
  out.publish();
  if (map_out) map_out->publish();
  return summary;
}

}  // namespace retorno::ops
