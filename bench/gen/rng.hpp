// Deterministic pseudo-random numbers (splitmix64 + xoshiro256**), identical on every machine.
#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace gen {

// One step of splitmix64: seeds xoshiro and hashes (seed, stream, index) triples, so that
// every vehicle and every person draws from its own stream whatever is generated around it.
constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

constexpr std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
  std::uint64_t s = a ^ (b * 0xD6E8FEB86659FD93ULL);
  return splitmix64(s);
}

// Independent streams: the same index in two streams gives unrelated numbers.
enum class stream : std::uint64_t {
  vehicle = 1, person, household, owner, customer, variant, campaign, contact, lead, optout, extra, day_ahead, score
};

class rng {
public:
  explicit rng(std::uint64_t seed) {
    for (auto& x : s_) x = splitmix64(seed);
  }
  rng(std::uint64_t seed, stream st, std::uint64_t index)
      : rng(mix(mix(seed, static_cast<std::uint64_t>(st)), index)) {}

  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }

  // [0, n): Lemire's multiply-shift on the high 32 bits. Its bias (< n / 2^32) is far below
  // anything a test could see, and it is plain integer arithmetic, so it never varies.
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>(((next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
  }
  // [lo, hi], both inclusive.
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1))); }
  // [0, 1) with 53 bits.
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
  bool chance(double p) { return unit() < p; }

  template <class T>
  const T& pick(std::span<const T> items) {
    return items[below(static_cast<std::uint32_t>(items.size()))];
  }
  std::string_view pick(std::span<const std::string_view> items) {
    return items[below(static_cast<std::uint32_t>(items.size()))];
  }

  // Index drawn with the given integer weights (cumulative sums computed on the fly).
  std::size_t weighted(std::span<const std::uint32_t> weights) {
    std::uint64_t total = 0;
    for (auto w : weights) total += w;
    std::uint64_t r = below(static_cast<std::uint32_t>(total));
    for (std::size_t i = 0; i < weights.size(); ++i) {
      if (r < weights[i]) return i;
      r -= weights[i];
    }
    return weights.size() - 1;
  }

private:
  static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

// A keyed bijection of [0, limit) (limit <= 4^half_bits): a four-round Feistel network on
// 2*half_bits bits, cycle-walked back into range. Customer numbers and VIN serials use it
// so that they look scattered yet never repeat.
constexpr std::uint64_t permute(std::uint64_t x, std::uint64_t limit, int half_bits, std::uint64_t key) {
  const std::uint64_t mask = (std::uint64_t{1} << half_bits) - 1;
  do {
    std::uint64_t l = x >> half_bits, r = x & mask;
    for (std::uint64_t round = 0; round < 4; ++round) {
      std::uint64_t f = mix(key + round, r) & mask;
      std::uint64_t t = l ^ f;
      l = r;
      r = t;
    }
    x = (l << half_bits) | r;
  } while (x >= limit);
  return x;
}

// A random digit string of n characters, the first one not zero when `no_leading_zero`.
template <class Out>
void put_digits(Out& out, rng& r, int n, bool no_leading_zero = false) {
  for (int i = 0; i < n; ++i) {
    int d = (i == 0 && no_leading_zero) ? r.between(1, 9) : r.between(0, 9);
    out.push_back(static_cast<char>('0' + d));
  }
}

}  // namespace gen
