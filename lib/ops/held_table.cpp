// Reading dedupe's input whole: every record checked, its cells appended to one arena.
#include "ops/held_table.hpp"

#include <fmt/format.h>

#include "core/error.hpp"
#include "csv/reader.hpp"

namespace retorno::ops {

held_table read_held_table(const std::string& path, const model::branch_filter& only, std::uint64_t* left_out) {
  held_table t;
  csv::reader in(path, {});
  csv::record rec;
  if (!in.next(rec)) throw input_error(in.display_name(), 0, "the file is empty: no header row");
  if (rec.problem != csv::record_problem::none)
    throw input_error(in.display_name(), rec.line, std::string(csv::problem_text(rec.problem)));
  for (auto f : rec.fields) t.header.emplace_back(f);
  t.width = t.header.size();
  const int branch = only.active() ? t.column("branch") : -1;
  while (in.next(rec)) {
    if (rec.problem != csv::record_problem::none)
      throw input_error(in.display_name(), rec.line, std::string(csv::problem_text(rec.problem)));
    if (rec.fields.size() != t.width)
      throw input_error(in.display_name(), rec.line,
                        fmt::format("{} fields where the header has {}", rec.fields.size(), t.width),
                        "a canonical table written by retorno ingest has one value per column");
    if (branch >= 0 && !only.keeps(rec.fields[static_cast<std::size_t>(branch)])) {
      if (left_out) ++*left_out;
      continue;
    }
    if (!t.add_row(rec.fields, rec.line))
      throw input_error(in.display_name(), rec.line, "table over 4 GiB of text");
  }
  return t;
}

}  // namespace retorno::ops
