// Export writer: quoting, line counting, and transcoding to Windows-1252 or UTF-16LE.
#include "out_file.hpp"

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

void put_utf16le(std::string& out, char32_t cp) {
  auto unit = [&out](char32_t u) {
    out.push_back(static_cast<char>(u & 0xFF));
    out.push_back(static_cast<char>((u >> 8) & 0xFF));
  };
  if (cp < 0x10000) {
    unit(cp);
  } else {
    cp -= 0x10000;
    unit(0xD800 + (cp >> 10));
    unit(0xDC00 + (cp & 0x3FF));
  }
}

bool needs_quotes(std::string_view v, char delimiter) {
  for (char c : v)
    if (c == delimiter || c == '"' || c == '\n' || c == '\r') return true;
  return false;
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
  if (d_.enc == encoding::utf8_bom) buf_.append("\xEF\xBB\xBF");
  if (d_.enc == encoding::utf16le) buf_.append("\xFF\xFE");
}

void out_file::cell(std::string_view v) {
  if (!first_cell_) row_.push_back(d_.delimiter);
  first_cell_ = false;
  if (!needs_quotes(v, d_.delimiter)) {
    row_.append(v);
    return;
  }
  row_.push_back('"');
  for (char c : v) {
    if (c == '"') row_.push_back('"');
    row_.push_back(c);
  }
  row_.push_back('"');
}

void out_file::cell_raw(std::string_view v) {
  if (!first_cell_) row_.push_back(d_.delimiter);
  first_cell_ = false;
  row_.append(v);
}

void out_file::end_row() {
  if (!f_) {
    row_.clear();
    first_cell_ = true;
    return;
  }
  for (char c : row_) lines_ += c == '\n';  // newlines inside quoted cells
  put_row_text(row_);
  row_.clear();
  first_cell_ = true;
  ++rows_;
}

void out_file::line(std::string_view text) {
  if (!f_) return;
  put_row_text(text);
}

void out_file::put_row_text(std::string_view text) {
  ++lines_;
  std::string_view eol = d_.crlf ? "\r\n" : "\n";
  switch (d_.enc) {
    case encoding::utf8:
    case encoding::utf8_bom:
      buf_.append(text);
      buf_.append(eol);
      break;
    case encoding::cp1252:
      for (std::size_t i = 0; i < text.size();) {
        auto b = static_cast<unsigned char>(text[i]);
        if (b < 0x80) {
          buf_.push_back(text[i++]);
        } else {
          buf_.push_back(to_cp1252(decode(text, i)));
        }
      }
      buf_.append(eol);
      break;
    case encoding::utf16le:
      for (std::size_t i = 0; i < text.size();) put_utf16le(buf_, decode(text, i));
      for (char c : eol) put_utf16le(buf_, static_cast<char32_t>(c));
      break;
  }
  if (buf_.size() >= flush_at) flush();
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
