// What every normaliser returns: the canonical value and, when it changed or failed, why.
#pragma once
#include <string>

namespace retorno::normalize {

// `value` is the canonical text ("" when the input was empty or unusable).
// `problem` is empty when the value is clean; otherwise a short snake_case word that ingest
// writes into dq_flags as `field:problem` (e.g. "invalid", "check_digit", "placeholder").
// `detail` optionally carries the raw value or a suggestion, written as `field:problem=detail`.
struct result {
  std::string value;
  std::string problem;
  std::string detail;
  bool ok() const { return problem.empty(); }
  // Empties the three texts and keeps their capacity: ingest hands every normaliser the same
  // result for a column, row after row, and nothing is allocated once it has grown.
  // Normalisers then append to the emptied strings: append() skips the care assign() takes
  // for text that overlaps its target, which costs more than copying a date.
  void clear() {
    value.clear();
    problem.clear();
    detail.clear();
  }
};

}  // namespace retorno::normalize
