// Tests of the dealership's reason map file: its rows over the built-in wordings, and every
// problem as a configuration error (exit 2) naming the file and the line.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "config/reasons.hpp"
#include "core/error.hpp"
#include "temp_folder.hpp"

using namespace retorno;
using retorno::test::temp_folder;

namespace {

// The error loading `path` throws, or nothing.
std::optional<error> error_of(const std::string& path) {
  auto map = rules::reason_map::defaults();
  try {
    config::load_reasons(path, map);
  } catch (const error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("reasons file: each row maps a wording onto a reason, over the built-in ones") {
  temp_folder tmp;
  const auto path = tmp.write("motivos.csv",
                              "reason,canonical\n"
                              "Garantía,warranty\n"
                              "Otro taller,competencia\n"
                              "\"Precio, muy alto\",price\n"
                              "Llamar en diciembre,callback\n");
  auto map = rules::reason_map::defaults();
  config::load_reasons(path, map);
  CHECK(map.canonical("GARANTIA", rules::outcome::reached) == "warranty");
  CHECK(map.canonical("otro taller", rules::outcome::reached) == "competencia");
  CHECK(map.canonical("precio muy alto", rules::outcome::reached) == "price");
  CHECK(map.canonical("Llamar en diciembre", rules::outcome::reached) == "callback");
  // The built-in wordings the file does not name are kept.
  CHECK(map.canonical("Otra agencia", rules::outcome::reached) == "serviced_elsewhere");
  CHECK(map.canonical("Se mudó", rules::outcome::reached) == "moved");
}

TEST_CASE("reasons file: columns in any order, extra columns ignored, Windows line ends, semicolons") {
  temp_folder tmp;
  const auto a = tmp.write("a.csv", "note,canonical,reason\r\nfrom the audit,warranty,Garantía\r\n");
  const auto b = tmp.write("b.csv", "reason;canonical\nGarantía;warranty_claim\n");
  auto map = rules::reason_map::defaults();
  config::load_reasons(a, map);
  CHECK(map.canonical("Garantía", rules::outcome::reached) == "warranty");
  config::load_reasons(b, map);
  CHECK(map.canonical("Garantía", rules::outcome::reached) == "warranty_claim");
}

TEST_CASE("reasons file: a header alone changes nothing") {
  temp_folder tmp;
  auto map = rules::reason_map::defaults();
  config::load_reasons(tmp.write("empty_map.csv", "reason,canonical\n"), map);
  CHECK(map.canonical("Otro taller", rules::outcome::reached) == "serviced_elsewhere");
  CHECK(map.canonical("Garantía", rules::outcome::reached) == "Garantía");
}

TEST_CASE("reasons file: an empty reason is an error at its line, with the expected shape") {
  temp_folder tmp;
  const auto path = tmp.write("motivos.csv", "reason,canonical\nGarantía,warranty\n  ,price\n");
  auto e = error_of(path);
  REQUIRE(e.has_value());
  CHECK(e->code() == exit_code::usage);
  CHECK(e->file() == path);
  CHECK(e->line() == 3);
  CHECK(std::string(e->what()) == "empty reason in the reasons map");
  CHECK(e->hint() == "each row is reason,canonical");
}

TEST_CASE("reasons file: the table's own problems are configuration errors (exit 2), not input errors") {
  temp_folder tmp;
  SUBCASE("a row with a field too many, at its line") {
    const auto path = tmp.write("motivos.csv", "reason,canonical\nGarantía,warranty\nCaro,price,extra\n");
    auto e = error_of(path);
    REQUIRE(e.has_value());
    CHECK(e->code() == exit_code::usage);
    CHECK(e->file() == path);
    CHECK(e->line() == 3);
    CHECK(std::string(e->what()) == "3 fields where the header has 2");
  }
  SUBCASE("a missing column, at the header") {
    const auto path = tmp.write("motivos.csv", "reason,motivo\nGarantía,warranty\n");
    auto e = error_of(path);
    REQUIRE(e.has_value());
    CHECK(e->code() == exit_code::usage);
    CHECK(e->file() == path);
    CHECK(e->line() == 1);
    CHECK(std::string(e->what()) == "missing required column canonical");
  }
  SUBCASE("an empty file") {
    const auto path = tmp.write("motivos.csv", "");
    auto e = error_of(path);
    REQUIRE(e.has_value());
    CHECK(e->code() == exit_code::usage);
    CHECK(e->file() == path);
    CHECK(std::string(e->what()) == "the file is empty: no header row");
  }
  SUBCASE("a file that is not there") {
    const auto path = tmp.at("no_such_file.csv");
    auto e = error_of(path);
    REQUIRE(e.has_value());
    CHECK(e->code() == exit_code::usage);
    CHECK(e->file() == path);
  }
}
