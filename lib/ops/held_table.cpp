// Reading dedupe's input whole: every record checked, its cells appended to one arena.
#include "core/catalog.hpp"
#include "ops/held_table.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "csv/reader.hpp"

namespace retorno::ops {

held_table read_held_table(const std::string& path, const model::branch_filter& only, std::uint64_t* left_out) {
  held_table t;
  csv::reader in(path, {});
  csv::record rec;
  if (!in.next(rec)) throw input_error(in.display_name(), 0, tr(msg::err_empty_file));
  if (rec.problem != csv::record_problem::none)
    throw input_error(in.display_name(), rec.line, csv::problem_message(rec.problem));
  for (auto f : rec.fields) t.header.emplace_back(f);
  t.width = t.header.size();
  const int branch = only.active() ? t.column("branch") : -1;
  while (in.next(rec)) {
    if (rec.problem != csv::record_problem::none)
      throw input_error(in.display_name(), rec.line, csv::problem_message(rec.problem));
    if (rec.fields.size() != t.width)
      throw input_error(in.display_name(), rec.line,
                        tr(msg::err_ragged, rec.fields.size(), t.width), tr(msg::err_ragged_hint));
    if (branch >= 0 && !only.keeps(rec.fields[static_cast<std::size_t>(branch)])) {
      if (left_out) ++*left_out;
      continue;
    }
    if (!t.add_row(rec.fields, rec.line))
      throw input_error(in.display_name(), rec.line, tr(msg::err_table_too_big));
  }
  return t;
}

}  // namespace retorno::ops
