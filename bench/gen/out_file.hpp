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

// Cells arrive in UTF-8 and are encoded straight into the output buffer; they are quoted
// RFC 4180 style only when they must be (delimiter, quote, CR or LF inside), as DMS
// exporters do.
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
  // For text known to be ASCII without the delimiter, quotes or line breaks (numbers, dates,
  // codes): skips the scan that cell() makes.
  void cell_plain(std::string_view v);
  void empty_cell() { cell_plain({}); }
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
  void emit(std::string_view utf8);  // encodes into buf_
  unsigned scan(std::string_view v) const;
  void flush();

  std::FILE* f_ = nullptr;
  std::string name_;
  dialect d_;
  std::string buf_;  // encoded bytes waiting for fwrite
  unsigned char kind_[256] = {};  // per byte: 1 = forces quotes, 2 = not ASCII
  bool first_cell_ = true;
  std::uint64_t lines_ = 0;
  std::uint64_t rows_ = 0;
  std::uint64_t bytes_ = 0;
};

}  // namespace gen
