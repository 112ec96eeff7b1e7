// Person names: display form (NFC, trimmed) and an accent-folded match key.
#pragma once
#include <string>
#include <string_view>

#include "normalize/result.hpp"

namespace retorno::normalize {

// Trims, collapses runs of white space (other control characters count as white space), converts to Unicode NFC; accents are kept for
// display. Invalid UTF-8 gives problem "encoding", the value then read as Windows-1252 (the
// usual stray byte: "IBA\xD1EZ" -> "IBAÑEZ"). Whitespace (NBSP included) and composition
// changes are not flagged: they change the representation, not the value.
// Written into `out` (cleared first; see result::clear); the second form returns a new result.
void normalize_name(std::string_view raw, result& out);
inline result normalize_name(std::string_view raw) {
  result r;
  normalize_name(raw, r);
  return r;
}

// Upper-case, accents stripped, punctuation turned to spaces, spaces collapsed; letters with no
// ASCII base (æ, ø) stay, case-folded:
//   name_key("José  Ibáñez-Muñoz") == "JOSE IBANEZ MUNOZ"
std::string name_key(std::string_view name);


}  // namespace retorno::normalize
