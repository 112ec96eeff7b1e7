// libFuzzer target: loading a schema file, then matching a header made from the same bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "fuzz_io.hpp"
#include "schema/schema.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace retorno;
  fuzz::memfile file(data, size);
  try {
    auto s = schema::load_schema(file.path());
    std::vector<std::string> header;
    std::string cell;
    for (std::size_t i = 0; i < size && header.size() < 64; ++i) {
      if (data[i] == '\n' || data[i] == '|') header.push_back(std::move(cell)), cell.clear();
      else cell.push_back(static_cast<char>(data[i]));
    }
    header.push_back(cell);
    (void)schema::match_header(s, header);
  } catch (const retorno::error&) {
    // A malformed schema is a usage error with its file and line: expected.
  }
  return 0;
}
