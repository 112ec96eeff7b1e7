// Person names: display form (NFC, trimmed) and an accent-folded match key.
#pragma once
#include <string>
#include <string_view>

#include "normalize/result.hpp"

namespace retorno::normalize {

// Trims, collapses runs of white space, converts to Unicode NFC; accents are kept for
// display. Invalid UTF-8 gives problem "encoding". Whitespace and composition changes are
// not flagged: they change the representation, not the value.
result normalize_name(std::string_view raw);

// Upper-case, accents stripped, punctuation turned to spaces, spaces collapsed:
//   name_key("José  Ibáñez-Muñoz") == "JOSE IBANEZ MUNOZ"
std::string name_key(std::string_view name);

// Valid UTF-8?
bool is_valid_utf8(std::string_view s);

}  // namespace retorno::normalize
