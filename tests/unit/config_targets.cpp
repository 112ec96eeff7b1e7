// Tests of the targets file: groups, percent spellings, and the errors that name the file and line.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <optional>
#include <string>

#include "config/targets.hpp"
#include "core/error.hpp"

using namespace retorno;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  std::string path = std::string(P_tmpdir) + "/retorno_unit_" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// The error a file throws, or nothing.
std::optional<error> error_of(const std::string& path) {
  try {
    config::load_targets(path);
  } catch (const error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("targets: metric, group (empty or * = every group) and a number, 60% and 60,5 included") {
  auto path = write_temp("targets.csv",
                         "metric,group,target\n"
                         "contactability,,60\n"
                         "contactability,ana,70%\n"
                         " show_rate , * ,\"55,5\"\n"
                         "no_booking:precio,luis,3\n");
  auto t = config::load_targets(path);
  CHECK(t.at("contactability").at("") == 60);
  CHECK(t.at("contactability").at("ana") == 70);
  CHECK(t.at("show_rate").at("") == doctest::Approx(55.5));
  CHECK(t.at("no_booking:precio").at("luis") == 3);
  CHECK(t.size() == 3);
  std::remove(path.c_str());
}

TEST_CASE("targets: an unknown metric is a usage error at its line, with the closest name") {
  auto path = write_temp("targets_typo.csv", "metric,group,target\ncalls,,10\ncontactabilty,,60\n");
  auto e = error_of(path);
  REQUIRE(e.has_value());
  CHECK(e->code() == exit_code::usage);
  CHECK(e->line() == 3);
  CHECK(std::string(e->what()) == "unknown metric 'contactabilty' in the targets");
  CHECK(e->hint() == "did you mean contactability?");
  std::remove(path.c_str());
}

TEST_CASE("targets: a target that is not a number, or a missing column, is a usage error") {
  auto bad = write_temp("targets_nan.csv", "metric,group,target\ncalls,,diez\n");
  auto e = error_of(bad);
  REQUIRE(e.has_value());
  CHECK(e->code() == exit_code::usage);
  CHECK(e->line() == 2);
  CHECK(std::string(e->what()) == "target 'diez' of calls is not a number");
  auto no_column = write_temp("targets_cols.csv", "metric,group\ncalls,\n");
  e = error_of(no_column);
  REQUIRE(e.has_value());
  CHECK(e->code() == exit_code::usage);  // not an input error (3): the file is configuration
  std::remove(bad.c_str());
  std::remove(no_column.c_str());
}

TEST_CASE("targets: finite numbers in range only: a percentage for a rate, a count up to ten million") {
  for (const char* v : {"nan", "inf", "-inf", "1e308", "-5", "100.5"}) {
    auto path = write_temp("targets_range.csv", std::string("metric,group,target\ncontactability,,") + v + "\n");
    auto e = error_of(path);
    REQUIRE_MESSAGE(e.has_value(), v);
    CHECK(e->code() == exit_code::usage);
    CHECK(e->line() == 2);
    CHECK(std::string(e->what()).find("out of range") != std::string::npos);
    std::remove(path.c_str());
  }
  auto counts = write_temp("targets_counts.csv", "metric,group,target\ncalls,,2500\ncontactability,,100\n");
  CHECK_FALSE(error_of(counts).has_value());
  std::remove(counts.c_str());
  auto too_many = write_temp("targets_many.csv", "metric,group,target\ncalls,,20000000\n");
  CHECK(error_of(too_many).has_value());
  std::remove(too_many.c_str());
}
