// The CSV state machine: quotes, doubled quotes, Excel's stray quotes, three kinds of line break.
#include "csv/tokenizer.hpp"

#include "csv/scan.hpp"

#include <cstdint>
#include <cstring>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace retorno::csv {

namespace {

// Records without a quoted field, most of any export: one pass over the record, sixteen bytes
// at a time, cutting fields at each delimiter. Returns false, having done nothing, at a field
// that opens with a quote: the full state machine below takes the record. `Field` is what a
// field is written as: a span or a view.
// `dirty` gets bit i for a field i that holds a comma or a quote (all bits from the 64th field
// on): the others hold no line break either, and a writer of CSV may copy them as they are.
// One loop with its state in locals (no lambdas over it): the compiler keeps it in registers.
template <typename Field>
bool plain_record(std::string_view text, std::size_t& pos, char delimiter, bool at_eof, std::vector<Field>& fields,
                  std::size_t& record_end, parse_status& status, std::uint64_t& dirty) {
  const char* data = text.data();
  const std::size_t n = text.size();
  std::size_t begin = pos;  // of the current field
  // Fields are written by index into `fields`, grown ahead: push_back per field costs more
  // than the scan itself.
  std::size_t count = 0, room = fields.size();
  Field* out = fields.data();
  std::uint64_t dirt = 0;
  std::size_t stop = n;  // the record's line break, or the end of the text
  // One special byte at `at`: 1 to go on, 0 at the line break, -1 when a field opens with a quote.
  auto special = [data, delimiter](std::size_t at, std::size_t& begin, std::size_t& count, std::size_t& room,
                                   Field*& out, std::vector<Field>& fields, std::uint64_t& dirt) -> int {
    const char c = data[at];
    if (c == delimiter) {
      if (count == room) [[unlikely]] {
        fields.resize(count < 32 ? 32 : 2 * count);
        room = fields.size();
        out = fields.data();
      }
      if constexpr (std::is_same_v<Field, field_span>) out[count++] = {begin, at, at, false, false};
      else out[count++] = Field(data + begin, at - begin);
      begin = at + 1;
      return 1;
    }
    if (c == '"' || c == ',') {
      // A quote inside a field is kept literally, as Excel does; a comma is text in a file
      // delimited otherwise.
      if (c == '"' && at == begin) return -1;
      dirt |= count < 64 ? std::uint64_t{1} << count : ~std::uint64_t{0};
      return 1;
    }
    return 0;
  };
  std::size_t i = pos;
  bool ended = false;
#if defined(__SSE2__)
  const __m128i vd = _mm_set1_epi8(delimiter), vq = _mm_set1_epi8('"'), vn = _mm_set1_epi8('\n'),
                vr = _mm_set1_epi8('\r'), vc = _mm_set1_epi8(',');
  for (; !ended && i + 16 <= n; i += 16) {
    const __m128i w = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, vd), _mm_cmpeq_epi8(w, vc)), _mm_cmpeq_epi8(w, vq)),
        _mm_or_si128(_mm_cmpeq_epi8(w, vn), _mm_cmpeq_epi8(w, vr)))));
    for (; mask; mask &= mask - 1) {
      const std::size_t at = i + static_cast<std::size_t>(__builtin_ctz(mask));
      const int next = special(at, begin, count, room, out, fields, dirt);
      if (next < 0) return false;
      if (next == 0) {
        stop = at;
        ended = true;
        break;
      }
    }
  }
#endif
  for (; !ended && i < n; ++i) {
    const char c = data[i];
    if (c != delimiter && c != ',' && c != '"' && c != '\n' && c != '\r') continue;
    const int next = special(i, begin, count, room, out, fields, dirt);
    if (next < 0) return false;
    if (next == 0) {
      stop = i;
      ended = true;
    }
  }
  // The last field ends at the line break, or at the end of the text.
  fields.resize(count + 1);
  if constexpr (std::is_same_v<Field, field_span>) fields[count] = {begin, stop, stop, false, false};
  else fields[count] = Field(data + begin, stop - begin);
  dirty = dirt;
  if (stop >= n) {
    if (!at_eof) {
      status = parse_status::need_more;
      return true;
    }
    record_end = n;
    pos = n;
    status = parse_status::complete;
    return true;
  }
  if (data[stop] == '\r' && stop + 1 >= n && !at_eof) {
    status = parse_status::need_more;  // a CRLF may straddle the chunk
    return true;
  }
  record_end = stop;
  pos = stop + ((data[stop] == '\r' && stop + 1 < n && data[stop + 1] == '\n') ? 2 : 1);
  status = parse_status::complete;
  return true;
}

}  // namespace

parse_status parse_record(std::string_view text, std::size_t& pos, char delimiter, bool at_eof,
                          std::vector<field_span>& fields, std::size_t& record_end) {
  parse_status plain = parse_status::complete;
  std::uint64_t dirty = 0;
  if (plain_record(text, pos, delimiter, at_eof, fields, record_end, plain, dirty)) return plain;
  fields.clear();
  const char* data = text.data();
  const std::size_t n = text.size();
  std::size_t i = pos;
  for (;;) {
    field_span f;
    if (i < n && data[i] == '"') {
      f.quoted = true;
      f.begin = i + 1;
      std::size_t j = i + 1;
      for (;;) {
        const void* q = j < n ? std::memchr(data + j, '"', n - j) : nullptr;
        if (!q) return at_eof ? parse_status::unterminated_quote : parse_status::need_more;
        j = static_cast<std::size_t>(static_cast<const char*>(q) - data);
        if (j + 1 < n && data[j + 1] == '"') {
          f.doubled = true;
          j += 2;
          continue;
        }
        if (j + 1 >= n && !at_eof) return parse_status::need_more;  // "" may straddle the chunk
        break;
      }
      f.end = j;
      i = j + 1;
      // Text after the closing quote is kept literally, as Excel does.
      std::size_t k = i;
      while (k < n && data[k] != delimiter && data[k] != '\n' && data[k] != '\r') ++k;
      f.tail_end = k > i ? k : f.end;
      i = k;
    } else {
      f.begin = i;
      i = scan::find3(data, i, n, delimiter, '\n', '\r');
      f.end = i;
      f.tail_end = i;
    }
    fields.push_back(f);
    if (i >= n) {
      if (!at_eof) return parse_status::need_more;
      record_end = n;
      pos = n;
      return parse_status::complete;
    }
    char c = data[i];
    if (c == delimiter) {
      ++i;
      continue;
    }
    record_end = i;
    if (c == '\r') {
      if (i + 1 >= n && !at_eof) return parse_status::need_more;
      i += (i + 1 < n && data[i + 1] == '\n') ? 2 : 1;
    } else {
      ++i;
    }
    pos = i;
    return parse_status::complete;
  }
}

bool parse_plain_record(std::string_view text, std::size_t& pos, char delimiter, bool at_eof,
                        std::vector<std::string_view>& fields, std::size_t& record_end, parse_status& status,
                        std::uint64_t* dirty) {
  std::uint64_t ignored = 0;
  return plain_record(text, pos, delimiter, at_eof, fields, record_end, status, dirty ? *dirty : ignored);
}

std::string_view field_value(std::string_view text, const field_span& f, std::string& scratch) {
  if (!f.doubled && f.tail_end <= f.end) return text.substr(f.begin, f.end - f.begin);
  const std::size_t start = scratch.size();
  for (std::size_t i = f.begin; i < f.end; ++i) {
    scratch.push_back(text[i]);
    if (f.doubled && text[i] == '"') ++i;  // skip the second quote of a pair
  }
  if (f.tail_end > f.end) scratch.append(text.substr(f.end + 1, f.tail_end - f.end - 1));
  return std::string_view(scratch).substr(start);
}

std::size_t count_line_breaks(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++count;
    } else if (text[i] == '\r') {
      ++count;
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  return count;
}

}  // namespace retorno::csv
