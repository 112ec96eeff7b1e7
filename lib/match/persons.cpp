// Person identification: comparable records, candidate pairs, clusters, and ids that stay put.
#include "match/persons.hpp"

#include <algorithm>

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

// The rows in comparable form, their texts in one arena.
struct comparable {
  std::string text;
  std::vector<person_view> people;
};

comparable comparable_rows(std::size_t rows, const person_rows& row_of) {
  comparable c;
  struct span {
    std::uint32_t off, len;
  };
  std::vector<std::array<span, 4>> spans(rows);  // name, tax id, address, city
  c.people.resize(rows);
  person_row row;
  for (std::uint32_t r = 0; r < rows; ++r) {
    row = person_row{};
    row_of(r, row);
    auto put = [&](const std::string& s, std::size_t slot) {
      spans[r][slot] = {static_cast<std::uint32_t>(c.text.size()), static_cast<std::uint32_t>(s.size())};
      c.text += s;
      if (c.text.size() > UINT32_MAX)
        throw input_error(std::string(row.source_file), 0, "table over 4 GiB of names and addresses");
    };
    put(name_match_key(row.name), 0);
    put(upper_alnum(row.tax_id), 1);
    put(sorted_tokens(normalize::name_key(row.address), 64), 2);
    put(normalize::name_key(row.city), 3);
    auto& p = c.people[r];
    for (int k = 0; k < 3; ++k)
      if (!row.phones[k].empty()) p.phones[k] = fnv1a(row.phones[k]);
    if (!row.email.empty()) p.email = fnv1a(row.email);
    if (!row.customer_id.empty()) p.customer_id = fnv1a(row.customer_id);
    if (!row.postal_code.empty()) p.postal = fnv1a(row.postal_code);
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

// The candidate pairs blocking brings together that score at or above the threshold.
std::vector<edge> matching_pairs(const std::vector<person_view>& people, const person_options& options,
                                 std::uint64_t& comparisons) {
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
      rows, keys, key_offsets, [&](std::uint32_t r) { return people[r].name; }, {},
      [&](std::uint32_t a, std::uint32_t b) {
        ++comparisons;
        auto s = score_pair(people[a], people[b], options.w, options.threshold);
        if (s.score >= options.threshold) edges.push_back({a, b, static_cast<float>(s.score), s.agreed});
      });
  return edges;
}

std::string identity(const person_row& row) {
  if (row.vin.empty()) return fmt::format("{}:{}", row.source_file, row.source_line);
  return row.role == "owner" ? std::string(row.vin) : fmt::format("{}/{}", row.vin, row.role);
}

// Each row's person id: the hash of the smallest identity in its cluster.
void assign_ids(std::size_t rows, const person_rows& row_of, const std::vector<std::uint32_t>& cluster_of,
                persons& out) {
  std::vector<std::string> ids(rows);
  person_row row;
  for (std::uint32_t r = 0; r < rows; ++r) {
    row = person_row{};
    row_of(r, row);
    ids[r] = identity(row);
  }
  std::vector<std::uint32_t> best_member(rows, UINT32_MAX);
  std::vector<std::uint32_t> cluster_size(rows, 0);
  for (std::uint32_t r = 0; r < rows; ++r) {
    auto c = cluster_of[r];
    ++cluster_size[c];
    if (best_member[c] == UINT32_MAX || ids[r] < ids[best_member[c]]) best_member[c] = r;
  }
  out.person_id.resize(rows);
  // A cluster is named by its smallest row, so each row's cluster is named before the row.
  for (std::uint32_t r = 0; r < rows; ++r) {
    if (cluster_size[r] > 0) {
      ++out.count;
      out.multi += cluster_size[r] > 1;
      out.person_id[r] = hex12(fnv1a(ids[best_member[r]]));
    } else {
      out.person_id[r] = out.person_id[cluster_of[r]];
    }
  }
}

}  // namespace

persons identify_persons(std::size_t rows, const person_rows& row_of, const person_options& options) {
  persons out;
  comparable c = comparable_rows(rows, row_of);
  auto edges = matching_pairs(c.people, options, out.comparisons);
  auto clusters = cluster(rows, std::move(edges), options.threshold, [&](std::uint32_t a, std::uint32_t b) {
    return score_pair(c.people[a], c.people[b], options.w).score;
  });
  out.comparisons += clusters.comparisons;
  c = comparable{};  // the ids need only the rows' identities
  assign_ids(rows, row_of, clusters.cluster_of, out);
  out.best_link = std::move(clusters.best_link);
  return out;
}

}  // namespace retorno::match
