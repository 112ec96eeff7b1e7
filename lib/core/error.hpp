// The one error type of retorno: what went wrong, where, and which exit code it means.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>

namespace retorno {

// Exit codes: doc/design.md#exit-codes.
enum class exit_code : int { ok = 0, data = 1, usage = 2, input = 3, output = 4 };

// Thrown by the library; printed once, in tools/retorno/main.cpp, as
// `retorno <cmd>: error: <file>:<line>: <what>` plus an optional hint line.
class error : public std::runtime_error {
public:
  error(exit_code code, std::string file, std::uint64_t line, std::string what, std::string hint = {})
      : std::runtime_error(std::move(what)), code_(code), file_(std::move(file)), line_(line),
        hint_(std::move(hint)) {}
  exit_code code() const noexcept { return code_; }
  const std::string& file() const noexcept { return file_; }
  std::uint64_t line() const noexcept { return line_; }
  const std::string& hint() const noexcept { return hint_; }

private:
  exit_code code_;
  std::string file_;
  std::uint64_t line_;
  std::string hint_;
};

inline error usage_error(std::string what, std::string hint = {}) {
  return error(exit_code::usage, {}, 0, std::move(what), std::move(hint));
}
inline error input_error(std::string file, std::uint64_t line, std::string what, std::string hint = {}) {
  return error(exit_code::input, std::move(file), line, std::move(what), std::move(hint));
}
inline error output_error(std::string file, std::string what) {
  return error(exit_code::output, std::move(file), 0, std::move(what));
}

}  // namespace retorno
