// Unit tests of lib/ops/dedupe_vin.cpp: rows of one VIN grouped newest first, merged, conflicts flagged.
#include <doctest/doctest.h>

#include <algorithm>
#include <string_view>
#include <vector>

#include "ops/dedupe_vin.hpp"

using namespace retorno::ops;

namespace {

using sv = std::string_view;
using rows_t = std::vector<std::uint32_t>;

held_table table(std::vector<std::vector<sv>> rows) {
  held_table t;
  t.header = {"vin", "model", "km", "km_date", "dofu", "origin", "dq_flags"};
  t.width = t.header.size();
  std::uint64_t line = 2;
  for (const auto& r : rows) REQUIRE(t.add_row(r, line++));
  return t;
}

rows_t group(const row_groups& g, std::size_t i) {
  auto r = g.rows(i);
  return rows_t(r.begin(), r.end());
}

}  // namespace

TEST_CASE("rows of one VIN become one group, the newest first; rows without a VIN stay alone") {
  auto t = table({{"VIN1", "PRIUS", "45000", "2025-05-01", "2019-03-01", "laguna.csv:2", ""},
                  {"", "HILUX", "", "", "", "x.csv:3", ""},
                  {"VIN1", "PRIUS C", "", "2025-09-15", "2019-03-01", "gomez.csv:7", ""},
                  {"", "HILUX", "", "", "", "x.csv:5", ""},
                  {"VIN0", "YARIS", "", "", "", "x.csv:6", ""}});
  auto g = group_by_vin(t);
  REQUIRE(g.size() == 4);
  CHECK(group(g, 0) == rows_t{2, 0});  // km_date 2025-09-15 over 2025-05-01
  CHECK(group(g, 1) == rows_t{1});     // same values, no VIN: two rows still
  CHECK(group(g, 2) == rows_t{3});
  CHECK(group(g, 3) == rows_t{4});     // groups in order of their first row, not of VIN
}

TEST_CASE("newest: the latest of the row's dates, then the later origin, in any row order") {
  // A and C share their newest date: C's origin is the later line (10 after 9, as numbers).
  const std::vector<std::vector<sv>> rows = {
      {"VIN1", "A", "", "", "2024-01-01", "x.csv:9", ""},
      {"VIN1", "B", "", "2023-06-01", "2020-01-01", "x.csv:11", ""},  // its dofu is older, km_date is not
      {"VIN1", "C", "", "", "2024-01-01", "x.csv:10", ""}};
  std::vector<std::size_t> perm = {0, 1, 2};
  do {
    std::vector<std::vector<sv>> shuffled;
    for (auto i : perm) shuffled.push_back(rows[i]);
    auto t = table(shuffled);
    const auto groups = group_by_vin(t);
    std::vector<sv> models;
    for (auto r : groups.rows(0)) models.push_back(t.get(r, 1));
    CHECK(models == std::vector<sv>{"C", "A", "B"});
    vin_merger merger(t);
    const auto& m = merger.merge(groups.rows(0));
    CHECK(m.cells[1] == "C");
    CHECK(m.cells[5] == "x.csv:10+x.csv:9+x.csv:11");
    CHECK(m.cells[6] == "model:conflict=A;model:conflict=B;dofu:conflict=2020-01-01");
  } while (std::next_permutation(perm.begin(), perm.end()));
}

TEST_CASE("rows of one VIN alike in date and origin: the values decide, never the line") {
  const std::vector<std::vector<sv>> rows = {{"VIN1", "A", "100", "", "2024-01-01", "", ""},
                                             {"VIN1", "C", "", "", "2024-01-01", "", ""},
                                             {"VIN1", "A", "100", "", "2024-01-01", "", ""}};
  std::vector<std::size_t> perm = {0, 1, 2};
  do {
    std::vector<std::vector<sv>> shuffled;
    for (auto i : perm) shuffled.push_back(rows[i]);
    auto t = table(shuffled);
    vin_merger merger(t);
    const auto& m = merger.merge(group_by_vin(t).rows(0));
    CHECK(m.cells[1] == "C");  // the greater values first
    CHECK(m.cells[2] == "100");
    CHECK(m.cells[6] == "model:conflict=A");
  } while (std::next_permutation(perm.begin(), perm.end()));
}

TEST_CASE("the merged row: newest non-empty values win, the others are flagged as conflicts") {
  auto t = table({{"VIN1", "PRIUS", "45000", "2025-05-01", "2019-03-01", "laguna.csv:2", "km:placeholder;vin:x"},
                  {"VIN1", "PRIUS C", "", "2025-09-15", "2019-03-01", "gomez.csv:7", "vin:x"}});
  vin_merger merger(t);
  const auto& m = merger.merge(group_by_vin(t).rows(0));
  CHECK(m.cells[0] == "VIN1");
  CHECK(m.cells[1] == "PRIUS C");
  CHECK(m.cells[2] == "45000");  // the newer row has none
  CHECK(m.cells[3] == "2025-09-15");
  CHECK(m.cells[4] == "2019-03-01");  // equal: no conflict
  CHECK(m.cells[5] == "gomez.csv:7+laguna.csv:2");
  CHECK(m.cells[6] == "vin:x;km:placeholder;model:conflict=PRIUS;km_date:conflict=2025-05-01");
  CHECK(m.conflicts == 2);
}

TEST_CASE("a conflicting value cannot break dq_flags, and one repeated is listed once") {
  auto t = table({{"VIN1", "PRIUS;C", "", "2025-01-01", "", "a:2", ""},
                  {"VIN1", "PRIUS;C", "", "2024-01-01", "", "a:3", ""},
                  {"VIN1", "YARIS", "", "2026-01-01", "", "a:4", ""}});
  vin_merger merger(t);
  const auto& m = merger.merge(group_by_vin(t).rows(0));
  CHECK(m.cells[1] == "YARIS");
  CHECK(m.cells[6] == "model:conflict=PRIUS C;km_date:conflict=2025-01-01;km_date:conflict=2024-01-01");
  CHECK(m.conflicts == 4);  // every overruled value counts
}

TEST_CASE("a group of one row keeps its values and lists its flags once") {
  auto t = table({{"", "HILUX", "", "", "", "x.csv:3", "a:b;;a:b;c:d"}});
  auto g = one_group_per_row(t.rows());
  REQUIRE(g.size() == 1);
  vin_merger merger(t);
  const auto& m = merger.merge(g.rows(0));
  CHECK(m.cells[1] == "HILUX");
  CHECK(m.cells[5] == "x.csv:3");
  CHECK(m.cells[6] == "a:b;c:d");
  CHECK(m.conflicts == 0);
}

TEST_CASE("one group per row keeps the file order") {
  auto g = one_group_per_row(3);
  REQUIRE(g.size() == 3);
  CHECK(group(g, 0) == rows_t{0});
  CHECK(group(g, 2) == rows_t{2});
  CHECK(one_group_per_row(0).size() == 0);
}
