// Export writer: quoting, line counting, and transcoding to Windows-1252 or UTF-16LE.
#include "out_file.hpp"

#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace gen {
namespace {

constexpr std::size_t flush_at = 1 << 20;

// Windows-1252 bytes 0x80-0x9F and the code points they stand for.
constexpr char32_t cp1252_specials[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

// Decodes one UTF-8 sequence at s[i] (the generator only ever holds valid UTF-8).
char32_t decode(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    ++i;
    return b;
  }
  int len = (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : 4;
  char32_t cp = b & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len && i + static_cast<std::size_t>(k) < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
  i += static_cast<std::size_t>(len);
  return cp;
}

char to_cp1252(char32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<char>(cp);
  for (int k = 0; k < 32; ++k)
    if (cp1252_specials[k] == cp && cp != 0) return static_cast<char>(0x80 + k);
  return '?';
}

}  // namespace

out_file::~out_file() {
  if (f_) std::fclose(f_);
}

void out_file::open(const std::string& path, dialect d) {
  f_ = std::fopen(path.c_str(), "wb");
  if (!f_) throw std::runtime_error("cannot create " + path);
  name_ = std::filesystem::path(path).filename().string();
  d_ = d;
  buf_.reserve(flush_at + 65536);
  for (int c = 0x80; c < 256; ++c) kind_[c] = 2;
  kind_[static_cast<unsigned char>(d_.delimiter)] = 1;
  kind_['"'] = kind_['\n'] = kind_['\r'] = 1;
  if (d_.enc == encoding::utf8_bom) buf_.append("\xEF\xBB\xBF");
  if (d_.enc == encoding::utf16le) buf_.append("\xFF\xFE");
}

void out_file::cell(std::string_view v) {
  if (!f_) return;
  if (!first_cell_) {
    if (d_.enc == encoding::utf16le) emit(std::string_view(&d_.delimiter, 1));
    else buf_.push_back(d_.delimiter);
  }
  first_cell_ = false;
  unsigned kind = scan(v);
  if ((kind & 1) == 0) {
    if (kind == 0 && d_.enc != encoding::utf16le) buf_.append(v);
    else emit(v);
    return;
  }
  std::string q;
  q.reserve(v.size() + 8);
  q.push_back('"');
  for (char c : v) {
    if (c == '"') q.push_back('"');
    if (c == '\n') ++lines_;  // a newline inside a quoted cell: the next row starts a line later
    q.push_back(c);
  }
  q.push_back('"');
  emit(q);
}

// Quotes needed (1)? Anything outside ASCII (2)? Eight bytes at a time (SWAR): a byte equal
// to c shows up as a zero byte of x ^ (c * 0x01..01).
unsigned out_file::scan(std::string_view v) const {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  auto has_byte = [](std::uint64_t x, unsigned char c) {
    std::uint64_t y = x ^ (ones * c);
    return ((y - ones) & ~y & highs) != 0;
  };
  unsigned kind = 0;
  std::size_t i = 0;
  for (; i + 8 <= v.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, v.data() + i, 8);
    if (x & highs) kind |= 2;
    if (has_byte(x, static_cast<unsigned char>(d_.delimiter)) || has_byte(x, '"') || has_byte(x, '\n') ||
        has_byte(x, '\r'))
      kind |= 1;
  }
  for (; i < v.size(); ++i) kind |= kind_[static_cast<unsigned char>(v[i])];
  return kind;
}

void out_file::cell_plain(std::string_view v) {
  if (!f_) return;
  if (d_.enc == encoding::utf16le) {
    if (!first_cell_) emit(std::string_view(&d_.delimiter, 1));
    first_cell_ = false;
    emit(v);
    return;
  }
  if (!first_cell_) buf_.push_back(d_.delimiter);
  first_cell_ = false;
  buf_.append(v);
}

void out_file::cell_raw(std::string_view v) {
  if (!f_) return;
  if (!first_cell_) emit(std::string_view(&d_.delimiter, 1));
  first_cell_ = false;
  emit(v);
}

void out_file::end_row() {
  first_cell_ = true;
  if (!f_) return;
  emit(d_.crlf ? "\r\n" : "\n");
  ++lines_;
  ++rows_;
  if (buf_.size() >= flush_at) flush();
}

void out_file::line(std::string_view text) {
  if (!f_) return;
  emit(text);
  emit(d_.crlf ? "\r\n" : "\n");
  ++lines_;
}

void out_file::emit(std::string_view text) {
  switch (d_.enc) {
    case encoding::utf8:
    case encoding::utf8_bom:
      buf_.append(text);
      break;
    case encoding::cp1252:
      for (std::size_t i = 0; i < text.size();) {
        // Runs of ASCII go in whole; the odd Ñ or á is decoded and mapped.
        std::size_t j = i;
        while (j < text.size() && static_cast<unsigned char>(text[j]) < 0x80) ++j;
        buf_.append(text.data() + i, j - i);
        i = j;
        if (i < text.size()) buf_.push_back(to_cp1252(decode(text, i)));
      }
      break;
    case encoding::utf16le:
      for (std::size_t i = 0; i < text.size();) {
        char32_t cp = static_cast<unsigned char>(text[i]) < 0x80 ? static_cast<unsigned char>(text[i++]) : decode(text, i);
        auto unit = [this](char32_t u) {
          char two[2] = {static_cast<char>(u & 0xFF), static_cast<char>((u >> 8) & 0xFF)};
          buf_.append(two, 2);
        };
        if (cp < 0x10000) {
          unit(cp);
        } else {
          unit(0xD800 + ((cp - 0x10000) >> 10));
          unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        }
      }
      break;
  }
}

void out_file::flush() {
  if (buf_.empty()) return;
  if (std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size())
    throw std::runtime_error("write error on " + name_);
  bytes_ += buf_.size();
  buf_.clear();
}

void out_file::close() {
  if (!f_) return;
  flush();
  bool bad = std::ferror(f_) != 0;
  bad = std::fclose(f_) != 0 || bad;
  f_ = nullptr;
  if (bad) throw std::runtime_error("write error on " + name_);
}

}  // namespace gen
