// Writing outputs: atomic temp+rename files or stdout, and minimal RFC 4180 CSV.
#pragma once
#include <cstring>
#include <initializer_list>
#include <memory>
#include <span>
#include <string>
#include <string_view>

namespace retorno::csv {

// Where one output goes, decided by what the path names once its symbolic links are followed:
// - a regular file, or nothing yet: written to an unnamed file (O_TMPFILE) in the same folder,
//   linked under a hidden name (.NAME.tmp-PID-N) once complete and synced, and renamed into
//   place by publish(): a crash, a kill or a full disk never leaves a half file and never
//   destroys the previous output. (Where O_TMPFILE is missing, a hidden named file is used and
//   removed on error.) Such hidden files left by a process that no longer runs are removed
//   when the same target is written again. New files get mode 0640 minus the umask.
// - a character device or a FIFO (/dev/null, /dev/full, a named pipe): written in place, never
//   truncated.
// - a descriptor of this process: "-" or "" (standard output), /dev/stdout, /dev/stderr,
//   /dev/fd/N, /proc/self/fd/N: written to that descriptor as it is, so that `-o /dev/stdout
//   >> app.csv` appends.
// - a dangling symbolic link, a directory, anything else: an output error.
// Output to such a descriptor, when it is a pipe whose reader went away (`| head`), is dropped
// from then on, quietly: the run goes on and completes its other outputs.
// Write errors throw retorno::error with exit code 4.
class output {
public:
  explicit output(std::string path);
  ~output();  // without commit(), the temporary file is removed
  output(const output&) = delete;
  output& operator=(const output&) = delete;

  void write(std::string_view s) {
    if (used_ + s.size() > buffer_limit) return write_slow(s);
    copy_small(buffer_.get() + used_, s.data(), s.size());
    used_ += s.size();
  }
  void put(char c) {
    if (used_ == buffer_limit) flush_buffer();
    buffer_[used_++] = c;
  }
  // Room for `n` bytes written in place, then taken with used_to(past the last byte written).
  // nullptr when n is more than the buffer holds (write() then takes the text in pieces).
  char* room(std::size_t n) {
    if (n > buffer_limit) return nullptr;
    if (used_ + n > buffer_limit) flush_buffer();
    return buffer_.get() + used_;
  }
  void used_to(const char* end) { used_ = static_cast<std::size_t>(end - buffer_.get()); }
  // For a writer that checks room as it goes: where the next byte goes, and the buffer's end.
  char* cursor() { return buffer_.get() + used_; }
  char* end() { return buffer_.get() + buffer_limit; }
  // When `n` more bytes do not fit at `to` (a pointer into the buffer): the buffer is written
  // out up to `to` and its start returned; nullptr, with the buffer written out, when n is
  // more than it holds.
  char* room_after_flush(char* to, std::size_t n) {
    used_to(to);
    flush_buffer();
    return n > buffer_limit ? nullptr : buffer_.get();
  }
  // copy_small, for writers that fill room().
  static char* append(char* to, std::string_view s) {
    copy_small(to, s.data(), s.size());
    return to + s.size();
  }
  // commit() = finish() + publish(). finish() writes everything out and syncs it; publish()
  // renames it into place, so that several outputs can all finish before any is replaced.
  void commit() {
    finish();
    publish();
  }
  void finish();
  void publish();
  const std::string& path() const { return path_; }
  // True when the output is a file replaced by rename (not stdout, not a device).
  bool is_atomic() const { return !temp_path_.empty(); }
  // True when the output is a pipe whose reader went away: what is written is dropped.
  bool reader_gone() const { return reader_gone_; }

private:
  // Small enough to stay in the core's L2 cache with the reader's chunk: write() copies it out
  // from there (with 1 MiB buffers ingest ran 5% slower).
  static constexpr std::size_t buffer_limit = 256 << 10;
  // Most cells are a few bytes: two overlapping fixed-size moves beat a call to memcpy.
  static void copy_small(char* dst, const char* src, std::size_t n) {
    if (n > 32) {
      std::memcpy(dst, src, n);
    } else if (n >= 16) {  // two overlapping 16-byte moves
      char a[16], b[16];
      std::memcpy(a, src, 16);
      std::memcpy(b, src + n - 16, 16);
      std::memcpy(dst, a, 16);
      std::memcpy(dst + n - 16, b, 16);
    } else if (n >= 8) {
      std::memcpy(dst, src, 8);
      std::memcpy(dst + n - 8, src + n - 8, 8);
    } else if (n >= 4) {
      std::memcpy(dst, src, 4);
      std::memcpy(dst + n - 4, src + n - 4, 4);
    } else {
      for (std::size_t i = 0; i < n; ++i) dst[i] = src[i];
    }
  }
  void flush_buffer();
  void write_slow(std::string_view s);
  void write_all(const char* data, std::size_t size);
  void open_in_place(const std::string& target);
  void open_temporary();

  std::string path_;
  std::string target_;  // path_ with symbolic links resolved
  std::string temp_path_;
  std::string dir_;       // the target's folder
  bool unnamed_ = false;  // an O_TMPFILE not yet linked under temp_path_
  int fd_ = -1;
  bool owns_fd_ = false;
  bool committed_ = false;
  bool reader_gone_ = false;  // EPIPE seen: further writes are dropped
  std::unique_ptr<char[]> buffer_ = std::make_unique<char[]>(buffer_limit);
  std::size_t used_ = 0;
  static constexpr std::size_t sync_step = 8 << 20;
  std::size_t written_ = 0, sent_ = 0;  // bytes written, and those sent on to the disk
};

// Rows of CSV: UTF-8, comma, LF, quotes only where needed. In Excel mode: a UTF-8 BOM,
// CRLF, and cells that a spreadsheet would run as a formula (starting with = + - @, tab
// or CR) get a leading apostrophe, unless the cell is a plain number such as -5.00 or
// +528713915055, which cannot run.
class csv_writer {
public:
  csv_writer(output& out, bool excel);
  void row(std::span<const std::string_view> cells);
  void row(std::initializer_list<std::string_view> cells) {
    row(std::span<const std::string_view>(cells.begin(), cells.size()));
  }
  void row(std::span<const std::string> cells);
  // The same, where plain[i] promises that cells[i] holds none of , " LF CR (a date, a
  // number, a phone made by a normaliser): no scan for quoting. Excel's formula guard still runs.
  void row(std::span<const std::string_view> cells, std::span<const bool> plain);

private:
  // One cell, through room() when it fits, else through a buffer of its own (`plain`: see row).
  void cell(std::string_view value, bool plain);
  // One cell written at `to`, which has room for twice its size and three more bytes.
  [[gnu::always_inline]] inline char* cell_at(char* to, std::string_view value, bool plain) const;
  // The same for a cell to quote or to guard against formulas: out of the common path.
  [[gnu::noinline]] char* special_cell_at(char* to, std::string_view value, bool plain) const;
  // plain(i): cells[i] needs no quoting scan.
  template <typename Cells, typename Plain>
  void write_row(const Cells& cells, Plain plain);
  output& out_;
  bool excel_;
};

// The file written beside an output: its name with `.KIND.csv` in place of a .csv, .html or
// .xlsx extension, in its folder; "" for standard output (which has no beside).
//   sibling_path("out/lista.html", "excluded") == "out/lista.excluded.csv"
//   sibling_path("vehicles.txt", "rejects") == "vehicles.txt.rejects.csv"
std::string sibling_path(const std::string& output, std::string_view kind);

// True when a spreadsheet would treat the cell as a formula.
bool is_formula_risk(std::string_view cell);

}  // namespace retorno::csv
