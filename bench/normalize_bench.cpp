// Micro-benchmark of lib/normalize: ns per call on ~1M seed-002-style values per normaliser.
//
// Build and run by hand (the project build does not compile it):
//   g++ -std=c++20 -O2 -Ilib lib/normalize/*.cpp lib/core/utf8.cpp bench/normalize_bench.cpp \
//       -lutf8proc -o /tmp/normalize_bench && /tmp/normalize_bench [values-per-function [label]]
//
// The values mimic recordatorio_servicio.txt (the return and recovery guide) after the CSV layer decoded it from
// Windows-1252 and trimmed it: mostly clean values, with that export's share of "//" dates,
// "NP" phones, Thai VINs without a check digit and names cut at 25 characters. Each pass is
// timed over the whole vector; the best of several passes is printed, since the machine
// may be busy. Every result feeds a checksum that is printed, so no call can be dropped.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/date.hpp"
#include "normalize/email.hpp"
#include "normalize/name.hpp"
#include "normalize/number.hpp"
#include "normalize/phone.hpp"
#include "normalize/vin.hpp"

using namespace retorno::normalize;

namespace {

// xorshift64*: fixed seed, so every run (before and after a change) sees the same values.
struct rng {
  std::uint64_t s = 0x9E3779B97F4A7C15ull;
  std::uint64_t next() {
    s ^= s >> 12;
    s ^= s << 25;
    s ^= s >> 27;
    return s * 0x2545F4914F6CDD1Dull;
  }
  unsigned below(unsigned n) { return static_cast<unsigned>((next() >> 33) % n); }
  bool percent(unsigned p) { return below(100) < p; }
  template <class T, std::size_t N>
  const T& pick(const T (&a)[N]) { return a[below(N)]; }
};

std::string digits(rng& r, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + r.below(10)));
  return s;
}

std::string two(int v) { return {static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)}; }

// "08/02/2018" most of the time; "//" for a service never done; now and then the "11" or
// the SQL Server zero date that the return and recovery guide holds.
std::string date(rng& r) {
  unsigned k = r.below(100);
  if (k < 12) return "//";
  if (k < 13) return "11";
  if (k < 14) return "01/01/1900";
  return two(1 + static_cast<int>(r.below(28))) + "/" + two(1 + static_cast<int>(r.below(12))) + "/" +
         std::to_string(2014 + r.below(6));
}

// km as DMS print them: "12,026" (sometimes "12.026"), "100,011", "0" for a new vehicle.
std::string km(rng& r) {
  unsigned k = r.below(100);
  if (k < 6) return "0";
  if (k < 10) return std::to_string(100 + r.below(900));
  std::string thousands = std::to_string(1 + r.below(k < 20 ? 150 : 99));
  return thousands + (k < 20 ? "." : ",") + digits(r, 3);
}

// Cell phones "044871-3915055" and landlines "01871-6886702"; "NP" where there is none.
std::string phone(rng& r) {
  static const char* const areas[] = {"871", "844", "631", "553", "818", "878"};
  unsigned k = r.below(100);
  if (k < 14) return "NP";
  if (k < 16) return "";
  if (k < 18) return r.pick(areas) + digits(r, 7);
  if (k < 60) return std::string(k < 45 ? "044" : "045") + r.pick(areas) + "-" + digits(r, 7);
  return std::string("01") + r.pick(areas) + "-" + digits(r, 7);
}

// Toyota VINs built like the seed's: North American and Mexican WMIs with a correct check
// digit, and Thai ones (MR...) whose written check digit is usually wrong.
std::string vin(rng& r, int& year) {
  static const char* const wmis[] = {"5YF", "2T3", "3MY", "5TD", "3TM", "4T1", "2T1", "JTF", "MR0", "MR2"};
  static const char letters[] = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
  static const char years[] = "ABCDEFGHJKLMNPRSTVWXY123456789";
  std::string v = r.pick(wmis);
  for (int i = 0; i < 5; ++i) v.push_back(letters[r.below(sizeof letters - 1)]);
  v.push_back('0');
  year = 2010 + static_cast<int>(r.below(9));
  v.push_back(years[(year - 1980) % 30]);
  v.push_back(letters[r.below(sizeof letters - 1)]);
  v += digits(r, 6);
  char cd = vin_check_digit(v);
  v[8] = v[0] == 'M' && r.percent(90) ? static_cast<char>('0' + r.below(10)) : cd;
  return v;
}

// Upper-case names cut at 25 characters, as the export writes them; Ñ now and then.
std::string name(rng& r) {
  static const char* const first[] = {"JOSE LUIS", "MARIA MAGDALENA", "ALFONSO", "CRISTINA", "JOSE MANUEL",
                                      "MARIELA", "ARMANDO", "MARIA DEL ROSARIO", "REYNALDO", "LUIS ALBERTO"};
  static const char* const last[] = {"RAMIREZ", "BAÑUELOS", "GODINEZ", "LEAL", "DELGADO", "LOERA", "SILVA",
                                     "SALVADOR", "MARRUFO", "HERNANDEZ", "CHAVARRIA", "GONZALEZ", "IBAÑEZ",
                                     "ARREDONDO", "NUÑEZ", "ORTIZ"};
  std::string n = std::string(r.pick(first)) + " " + r.pick(last) + " " + r.pick(last);
  std::size_t cut = 25;
  // Cutting at 25 bytes may split a Ñ; the export cuts characters, so step back instead.
  if (n.size() > cut) {
    while ((static_cast<unsigned char>(n[cut]) & 0xC0) == 0x80) --cut;
    n.resize(cut);
  }
  while (!n.empty() && n.back() == ' ') n.pop_back();
  if (r.percent(2)) n.insert(n.find(' '), " ");  // a doubled space
  return n;
}

std::string email(rng& r) {
  static const char* const users[] = {"jose.ramirez", "mdelgado", "alfonso_g", "cris.loera", "NO TIENE"};
  static const char* const domains[] = {"gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"};
  std::string u = r.pick(users);
  if (u == "NO TIENE") return u;
  return u + std::to_string(r.below(100)) + "@" + r.pick(domains);
}

std::uint64_t checksum = 0;

void consume(const result& x) {
  checksum = checksum * 31 + x.value.size() + x.problem.size() * 7 + x.detail.size() * 13 +
             static_cast<unsigned char>(x.value.empty() ? 0 : x.value.back());
}

// Times `call` over every value, `passes` times, and prints the best ns per call.
const char* only = nullptr;  // argv[2]: time only the normaliser with this label

template <class Call>
void time_it(const char* label, const std::vector<std::string>& values, Call call, int passes = 5) {
  if (only && std::string_view(label) != only) return;
  double best = 1e300;
  for (int p = 0; p < passes; ++p) {
    auto t0 = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < values.size(); ++i) call(i, values[i]);
    auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double, std::nano>(t1 - t0).count() / static_cast<double>(values.size()));
  }
  std::printf("%-22s %7.1f ns/call\n", label, best);
}

template <class Make>
std::vector<std::string> make(std::size_t n, Make f) {
  rng r;
  std::vector<std::string> v;
  v.reserve(n);
  for (std::size_t i = 0; i < n; ++i) v.push_back(f(r));
  return v;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  if (argc > 2) only = argv[2];

  auto dates = make(n, date);
  auto kms = make(n, km);
  auto phones = make(n, phone);
  auto names = make(n, name);
  auto emails = make(n, email);
  std::vector<int> years(n);
  std::vector<std::string> vins;
  {
    rng r;
    for (std::size_t i = 0; i < n; ++i) vins.push_back(vin(r, years[i]));
  }

  // A string_view, as ingest passes the schema's format: no strlen per call.
  constexpr std::string_view dmy = "%d/%m/%Y";
  time_it("normalize_date", dates, [=](std::size_t, const std::string& s) { consume(normalize_date(s, dmy)); });
  time_it("normalize_datetime", dates,
          [=](std::size_t, const std::string& s) { consume(normalize_datetime(s, dmy)); });
  time_it("normalize_integer", kms, [](std::size_t, const std::string& s) { consume(normalize_integer(s)); });
  time_it("normalize_money", kms, [](std::size_t, const std::string& s) { consume(normalize_money(s)); });
  time_it("normalize_phone mx", phones,
          [](std::size_t, const std::string& s) { consume(normalize_phone(s, country::mx)); });
  time_it("normalize_vin", vins, [&](std::size_t i, const std::string& s) {
    auto v = normalize_vin(s, years[i]);
    consume(v);
    checksum += v.suggestion.size() + v.reject;
  });
  time_it("normalize_name", names, [](std::size_t, const std::string& s) { consume(normalize_name(s)); });
  time_it("name_key", names, [](std::size_t, const std::string& s) {
    checksum = checksum * 31 + name_key(s).size();
  });
  time_it("normalize_email", emails, [](std::size_t, const std::string& s) { consume(normalize_email(s)); });

  std::printf("checksum %llu\n", static_cast<unsigned long long>(checksum));
}
