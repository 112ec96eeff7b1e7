// Tests of the compact holders of large inputs: big_vector, string_pool, table rows, row_index.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/big_vector.hpp"
#include "core/short_text.hpp"
#include "core/string_pool.hpp"
#include "core/view_map.hpp"
#include "model/row_index.hpp"
#include "model/table.hpp"

using namespace retorno;

TEST_CASE("big_vector keeps its records through growth, moves and resizes") {
  struct rec {
    int a;
    double b;
  };
  big_vector<rec> v;
  for (int i = 0; i < 100000; ++i) v.push_back({i, i * 0.5});
  REQUIRE(v.size() == 100000);
  CHECK(v[0].a == 0);
  CHECK(v[99999].a == 99999);
  CHECK(v[12345].b == doctest::Approx(6172.5));
  big_vector<rec> w(std::move(v));
  CHECK(v.empty());
  CHECK(w.back().a == 99999);
  w.resize(3);
  CHECK(w.size() == 3);
  w.resize(5);
  CHECK(w[4].a == 0);  // grown records are value-initialised
  w.pop_back();
  CHECK(w.size() == 4);
  w.shrink_to_fit();
  CHECK(w.size() == 4);
  CHECK(w[1].a == 1);
  w.clear();
  w.shrink_to_fit();
  CHECK(w.empty());
  w.push_back({7, 7.0});
  CHECK(w[0].a == 7);
  const int more[] = {7, 8, 9};
  big_vector<int> ints;
  ints.append(more, 3);
  ints.append(more, 0);
  CHECK(ints.size() == 3);
  CHECK(ints[2] == 9);
}

TEST_CASE("string_pool views stay valid while the pool grows") {
  string_pool pool;
  std::vector<std::string_view> kept;
  for (int i = 0; i < 200000; ++i) kept.push_back(pool.format("next_service:VIN{}:{}", i, i * 7));
  CHECK(kept[0] == "next_service:VIN0:0");
  CHECK(kept[199999] == "next_service:VIN199999:1399993");
  const std::string big(3 << 20, 'x');  // larger than a block
  CHECK(pool.keep(big) == big);
  CHECK(kept[1] == "next_service:VIN1:7");
  CHECK(pool.keep("").empty());
  CHECK(pool.concat({"campaign", ":", "26TS26"}) == "campaign:26TS26");
  CHECK(pool.concat({"", ""}).empty());
  CHECK(pool.concat({std::string_view(), "x", std::string_view()}) == "x");  // views without data
  CHECK(pool.concat({big, "y"}).size() == big.size() + 1);
}

TEST_CASE("string_pool gives back the text kept last, and only that") {
  string_pool pool;
  const std::string_view first = pool.keep("anniversary:VIN1:13y");
  const std::string_view dropped = pool.concat({"test_drive", ":", "VIN1"});
  pool.release(first);  // not the latest: stays
  CHECK(first == "anniversary:VIN1:13y");
  pool.release(dropped);
  const std::string_view next = pool.keep("inactive:VIN1:24m");
  CHECK(next.data() == dropped.data());  // its place is taken again
  CHECK(first == "anniversary:VIN1:13y");
  CHECK(next == "inactive:VIN1:24m");
  pool.release({});  // nothing to give back
  pool.release("elsewhere");
  CHECK(pool.keep("x").data() == next.data() + next.size());
  // Across blocks: the latest of a new block goes back within it, never into the block before.
  const std::string big(3 << 20, 'b');
  const std::string_view large = pool.keep(big);
  pool.release(large);
  CHECK(pool.keep("y").data() == large.data());
  CHECK(next == "inactive:VIN1:24m");
}

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  std::string path = std::string(P_tmpdir) + "/retorno_unit_" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("table rows: appended, replaced at the end, read back") {
  model::table t(2, "contacts.csv");
  const std::array<std::string_view, 2> a = {"owner", "ANA"}, b = {"maintainer", "LUIS"}, c = {"user", ""};
  CHECK(t.append(a, 2) == 0);
  CHECK(t.append(b, 3) == 1);
  t.pop_back();
  CHECK(t.rows() == 1);
  CHECK(t.append(c, 4) == 1);
  CHECK(t.get(0, 1) == "ANA");
  CHECK(t.get(1, 0) == "user");
  CHECK(t.get(1, 1).empty());
  CHECK(t.line(1) == 4);
}

TEST_CASE("table rows over 64 KiB of text switch the table to wide offsets") {
  model::table t(3, "notes.csv");
  const std::string big(70000, 'n');
  const std::array<std::string_view, 3> a = {"A1", "short", "x"}, b = {"B2", big, "tail"};
  t.append(a, 2);
  t.append(b, 3);
  t.append(a, 4);
  CHECK(t.get(0, 1) == "short");
  CHECK(t.get(1, 1) == big);
  CHECK(t.get(1, 2) == "tail");
  CHECK(t.get(2, 0) == "A1");
  t.pop_back();
  t.pop_back();
  CHECK(t.rows() == 1);
  CHECK(t.get(0, 2) == "x");
}

TEST_CASE("row_index finds the first row of each value") {
  std::string csv = "vin,km\n";
  for (int i = 0; i < 5000; ++i) csv += "VIN" + std::to_string(i) + "," + std::to_string(i) + "\n";
  csv += "VIN42,99999\n";  // listed twice: the first row is the one found
  const auto path = write_temp("row_index.csv", csv);
  const std::array<std::string_view, 2> cols = {"vin", "km"};
  const std::array<std::string_view, 1> req = {"vin"};
  model::table t(path, cols, req);
  model::row_index ix(t, 0);
  CHECK(ix.has_duplicates());
  for (std::uint32_t i = 0; i < 5000; i += 97) CHECK(ix.find(t, "VIN" + std::to_string(i)) == i);
  CHECK(ix.find(t, "VIN42") == 42u);
  CHECK_FALSE(ix.find(t, "VIN5000"));
  CHECK_FALSE(ix.find(t, ""));
  model::row_index empty;
  CHECK_FALSE(empty.find(t, "VIN1"));
  std::remove(path.c_str());
}

TEST_CASE("short_text holds up to 15 bytes inline and longer text in the pool") {
  string_pool pool;
  short_text t;
  CHECK(t.empty());
  CHECK(t.view().empty());
  t.assign("4100001", pool);
  CHECK(t.view() == "4100001");
  CHECK_FALSE(t.empty());
  t.assign("123456789012345", pool);  // 15: the most kept inline
  CHECK(t.view() == "123456789012345");
  t.assign("OR-2026-000000000042", pool);
  CHECK(t.view() == "OR-2026-000000000042");
  const short_text copy = t;  // a plain record: copies share the pooled text
  CHECK(copy.view() == "OR-2026-000000000042");
  t.assign("", pool);
  CHECK(t.empty());
  t.assign(std::string_view(), pool);  // a view without data
  CHECK(t.empty());
}

TEST_CASE("view_map finds, adds and misses, empty keys included") {
  view_map<int> m;
  CHECK(m.find("VIN1") == nullptr);
  CHECK(m.find(std::string_view()) == nullptr);
  std::vector<std::string> keys;
  for (int i = 0; i < 3000; ++i) keys.push_back("5YFBURHE3HC" + std::to_string(100000 + i));
  for (int i = 0; i < 3000; ++i) m[keys[i]] = i;
  m[std::string_view()] = -1;
  REQUIRE(m.size() == 3001);
  for (int i = 0; i < 3000; i += 7) CHECK(*m.find(keys[i]) == i);
  CHECK(*m.find("") == -1);
  CHECK(m.find("5YFBURHE3HC999999") == nullptr);
  string_pool pool;
  std::string transient = "kept";
  m.slot(transient, [&](std::string_view k) { return pool.keep(k); }) = 9;
  transient = "gone";
  CHECK(*m.find("kept") == 9);
  CHECK(text_hash("") == text_hash(std::string_view()));
  // Growing keeps the entries in insertion order (callers iterate them as first seen).
  int expected = 0;
  for (const auto& [key, value] : m) {
    if (expected == 3000) break;
    CHECK(value == expected++);
  }
}

TEST_CASE("view_map reserved ahead finds what it holds, and a prefetch changes nothing") {
  view_map<std::uint32_t> m;
  m.prefetch("before any slot");  // no slots yet: nothing to ask for
  m.reserve(100000);
  std::vector<std::string> keys;
  for (std::uint32_t i = 0; i < 100000; ++i) keys.push_back("+52871" + std::to_string(4000000 + i * 7));
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    m.prefetch(keys[i]);
    m[keys[i]] = i + 1;
  }
  for (std::uint32_t i = 0; i < keys.size(); i += 13) CHECK(*m.find(keys[i]) == i + 1);
  CHECK(m.find("+528710000000") == nullptr);
  CHECK(m.size() == keys.size());
}
