// dq_flags cells: the one writer (and splitter) of the `;`-separated `field:problem[=detail]` list.
#pragma once
#include <string>
#include <string_view>

namespace retorno::model {

// Appends `field:problem`, or `field:problem=detail` when there is a detail, to a dq_flags
// cell. The detail is a raw value: its `;`, `\n` and `\r` become spaces, so that it can neither
// start another flag nor break the CSV line. Inline: ingest calls it on every flagged value.
inline void append_flag(std::string& flags, std::string_view field, std::string_view problem,
                        std::string_view detail = {}) {
  if (!flags.empty()) flags.push_back(';');
  flags.append(field);
  flags.push_back(':');
  flags.append(problem);
  if (detail.empty()) return;
  flags.push_back('=');
  for (char c : detail) flags.push_back(c == ';' || c == '\n' || c == '\r' ? ' ' : c);
}

// Calls `fn(flag)` for each non-empty flag of a dq_flags cell, in order.
template <typename Fn>
void for_each_flag(std::string_view flags, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < flags.size()) {
    auto end = flags.find(';', pos);
    if (end == std::string_view::npos) end = flags.size();
    if (end > pos) fn(flags.substr(pos, end - pos));
    pos = end + 1;
  }
}

// Appends a whole flag (already in the format) unless the cell lists it: rows merged into one
// repeat the same flags, and the merged row says each once.
inline void append_flag_once(std::string& flags, std::string_view flag) {
  if (flag.empty()) return;
  const std::string_view listed = flags;
  for (std::size_t pos = 0; pos < listed.size();) {
    auto end = listed.find(';', pos);
    if (end == std::string_view::npos) end = listed.size();
    if (listed.substr(pos, end - pos) == flag) return;
    pos = end + 1;
  }
  if (!flags.empty()) flags.push_back(';');
  flags.append(flag);
}

}  // namespace retorno::model
