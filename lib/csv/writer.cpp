// Atomic output files and minimal-quoting CSV rows.
#include "core/catalog.hpp"
#include "csv/writer.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "core/error.hpp"
#include "csv/scan.hpp"

namespace retorno::csv {

namespace {

mode_t file_mode() {
  static const mode_t mode = [] {
    mode_t mask = ::umask(0);
    ::umask(mask);
    return static_cast<mode_t>(0640 & ~mask);
  }();
  return mode;
}

bool plain_number(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    std::size_t frac = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++frac;
    if (frac == 0) return false;
  }
  return digits > 0 && i == s.size();
}

bool all_digits(std::string_view s) {
  if (s.empty() || s.size() > 9) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view digits) {
  int n = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), n);
  return n;
}

// This process's folder in /proc as the kernel names it ("/proc/1234"): /proc/self is a link to
// it. Empty without /proc.
const std::string& proc_self() {
  static const std::string self = [] {
    std::error_code ec;
    const auto pid = std::filesystem::read_symlink("/proc/self", ec);
    return ec ? std::string() : "/proc/" + pid.string();
  }();
  return self;
}

// When `dir`/`name` is one of this process's descriptors (dir is /proc/PID/fd or
// /proc/PID/task/TID/fd, symbolic links followed), its number.
std::optional<int> own_descriptor(std::string_view dir, std::string_view name) {
  if (!all_digits(name) || proc_self().empty() || !dir.starts_with(proc_self() + "/")) return std::nullopt;
  dir.remove_prefix(proc_self().size() + 1);
  if (dir.starts_with("task/")) {
    dir.remove_prefix(5);
    const auto slash = dir.find('/');
    if (slash == std::string_view::npos || !all_digits(dir.substr(0, slash))) return std::nullopt;
    dir.remove_prefix(slash + 1);
  }
  if (dir != "fd") return std::nullopt;
  return to_int(name);
}

// What an output path names once its symbolic links are followed.
struct destination {
  std::string target;        // the path, links followed (the folder's and the file's)
  std::optional<int> fd;     // or a descriptor of this process (/dev/stdout, /dev/fd/1)
  bool dangling = false;     // a symbolic link to nothing
  std::string link;          // the last link followed, as it reads
};

// Follows the links of `path` one at a time, so that a link to /dev/stdout is seen as one of this
// process's descriptors before the kernel's link behind it (/proc/self/fd/1) names whatever
// standard output is (a file the shell opened for `>>`, which must not be replaced).
destination resolve(const std::string& path) {
  namespace fs = std::filesystem;
  destination d;
  // The usual names, also where /proc is not mounted.
  if (path == "/dev/stdin" || path == "/dev/stdout" || path == "/dev/stderr") {
    d.fd = path == "/dev/stdin" ? 0 : path == "/dev/stdout" ? 1 : 2;
    return d;
  }
  for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/", "/proc/thread-self/fd/"})
    if (path.starts_with(prefix) && all_digits(std::string_view(path).substr(prefix.size()))) {
      d.fd = to_int(std::string_view(path).substr(prefix.size()));
      return d;
    }
  std::string p = path;
  for (int links = 0;; ++links) {
    if (links > 40) throw output_error(path, tr(msg::err_cannot_open, os_error(ELOOP)));
    const fs::path fp(p);
    const std::string name = fp.filename().string();
    if (name.empty() || name == "." || name == "..") {  // a folder: refused by the caller
      d.target = p;
      return d;
    }
    std::error_code ec;
    const fs::path dir = fs::canonical(fp.has_parent_path() ? fp.parent_path() : fs::path("."), ec);
    if (ec) {  // no such folder, or not searchable: creating the file fails with the reason
      d.target = p;
      d.dangling = links > 0 && ec == std::errc::no_such_file_or_directory;
      return d;
    }
    if (auto fd = own_descriptor(dir.string(), name)) {
      d.fd = fd;
      return d;
    }
    d.target = (dir / name).string();
    struct stat st {};
    if (::lstat(d.target.c_str(), &st) != 0) {
      d.dangling = links > 0 && errno == ENOENT;
      return d;
    }
    if (!S_ISLNK(st.st_mode)) return d;
    const fs::path link = fs::read_symlink(d.target, ec);
    if (ec) return d;
    d.link = link.string();
    p = link.is_absolute() ? link.string() : (dir / link).string();
  }
}

// Hidden files `.NAME.tmp-PID-SUFFIX` in `dir` that a process no longer running left (killed
// between finish() and publish()): removed, best effort. A process that still runs, or runs
// as another user (EPERM), keeps its own.
void remove_stale_temporaries(const std::string& dir, const std::string& name) {
  DIR* folder = ::opendir(dir.c_str());
  if (!folder) return;
  const std::string prefix = "." + name + ".tmp-";
  while (const dirent* e = ::readdir(folder)) {
    std::string_view entry(e->d_name);
    if (!entry.starts_with(prefix)) continue;
    entry.remove_prefix(prefix.size());
    const auto dash = entry.find('-');
    if (dash == std::string_view::npos || !all_digits(entry.substr(0, dash)) || dash + 1 == entry.size()) continue;
    const auto suffix = entry.substr(dash + 1);
    if (!std::all_of(suffix.begin(), suffix.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); }))
      continue;
    const pid_t pid = to_int(entry.substr(0, dash));
    if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH) continue;
    struct stat st {};
    if (::fstatat(::dirfd(folder), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(st.st_mode))
      ::unlinkat(::dirfd(folder), e->d_name, 0);
  }
  ::closedir(folder);
}

}  // namespace

output::output(std::string path) : path_(std::move(path)) {
  if (path_.empty() || path_ == "-") {
    path_ = "<stdout>";
    fd_ = STDOUT_FILENO;
    return;
  }
  const destination d = resolve(path_);
  if (d.fd) {
    // A descriptor the caller gave (never one retorno opened itself, all close-on-exec),
    // written as it is: not ours to close, to truncate or to replace.
    const int flags = ::fcntl(*d.fd, F_GETFD);
    if (flags < 0 || (*d.fd > STDERR_FILENO && (flags & FD_CLOEXEC)))
      throw output_error(path_, tr(msg::err_cannot_open, os_error(EBADF)));
    fd_ = *d.fd;
    return;
  }
  if (d.dangling)
    throw error(exit_code::output, path_, 0, tr(msg::err_dangling_link),
                tr(msg::err_dangling_link_hint, d.link));
  target_ = d.target;
  struct stat st {};
  if (::stat(target_.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) throw output_error(path_, tr(msg::err_out_is_directory));
    if (!S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode))
      throw output_error(path_, tr(msg::err_not_regular));
    open_in_place(target_);
    return;
  }
  open_temporary();
}

// A character device or a FIFO, opened as it is: no O_CREAT, no O_TRUNC.
void output::open_in_place(const std::string& target) {
  const int fd = ::open(target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw output_error(path_, tr(msg::err_cannot_open, os_error(errno)));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {  // replaced meanwhile
    ::close(fd);
    throw output_error(path_, tr(msg::err_not_regular));
  }
  fd_ = fd;
  owns_fd_ = true;
  committed_ = true;  // nothing to rename
}

void output::open_temporary() {
  std::filesystem::path p(target_);
  dir_ = p.parent_path().string();
  if (dir_.empty()) dir_ = ".";
  const std::string name = p.filename().string();
  remove_stale_temporaries(dir_, name);
  temp_path_ = (p.parent_path() / fmt::format(".{}.tmp-{}-XXXXXX", name, ::getpid())).string();
  // An unnamed file first (O_TMPFILE): a SIGKILL or a power cut mid-write leaves no file at all.
  // It gets its hidden name only once complete and synced, just before the rename.
  // (Linking it needs /proc/self/fd.)
  if (::access("/proc/self/fd", X_OK) == 0) fd_ = ::open(dir_.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, file_mode());
  if (fd_ >= 0) {
    unnamed_ = true;
  } else {
    // Filesystems without O_TMPFILE: a hidden named file, removed on any error.
    fd_ = ::mkostemp(temp_path_.data(), O_CLOEXEC);
    if (fd_ < 0) {
      temp_path_.clear();
      throw output_error(path_, tr(msg::err_cannot_create, os_error(errno)));
    }
  }
  owns_fd_ = true;
  ::fchmod(fd_, file_mode());
}

output::~output() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_path_.empty() && !unnamed_) ::unlink(temp_path_.c_str());
}

void output::write_all(const char* data, std::size_t size) {
  if (reader_gone_) return;
  std::size_t done = 0;
  while (done < size) {
    ssize_t r = ::write(fd_, data + done, size - done);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      if (errno == EPIPE && !owns_fd_) {  // the reader went away (`| head`): drop the rest
        reader_gone_ = true;
        return;
      }
      throw output_error(path_, tr(msg::err_cannot_write, os_error(errno)));
    }
    done += static_cast<std::size_t>(r);
  }
  written_ += size;
  // A file that commit() will fsync: its pages are sent to the disk as they fill, every few
  // megabytes, instead of all at once in that fsync, while the rest is still being made. For
  // 324 MB of ingest output the final fsync was a tenth of the run (sync_file_range starts the
  // writes and does not wait; errors still surface in fsync).
  if (!temp_path_.empty() && written_ - sent_ >= sync_step) {
    ::sync_file_range(fd_, static_cast<off_t>(sent_), static_cast<off_t>(written_ - sent_), SYNC_FILE_RANGE_WRITE);
    sent_ = written_;
  }
}

void output::flush_buffer() {
  write_all(buffer_.get(), used_);
  used_ = 0;
}

void output::write_slow(std::string_view s) {
  flush_buffer();
  if (s.size() >= buffer_limit) write_all(s.data(), s.size());
  else std::memcpy(buffer_.get(), s.data(), s.size()), used_ = s.size();
}

void output::finish() {
  flush_buffer();
  if (!owns_fd_ || fd_ < 0) return;
  if (!temp_path_.empty() && ::fsync(fd_) != 0)
    throw output_error(path_, tr(msg::err_cannot_write, os_error(errno)));
  if (unnamed_) {
    // Give the complete file its hidden name; publish() renames it over the target.
    const std::string self = fmt::format("/proc/self/fd/{}", fd_);
    for (int attempt = 0;; ++attempt) {
      temp_path_ = (std::filesystem::path(dir_) / fmt::format(".{}.tmp-{}-{}", std::filesystem::path(target_).filename().string(),
                                                              ::getpid(), attempt)).string();
      if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp_path_.c_str(), AT_SYMLINK_FOLLOW) == 0) break;
      if (errno != EEXIST || attempt > 100) {
        temp_path_.clear();
        throw output_error(path_, tr(msg::err_cannot_create, os_error(errno)));
      }
    }
    unnamed_ = false;  // named from here on: the destructor removes it unless published
  }
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) throw output_error(path_, tr(msg::err_cannot_write, os_error(errno)));
}

// A test hook: RETORNO_TEST_KILL_AT_RENAME=N kills the process with SIGKILL just before its
// Nth rename, so that a test can see what a kill between two outputs of one run leaves.
static void kill_at_rename_for_tests() {
  static const long at = [] {
    const char* v = std::getenv("RETORNO_TEST_KILL_AT_RENAME");
    return v ? std::strtol(v, nullptr, 10) : 0L;
  }();
  static long renames = 0;
  if (at > 0 && ++renames == at) ::raise(SIGKILL);
}

void output::publish() {
  if (committed_ || temp_path_.empty()) return;
  kill_at_rename_for_tests();
  if (::rename(temp_path_.c_str(), target_.c_str()) != 0)
    throw output_error(path_, tr(msg::err_cannot_rename, os_error(errno)));
  committed_ = true;
  // The rename itself reaches the disk only with its folder: sync it, best effort.
  int dir = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
}

bool is_formula_risk(std::string_view cell) {
  if (cell.empty()) return false;
  char c = cell[0];
  if (c != '=' && c != '+' && c != '-' && c != '@' && c != '\t' && c != '\r') return false;
  return !plain_number(cell);
}

csv_writer::csv_writer(output& out, bool excel) : out_(out), excel_(excel) {
  if (excel_) out_.write("\xEF\xBB\xBF");
}

void csv_writer::cell(std::string_view value, bool plain) {
  if (char* to = out_.room(2 * value.size() + 3)) return out_.used_to(cell_at(to, value, plain));
  // A cell too big for the buffer (over 128 KiB): made in a buffer of its own, then written out.
  std::string big(2 * value.size() + 3, '\0');
  big.resize(static_cast<std::size_t>(cell_at(big.data(), value, plain) - big.data()));
  out_.write(big);
}

char* csv_writer::cell_at(char* to, std::string_view value, bool plain) const {
  if (value.empty()) return to;  // most cells of a wide canonical table
  if (!excel_ && (plain || !scan::needs_quotes(value.data(), value.size()))) return output::append(to, value);
  return special_cell_at(to, value, plain);
}

char* csv_writer::special_cell_at(char* to, std::string_view value, bool plain) const {
  const bool neutralise = excel_ && is_formula_risk(value);
  if (plain || !scan::needs_quotes(value.data(), value.size())) {
    if (neutralise) *to++ = '\'';
    return output::append(to, value);
  }
  *to++ = '"';
  if (neutralise) *to++ = '\'';
  for (std::size_t start = 0;;) {
    const auto quote = value.find('"', start);
    if (quote == std::string_view::npos) {
      to = output::append(to, value.substr(start));
      break;
    }
    to = output::append(to, value.substr(start, quote + 1 - start));
    *to++ = '"';
    start = quote + 1;
  }
  *to++ = '"';
  return to;
}

// Each cell gets room for its worst case (every byte a doubled quote, the quotes, an apostrophe
// and the comma) just before it is written: one comparison, in the same pass.
template <typename Cells, typename Plain>
void csv_writer::write_row(const Cells& cells, Plain plain) {
  if (cells.size() == 1 && std::string_view(cells[0]).empty()) {
    out_.write("\"\"");  // an empty line would read back as no row at all
  } else {
    // The cells' bytes may alias anything: the buffer's end is kept here, not re-read per cell.
    char* to = out_.cursor();
    char* end = out_.end();
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string_view value(cells[i]);
      const std::size_t need = 2 * value.size() + 4;
      if (static_cast<std::size_t>(end - to) < need) [[unlikely]] {
        to = out_.room_after_flush(to, need);
        if (!to) {  // a cell bigger than the buffer: through one of its own
          if (i) out_.put(',');
          cell(value, plain(i));
          to = out_.cursor();
          continue;
        }
      }
      if (i) *to++ = ',';
      to = cell_at(to, value, plain(i));
    }
    out_.used_to(to);
  }
  if (excel_) out_.put('\r');
  out_.put('\n');
}

void csv_writer::row(std::span<const std::string_view> cells, std::span<const bool> plain) {
  write_row(cells, [plain](std::size_t i) { return plain[i]; });
}
void csv_writer::row(std::span<const std::string_view> cells) {
  write_row(cells, [](std::size_t) { return false; });
}
void csv_writer::row(std::span<const std::string> cells) {
  write_row(cells, [](std::size_t) { return false; });
}

std::string sibling_path(const std::string& output, std::string_view kind) {
  if (output.empty() || output == "-") return {};
  const std::filesystem::path p(output);
  const auto stem = p.extension() == ".csv" || p.extension() == ".html" || p.extension() == ".xlsx" ? p.stem().string() : p.filename().string();
  return (p.parent_path() / fmt::format("{}.{}.csv", stem, kind)).string();
}

}  // namespace retorno::csv
