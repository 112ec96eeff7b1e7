// The dealership's reason map file (reason,canonical): its wordings of why a customer did not book.
#pragma once
#include <string>

#include "rules/reasons.hpp"

namespace retorno::config {

// Adds every row of `path` (CSV with columns reason,canonical) to `map`, over the built-in
// wordings. Throws retorno::error (usage, exit 2) naming the file and line for an empty reason.
void load_reasons(const std::string& path, rules::reason_map& map);

}  // namespace retorno::config
