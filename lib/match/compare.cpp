// Field comparators: Jaro-Winkler, token-set comparison of Spanish name keys, near-equal codes.
#include "match/compare.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

namespace retorno::match {

double jaro_winkler(std::string_view a, std::string_view b) {
  if (a.size() > 64) a = a.substr(0, 64);
  if (b.size() > 64) b = b.substr(0, 64);
  if (a.empty() || b.empty()) return a.empty() && b.empty() ? 1.0 : 0.0;
  if (a == b) return 1.0;
  const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
  const int window = std::max(0, std::max(la, lb) / 2 - 1);
  std::uint64_t used_b = 0;
  std::array<char, 64> ma{};
  int m = 0;
  for (int i = 0; i < la; ++i) {
    const int lo = std::max(0, i - window), hi = std::min(lb - 1, i + window);
    for (int j = lo; j <= hi; ++j) {
      if (!(used_b >> j & 1) && a[i] == b[j]) {
        used_b |= std::uint64_t{1} << j;
        ma[m++] = a[i];
        break;
      }
    }
  }
  if (m == 0) return 0.0;
  int t = 0, k = 0;
  for (int j = 0; j < lb; ++j)
    if (used_b >> j & 1) t += b[j] != ma[k++];
  const double md = m;
  const double jaro = (md / la + md / lb + (md - t / 2.0) / md) / 3.0;
  int prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] == b[prefix]) ++prefix;
  return jaro + prefix * 0.1 * (1.0 - jaro);
}

double token_similarity(std::string_view a, std::string_view b) {
  if (a == b) return 1.0;
  const bool cut_a = !a.empty() && a.back() == '*', cut_b = !b.empty() && b.back() == '*';
  if (cut_a) a.remove_suffix(1);
  if (cut_b) b.remove_suffix(1);
  if (cut_a || cut_b) {
    const std::size_t n = std::min(a.size(), b.size());
    if ((cut_a && a.size() <= b.size()) || (cut_b && b.size() <= a.size()) || (cut_a && cut_b))
      if (n > 0 && a.substr(0, n) == b.substr(0, n)) return 0.95;
  }
  if (a.size() == 1 || b.size() == 1) return !a.empty() && !b.empty() && a[0] == b[0] ? 0.9 : 0.0;
  // Lengths alone cap the Jaro at (short/long + 2) / 3; under 0.7 no shared prefix lifts it to
  // the 0.85 that pairs two tokens, so "GARCIA" vs "DE" costs no Jaro-Winkler.
  const double lo = static_cast<double>(std::min(a.size(), b.size())), hi = static_cast<double>(std::max(a.size(), b.size()));
  if ((lo / hi + 2.0) / 3.0 < 0.7) return 0.0;
  return jaro_winkler(a, b);
}

namespace {

constexpr int max_tokens = 8;

int split(std::string_view key, std::array<std::string_view, max_tokens>& out) {
  int n = 0;
  std::size_t start = 0;
  while (start < key.size() && n < max_tokens) {
    std::size_t end = key.find(' ', start);
    if (end == std::string_view::npos) end = key.size();
    if (end > start) out[n++] = key.substr(start, end - start);
    start = end + 1;
  }
  return n;
}

}  // namespace

name_level compare_names(std::string_view key_a, std::string_view key_b) {
  if (key_a.empty() || key_b.empty()) return name_level::missing;
  std::array<std::string_view, max_tokens> ta, tb;
  const int na = split(key_a, ta), nb = split(key_b, tb);
  // Equal tokens pair first and cost no Jaro-Winkler; most true matches end here.
  unsigned used_a = 0, used_b = 0;
  int pairs = 0;
  double total = 0;
  for (int i = 0; i < na; ++i)
    for (int j = 0; j < nb; ++j)
      if (!(used_b >> j & 1) && ta[i] == tb[j]) {
        used_a |= 1u << i;
        used_b |= 1u << j;
        ++pairs;
        total += 1.0;
        break;
      }
  // The rest by greedy pairing, best pair first: names have a handful of tokens.
  std::array<double, max_tokens * max_tokens> sim{};
  if (pairs < na && pairs < nb)
    for (int i = 0; i < na; ++i)
      if (!(used_a >> i & 1))
        for (int j = 0; j < nb; ++j)
          if (!(used_b >> j & 1)) sim[i * max_tokens + j] = token_similarity(ta[i], tb[j]);
  for (;;) {
    double best = 0.85;
    int bi = -1, bj = -1;
    for (int i = 0; i < na; ++i) {
      if (used_a >> i & 1) continue;
      for (int j = 0; j < nb; ++j) {
        if (used_b >> j & 1) continue;
        if (sim[i * max_tokens + j] >= best) {
          if (bi >= 0 && sim[i * max_tokens + j] == best) continue;
          best = sim[i * max_tokens + j];
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    used_a |= 1u << bi;
    used_b |= 1u << bj;
    ++pairs;
    total += best;
  }
  const int left_a = na - pairs, left_b = nb - pairs;
  if (pairs == 0) return name_level::none;
  if (left_a > 0 && left_b > 0) return name_level::partial;
  if (pairs == 1) return name_level::single;
  if (left_a > 0 || left_b > 0) return name_level::subset;
  return total / pairs >= 0.99 ? name_level::exact : name_level::full;
}

std::string_view level_name(name_level l) {
  switch (l) {
    case name_level::exact: return "exact";
    case name_level::full: return "full";
    case name_level::subset: return "subset";
    case name_level::single: return "single";
    case name_level::partial: return "partial";
    case name_level::none: return "none";
    case name_level::missing: return "missing";
  }
  return "";
}

code_level compare_codes(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return code_level::missing;
  // RFC with and without homoclave: 10 characters of a person's RFC carry the identity.
  if (a.size() != b.size() && std::min(a.size(), b.size()) == 10 && std::max(a.size(), b.size()) == 13) {
    a = a.substr(0, 10);
    b = b.substr(0, 10);
  }
  if (a == b) return code_level::equal;
  if (a.size() == b.size()) {
    std::size_t first = 0;
    while (a[first] == b[first]) ++first;
    std::size_t diffs = 0;
    for (std::size_t i = first; i < a.size(); ++i) diffs += a[i] != b[i];
    if (diffs == 1) return code_level::close;
    if (diffs == 2 && first + 1 < a.size() && a[first] == b[first + 1] && a[first + 1] == b[first] &&
        a.substr(first + 2) == b.substr(first + 2))
      return code_level::close;
    return code_level::differ;
  }
  const std::string_view& longer = a.size() > b.size() ? a : b;
  const std::string_view& shorter = a.size() > b.size() ? b : a;
  if (longer.size() != shorter.size() + 1) return code_level::differ;
  std::size_t i = 0;
  while (i < shorter.size() && shorter[i] == longer[i]) ++i;
  return shorter.substr(i) == longer.substr(i + 1) ? code_level::close : code_level::differ;
}

}  // namespace retorno::match
