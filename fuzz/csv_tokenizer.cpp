// libFuzzer target: the CSV state machine fed the text in two pieces, as the reader's refills do.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "csv/reader.hpp"
#include "csv/tokenizer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace retorno::csv;
  if (size < 1) return 0;
  const char delimiters[] = {',', ';', '\t', '|'};
  const char delimiter = delimiters[data[0] & 3];
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<field_span> fields;
  std::string scratch;
  std::size_t pos = 0, end = 0;
  while (pos < text.size()) {
    const std::size_t before = pos;
    auto status = parse_record(text, pos, delimiter, true, fields, end);
    if (status != parse_status::complete) break;
    if (pos <= before) __builtin_trap();  // no progress would loop forever
    scratch.clear();
    scratch.reserve(text.size() * 2 + 16);
    for (const auto& f : fields) (void)field_value(text, f, scratch);
  }
  (void)count_line_breaks(text);
  (void)sniff_delimiter(text);
  return 0;
}
