// lib/csv/rejects: the rejects file beside an output, written whole or not at all, and its reasons' words.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/catalog.hpp"
#include "csv/rejects.hpp"
#include "temp_folder.hpp"

using namespace retorno::csv;
namespace fs = std::filesystem;

namespace {

using temp_dir = retorno::test::temp_folder;

// Sets the run's language for one scope, and puts English back (the unit tests' language).
struct in_language {
  explicit in_language(retorno::lang l) { retorno::set_language(l); }
  ~in_language() { retorno::set_language(retorno::lang::en); }
};
using retorno::test::slurp;

}  // namespace

TEST_CASE("eager: header only when nothing was rejected, so last night's rejects never linger") {
  temp_dir d;
  const auto p = d.path / "vehicles.rejects.csv";
  {
    std::ofstream(p) << "old,rejects\n";
  }
  rejects_file r(p.string(), true, false);
  r.finish();
  r.publish();
  CHECK(slurp(p) == "file,line,field,value,reason\n");
  CHECK(r.path() == p.string());
}

TEST_CASE("lazy: no file at all until a row is rejected") {
  temp_dir d;
  const auto p = d.path / "report.rejects.csv";
  rejects_file none(p.string(), false, false);
  none.finish();
  none.publish();
  CHECK_FALSE(fs::exists(p));
  CHECK(none.path().empty());

  rejects_file one(p.string(), false, false);
  one.add("log.csv", 12, "outcome", "contestó, luego colgó", "unknown outcome");
  one.finish();
  one.publish();
  CHECK(slurp(p) == "file,line,field,value,reason\nlog.csv,12,outcome,\"contestó, luego colgó\",unknown outcome\n");
}

TEST_CASE("nothing appears before publish: a failed run keeps the previous file") {
  temp_dir d;
  const auto p = d.path / "x.rejects.csv";
  {
    std::ofstream(p) << "file,line,field,value,reason\nprev.csv,1,vin,X,bad\n";
  }
  {
    rejects_file r(p.string(), true, false);
    r.add("new.csv", 2, "vin", "Y", "bad");
    // no finish(), no publish(): as when the run fails midway
  }
  CHECK(slurp(p) == "file,line,field,value,reason\nprev.csv,1,vin,X,bad\n");
}

TEST_CASE("the reasons: short phrases in the run's language, a suggestion after the words") {
  {
    in_language es(retorno::lang::es);
    CHECK(value_reason("", "") == "falta un valor obligatorio");
    CHECK(value_reason("unknown", "") == "valor no reconocido");
    CHECK(value_reason("check_digit", "3TMAZ5CN8GM018493") ==
          "dígito verificador incorrecto (¿quiso decir 3TMAZ5CN8GM018493?)");
    CHECK(ragged_reason(4, 3) == "fila con 4 campos; el encabezado tiene 3");
    CHECK(ragged_reason(1, 3) == "fila con 1 campo; el encabezado tiene 3");
  }
  CHECK(value_reason("", "") == "required value missing");
  CHECK(value_reason("characters", "5TDYK3DC1FS548615") ==
        "characters not allowed (did you mean 5TDYK3DC1FS548615?)");
  CHECK(ragged_reason(2, 3) == "row with 2 fields; the header has 3");
  CHECK(ragged_reason(1, 2) == "row with 1 field; the header has 2");
}
