// libFuzzer target: the CSV reader over any bytes (dialect and encoding sniffed, every record read).
#include <cstddef>
#include <cstdint>

#include "core/error.hpp"
#include "csv/reader.hpp"
#include "fuzz_io.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace retorno;
  fuzz::memfile file(data, size);
  try {
    csv::reader r(file.path(), {});
    csv::record rec;
    std::size_t total = 0;
    while (r.next(rec)) {
      for (auto f : rec.fields) total += f.size();
      total += rec.raw.size();
    }
    (void)total;
  } catch (const retorno::error&) {
    // Binary input, unreadable text: a clean input error is the expected answer.
  }
  return 0;
}
