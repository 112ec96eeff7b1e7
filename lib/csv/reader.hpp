// Reading a raw export in any dialect, one record at a time, in flat memory.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "csv/encoding.hpp"
#include "csv/tokenizer.hpp"

namespace retorno::csv {

struct dialect {
  char delimiter = ',';
  encoding enc = encoding::utf8;
  bool sep_line = false;  // Excel's `sep=;` first line was present (and consumed)
};

struct reader_options {
  std::optional<char> delimiter;  // --delimiter
  std::optional<encoding> enc;    // --encoding
};

// What is wrong with a record as a whole, before any schema looks at it.
enum class record_problem { none, unterminated_quote, invalid_utf8, nul_byte };

struct record {
  std::uint64_t line = 0;  // line of its first physical line, 1-based
  std::vector<std::string_view> fields;
  std::string_view raw;  // the record's text as read (UTF-8 after decoding, or raw bytes)
  record_problem problem = record_problem::none;
  // Bit i: field i may hold a comma, a quote or a line break (all bits: not known, as for a
  // record with quoted fields). A field whose bit is clear can be written to CSV as it is.
  std::uint64_t dirty = ~std::uint64_t{0};
};

// The record's problem in the run's language, for an error message and the rejects file.
std::string problem_message(record_problem p);

// Picks the delimiter whose records most often share one field count above one
// (`,` `;` tab `|`, in that order on ties). `,` when nothing stands out.
char sniff_delimiter(std::string_view sample);

// Opens `path` ("-" = standard input) and sniffs its dialect from the first 64 KiB.
// Throws retorno::error (input) for a missing path, a directory, an unreadable file,
// or a file that looks binary rather than text.
class reader {
public:
  reader(const std::string& path, const reader_options& options);
  ~reader();
  reader(const reader&) = delete;
  reader& operator=(const reader&) = delete;

  // The next non-blank record; false at the end. Views stay valid until the next call.
  bool next(record& r);

  const dialect& detected() const { return dialect_; }
  const std::string& display_name() const { return name_; }
  std::uint64_t bytes_read() const { return bytes_read_; }
  // Line number of the last line consumed (for errors after the last record).
  std::uint64_t line() const { return line_; }

private:
  bool refill();  // false at end of input
  void switch_to_windows1252(std::size_t from);

  std::string name_;
  int fd_ = -1;
  bool owns_fd_ = false;
  bool eof_ = false;
  dialect dialect_;
  std::unique_ptr<decoder> decoder_;
  std::string text_;  // decoded UTF-8 (or raw bytes for UTF-8 input)
  std::size_t pos_ = 0;
  std::string chunk_;
  std::string scratch_;
  std::vector<field_span> spans_;
  std::uint64_t line_ = 0;  // lines consumed so far
  // The first 64 KiB were pure ASCII: UTF-8 is a guess until the first non-ASCII record,
  // and an invalid one then means Windows-1252 (the text before it reads the same in both).
  bool tentative_utf8_ = false;
  std::uint64_t bytes_read_ = 0;
};

}  // namespace retorno::csv
