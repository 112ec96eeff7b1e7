// E-mail addresses: lower-case, syntax, well-known domain typos.
#pragma once
#include <string_view>

#include "normalize/result.hpp"

namespace retorno::normalize {

// Trims and lower-cases. Bad syntax (non-ASCII included) gives "" with problem "invalid" (detail
// = raw). Fillers ("NO TIENE", "sin correo", "-", notiene@notiene.com) give "" with problem
// "placeholder". Empty gives "" without a problem.
// A well-known domain typo keeps the value, with problem "domain_typo" and detail = the
// likely address (juan@hotmial.com -> detail juan@hotmail.com).
// Written into `out` (cleared first, its capacity kept; `raw` must not point into it); the
// second form returns a new result.
void normalize_email(std::string_view raw, result& out);
inline result normalize_email(std::string_view raw) {
  result r;
  normalize_email(raw, r);
  return r;
}

}  // namespace retorno::normalize
