// Phase timings and memory on stderr when RETORNO_TRACE is set: where a command spends its
// time and what it holds, for the bench and for profiling (never part of normal output).
#pragma once
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace retorno {

inline void trace(const char* phase) {
  static const bool on = [] {
    const char* v = std::getenv("RETORNO_TRACE");
    return v != nullptr && *v != '\0' && std::strcmp(v, "0") != 0;
  }();
  if (!on) return;
  static const auto start = std::chrono::steady_clock::now();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  long rss_kb = -1, peak_kb = -1;
  if (std::FILE* f = std::fopen("/proc/self/status", "r")) {
    char line[256];
    while (std::fgets(line, sizeof line, f)) {
      if (std::strncmp(line, "VmRSS:", 6) == 0) rss_kb = std::atol(line + 6);
      if (std::strncmp(line, "VmHWM:", 6) == 0) peak_kb = std::atol(line + 6);
    }
    std::fclose(f);
  }
  std::fprintf(stderr, "trace: %-26s %7.2f s %7ld MB (peak so far %ld MB)\n", phase, seconds, rss_kb / 1024,
               peak_kb / 1024);
}

}  // namespace retorno
