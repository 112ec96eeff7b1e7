// Loading the reason map: each row one wording of the dealership and the reason it means.
#include "core/catalog.hpp"
#include "config/reasons.hpp"

#include <array>
#include <string_view>

#include "core/error.hpp"
#include "core/text.hpp"
#include "model/table.hpp"

namespace retorno::config {

void load_reasons(const std::string& path, rules::reason_map& map) {
  constexpr std::array<std::string_view, 2> cols = {"reason", "canonical"};
  try {
    model::for_each_row(path, cols, cols, [&](const model::row_view& r) {
      if (trim(r[0]).empty())
        throw error(exit_code::usage, path, r.line, tr(msg::err_reason_empty), tr(msg::err_reason_empty_hint));
      map.add(r[0], r[1]);
    });
  } catch (const error& e) {
    // A map that cannot be read or parsed is a configuration error: exit 2, not 3.
    if (e.code() == exit_code::usage) throw;
    throw error(exit_code::usage, e.file(), e.line(), e.what(), e.hint());
  }
}

}  // namespace retorno::config
