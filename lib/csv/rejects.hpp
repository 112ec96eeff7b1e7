// The rejects file every command writes beside its output: file, line, field, value, reason;
// and the words of its reason column, in the run's language.
#pragma once
#include <cstddef>
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

// The reason column, made only for a row that is rejected. A record the reader could not take
// apart is said by problem_message (csv/reader.hpp); the others here:
//   ragged_reason(4, 3)                                    "fila con 4 campos; el encabezado tiene 3"
//   value_reason("", "")                                   "falta un valor obligatorio"
//   value_reason("unknown", "")                            "valor no reconocido"
//   value_reason("check_digit", "5TDKKRFH6GS159858")       "dígito verificador incorrecto (¿quiso decir 5TDKKRFH6GS159858?)"
std::string ragged_reason(std::size_t fields, std::size_t header);
// `problem`: the value's problem code (normalize::problem_words), empty for a required value
// missing; `suggestion`: the value it probably meant, or empty.
std::string value_reason(std::string_view problem, std::string_view suggestion);

}  // namespace retorno::csv
