// The words of a value's problem code (dq_flags' `field:problem`), for the person who reads them.
#pragma once
#include <span>
#include <string_view>

#include "core/catalog.hpp"

namespace retorno::normalize {

// The normalisers' and the schema conversion's problem codes, each with its words in the
// catalogue: "check_digit" -> "dígito verificador incorrecto" / "wrong check digit",
// "unknown" -> "valor no reconocido" / "unrecognised value". A code without words is given back
// as it is, never as nothing.
std::string_view problem_words(std::string_view code, lang l);
inline std::string_view problem_words(std::string_view code) { return problem_words(code, language()); }

// Every code that has words, for the tests.
std::span<const std::string_view> problem_codes() noexcept;

}  // namespace retorno::normalize
