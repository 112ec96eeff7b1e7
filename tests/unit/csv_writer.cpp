// Tests of the CSV writer: minimal quoting, Excel mode, atomic replacement of the old output,
// which paths are written how (links, descriptors, pipes).
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "csv/scan.hpp"
#include "csv/writer.hpp"
#include "temp_folder.hpp"

using namespace retorno::csv;
namespace fs = std::filesystem;

namespace {

using temp_dir = retorno::test::temp_folder;
using retorno::test::slurp;

}  // namespace

TEST_CASE("minimal quoting") {
  temp_dir d;
  auto p = d.path / "out.csv";
  {
    output out(p.string());
    csv_writer w(out, false);
    w.row({"a", "b,c", "say \"hi\"", "line\nbreak", ""});
    out.commit();
  }
  CHECK(slurp(p) == "a,\"b,c\",\"say \"\"hi\"\"\",\"line\nbreak\",\n");
}

// The writer checks room cell by cell in a buffer of some hundred kilobytes: rows that cross
// it, cells of every size up to past the buffer, quoted or not, against a plain encoding.
TEST_CASE("rows crossing the buffer, and cells bigger than it, come out whole") {
  auto encode = [](std::string_view v) {
    if (v.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(v);
    std::string q = "\"";
    for (char c : v) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
  };
  temp_dir d;
  auto p = d.path / "out.csv";
  std::string expected;
  {
    output out(p.string());
    csv_writer w(out, false);
    const std::size_t sizes[] = {0, 1, 3, 7, 15, 16, 31, 33, 1000, 70000, 300000, 2100000};
    for (int r = 0; r < 60; ++r) {
      std::vector<std::string> cells;
      for (int c = 0; c < 5; ++c) {
        std::string v(sizes[(r * 7 + c * 5) % std::size(sizes)], static_cast<char>('a' + (r + c) % 26));
        if ((r + c) % 4 == 0 && !v.empty()) v[v.size() / 2] = (r % 2) ? '"' : ',';
        cells.push_back(std::move(v));
      }
      w.row(std::span<const std::string>(cells));
      for (std::size_t c = 0; c < cells.size(); ++c) expected += (c ? "," : "") + encode(cells[c]);
      expected += "\n";
    }
    out.commit();
  }
  const std::string got = slurp(p);
  CHECK(got.size() == expected.size());
  CHECK(got == expected);
}

TEST_CASE("a lone empty cell is written as \"\" so that the row survives a read-back") {
  temp_dir d;
  auto p = d.path / "out.csv";
  {
    output out(p.string());
    csv_writer w(out, false);
    w.row({""});
    out.commit();
  }
  CHECK(slurp(p) == "\"\"\n");
}

TEST_CASE("Excel mode: BOM, CRLF and formulas neutralised, numbers left alone") {
  temp_dir d;
  auto p = d.path / "out.csv";
  {
    output out(p.string());
    csv_writer w(out, true);
    w.row({"=HYPERLINK(\"http://x\")", "+528713915055", "-5.00", "@SUM(A1)", "-1+2", "ok"});
    out.commit();
  }
  CHECK(slurp(p) == "\xEF\xBB\xBF\"'=HYPERLINK(\"\"http://x\"\")\",+528713915055,-5.00,'@SUM(A1),'-1+2,ok\r\n");
  CHECK(is_formula_risk("\tcmd"));
  CHECK_FALSE(is_formula_risk("JUAN"));
}

TEST_CASE("without commit the previous output stays and no temporary file remains") {
  temp_dir d;
  auto p = d.path / "calls.csv";
  { std::ofstream(p) << "old\n"; }
  {
    output out(p.string());
    out.write("new half\n");
  }  // destroyed without commit, as after an error
  CHECK(slurp(p) == "old\n");
  CHECK(std::distance(fs::directory_iterator(d.path), fs::directory_iterator()) == 1);
}

TEST_CASE("new files are not readable by others") {
  temp_dir d;
  auto p = d.path / "personal.csv";
  {
    output out(p.string());
    out.write("x\n");
    out.commit();
  }
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  CHECK((st.st_mode & 0007) == 0);
  CHECK((st.st_mode & 0137) == 0);  // never wider than 0640
}

TEST_CASE("a full device is an output error (exit 4)") {
  output out("/dev/full");
  out.write("x\n");
  try {
    out.commit();
    FAIL("commit to /dev/full succeeded");
  } catch (const retorno::error& e) {
    CHECK(e.code() == retorno::exit_code::output);
  }
}

TEST_CASE("needs_quotes finds a comma, quote, LF or CR at any place in a cell of any length") {
  for (std::size_t n = 0; n <= 40; ++n) {
    const std::string plain(n, 'a');
    CHECK_FALSE(retorno::csv::scan::needs_quotes(plain.data(), n));
    // Bytes that differ from a special by one bit must not count.
    const std::string near(n, '-');
    CHECK_FALSE(retorno::csv::scan::needs_quotes(near.data(), n));
    for (std::size_t at = 0; at < n; ++at)
      for (char c : {',', '"', '\n', '\r'}) {
        std::string s = plain;
        s[at] = c;
        CHECK(retorno::csv::scan::needs_quotes(s.data(), n));
      }
  }
  const std::string accented = "PEÑA NIÑO";  // bytes above 0x7F are not specials
  CHECK_FALSE(retorno::csv::scan::needs_quotes(accented.data(), accented.size()));
}

TEST_CASE("the file beside an output: NAME.KIND.csv in its folder, none for standard output") {
  CHECK(sibling_path("out/lista.csv", "excluded") == "out/lista.excluded.csv");
  CHECK(sibling_path("out/lista.html", "excluded") == "out/lista.excluded.csv");
  CHECK(sibling_path("informe.html", "rejects") == "informe.rejects.csv");
  CHECK(sibling_path("vehicles.txt", "rejects") == "vehicles.txt.rejects.csv");
  CHECK(sibling_path("/tmp/a.b/list", "excluded") == "/tmp/a.b/list.excluded.csv");
  CHECK(sibling_path("-", "rejects").empty());
  CHECK(sibling_path("", "rejects").empty());
}

TEST_CASE("a dangling symbolic link is an output error (exit 4) and stays a link") {
  temp_dir d;
  fs::create_symlink("missing.csv", d.path / "link.csv");
  try {
    output out(d.at("link.csv"));
    FAIL("a dangling link was opened");
  } catch (const retorno::error& e) {
    CHECK(e.code() == retorno::exit_code::output);
    CHECK(e.file() == d.at("link.csv"));
  }
  CHECK(fs::is_symlink(d.path / "link.csv"));
  CHECK_FALSE(fs::exists(d.path / "missing.csv"));
}

TEST_CASE("a descriptor given as /dev/fd/N is written as it is, one retorno opened itself is refused") {
  int ends[2];
  REQUIRE(::pipe(ends) == 0);  // inherited-like: not close-on-exec
  {
    output out("/dev/fd/" + std::to_string(ends[1]));
    CHECK_FALSE(out.is_atomic());
    out.write("through the pipe\n");
    out.commit();
  }
  ::close(ends[1]);
  char got[64] = {};
  CHECK(::read(ends[0], got, sizeof got) == 17);
  CHECK(std::string(got) == "through the pipe\n");
  ::close(ends[0]);

  temp_dir d;
  const int own = ::open(d.write("input.csv", "a\n").c_str(), O_RDONLY | O_CLOEXEC);
  REQUIRE(own >= 0);
  CHECK_THROWS_AS(output("/proc/self/fd/" + std::to_string(own)), retorno::error);
  ::close(own);
  CHECK(slurp(d.path / "input.csv") == "a\n");
}

TEST_CASE("a pipe whose reader went away: the rest is dropped, no error") {
  auto previous = std::signal(SIGPIPE, SIG_IGN);
  int ends[2];
  REQUIRE(::pipe(ends) == 0);
  ::close(ends[0]);
  {
    output out("/dev/fd/" + std::to_string(ends[1]));
    const std::string row(1000, 'x');
    for (int i = 0; i < 1000; ++i) out.write(row);  // several buffers' worth
    CHECK(out.reader_gone());
    CHECK_NOTHROW(out.commit());
  }
  ::close(ends[1]);
  std::signal(SIGPIPE, previous);
}

TEST_CASE("a regular file under /dev/shm is replaced whole, not overwritten in place") {
  if (::access("/dev/shm", W_OK) != 0) return;
  std::string tmpl = "/dev/shm/retorno-test-XXXXXX";
  REQUIRE(::mkdtemp(tmpl.data()));
  const fs::path dir(tmpl);
  { std::ofstream(dir / "list.csv") << std::string(1000, 'o'); }
  {
    output out((dir / "list.csv").string());
    CHECK(out.is_atomic());
    out.write("new\n");
    out.commit();
  }
  CHECK(slurp(dir / "list.csv") == "new\n");
  fs::remove_all(dir);
}
