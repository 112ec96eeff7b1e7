// ingest: sniff, find the header, convert every row through its schema, reject what cannot stand.
#include "core/catalog.hpp"
#include "ops/ingest.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "core/text.hpp"
#include "csv/rejects.hpp"
#include "csv/writer.hpp"
#include "model/tables.hpp"
#include "ops/ingest_rows.hpp"
#include "schema/detect.hpp"

namespace retorno::ops {

namespace {

constexpr std::size_t header_search_rows = 20;

struct stashed_record {
  std::uint64_t line;
  std::vector<std::string> fields;
  std::string raw;
  csv::record_problem problem;
};

std::string delimiter_name(char d) {
  switch (d) {
    case ',': return tr(msg::delim_comma);
    case ';': return tr(msg::delim_semicolon);
    case '\t': return tr(msg::delim_tab);
    case '|': return tr(msg::delim_pipe);
    default: return tr(msg::delim_custom);
  }
}

// The rejects file must be valid UTF-8 even when the rejected bytes were not.
std::string printable_raw(std::string_view raw, csv::record_problem problem) {
  std::string out;
  if (problem == csv::record_problem::invalid_utf8) {
    csv::decoder d(csv::encoding::windows1252);
    d.decode(raw, out, true);
  } else {
    out.assign(raw);
  }
  // A CSV cell cannot carry a NUL; U+2400 (SYMBOL FOR NULL) shows where it was.
  for (std::size_t p = out.find('\0'); p != std::string::npos; p = out.find('\0', p + 3))
    out.replace(p, 1, "\u2400");
  return out;
}

std::string title_preview(const stashed_record& r) {
  std::string text;
  for (const auto& f : r.fields) {
    if (f.empty()) continue;
    if (!text.empty()) text += ' ';
    text += f;
  }
  text = mask_personal(text);
  if (text.size() > 40) {
    std::size_t cut = 37;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    text = text.substr(0, cut) + "...";
  }
  return text;
}

}  // namespace

std::string default_rejects_path(const std::string& output) {
  const std::string beside = csv::sibling_path(output, "rejects");
  return beside.empty() ? std::string("retorno-rejects.csv") : beside;
}

ingest_summary run_ingest(const ingest_config& config, const note_sink& note) {
  // Configuration first: a bad --schema fails before any file is touched.
  const bool raw_mode = config.schema && *config.schema == "raw";
  std::vector<schema::schema> candidates;
  if (config.schema && !raw_mode) candidates.push_back(schema::resolve(*config.schema, config.schema_dirs));
  else if (!config.schema) candidates = schema::load_all(config.schema_dirs);
  if (!raw_mode && candidates.empty())
    throw usage_error(tr(msg::err_no_schemas), tr(msg::err_no_schemas_hint));

  csv::reader in(config.input, config.reader);
  const std::string origin_file =
      config.input == "-" ? in.display_name() : std::filesystem::path(config.input).filename().string();

  // Stash the first records: the header may sit under title lines.
  std::vector<stashed_record> stash;
  csv::record rec;
  while (stash.size() < header_search_rows && in.next(rec))
    stash.push_back({rec.line, {rec.fields.begin(), rec.fields.end()}, std::string(rec.raw), rec.problem});
  if (stash.empty()) throw input_error(in.display_name(), 0, tr(msg::err_empty_file));

  std::vector<std::vector<std::string>> header_candidates;
  for (const auto& r : stash)
    header_candidates.push_back(r.problem == csv::record_problem::none ? r.fields : std::vector<std::string>{});

  std::size_t header_row = 0;
  const schema::schema* chosen = nullptr;
  schema::header_match match;
  if (raw_mode) {
    header_row = *schema::find_raw_header(header_candidates);
  } else {
    schema::header_choice miss;
    auto choice = schema::choose_header(header_candidates, candidates, &miss);
    // Chosen by the header alone, a schema must fit it well: a nightly job given the wrong
    // file would otherwise build a table of it, and nobody would notice.
    if (!config.schema && (!choice || !schema::strong_match(choice->match, candidates[choice->schema]))) {
      std::vector<std::string> near;
      for (const auto& c : schema::nearest_schemas(header_candidates, candidates, 3)) {
        const auto& s = candidates[c.schema];
        near.push_back(tr(msg::err_schema_near, s.name, c.match.matched, s.fields.size(),
                          c.match.missing_required.empty()
                              ? ""
                              : tr(msg::err_schema_near_missing, fmt::format("{}", fmt::join(c.match.missing_required, ", ")))));
      }
      throw error(exit_code::usage, in.display_name(), stash.front().line,
                  tr(msg::err_no_schema_fits, fmt::format("{}", fmt::join(near, "; "))), tr(msg::err_no_schema_fits_hint));
    }
    if (!choice) {
      if (config.schema && !miss.match.missing_required.empty()) {
        const auto& s = candidates[miss.schema];
        const auto& f = *std::find_if(s.fields.begin(), s.fields.end(), [&](const schema::field_def& d) {
          return d.field == miss.match.missing_required.front();
        });
        throw input_error(in.display_name(), stash[miss.row].line,
                          tr(msg::err_missing_column_schema, f.field, s.name),
                          f.aliases.empty() ? tr(msg::err_header_named, f.field)
                                            : tr(msg::err_header_named_one_of, fmt::format("{}", fmt::join(f.aliases, ", "))));
      }
      throw input_error(in.display_name(), stash.front().line, tr(msg::err_no_schema_matches),
                        tr(msg::err_no_schema_matches_hint));
    }
    header_row = choice->row;
    chosen = &candidates[choice->schema];
    match = std::move(choice->match);
    if (!config.schema)
      note(tr(msg::note_schema_chosen, chosen->name, stash[header_row].line, match.matched, chosen->fields.size()));
  }
  const auto& header = stash[header_row].fields;
  if (header_row > 0) {
    note(tr(header_row == 1 ? msg::note_title_skipped_one : msg::note_title_skipped, header_row, stash.front().line,
            title_preview(stash.front())));
  }
  if (chosen && !match.unused_columns.empty()) {
    std::vector<std::string> names;
    for (auto c : match.unused_columns) names.push_back(header[c].empty() ? fmt::format("#{}", c + 1) : header[c]);
    note(tr(msg::note_columns_left_out, chosen->name, mask_personal(fmt::format("{}", fmt::join(names, ", ")))));
  }

  csv::output out(config.output);
  csv::csv_writer writer(out, config.excel);
  const bool to_file = out.is_atomic();
  // Beside a device or stdout there is no place for a default rejects file: use the current folder.
  csv::rejects_file rejects(!config.rejects.empty() ? config.rejects
                       : to_file             ? default_rejects_path(config.output)
                                             : default_rejects_path("-"),
                       to_file || !config.rejects.empty(), config.excel);

  ingest_summary summary;
  std::vector<std::string> cells;

  // Output header.
  if (chosen) {
    for (auto c : chosen->table->columns) cells.emplace_back(c);
    cells.emplace_back("origin");
    cells.emplace_back("dq_flags");
  } else {
    for (std::size_t i = 0; i < header.size(); ++i) {
      std::string name = header[i].empty() ? fmt::format("column_{}", i + 1) : header[i];
      for (int n = 2; std::find(cells.begin(), cells.end(), name) != cells.end(); ++n)
        name = fmt::format("{}_{}", header[i].empty() ? fmt::format("column_{}", i + 1) : header[i], n);
      cells.push_back(std::move(name));
    }
  }
  writer.row(std::span<const std::string>(cells));

  if (!config.branch.empty() && (!chosen || model::column_index(*chosen->table, "branch") < 0))
    note(tr(msg::note_branch_no_column, chosen ? model::table_label(chosen->table->name, english()) : std::string_view("raw")));
  row_assembler rows(chosen, match, header.size(), origin_file, config.country, config.branch);
  auto process = [&](std::uint64_t line, std::span<const std::string_view> fields, std::string_view raw,
                     csv::record_problem problem, std::uint64_t dirty) {
    ++summary.rows_in;
    if (problem != csv::record_problem::none) {
      rejects.add(origin_file, line, "", printable_raw(raw, problem), csv::problem_message(problem));
      ++summary.rows_rejected;
      return;
    }
    if (fields.size() != header.size()) {
      rejects.add(origin_file, line, "", printable_raw(raw, problem), csv::ragged_reason(fields.size(), header.size()));
      ++summary.rows_rejected;
      return;
    }
    if (auto why = rows.assemble(fields, line, dirty)) {
      rejects.add(origin_file, line, why->field, why->value, why->reason);
      ++summary.rows_rejected;
      return;
    }
    writer.row(rows.cells(), rows.plain());
    summary.values_flagged += rows.flagged();
    ++summary.rows_out;
  };

  for (std::size_t i = header_row + 1; i < stash.size(); ++i) {
    const std::vector<std::string_view> fields(stash[i].fields.begin(), stash[i].fields.end());
    process(stash[i].line, fields, stash[i].raw, stash[i].problem, ~std::uint64_t{0});
  }
  stash.clear();
  while (in.next(rec)) process(rec.line, rec.fields, rec.raw, rec.problem, rec.dirty);

  // Both files complete before either replaces last night's: a failure leaves both old ones.
  out.finish();
  rejects.finish();
  out.publish();
  rejects.publish();
  summary.rejects_path = rejects.path();
  summary.dialect = fmt::format("{}, {}", csv::encoding_name(in.detected().enc), delimiter_name(in.detected().delimiter));
  if (summary.rows_in > 0 &&
      static_cast<double>(summary.rows_rejected) > config.max_reject_rate * static_cast<double>(summary.rows_in))
    summary.code = exit_code::data;
  return summary;
}

}  // namespace retorno::ops
