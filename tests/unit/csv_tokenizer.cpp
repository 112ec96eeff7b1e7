// Tests of the CSV state machine: quotes, Excel's leniencies, line breaks, chunk boundaries.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "csv/tokenizer.hpp"

using namespace retorno::csv;

namespace {

// Parses every record of `text` (as if all input were there) into strings.
std::vector<std::vector<std::string>> parse_all(std::string_view text, char delim = ',') {
  std::vector<std::vector<std::string>> out;
  std::vector<field_span> spans;
  std::size_t pos = 0, end = 0;
  while (pos < text.size()) {
    REQUIRE(parse_record(text, pos, delim, true, spans, end) == parse_status::complete);
    std::string scratch;
    scratch.reserve(text.size());
    std::vector<std::string> row;
    for (const auto& f : spans) row.emplace_back(field_value(text, f, scratch));
    out.push_back(row);
  }
  return out;
}

using rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST_CASE("plain fields and the three line breaks") {
  CHECK(parse_all("a,b\n1,2\n") == rows{{"a", "b"}, {"1", "2"}});
  CHECK(parse_all("a,b\r\n1,2\r\n") == rows{{"a", "b"}, {"1", "2"}});
  CHECK(parse_all("a,b\r1,2\r") == rows{{"a", "b"}, {"1", "2"}});
  CHECK(parse_all("a,b\n1,2") == rows{{"a", "b"}, {"1", "2"}});  // no final line break
  CHECK(parse_all("a;b\n", ';') == rows{{"a", "b"}});
  CHECK(parse_all(",\n") == rows{{"", ""}});
}

TEST_CASE("RFC 4180 quotes: delimiters, doubled quotes and newlines inside") {
  CHECK(parse_all("\"a,b\",c\n") == rows{{"a,b", "c"}});
  CHECK(parse_all("\"he said \"\"hi\"\"\",x\n") == rows{{"he said \"hi\"", "x"}});
  CHECK(parse_all("\"CALLE 5\nCOL. CENTRO\",x\r\n") == rows{{"CALLE 5\nCOL. CENTRO", "x"}});
  CHECK(parse_all("\"\",x\n") == rows{{"", "x"}});
}

TEST_CASE("a stray quote inside an unquoted field is literal, as Excel keeps it") {
  CHECK(parse_all("RIN 15\" ALUMINIO,2\n") == rows{{"RIN 15\" ALUMINIO", "2"}});
  // Text after a closing quote is appended literally.
  CHECK(parse_all("\"ab\"cd,2\n") == rows{{"abcd", "2"}});
}

TEST_CASE("an unterminated quote at the end of input is reported, not guessed") {
  std::vector<field_span> spans;
  std::size_t pos = 0, end = 0;
  std::string_view text = "a,\"open\nmore";
  CHECK(parse_record(text, pos, ',', true, spans, end) == parse_status::unterminated_quote);
}

TEST_CASE("need_more at a chunk boundary instead of a wrong split") {
  std::vector<field_span> spans;
  std::size_t pos = 0, end = 0;
  CHECK(parse_record("a,b", pos, ',', false, spans, end) == parse_status::need_more);
  pos = 0;
  CHECK(parse_record("a,b\r", pos, ',', false, spans, end) == parse_status::need_more);  // CRLF may straddle
  pos = 0;
  CHECK(parse_record("\"a\"", pos, ',', false, spans, end) == parse_status::need_more);  // "" may straddle
  pos = 0;
  CHECK(parse_record("\"a\nb", pos, ',', false, spans, end) == parse_status::need_more);
}

TEST_CASE("line breaks are counted once per CRLF") {
  CHECK(count_line_breaks("a\r\nb\nc\rd") == 3);
  CHECK(count_line_breaks("abc") == 0);
}

TEST_CASE("the plain fast path gives views equal to the state machine's, or gives the record up") {
  // Lengths around the 16-byte blocks, quotes at a field's start (quoted) and inside (literal).
  const std::vector<std::string> records = {
      "a,b,c\n", "5YFBURHE3HC123456,TOYOTA,COROLLA,2017\r\n", "0123456789abcde,x\n", "0123456789abcdef,x\n",
      "0123456789abcdefg,\"q\"\n", "RIN 15\" ALUMINIO,2\n", "\"quoted\",b\n", "a,\"quoted, with comma\"\n",
      "0123456789abcdef0123456789ab,\"x\"\n", ",,,\n", "no line break at all", "x\ry\n"};
  for (const auto& text : records) {
    CAPTURE(text);
    std::vector<std::string_view> views;
    std::size_t pos = 0, end = 0, pos2 = 0, end2 = 0;
    parse_status status = parse_status::need_more;
    const bool plain = parse_plain_record(text, pos, ',', true, views, end, status);
    std::vector<field_span> spans;
    REQUIRE(parse_record(text, pos2, ',', true, spans, end2) == parse_status::complete);
    const bool quoted = std::any_of(spans.begin(), spans.end(), [](const field_span& f) { return f.quoted; });
    CHECK(plain == !quoted);
    if (!plain) {
      CHECK(pos == 0);  // nothing consumed
      continue;
    }
    CHECK(status == parse_status::complete);
    CHECK(pos == pos2);
    CHECK(end == end2);
    std::string scratch;
    REQUIRE(views.size() == spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) CHECK(views[i] == field_value(text, spans[i], scratch));
  }
}

TEST_CASE("the plain fast path asks for more input where a record may continue") {
  std::vector<std::string_view> views;
  std::size_t pos = 0, end = 0;
  parse_status status = parse_status::complete;
  CHECK(parse_plain_record("a,b", pos, ',', false, views, end, status));
  CHECK(status == parse_status::need_more);
  CHECK(pos == 0);
  CHECK(parse_plain_record("a,b\r", pos, ',', false, views, end, status));
  CHECK(status == parse_status::need_more);  // CRLF may straddle the chunk
  CHECK(parse_plain_record("a,b\r\nc", pos, ',', false, views, end, status));
  CHECK(status == parse_status::complete);
  CHECK(pos == 5);
  CHECK(end == 3);
}

TEST_CASE("the plain fast path says which fields hold a comma or a quote") {
  std::vector<std::string_view> views;
  std::size_t pos = 0, end = 0;
  parse_status status = parse_status::need_more;
  std::uint64_t dirty = 99;
  // Semicolons: commas are text. Field 1 has a comma, field 3 a stray quote; a line break is neither.
  REQUIRE(parse_plain_record("a;b,c;d;15\" rin;e\r\n", pos, ';', true, views, end, status, &dirty));
  CHECK(dirty == ((1u << 1) | (1u << 3)));
  pos = 0;
  REQUIRE(parse_plain_record("a,b,c\n", pos, ',', true, views, end, status, &dirty));
  CHECK(dirty == 0);
  // Past the 64th field nothing is told apart: every bit.
  std::string wide;
  for (int i = 0; i < 70; ++i) wide += "x;";
  wide += "y,z\n";
  pos = 0;
  REQUIRE(parse_plain_record(wide, pos, ';', true, views, end, status, &dirty));
  CHECK(dirty == ~std::uint64_t{0});
}
