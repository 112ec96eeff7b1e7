// The streaming reader: sniffing, refilling a flat buffer, and per-record checks.
#include "core/catalog.hpp"
#include "core/progress.hpp"
#include "csv/reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <map>

#include <fmt/format.h>

#include "core/error.hpp"
#include "core/utf8.hpp"
#include "csv/scan.hpp"

namespace retorno::csv {

namespace {

// Read, decoded and tokenized while still in the core's L2 cache, beside the writer's buffer.
constexpr std::size_t chunk_size = 256 << 10;
constexpr std::size_t sniff_size = 64 << 10;
constexpr std::size_t max_record = std::size_t{256} << 20;

// Text has few control characters other than tab, CR and LF; binary has many.
bool looks_binary(std::string_view sample) {
  if (sample.empty()) return false;
  std::size_t control = 0;
  for (unsigned char c : sample)
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  return control * 10 > sample.size();  // over 10% control bytes
}

bool ascii_only(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ULL) return false;
  }
  for (; i < s.size(); ++i)
    if (static_cast<unsigned char>(s[i]) & 0x80) return false;
  return true;
}

}  // namespace

std::string problem_message(record_problem p) {
  switch (p) {
    case record_problem::none: return {};
    case record_problem::unterminated_quote: return tr(msg::err_unterminated_quote);
    case record_problem::invalid_utf8: return tr(msg::err_invalid_utf8);
    case record_problem::nul_byte: return tr(msg::err_nul_byte);
  }
  return {};
}

char sniff_delimiter(std::string_view sample) {
  constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
  char best = ',';
  long best_score = 0;
  std::size_t best_named = 0;
  bool found = false;
  std::vector<field_span> spans;
  struct shape {
    std::size_t fields, named;  // cells, and cells holding something
  };
  std::vector<shape> shapes;
  for (char d : candidates) {
    shapes.clear();
    std::size_t pos = 0, end = 0;
    auto add = [&] {
      std::size_t named = 0;
      for (const auto& f : spans) named += f.end > f.begin;
      shapes.push_back({spans.size(), named});
    };
    while (pos < sample.size() && shapes.size() < 50) {
      if (parse_record(sample, pos, d, false, spans, end) != parse_status::complete) break;
      if (spans.size() == 1 && spans[0].end == spans[0].begin && !spans[0].quoted) continue;
      add();
    }
    // A sample that is one record with no line break at all.
    if (shapes.empty() && parse_record(sample, pos, d, true, spans, end) == parse_status::complete) add();
    // The commonest field count above one, the larger on a tie; its first record is the header.
    std::map<std::size_t, std::size_t> counts;
    for (const auto& s : shapes) ++counts[s.fields];
    std::size_t mode = 0, freq = 0;
    for (auto [fields, n] : counts)
      if (fields > 1 && n >= freq) mode = fields, freq = n;
    if (mode == 0) continue;
    // Only the rows under the header count, for the delimiter or against it: title lines
    // above a table ("CONCESIONARIO DEL NORTE, S.A. DE C.V.", "Total de registros: 1,250")
    // split on a comma make a "header" whose rows under it do not follow.
    std::size_t first = 0;
    while (shapes[first].fields != mode) ++first;
    long score = 0;
    for (std::size_t i = first + 1; i < shapes.size(); ++i) score += shapes[i].fields == mode ? 1 : -1;
    // On a tie, the delimiter that gives the header the most named fields.
    const std::size_t named = shapes[first].named;
    if (!found || score > best_score || (score == best_score && named > best_named)) {
      found = true;
      best_score = score;
      best_named = named;
      best = d;
    }
  }
  return best;
}

reader::reader(const std::string& path, const reader_options& options) {
  if (path == "-" || path.empty()) {
    name_ = "stdin";
    fd_ = STDIN_FILENO;
  } else {
    name_ = path;
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd_ < 0) throw input_error(path, 0, tr(msg::err_cannot_open, os_error(errno)));
    owns_fd_ = true;
    struct stat st {};
    if (::fstat(fd_, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd_);
      fd_ = -1;
      throw input_error(path, 0, tr(msg::err_is_directory));
    }
  }
  // Sniff from the first 64 KiB of raw bytes.
  std::string sample;
  sample.resize(sniff_size);
  std::size_t got = 0;
  while (got < sniff_size) {
    ssize_t r = ::read(fd_, sample.data() + got, sniff_size - got);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) throw input_error(name_, 0, tr(msg::err_cannot_read, os_error(errno)));
    if (r == 0) {
      eof_ = true;
      break;
    }
    got += static_cast<std::size_t>(r);
  }
  sample.resize(got);
  bytes_read_ = got;
  progress::advance(got);
  dialect_.enc = options.enc ? *options.enc : sniff_encoding(sample);
  tentative_utf8_ = !options.enc && dialect_.enc == encoding::utf8 && ascii_only(sample);
  const bool utf16 = dialect_.enc == encoding::utf16le || dialect_.enc == encoding::utf16be;
  if (!utf16 && looks_binary(sample))
    throw input_error(name_, 1, tr(msg::err_binary), tr(msg::err_binary_hint));
  std::size_t bom = 0;
  if (bom_length(dialect_.enc) > 0 && sample.size() >= bom_length(dialect_.enc)) {
    // Honour a BOM only when the bytes really are one (--encoding may name a BOM-less file).
    std::string_view s(sample);
    if ((dialect_.enc == encoding::utf8_bom && s.starts_with("\xEF\xBB\xBF")) ||
        (dialect_.enc == encoding::utf16le && s.starts_with("\xFF\xFE")) ||
        (dialect_.enc == encoding::utf16be && s.starts_with("\xFE\xFF")))
      bom = bom_length(dialect_.enc);
  }
  decoder_ = std::make_unique<decoder>(dialect_.enc);
  decoder_->decode(std::string_view(sample).substr(bom), text_, eof_);

  // Excel's `sep=;` line names the delimiter and is not data.
  std::string_view t(text_);
  if (t.size() >= 5 && (t[0] == 's' || t[0] == 'S') && t.substr(1, 3) == "ep=") {
    std::size_t eol = 5;
    if (eol == t.size() || t[eol] == '\n' || t[eol] == '\r') {
      dialect_.delimiter = t[4];
      dialect_.sep_line = true;
      if (eol < t.size()) eol += (t[eol] == '\r' && eol + 1 < t.size() && t[eol + 1] == '\n') ? 2 : 1;
      pos_ = eol;
      line_ = 1;
    }
  }
  if (options.delimiter) dialect_.delimiter = *options.delimiter;
  else if (!dialect_.sep_line) dialect_.delimiter = sniff_delimiter(std::string_view(text_).substr(pos_));
}

reader::~reader() {
  if (owns_fd_ && fd_ >= 0) ::close(fd_);
}

bool reader::refill() {
  if (eof_) return false;
  if (pos_ > 0) {
    text_.erase(0, pos_);
    pos_ = 0;
  }
  const bool passthrough = dialect_.enc == encoding::utf8 || dialect_.enc == encoding::utf8_bom;
  std::string& target = passthrough ? text_ : chunk_;
  const std::size_t base = passthrough ? text_.size() : 0;
  target.resize(base + chunk_size);
  ssize_t r;
  do {
    r = ::read(fd_, target.data() + base, chunk_size);
  } while (r < 0 && errno == EINTR);
  if (r < 0) throw input_error(name_, line_ + 1, tr(msg::err_cannot_read, os_error(errno)));
  target.resize(base + static_cast<std::size_t>(r));
  bytes_read_ += static_cast<std::size_t>(r);
  progress::advance(static_cast<std::uint64_t>(r));
  if (r == 0) eof_ = true;
  if (!passthrough) decoder_->decode(chunk_, text_, eof_);
  return true;
}

void reader::switch_to_windows1252(std::size_t from) {
  std::string rest = text_.substr(from);
  text_.clear();
  pos_ = 0;
  dialect_.enc = encoding::windows1252;
  decoder_ = std::make_unique<decoder>(encoding::windows1252);
  decoder_->decode(rest, text_, eof_);
  tentative_utf8_ = false;
}

bool reader::next(record& r) {
  for (;;) {
    if (pos_ >= text_.size()) {
      if (eof_) return false;
      refill();
      continue;
    }
    std::size_t pos = pos_, end = 0;
    // Nearly every record has no quoted field: its fields come as views in one pass.
    parse_status status = parse_status::complete;
    std::uint64_t dirty = 0;
    const bool plain = parse_plain_record(text_, pos, dialect_.delimiter, eof_, r.fields, end, status, &dirty);
    if (!plain) status = parse_record(text_, pos, dialect_.delimiter, eof_, spans_, end);
    if (status == parse_status::need_more) {
      if (text_.size() - pos_ > max_record)
        throw input_error(name_, line_ + 1, tr(msg::err_record_too_long));
      refill();
      continue;
    }
    if (status == parse_status::unterminated_quote) {
      r.line = line_ + 1;
      r.raw = std::string_view(text_).substr(pos_);
      r.fields.clear();
      r.problem = record_problem::unterminated_quote;
      r.dirty = ~std::uint64_t{0};
      line_ += count_line_breaks(r.raw) + 1;
      pos_ = text_.size();
      return true;
    }
    const std::size_t record_start = pos_;
    std::string_view raw = std::string_view(text_).substr(pos_, end - pos_);
    const std::size_t start_line = line_ + 1;
    const bool multiline =
        !plain && std::any_of(spans_.begin(), spans_.end(), [](const field_span& f) { return f.quoted; });
    line_ += multiline ? count_line_breaks(raw) + 1 : 1;
    pos_ = pos;
    if (plain && r.fields.size() == 1 && raw.find_first_not_of(" \t") == std::string_view::npos)
      continue;  // blank line
    r.line = start_line;
    r.raw = raw;
    r.problem = record_problem::none;
    r.dirty = plain ? dirty : ~std::uint64_t{0};
    const bool utf8 = dialect_.enc == encoding::utf8 || dialect_.enc == encoding::utf8_bom;
    const auto seen = scan::classify(raw.data(), raw.size());
    if (seen.nul) {
      r.problem = record_problem::nul_byte;
    } else if (utf8 && seen.high) {
      const bool valid = is_valid_utf8(raw);
      if (!valid && tentative_utf8_) {
        switch_to_windows1252(record_start);
        line_ = start_line - 1;
        continue;  // parse this record again, decoded
      }
      tentative_utf8_ = false;
      if (!valid) r.problem = record_problem::invalid_utf8;
    }
    if (plain) return true;
    scratch_.clear();
    scratch_.reserve(raw.size());
    r.fields.resize(spans_.size());
    for (std::size_t i = 0; i < spans_.size(); ++i) {
      const field_span& f = spans_[i];
      r.fields[i] = f.quoted ? field_value(text_, f, scratch_) : std::string_view(text_.data() + f.begin, f.end - f.begin);
    }
    return true;
  }
}

}  // namespace retorno::csv
