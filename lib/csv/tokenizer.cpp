// The CSV state machine: quotes, doubled quotes, Excel's stray quotes, three kinds of line break.
#include "csv/tokenizer.hpp"

#include "csv/scan.hpp"

#include <cstring>

namespace retorno::csv {



parse_status parse_record(std::string_view text, std::size_t& pos, char delimiter, bool at_eof,
                          std::vector<field_span>& fields, std::size_t& record_end) {
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
