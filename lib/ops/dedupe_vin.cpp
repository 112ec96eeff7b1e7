// dedupe's VIN merge: groups of one VIN, newest row first, and the merged row with its conflicts.
#include "ops/dedupe_vin.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include "model/dq_flags.hpp"

namespace retorno::ops {
namespace {

using sv = std::string_view;

// A row's newest date: the latest of its dates (ISO text sorts as dates).
std::string row_date(const held_table& t, std::size_t row, const std::array<int, 3>& date_cols) {
  std::string best;
  for (int c : date_cols) {
    auto v = t.get(row, c);
    if (v.size() >= 10 && v.substr(0, 10) > sv(best)) best.assign(v.substr(0, 10));
  }
  return best;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// Origins in file and line order: "a.csv:9" before "a.csv:10" (runs of digits compare as
// numbers), then as plain text, so that only equal texts are equal.
int origin_compare(sv a, sv b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (digit(a[i]) && digit(b[j])) {
      std::size_t ei = i, ej = j;
      while (ei < a.size() && digit(a[ei])) ++ei;
      while (ej < b.size() && digit(b[ej])) ++ej;
      sv na = a.substr(i, ei - i), nb = b.substr(j, ej - j);
      while (na.size() > 1 && na[0] == '0') na.remove_prefix(1);
      while (nb.size() > 1 && nb[0] == '0') nb.remove_prefix(1);
      if (na.size() != nb.size()) return na.size() < nb.size() ? -1 : 1;
      if (na != nb) return na < nb ? -1 : 1;
      i = ei;
      j = ej;
    } else {
      if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]) ? -1 : 1;
      ++i;
      ++j;
    }
  }
  if (i < a.size() || j < b.size()) return i < a.size() ? 1 : -1;
  const int plain = a.compare(b);
  return (plain > 0) - (plain < 0);
}

// Rows sorted by VIN (rows without one last, in file order), each VIN's newest first: the
// latest date, then the later origin, then the greater values; the row's position only
// between rows equal in every cell, which merge the same either way.
std::vector<std::uint32_t> vin_order(const held_table& t, int c_vin) {
  const std::array<int, 3> c_dates = {t.column("km_date"), t.column("last_service_date"), t.column("dofu")};
  const int c_origin = t.column("origin");
  std::vector<std::string> dates(t.rows());
  for (std::uint32_t r = 0; r < t.rows(); ++r) dates[r] = row_date(t, r, c_dates);
  std::vector<std::uint32_t> order(t.rows());
  for (std::uint32_t r = 0; r < t.rows(); ++r) order[r] = r;
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    sv va = t.get(a, c_vin), vb = t.get(b, c_vin);
    if (va.empty() != vb.empty()) return vb.empty();
    if (va != vb || va.empty()) return va.empty() ? a < b : va < vb;
    if (dates[a] != dates[b]) return dates[a] > dates[b];
    if (const int o = origin_compare(t.get(a, c_origin), t.get(b, c_origin)); o != 0) return o > 0;
    for (int c = 0; c < static_cast<int>(t.width); ++c)
      if (sv ca = t.get(a, c), cb = t.get(b, c); ca != cb) return ca > cb;
    return a > b;
  });
  return order;
}

}  // namespace

row_groups one_group_per_row(std::size_t rows) {
  row_groups g;
  g.order.resize(rows);
  for (std::uint32_t r = 0; r < rows; ++r) g.order[r] = r;
  g.start = g.order;
  g.start.push_back(static_cast<std::uint32_t>(rows));
  return g;
}

row_groups group_by_vin(const held_table& t) {
  const int c_vin = t.column("vin");
  const std::vector<std::uint32_t> order = vin_order(t, c_vin);
  std::vector<std::uint32_t> start;  // into `order`
  for (std::size_t i = 0; i < order.size(); ++i)
    if (i == 0 || t.get(order[i], c_vin).empty() || t.get(order[i], c_vin) != t.get(order[i - 1], c_vin))
      start.push_back(static_cast<std::uint32_t>(i));
  start.push_back(static_cast<std::uint32_t>(order.size()));
  // Output in the order of each group's first source row.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> by_first;  // (first row, group)
  for (std::uint32_t g = 0; g + 1 < start.size(); ++g)
    by_first.emplace_back(*std::min_element(order.begin() + start[g], order.begin() + start[g + 1]), g);
  std::sort(by_first.begin(), by_first.end());
  row_groups out;
  out.order.reserve(order.size());
  for (auto [first, g] : by_first) {
    out.start.push_back(static_cast<std::uint32_t>(out.order.size()));
    out.order.insert(out.order.end(), order.begin() + start[g], order.begin() + start[g + 1]);
  }
  out.start.push_back(static_cast<std::uint32_t>(out.order.size()));
  return out;
}

vin_merger::vin_merger(const held_table& t)
    : t_(t), c_vin_(t.column("vin")), c_origin_(t.column("origin")), c_flags_(t.column("dq_flags")),
      c_pid_(t.column("person_id")) {
  row_.cells.resize(t.width);
}

const merged_row& vin_merger::merge(std::span<const std::uint32_t> rows) {
  row_.origin.clear();
  row_.flags.clear();
  row_.conflicts = 0;
  for (auto r : rows) model::for_each_flag(t_.get(r, c_flags_), [&](sv f) { model::append_flag_once(row_.flags, f); });
  for (int col = 0; col < static_cast<int>(t_.width); ++col) {
    if (col == c_origin_) {
      for (auto r : rows) {
        if (!row_.origin.empty()) row_.origin.push_back('+');
        row_.origin.append(t_.get(r, col));
      }
      row_.cells[col] = row_.origin;
      continue;
    }
    if (col == c_flags_) continue;  // complete once the conflicts are known
    const sv v = newest_value(t_, rows, col);
    row_.cells[col] = v;
    if (rows.size() < 2 || col == c_vin_ || col == c_pid_) continue;
    for (auto r : rows) {
      const sv other = t_.get(r, col);
      if (other.empty() || other == v) continue;
      flag_.clear();
      model::append_flag(flag_, t_.header[col], "conflict", other);
      model::append_flag_once(row_.flags, flag_);
      ++row_.conflicts;
    }
  }
  if (c_flags_ >= 0) row_.cells[c_flags_] = row_.flags;
  return row_;
}

}  // namespace retorno::ops
