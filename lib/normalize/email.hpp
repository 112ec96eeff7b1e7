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
result normalize_email(std::string_view raw);

}  // namespace retorno::normalize
