// Field comparators for record linkage: Jaro-Winkler, Spanish name keys, codes with one typo.
#pragma once
#include <string_view>

namespace retorno::match {

// Jaro-Winkler similarity in [0, 1] over bytes (keys are ASCII after folding), prefix scale
// 0.1 over at most 4 characters. Strings longer than 64 bytes are compared on their first 64.
//   jaro_winkler("MARTHA", "MARHTA") ~ 0.961
double jaro_winkler(std::string_view a, std::string_view b);

// Similarity of two tokens of a name key: 1 when equal; 0.95 when one ends in '*' (cut) and
// is a prefix of the other; 0.9 for an initial ("J") against a word starting with it; 0 when
// the lengths alone keep it under 0.85 (one word over twice as long as the other); else
// Jaro-Winkler.
double token_similarity(std::string_view a, std::string_view b);

// How two name keys (match::name_match_key) agree, from the strongest to the weakest:
//   exact   every token paired with its twin (similarity >= 0.99 on average)
//   full    every token paired, some with typos (each pair >= 0.85)
//   subset  every token of one side paired, the other has more (a surname or given name
//           left out, a name cut at 25); at least two pairs
//   single  one token paired and one side has no other (FEBRL's missing given names)
//   partial both sides keep tokens the other lacks: "JUAN GARCIA LOPEZ" vs
//           "MARIA GARCIA LOPEZ", the household
//   none    no token paired
//   missing one side has no name
enum class name_level { exact, full, subset, single, partial, none, missing };
name_level compare_names(std::string_view key_a, std::string_view key_b);
std::string_view level_name(name_level l);

// Codes (tax ids, postal codes, ids) equal but for one substitution, insertion, deletion or
// swap of adjacent characters. Mexican RFCs are compared on their first 10 characters when
// one side lacks the homoclave (HERJ770405 vs HERJ770405QJA).
enum class code_level { equal, close, differ, missing };
code_level compare_codes(std::string_view a, std::string_view b);

}  // namespace retorno::match
