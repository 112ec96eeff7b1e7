// The rejects file every command writes beside its output: file, line, field, value, reason.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "csv/writer.hpp"

namespace retorno::csv {

// Opened at construction when `eager` (a file beside -o is always written, header-only when
// nothing was rejected, so last night's rejects never linger), else at the first reject.
// Atomic like every output: finish() then publish().
class rejects_file {
public:
  rejects_file(std::string path, bool eager, bool excel);
  void add(std::string_view file, std::uint64_t line, std::string_view field, std::string_view value,
           std::string_view reason);
  void finish();
  void publish();
  // The path written, empty when no file was opened.
  std::string path() const { return out_ ? path_ : std::string(); }

private:
  void open();
  std::string path_;
  bool excel_;
  std::optional<output> out_;
  std::optional<csv_writer> writer_;
};

}  // namespace retorno::csv
