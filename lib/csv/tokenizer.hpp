// The CSV state machine over UTF-8 text: RFC 4180 quotes plus the leniencies of Excel.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace retorno::csv {

// One field of a record as offsets into the text: [begin, end). `quoted` fields hold the
// text between the quotes, with doubled quotes still doubled; `tail_end` > end means text
// followed the closing quote (`"ab"cd`), which Excel keeps literally, so the field's value
// is unescape(begin, end) + text[end + 1, tail_end).
struct field_span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t tail_end = 0;
  bool quoted = false;
  bool doubled = false;  // holds "" pairs to unescape
};

enum class parse_status { complete, need_more, unterminated_quote };

// Parses one record of `text` starting at `pos`. On complete, `pos` moves past the record's
// line break and `record_end` is the offset where the record's text ends (before the break).
// need_more: the text ends inside the record and more input may follow (at_eof false).
// unterminated_quote: at_eof and a quoted field never closes.
// A quote opens a quoted field only as a field's first character; elsewhere it is literal.
// Line breaks: CRLF, LF or a bare CR.
parse_status parse_record(std::string_view text, std::size_t& pos, char delimiter, bool at_eof,
                          std::vector<field_span>& fields, std::size_t& record_end);

// parse_record's fast path, for records without a quoted field (nearly all): their fields as
// views into `text`, in one pass. Returns false, having changed nothing but `fields`, when
// a field opens with a quote; otherwise `status` is what parse_record would return, and
// `dirty`, when given, has bit i set for a field i holding a comma or a quote (every bit from
// the 64th field on): the fields whose bit is clear can be written to CSV as they are.
bool parse_plain_record(std::string_view text, std::size_t& pos, char delimiter, bool at_eof,
                        std::vector<std::string_view>& fields, std::size_t& record_end, parse_status& status,
                        std::uint64_t* dirty = nullptr);

// The value of a field: a view into `text` when nothing needs unescaping, otherwise the
// unescaped text appended to `scratch` (which must not reallocate while views are alive).
std::string_view field_value(std::string_view text, const field_span& f, std::string& scratch);

// Counts the line breaks inside [begin, end) (CRLF counts once).
std::size_t count_line_breaks(std::string_view text);

}  // namespace retorno::csv
