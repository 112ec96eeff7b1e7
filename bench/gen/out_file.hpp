// A buffered export writer: one row at a time, in the encoding, delimiter and line ending of a real export.
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace gen {

enum class encoding { utf8, utf8_bom, cp1252, utf16le };

struct dialect {
  encoding enc = encoding::utf8;
  char delimiter = ',';
  bool crlf = false;
};

// Rows are built in UTF-8 and transcoded when they end; cells are quoted RFC 4180 style
// only when they must be (delimiter, quote, CR or LF inside), as DMS exporters do.
// A closed writer ignores everything, so callers test is_open() to skip building rows.
class out_file {
public:
  out_file() = default;
  ~out_file();
  out_file(const out_file&) = delete;
  out_file& operator=(const out_file&) = delete;

  // Throws std::runtime_error when the file cannot be created.
  void open(const std::string& path, dialect d);
  bool is_open() const { return f_ != nullptr; }
  const std::string& name() const { return name_; }  // file name without folder

  void cell(std::string_view v);
  // Written exactly as given, never quoted: a stray `"` inside an unquoted field.
  void cell_raw(std::string_view v);
  void empty_cell() { cell({}); }
  void end_row();
  // A whole line as is (title lines, Excel's `sep=;`); counts as a physical line.
  void line(std::string_view text);

  // Physical line number (1-based) the next row starts on: what `origin` reports.
  std::uint64_t next_line() const { return lines_ + 1; }
  std::uint64_t rows() const { return rows_; }
  std::uint64_t bytes() const { return bytes_; }

  // Flushes and closes; throws std::runtime_error on a write error (a full disk).
  void close();

private:
  void put_row_text(std::string_view utf8);
  void flush();

  std::FILE* f_ = nullptr;
  std::string name_;
  dialect d_;
  std::string row_;  // UTF-8 text of the row being built
  std::string buf_;  // encoded bytes waiting for fwrite
  bool first_cell_ = true;
  std::uint64_t lines_ = 0;
  std::uint64_t rows_ = 0;
  std::uint64_t bytes_ = 0;
};

}  // namespace gen
