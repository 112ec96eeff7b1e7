// The progress bar: one line on standard error, redrawn in place with a carriage return.
#include "core/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <fmt/format.h>

#include "core/catalog.hpp"

namespace retorno::progress {

namespace detail {
bool shown = false;
void (*write)(std::string_view) = [](std::string_view s) { (void)!::write(STDERR_FILENO, s.data(), s.size()); };
std::chrono::steady_clock::time_point (*now)() = [] { return std::chrono::steady_clock::now(); };
}  // namespace detail

namespace {

using clock = std::chrono::steady_clock;

struct state {
  std::string label;
  std::uint64_t total = 0, done = 0, min_bytes = 0;
  bool english = false, drawn = false;
  clock::time_point started, last;
} bar;

constexpr auto first_draw = std::chrono::milliseconds(250);
constexpr auto redraw_every = std::chrono::milliseconds(100);

void put(const std::string& s) { detail::write(s); }

std::string mb(std::uint64_t bytes) { return fmt::format("{:.1f}", static_cast<double>(bytes) / (1 << 20)); }

std::string duration(double seconds) {
  const auto s = static_cast<long long>(seconds + 0.5);
  return s >= 60 ? fmt::format("{}:{:02} min", s / 60, s % 60) : fmt::format("{} s", s);
}

void draw(clock::time_point now) {
  const double elapsed = std::chrono::duration<double>(now - bar.started).count();
  const double rate = elapsed > 0 ? static_cast<double>(bar.done) / elapsed : 0;
  std::string line = fmt::format("\rretorno {}: ", bar.label);
  if (bar.total > 0) {
    const double part = std::min(1.0, static_cast<double>(bar.done) / static_cast<double>(bar.total));
    constexpr int width = 24;
    const int full = static_cast<int>(part * width);
    line += fmt::format("[{}{}] {:3.0f}% {}/{} MB, {} MB/s", std::string(full, '#'), std::string(width - full, '.'),
                        part * 100, mb(bar.done), mb(bar.total), mb(static_cast<std::uint64_t>(rate)));
    if (rate > 0 && bar.done < bar.total)
      line += tr_in(bar.english, msg::progress_left, duration(static_cast<double>(bar.total - bar.done) / rate));
    else if (bar.done >= bar.total)
      line += text(msg::progress_processing, bar.english);
  } else {
    line += tr_in(bar.english, msg::progress_read, mb(bar.done), mb(static_cast<std::uint64_t>(rate)));

  }
  put(line + "\x1b[K");
  bar.drawn = true;
  bar.last = now;
}

}  // namespace

void detail::tick(std::uint64_t bytes) {
  bar.done += bytes;
  if (bar.total == 0 && bar.done < bar.min_bytes) return;
  const auto now = detail::now();
  if (now - bar.started < first_draw || (bar.drawn && now - bar.last < redraw_every)) return;
  draw(now);
}

void start(const std::string& label, std::uint64_t total, bool enabled, bool english, std::uint64_t min_bytes) {
  detail::shown = enabled && (total == 0 || total >= min_bytes);
  if (!detail::shown) return;
  bar.label = label;
  bar.total = total;
  bar.done = 0;
  bar.min_bytes = min_bytes;
  bar.english = english;
  bar.drawn = false;
  bar.started = bar.last = detail::now();
}

void clear() {
  if (!detail::shown || !bar.drawn) return;
  put("\r\x1b[K");
  bar.drawn = false;
}

void stop() {
  clear();
  detail::shown = false;
}

}  // namespace retorno::progress
