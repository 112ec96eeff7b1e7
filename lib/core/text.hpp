// Small text helpers shared by several commands: edit distance and "did you mean".
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace retorno {

// Levenshtein distance between two byte strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `typed` when it is close enough to be a likely typo
// (at most 3 edits, and fewer than half the length): closest("recordatoro", names) == "recordatorio".
std::optional<std::string> closest(std::string_view typed, std::span<const std::string> candidates);

}  // namespace retorno
