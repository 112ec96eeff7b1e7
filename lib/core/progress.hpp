// A progress bar on standard error for long runs: the inputs' bytes read, the rate, the time left.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

namespace retorno::progress {

namespace detail {
extern bool shown;  // a bar was started for this run
void tick(std::uint64_t bytes);
// Where the bar is written (standard error) and what time it is (the steady clock): replaced by
// the tests, which draw the bar into a string at the times they choose.
extern void (*write)(std::string_view text);
extern std::chrono::steady_clock::time_point (*now)();
}  // namespace detail

// Starts the bar for this run: drawn only when `enabled` (the caller checks that standard error
// is a terminal and --quiet is off) and the inputs come to at least `min_bytes`; `total` 0 means
// unknown (standard input): the bytes and the rate alone, and only once `min_bytes` are read.
// Nothing is drawn in the first quarter second, nor more than ten times a second.
void start(const std::string& label, std::uint64_t total, bool enabled, bool english,
           std::uint64_t min_bytes = 16 << 20);

// `bytes` more of the inputs were read (the CSV reader calls it once per chunk): a branch when
// no bar is shown.
inline void advance(std::uint64_t bytes) {
  if (detail::shown) detail::tick(bytes);
}

// Erases the bar's line, so that a message written next starts on a clean line; the bar is
// drawn again at the next redraw. Nothing when no bar is shown.
void clear();

// Erases the bar for good (the run's work is read).
void stop();

}  // namespace retorno::progress
