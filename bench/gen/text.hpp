// UTF-8 text helpers for Spanish names and addresses: case, accents, truncation, typos.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "rng.hpp"

namespace gen {

// Case mapping for ASCII and Latin-1 letters (Á, Ñ, Ü...), all the generator ever writes.
void to_upper(std::string& s);
void to_lower(std::string& s);
// "JOSÉ LUIS" -> "José Luis"; particles (de, del, la, los, y) lower case.
void to_title(std::string& s);
// Drops acute accents and diaeresis: what DMS screens do. Ñ survives unless `enye` is false.
void fold_accents(std::string& s, bool keep_enye);
bool has_non_ascii(std::string_view s);

std::size_t char_count(std::string_view s);
// Cuts to at most n characters (not bytes), then drops a trailing space.
void truncate_chars(std::string& s, std::size_t n);

// One keyboard slip inside a word of at least 4 letters: a substitution by a sound-alike
// (Z/S, V/B, LL/Y, G/J), a dropped letter, a doubled letter or two letters swapped.
// Works on ASCII letters only, so accents are never split.
void typo(std::string& s, rng& r);

// Lower-case ASCII form for e-mail addresses and logins: accents and Ñ folded, no spaces.
std::string ascii_slug(std::string_view s);

// The i-th space-separated word of s (empty when there are fewer).
std::string_view word(std::string_view s, std::size_t i);

}  // namespace gen
