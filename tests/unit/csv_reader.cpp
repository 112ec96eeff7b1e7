// Tests of the streaming reader on real files: dialects, BOMs, line breaks and the line number of every record.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "csv/reader.hpp"
#include "temp_folder.hpp"

using namespace retorno;
using namespace retorno::csv;

namespace {

using retorno::test::temp_folder;


// One record as read: its first line, its fields joined by '|', and its problem.
struct seen {
  std::uint64_t line;
  std::string fields;
  record_problem problem;
  bool operator==(const seen&) const = default;
};

std::string joined(const record& r) {
  std::string out;
  for (std::size_t i = 0; i < r.fields.size(); ++i) {
    if (i) out += '|';
    out += r.fields[i];
  }
  return out;
}

std::vector<seen> read_all(const std::string& path, const reader_options& options = {}) {
  reader in(path, options);
  std::vector<seen> out;
  record r;
  while (in.next(r)) out.push_back({r.line, joined(r), r.problem});
  return out;
}

// The lines and fields of the records, without their problems (all expected to be none).
std::vector<std::string> lines_and_fields(const std::string& path, const reader_options& options = {}) {
  std::vector<std::string> out;
  for (const auto& s : read_all(path, options)) {
    CHECK(s.problem == record_problem::none);
    out.push_back(std::to_string(s.line) + ":" + s.fields);
  }
  return out;
}

char delimiter_of(const std::string& path) { return reader(path, {}).detected().delimiter; }

using strings = std::vector<std::string>;

template <typename Open>
error refusal(Open open) {
  try {
    open();
  } catch (const error& e) {
    return e;
  }
  FAIL("the file was accepted");
  return error(exit_code::ok, {}, 0, "");
}

}  // namespace

TEST_CASE("the delimiter is sniffed from the file: comma, semicolon, tab, pipe") {
  temp_folder t;
  CHECK(delimiter_of(t.write("c.csv", "vin,km\nX,1\nY,2\n")) == ',');
  CHECK(delimiter_of(t.write("s.csv", "VIN;Km;Nombre\nX;12,345;ANA\nY;1,000;LUIS\n")) == ';');
  CHECK(delimiter_of(t.write("t.txt", "VIN\tKm\nX\t12,345\nY\t9\n")) == '\t');
  CHECK(delimiter_of(t.write("p.txt", "VIN|Km\nX|1\nY|2\n")) == '|');
  CHECK(lines_and_fields(t.write("s2.csv", "VIN;Km\nX;12,345\n")) == strings{"1:VIN|Km", "2:X|12,345"});
}

TEST_CASE("Excel's sep= line names the delimiter and is not a record, --delimiter overrides") {
  temp_folder t;
  const auto path = t.write("sep.csv", "sep=;\r\nVIN;Km,Total\r\nX;1,5\r\n");
  reader in(path, {});
  CHECK(in.detected().delimiter == ';');
  CHECK(in.detected().sep_line);
  CHECK(lines_and_fields(path) == strings{"2:VIN|Km,Total", "3:X|1,5"});
  reader_options semicolon;
  semicolon.delimiter = ';';
  CHECK(lines_and_fields(t.write("c.csv", "a,b\n1,2\n"), semicolon) == strings{"1:a,b", "2:1,2"});
}

TEST_CASE("a quoted field with line breaks is one record, numbered by its first line") {
  temp_folder t;
  const auto path = t.write("q.csv", "vin,address\nX,\"CALLE 5\nCOL. CENTRO\nTORREÓN\"\nY,\"a \"\"b\"\"\"\nZ,c\n");
  CHECK(lines_and_fields(path) ==
        strings{"1:vin|address", "2:X|CALLE 5\nCOL. CENTRO\nTORREÓN", "5:Y|a \"b\"", "6:Z|c"});
  // CRLF inside and between records counts one line each.
  CHECK(lines_and_fields(t.write("q2.csv", "a,b\r\n\"x\r\ny\",1\r\nc,2\r\n")) == strings{"1:a|b", "2:x\r\ny|1", "4:c|2"});
  // A stray quote inside an unquoted field is kept, as Excel does.
  CHECK(lines_and_fields(t.write("q3.csv", "desc,n\nRIN 15\" ALUMINIO,2\n")) == strings{"1:desc|n", "2:RIN 15\" ALUMINIO|2"});
}

TEST_CASE("line numbers survive records far into the file, across the reader's buffer") {
  temp_folder t;
  std::string text = "vin,km\n";
  for (int i = 0; i < 80000; ++i) text += "X,1\n";  // 320,000 bytes: more than one buffer
  text += "Y,\"two\nlines\"\nZ,3\n";
  const auto all = read_all(t.write("big.csv", text));
  REQUIRE(all.size() == 80003);
  CHECK(all[80001] == seen{80002, "Y|two\nlines", record_problem::none});
  CHECK(all[80002] == seen{80004, "Z|3", record_problem::none});
}

TEST_CASE("a UTF-8 BOM is not part of the first column's name") {
  temp_folder t;
  const auto path = t.write("bom.csv", "\xEF\xBB\xBFvin,km\nX,1\n");
  CHECK(reader(path, {}).detected().enc == encoding::utf8_bom);
  CHECK(lines_and_fields(path) == strings{"1:vin|km", "2:X|1"});
  // A UTF-16 export with its BOM (SPIGA's log) reads the same.
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("vin;km\r\nX;1\r\n")) utf16 += std::string{c, '\0'};
  const auto p16 = t.write("u16.csv", utf16);
  CHECK(reader(p16, {}).detected().enc == encoding::utf16le);
  CHECK(lines_and_fields(p16) == strings{"1:vin|km", "2:X|1"});
}

TEST_CASE("CRLF, LF and bare CR all end a line, and a last line without one is read") {
  temp_folder t;
  CHECK(lines_and_fields(t.write("crlf.csv", "a,b\r\n1,2\r\n3,4\r\n")) == strings{"1:a|b", "2:1|2", "3:3|4"});
  CHECK(lines_and_fields(t.write("cr.csv", "a,b\r1,2\r3,4")) == strings{"1:a|b", "2:1|2", "3:3|4"});
  CHECK(lines_and_fields(t.write("lf.csv", "a,b\n1,2\n3,4")) == strings{"1:a|b", "2:1|2", "3:3|4"});
}

TEST_CASE("blank lines are skipped but still counted") {
  temp_folder t;
  CHECK(lines_and_fields(t.write("b.csv", "a,b\n\n1,2\n   \n\r\n3,4\n\n")) == strings{"1:a|b", "3:1|2", "6:3|4"});
  CHECK(read_all(t.write("empty.csv", "")).empty());
  CHECK(read_all(t.write("blank.csv", "\n\n")).empty());
}

TEST_CASE("ragged rows come as they are, never padded, with their line for the rejects") {
  temp_folder t;
  CHECK(lines_and_fields(t.write("r.csv", "a,b,c\n1,2\n3,4,5,6\n7,8,9\n")) ==
        strings{"1:a|b|c", "2:1|2", "3:3|4|5|6", "4:7|8|9"});
}

TEST_CASE("title lines above the header are records of their own, and do not sway the sniffer") {
  temp_folder t;
  const auto path = t.write("titulo.txt",
                            "Recordatorio de Servicio\nReporte del 27/11/2026, Torreón, Coah.\n\n"
                            "VIN;Km;Nombre\nX;1;ANA\nY;2;LUIS\n");
  CHECK(delimiter_of(path) == ';');
  CHECK(lines_and_fields(path) == strings{"1:Recordatorio de Servicio", "2:Reporte del 27/11/2026, Torreón, Coah.",
                                          "4:VIN|Km|Nombre", "5:X|1|ANA", "6:Y|2|LUIS"});
}

TEST_CASE("title lines holding commas over a small semicolon table: the rows under the header decide") {
  temp_folder t;
  CHECK(delimiter_of(t.write("norte.csv", "CONCESIONARIO DEL NORTE, S.A. DE C.V.\nTotal de registros: 1,250\n"
                                          "VIN;Modelo;Km\n3N1AB7AP5KY212345;Versa;12000\n")) == ';');
  CHECK(delimiter_of(t.write("norte2.csv", "CONCESIONARIO DEL NORTE, S.A. DE C.V.\nTotal de registros: 1,250\n"
                                           "Fecha de corte: 27/11/2026, 07:00\nVIN;Modelo;Km\nX;Versa;1\nY;Yaris;2\n")) == ';');
  // A header alone: the delimiter that names the most fields.
  CHECK(delimiter_of(t.write("solo.csv", "VIN;Modelo;Km,Fecha\n")) == ';');
  // Commas inside a semicolon table's addresses do not make it a comma table.
  CHECK(delimiter_of(t.write("dir.csv", "VIN;Dirección\nX;Av. Juárez 10, Centro\nY;Calle 5\nZ;Morelos 3, Col. Sur, Torreón\n")) == ';');
}

TEST_CASE("broken records are marked with their line: unterminated quote, invalid UTF-8, NUL byte") {
  temp_folder t;
  auto open = read_all(t.write("open.csv", "a,b\n1,2\n3,\"never closed\n4,5\n"));
  REQUIRE(open.size() == 3);
  CHECK(open[2].line == 3);
  CHECK(open[2].problem == record_problem::unterminated_quote);
  auto utf8 = read_all(t.write("utf8.csv", "nombre,ciudad\nMUÑOZ,TORREÓN\nMU\xFFOZ,X\nPEÑA,Y\n"));
  REQUIRE(utf8.size() == 4);
  CHECK(utf8[1].problem == record_problem::none);
  CHECK(utf8[2] == seen{3, "MU\xFFOZ|X", record_problem::invalid_utf8});
  CHECK(utf8[3].problem == record_problem::none);
  auto nul = read_all(t.write("nul.csv", std::string("nombre,ciudad\nANA,TORREON\nLU") + '\0' + "IS,X\nPEPE,Y\n"));
  REQUIRE(nul.size() == 4);
  CHECK(nul[2].line == 3);
  CHECK(nul[2].problem == record_problem::nul_byte);
  CHECK(problem_message(record_problem::unterminated_quote) == "quoted field never closes before the end of the file");
}

TEST_CASE("Windows-1252: sniffed, or found after 64 KiB of plain ASCII, at the right line") {
  temp_folder t;
  CHECK(lines_and_fields(t.write("w.csv", "NOMBRE;CIUDAD\nMU\xD1OZ;TORRE\xD3N\n")) ==
        strings{"1:NOMBRE|CIUDAD", "2:MUÑOZ|TORREÓN"});
  std::string text = "nombre,n\n";
  for (int i = 0; i < 20000; ++i) text += "ANA,1\n";  // 120,000 ASCII bytes
  text += "MU\xD1OZ,2\n\x93" "cita\x94,3\n";
  const auto path = t.write("late.csv", text);
  const auto all = read_all(path);
  REQUIRE(all.size() == 20003);
  CHECK(all[20001] == seen{20002, "MUÑOZ|2", record_problem::none});
  CHECK(all[20002] == seen{20003, "“cita”|3", record_problem::none});
}

TEST_CASE("what cannot be read is an input error naming the file") {
  temp_folder t;
  auto missing = refusal([&] { reader(t.at("no.csv"), {}); });
  CHECK(missing.code() == exit_code::input);
  CHECK(missing.file() == t.at("no.csv"));
  auto folder = refusal([&] { reader(t.path.string(), {}); });
  CHECK(folder.code() == exit_code::input);
  CHECK(std::string(folder.what()).find("directory") != std::string::npos);
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>(i % 32);
  auto bin = refusal([&] { reader(t.write("x.bin", binary), {}); });
  CHECK(bin.code() == exit_code::input);
  CHECK(bin.line() == 1);
}
