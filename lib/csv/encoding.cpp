// Encoding sniffing and streaming transcoding to UTF-8.
#include "csv/encoding.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.hpp"

namespace retorno::csv {

namespace {

bool lower_equals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == '_') c = '-';
    if (c != b[i]) return false;
  }
  return true;
}

// Length of a UTF-8 sequence that is valid but cut short by the end of `s` (0 if none).
std::size_t cut_sequence_length(std::string_view s) {
  std::size_t back = 0;
  for (std::size_t i = s.size(); i > 0 && back < 4; --i, ++back) {
    auto c = static_cast<unsigned char>(s[i - 1]);
    if ((c & 0xC0) != 0x80) {
      std::size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      return need > back + 1 ? back + 1 : 0;
    }
  }
  return 0;
}

}  // namespace

std::string_view encoding_name(encoding e) {
  switch (e) {
    case encoding::utf8: return "utf-8";
    case encoding::utf8_bom: return "utf-8-bom";
    case encoding::utf16le: return "utf-16le";
    case encoding::utf16be: return "utf-16be";
    case encoding::windows1252: return "windows-1252";
    case encoding::latin1: return "latin-1";
  }
  return "?";
}

std::optional<encoding> parse_encoding(std::string_view name) {
  struct alias { std::string_view name; encoding e; };
  static constexpr alias aliases[] = {
      {"utf8", encoding::utf8},          {"utf-8", encoding::utf8},
      {"utf-8-bom", encoding::utf8_bom}, {"utf8-bom", encoding::utf8_bom},
      {"utf-8-sig", encoding::utf8_bom}, {"utf-16le", encoding::utf16le},
      {"utf16le", encoding::utf16le},    {"utf-16", encoding::utf16le},
      {"utf-16be", encoding::utf16be},   {"utf16be", encoding::utf16be},
      {"windows-1252", encoding::windows1252}, {"cp1252", encoding::windows1252},
      {"win1252", encoding::windows1252}, {"latin1", encoding::latin1},
      {"latin-1", encoding::latin1},     {"iso-8859-1", encoding::latin1},
      {"iso8859-1", encoding::latin1}};
  for (const auto& a : aliases)
    if (lower_equals(name, a.name)) return a.e;
  return std::nullopt;
}

encoding sniff_encoding(std::string_view sample) {
  if (sample.starts_with("\xEF\xBB\xBF")) return encoding::utf8_bom;
  if (sample.starts_with("\xFF\xFE")) return encoding::utf16le;
  if (sample.starts_with("\xFE\xFF")) return encoding::utf16be;
  // UTF-16 without a BOM: text in Latin script puts a NUL in every other byte.
  if (sample.size() >= 16) {
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i + 1 < sample.size(); i += 2) {
      even += sample[i] == '\0';
      odd += sample[i + 1] == '\0';
    }
    const std::size_t units = sample.size() / 2;
    if (odd * 10 > units * 7 && even * 10 < units) return encoding::utf16le;
    if (even * 10 > units * 7 && odd * 10 < units) return encoding::utf16be;
  }
  std::string_view body = sample.substr(0, sample.size() - cut_sequence_length(sample));
  if (is_valid_utf8(body)) return encoding::utf8;
  // A UTF-8 file with a few broken bytes holds many more good multi-byte sequences than bad
  // bytes; it stays UTF-8 and its broken rows are rejected. Windows-1252 text holds no good ones.
  std::size_t good = 0, bad = 0;
  for (std::size_t i = 0; i < body.size();) {
    auto c = static_cast<unsigned char>(body[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 1) {
      ++i;
    } else if (len > 1 && i + len <= body.size() && is_valid_utf8(body.substr(i, len))) {
      ++good;
      i += len;
    } else {
      ++bad;
      ++i;
    }
  }
  return good > bad ? encoding::utf8 : encoding::windows1252;
}

std::size_t bom_length(encoding e) {
  switch (e) {
    case encoding::utf8_bom: return 3;
    case encoding::utf16le:
    case encoding::utf16be: return 2;
    default: return 0;
  }
}

void decoder::decode(std::string_view in, std::string& out, bool last) {
  switch (enc_) {
    case encoding::utf8:
    case encoding::utf8_bom:
      out.append(in);
      return;
    case encoding::windows1252:
    case encoding::latin1: {
      // Every byte becomes at most 3 UTF-8 bytes; ASCII runs are copied sixteen or eight at a time.
      const bool w = enc_ == encoding::windows1252;
      if (scratch_size_ < in.size() * 3) {
        scratch_size_ = in.size() * 3;
        scratch_ = std::make_unique_for_overwrite<char[]>(scratch_size_);
      }
      char* o = scratch_.get();
      const char* p = in.data();
      const char* end = p + in.size();
      while (p < end) {
#if defined(__SSE2__)
        if (end - p >= 16) {
          const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
          if (_mm_movemask_epi8(block) == 0) {
            _mm_storeu_si128(reinterpret_cast<__m128i*>(o), block);
            o += 16;
            p += 16;
            continue;
          }
        }
#endif
        if (end - p >= 8) {
          std::uint64_t word;
          std::memcpy(&word, p, 8);
          if ((word & 0x8080808080808080ULL) == 0) {
            std::memcpy(o, p, 8);
            o += 8;
            p += 8;
            continue;
          }
        }
        auto b = static_cast<unsigned char>(*p++);
        if (b < 0x80) {
          *o++ = static_cast<char>(b);
          continue;
        }
        char32_t cp = w ? windows1252_to_unicode(b) : b;
        if (cp < 0x800) {
          *o++ = static_cast<char>(0xC0 | (cp >> 6));
          *o++ = static_cast<char>(0x80 | (cp & 0x3F));
        } else {
          *o++ = static_cast<char>(0xE0 | (cp >> 12));
          *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
          *o++ = static_cast<char>(0x80 | (cp & 0x3F));
        }
      }
      out.append(scratch_.get(), static_cast<std::size_t>(o - scratch_.get()));
      return;
    }
    case encoding::utf16le:
    case encoding::utf16be: {
      pending_.append(in);
      const bool le = enc_ == encoding::utf16le;
      std::size_t i = 0;
      auto unit = [&](std::size_t at) -> char16_t {
        auto a = static_cast<unsigned char>(pending_[at]);
        auto b = static_cast<unsigned char>(pending_[at + 1]);
        return static_cast<char16_t>(le ? (b << 8 | a) : (a << 8 | b));
      };
      while (i + 2 <= pending_.size()) {
        char16_t u = unit(i);
        if (u >= 0xD800 && u < 0xDC00) {
          if (i + 4 > pending_.size()) break;  // wait for the low surrogate
          char16_t lo = unit(i + 2);
          if (lo >= 0xDC00 && lo < 0xE000) {
            append_utf8(out, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (lo - 0xDC00));
            i += 4;
            continue;
          }
          append_utf8(out, 0xFFFD);
        } else if (u >= 0xDC00 && u < 0xE000) {
          append_utf8(out, 0xFFFD);
        } else {
          append_utf8(out, u);
        }
        i += 2;
      }
      pending_.erase(0, i);
      if (last && !pending_.empty()) {
        append_utf8(out, 0xFFFD);
        pending_.clear();
      }
      return;
    }
  }
}

}  // namespace retorno::csv
