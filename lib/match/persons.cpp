// Person identification: comparable records, candidate pairs, clusters, and ids that stay put.
#include "core/catalog.hpp"
#include "match/persons.hpp"

#include <algorithm>
#include <cmath>
#include <compare>

#include <fmt/format.h>

#include "core/error.hpp"
#include "match/blocking.hpp"
#include "match/name.hpp"
#include "normalize/name.hpp"

namespace retorno::match {
namespace {

using sv = std::string_view;

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

// Tax ids are compared on their letters and digits, upper-case; '&' and non-ASCII letters
// (Ñ) belong to Mexican RFCs.
std::string upper_alnum(sv s) {
  std::string out;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') out.push_back(static_cast<char>(c - 'a' + 'A'));
    else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' || static_cast<unsigned char>(c) >= 0x80)
      out.push_back(c);
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

std::string identity(const person_row& row) {
  if (row.vin.empty())
    return row.origin.empty() ? fmt::format("{}:{}", row.source_file, row.source_line) : std::string(row.origin);
  return row.role == "owner" ? std::string(row.vin) : fmt::format("{}/{}", row.vin, row.role);
}

std::uint64_t combine(std::uint64_t h, std::uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ull + (h << 6) + (h >> 2);
  h *= 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}

// A text folded into `h` eight bytes at a time (little-endian on every machine).
std::uint64_t combine(std::uint64_t h, sv s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w = 0;
    for (std::size_t k = 0; k < 8; ++k) w |= std::uint64_t{static_cast<unsigned char>(s[i + k])} << (8 * k);
    h = combine(h, w);
  }
  std::uint64_t w = s.size();
  for (std::size_t k = 0; i + k < s.size(); ++k) w ^= std::uint64_t{static_cast<unsigned char>(s[i + k])} << (8 * k + 8);
  return combine(h, w);
}

// A row's place in the value order: its name key (hashed), postal code and address (hashed),
// then a hash of everything else, what its identity is made of included. Never its position,
// but for a row whose identity is its position (no VIN, no origin). Namesakes come in the
// order of where they live: a large block's window then compares a customer's rows with each
// other, as the exports' own order did (address and postal code are in no blocking key).
struct order_key {
  std::uint64_t name, postal, address, rest;
  std::uint32_t row;
  auto operator<=>(const order_key&) const = default;
  bool same_values(const order_key& o) const {
    return name == o.name && postal == o.postal && address == o.address && rest == o.rest;
  }
};

order_key order_key_of(const person_row& row, const person_view& p, std::uint32_t r) {
  std::uint64_t h = combine(combine(combine(0, row.vin), row.role), row.origin);
  if (row.vin.empty() && row.origin.empty()) h = combine(combine(h, row.source_file), row.source_line);
  for (auto phone : p.phones) h = combine(h, phone);
  h = combine(combine(combine(h, p.email), p.customer_id), p.tax_id);
  return {combine(0, p.name), p.postal, combine(0, p.address), combine(h, p.city), r};
}

// The rows in comparable form, their texts in one arena; and each row's order key.
struct comparable {
  std::string text;
  std::vector<person_view> people;
  std::vector<order_key> by_value;
};

comparable comparable_rows(std::size_t rows, const person_rows& row_of) {
  comparable c;
  struct span {
    std::uint32_t off, len;
  };
  std::vector<std::array<span, 4>> spans(rows);  // name, tax id, address, city
  c.people.resize(rows);
  c.by_value.resize(rows);
  person_row row;
  for (std::uint32_t r = 0; r < rows; ++r) {
    row = person_row{};
    row_of(r, row);
    auto put = [&](const std::string& s, std::size_t slot) {
      spans[r][slot] = {static_cast<std::uint32_t>(c.text.size()), static_cast<std::uint32_t>(s.size())};
      c.text += s;
      if (c.text.size() > UINT32_MAX)
        throw input_error(std::string(row.source_file), 0, tr(msg::err_names_too_big));
    };
    const std::string name = name_match_key(row.name), tax_id = upper_alnum(row.tax_id),
                      address = sorted_tokens(normalize::name_key(row.address), 64),
                      city = normalize::name_key(row.city);
    put(name, 0);
    put(tax_id, 1);
    put(address, 2);
    put(city, 3);
    auto& p = c.people[r];
    for (int k = 0; k < 3; ++k)
      if (!row.phones[k].empty()) p.phones[k] = fnv1a(row.phones[k]);
    if (!row.email.empty()) p.email = fnv1a(row.email);
    if (!row.customer_id.empty()) p.customer_id = fnv1a(row.customer_id);
    if (!row.postal_code.empty()) p.postal = fnv1a(row.postal_code);
    // The texts' views on this row's own strings for its order key; on the arena below, once
    // it has stopped moving.
    p.name = name;
    p.tax_id = tax_id;
    p.address = address;
    p.city = city;
    c.by_value[r] = order_key_of(row, p, r);
  }
  // The views only once the arena has stopped moving.
  const sv text = c.text;
  for (std::size_t r = 0; r < rows; ++r) {
    auto& p = c.people[r];
    p.name = text.substr(spans[r][0].off, spans[r][0].len);
    p.tax_id = text.substr(spans[r][1].off, spans[r][1].len);
    p.address = text.substr(spans[r][2].off, spans[r][2].len);
    p.city = text.substr(spans[r][3].off, spans[r][3].len);
  }
  return c;
}

// Every value of a row, its identity first: what orders rows whose order keys are equal.
struct full_row {
  std::string identity;
  std::array<std::string, 14> fields;
  auto operator<=>(const full_row&) const = default;
};

full_row full_row_of(const person_row& r) {
  return {identity(r),
          {std::string(r.name), std::string(r.tax_id), std::string(r.address), std::string(r.city),
           std::string(r.postal_code), std::string(r.email), std::string(r.customer_id), std::string(r.phones[0]),
           std::string(r.phones[1]), std::string(r.phones[2]), std::string(r.vin), std::string(r.role),
           std::string(r.origin), std::string(r.source_file)}};
}

// The rows in the order of their values: order[k] is the row of rank k. By order key, then,
// among rows of one key (a contact listed twice), by all their values; rows equal in every
// value keep their input order, which nothing can tell from another.
std::vector<std::uint32_t> value_order(std::vector<order_key> by_value, const person_rows& row_of) {
  std::sort(by_value.begin(), by_value.end());
  std::vector<std::uint32_t> order(by_value.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = by_value[k].row;
  person_row row;
  std::vector<std::pair<full_row, std::uint32_t>> run;
  for (std::size_t i = 0; i < by_value.size();) {
    std::size_t j = i + 1;
    while (j < by_value.size() && by_value[j].same_values(by_value[i])) ++j;
    if (j - i > 1) {
      run.clear();
      for (std::size_t k = i; k < j; ++k) {
        row = person_row{};
        row_of(order[k], row);
        run.emplace_back(full_row_of(row), order[k]);
      }
      std::sort(run.begin(), run.end());
      for (std::size_t k = i; k < j; ++k) order[k] = run[k - i].second;
    }
    i = j;
  }
  return order;
}

// The candidate pairs blocking brings together that score at or above the threshold, as
// ranks: each edge joins rank[a] < rank[b]. A pair is scored from its row of smaller rank, and
// equal names in a large block go by rank, so that neither depends on the table's order. The
// rows stay where they are: the rows of one customer, often neighbours in the table, are also
// neighbours in memory, and comparing them is faster so.
std::vector<edge> matching_pairs(const std::vector<person_view>& people, const std::vector<std::uint32_t>& rank,
                                 const person_options& options, std::uint64_t& comparisons) {
  const std::size_t rows = people.size();
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> key_offsets{0};
  keys.reserve(rows * 8);
  token_counts counts;
  for (const auto& p : people) count_name_tokens(p.name, counts);
  for (const auto& p : people) {
    block_keys(p, keys, &counts);
    key_offsets.push_back(static_cast<std::uint32_t>(keys.size()));
  }
  std::vector<edge> edges;
  for_each_candidate(
      rows, keys, key_offsets, [&](std::uint32_t r) { return people[r].name; }, rank, {},
      [&](std::uint32_t a, std::uint32_t b) {
        ++comparisons;
        if (rank[b] < rank[a]) std::swap(a, b);
        auto s = score_pair(people[a], people[b], options.w, options.threshold);
        if (s.score >= options.threshold) edges.push_back({rank[a], rank[b], static_cast<float>(s.score), s.agreed});
      });
  return edges;
}

// Each row's person id: the hash of the smallest identity in its cluster (`cluster`: per row,
// a number its cluster's rows share).
void assign_ids(std::size_t rows, const person_rows& row_of, const std::vector<std::uint32_t>& cluster,
                persons& out) {
  std::vector<std::string> ids(rows);
  person_row row;
  for (std::uint32_t r = 0; r < rows; ++r) {
    row = person_row{};
    row_of(r, row);
    ids[r] = identity(row);
  }
  std::vector<std::uint32_t> best_member(rows, UINT32_MAX);  // per cluster: its row of smallest identity
  std::vector<std::uint32_t> cluster_size(rows, 0);
  for (std::uint32_t r = 0; r < rows; ++r) {
    auto c = cluster[r];
    ++cluster_size[c];
    if (best_member[c] == UINT32_MAX || ids[r] < ids[best_member[c]]) best_member[c] = r;
  }
  out.person_id.resize(rows);
  for (std::uint32_t c = 0; c < rows; ++c) {
    if (cluster_size[c] == 0) continue;
    ++out.count;
    out.multi += cluster_size[c] > 1;
    out.person_id[best_member[c]] = hex12(fnv1a(ids[best_member[c]]));
  }
  for (std::uint32_t r = 0; r < rows; ++r)
    if (best_member[cluster[r]] != r) out.person_id[r] = out.person_id[best_member[cluster[r]]];
}

}  // namespace

persons identify_persons(std::size_t rows, const person_rows& row_of, const person_options& options) {
  persons out;
  comparable c = comparable_rows(rows, row_of);
  // Every tie (blocking's name order, which of a pair is scored first, the clusters'
  // strongest-first merges and their samples) is broken by rank in the value order, never by
  // row, so the rows' order in the table changes nothing. The clusters number records by rank.
  std::vector<std::uint32_t> order = value_order(std::move(c.by_value), row_of);
  std::vector<std::uint32_t> rank(rows);  // one of order and rank at a time: 4 MB a million rows
  for (std::uint32_t k = 0; k < rows; ++k) rank[order[k]] = k;
  order = {};
  auto edges = matching_pairs(c.people, rank, options, out.comparisons);
  order.resize(rows);
  for (std::uint32_t r = 0; r < rows; ++r) order[rank[r]] = r;
  rank = {};
  auto clusters = cluster(rows, std::move(edges), options.threshold, [&](std::uint32_t a, std::uint32_t b) {
    return score_pair(c.people[order[a]], c.people[order[b]], options.w).score;
  });
  out.comparisons += clusters.comparisons;
  c = comparable{};  // the ids need only the rows' identities
  // Back from ranks to rows, each array freed once read: the ids' strings come on top.
  out.best_link.resize(rows);
  for (std::uint32_t k = 0; k < rows; ++k) {
    edge e = clusters.best_link[k];
    if (!std::isnan(e.score)) {
      const std::uint32_t a = order[e.a], b = order[e.b];
      e.a = std::min(a, b);
      e.b = std::max(a, b);
    }
    out.best_link[order[k]] = e;
  }
  clusters.best_link = {};
  // A cluster is named by its row of smallest rank; a row alone names itself, so that the ids'
  // loops stay near the row they are at.
  std::vector<std::uint32_t> cluster_of_row(rows);
  for (std::uint32_t k = 0; k < rows; ++k) cluster_of_row[order[k]] = order[clusters.cluster_of[k]];
  clusters.cluster_of = {};
  order = {};
  assign_ids(rows, row_of, cluster_of_row, out);
  return out;
}

}  // namespace retorno::match
