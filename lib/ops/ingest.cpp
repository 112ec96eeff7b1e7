// ingest: sniff, find the header, convert every row through its schema, reject what cannot stand.
#include "ops/ingest.hpp"

#include <charconv>
#include <filesystem>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "core/string_pool.hpp"
#include "core/text.hpp"
#include "core/view_map.hpp"
#include "csv/rejects.hpp"
#include "csv/scan.hpp"
#include "csv/writer.hpp"
#include "schema/convert.hpp"
#include "schema/detect.hpp"

namespace retorno::ops {

namespace {

// Whether `s` holds a lower-case ASCII letter (a code field then needs upper-casing).
bool has_lower_ascii(std::string_view s) {
  bool lower = false;
  for (char c : s) lower |= c >= 'a' && c <= 'z';  // no early exit: codes are short, the loop vectorises
  return lower;
}

constexpr std::size_t header_search_rows = 20;

struct stashed_record {
  std::uint64_t line;
  std::vector<std::string> fields;
  std::string raw;
  csv::record_problem problem;
};

std::string_view delimiter_name(char d) {
  switch (d) {
    case ',': return "comma";
    case ';': return "semicolon";
    case '\t': return "tab";
    case '|': return "pipe";
    default: return "custom";
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

// dq_flags is `;`-separated `field:problem[=detail]`: keep the detail from breaking it.
void append_flag(std::string& flags, std::string_view field, std::string_view problem, std::string_view detail) {
  if (!flags.empty()) flags.push_back(';');
  flags.append(field);
  flags.push_back(':');
  flags.append(problem);
  if (detail.empty()) return;
  flags.push_back('=');
  for (char c : detail) flags.push_back(c == ';' || c == '\n' || c == '\r' ? ' ' : c);
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
  if (output.empty() || output == "-") return "retorno-rejects.csv";
  std::filesystem::path p(output);
  auto stem = p.extension() == ".csv" ? p.stem().string() : p.filename().string();
  return (p.parent_path() / (stem + ".rejects.csv")).string();
}

ingest_summary run_ingest(const ingest_config& config, const note_sink& note) {
  // Configuration first: a bad --schema fails before any file is touched.
  const bool raw_mode = config.schema && *config.schema == "raw";
  std::vector<schema::schema> candidates;
  if (config.schema && !raw_mode) candidates.push_back(schema::resolve(*config.schema, config.schema_dirs));
  else if (!config.schema) candidates = schema::load_all(config.schema_dirs);
  if (!raw_mode && candidates.empty())
    throw usage_error("no schemas found", "pass --schema PATH or set RETORNO_SCHEMAS");

  csv::reader in(config.input, config.reader);
  const std::string origin_file =
      config.input == "-" ? in.display_name() : std::filesystem::path(config.input).filename().string();

  // Stash the first records: the header may sit under title lines.
  std::vector<stashed_record> stash;
  csv::record rec;
  while (stash.size() < header_search_rows && in.next(rec))
    stash.push_back({rec.line, {rec.fields.begin(), rec.fields.end()}, std::string(rec.raw), rec.problem});
  if (stash.empty()) throw input_error(in.display_name(), 0, "the file is empty: no header row");

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
    if (!choice) {
      if (config.schema && !miss.match.missing_required.empty()) {
        const auto& s = candidates[miss.schema];
        const auto& f = *std::find_if(s.fields.begin(), s.fields.end(), [&](const schema::field_def& d) {
          return d.field == miss.match.missing_required.front();
        });
        throw input_error(in.display_name(), stash[miss.row].line,
                          fmt::format("missing required column {} (schema {})", f.field, s.name),
                          f.aliases.empty() ? fmt::format("a header named {}", f.field)
                                            : fmt::format("a header named one of: {}", fmt::join(f.aliases, ", ")));
      }
      throw input_error(in.display_name(), stash.front().line, "no schema matches this header",
                        "name one with --schema NAME|PATH, or keep every column with --schema raw");
    }
    header_row = choice->row;
    chosen = &candidates[choice->schema];
    match = std::move(choice->match);
    if (!config.schema)
      note(fmt::format("schema {} chosen by the header on line {} ({} of {} fields matched); --schema overrides",
                       chosen->name, stash[header_row].line, match.matched, chosen->fields.size()));
  }
  const auto& header = stash[header_row].fields;
  if (header_row > 0) {
    note(fmt::format("skipped {} title line{} above the header (line {}: \"{}\")", header_row,
                     header_row == 1 ? "" : "s", stash.front().line, title_preview(stash.front())));
  }
  if (chosen && !match.unused_columns.empty()) {
    std::vector<std::string> names;
    for (auto c : match.unused_columns) names.push_back(header[c].empty() ? fmt::format("#{}", c + 1) : header[c]);
    note(fmt::format("columns not in schema {} left out: {}", chosen->name, mask_personal(fmt::format("{}", fmt::join(names, ", ")))));
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
  std::vector<std::string_view> views;

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

  // Where each schema field lands in the output, and the model_year field for the VIN check.
  std::vector<int> out_col;
  int model_year_field = -1;
  if (chosen) {
    for (std::size_t i = 0; i < chosen->fields.size(); ++i) {
      out_col.push_back(model::column_index(*chosen->table, chosen->fields[i].field));
      if (chosen->fields[i].field == "model_year") model_year_field = static_cast<int>(i);
    }
  }
  // Fields that continue a column an earlier field of the schema already fills.
  std::vector<char> joins(out_col.size(), false);
  for (std::size_t i = 0; i < out_col.size(); ++i)
    for (std::size_t j = 0; j < i; ++j) joins[i] = joins[i] || out_col[j] == out_col[i];
  const std::size_t width = header.size();
  const std::size_t n_out = chosen ? chosen->table->columns.size() + 2 : width;
  // A row is assembled as views: text fields point into the record, converted ones into
  // `converted` (one string per schema field, whose capacity lasts), joined columns into
  // `joined`. Nothing is copied twice on the way to the writer.
  std::vector<std::string_view> row(n_out);
  std::vector<schema::conversion> converted(chosen ? chosen->fields.size() : 0);
  std::vector<std::string> joined(n_out);
  std::vector<char> joined_column(n_out, false);
  for (std::size_t i = 0; i < out_col.size(); ++i)
    if (joins[i]) joined_column[out_col[i]] = true;
  // Columns that only a normaliser fills hold no , " or line break: the writer skips its scan.
  const std::unique_ptr<bool[]> plain(new bool[n_out]());
  if (chosen)
    for (std::size_t i = 0; i < out_col.size(); ++i) {
      using schema::field_type;
      const auto t = chosen->fields[i].type;
      plain[out_col[i]] = !joined_column[out_col[i]] &&
                          (t == field_type::vin || t == field_type::phone || t == field_type::email ||
                           t == field_type::date || t == field_type::datetime || t == field_type::integer ||
                           t == field_type::money || t == field_type::boolean);
    }
  // A field without comma, quote or line break (the reader says which) gives a cell that needs
  // no quoting either: trimmed, joined with spaces, normalised or flagged, it only ever holds
  // that text. The origin (a file name) and enumerations (the schema's canonical spellings)
  // are looked at once; a row's dq_flags are plain when none of its fields is dirty.
  const std::unique_ptr<bool[]> plain_if_clean(new bool[n_out]), row_plain(new bool[n_out]);
  std::fill_n(plain_if_clean.get(), n_out, true);
  if (chosen)
    for (std::size_t i = 0; i < out_col.size(); ++i)
      for (const auto& [spelling, canon] : chosen->fields[i].enum_map)
        if (csv::scan::needs_quotes(canon.data(), canon.size())) plain_if_clean[out_col[i]] = false;
  if (chosen) plain_if_clean[n_out - 2] = !csv::scan::needs_quotes(origin_file.data(), origin_file.size());
  // Enumerations and booleans take few distinct values: each is folded through utf8proc once.
  // Dates repeat too (a few thousand days in ten years of exports, three date columns a row):
  // each distinct text is parsed once.
  struct memo {
    string_pool keys;
    view_map<std::uint32_t> index;  // raw value -> 1 + its entry in results
    std::vector<schema::conversion> results;
  };
  std::vector<memo> memos(converted.size());
  // A free-text column typed as an enum, or date-times to the minute, stop caching here.
  constexpr std::size_t memo_limit = 4096;
  // What each schema field does on every row, worked out once: one record per field read in
  // order, instead of half a dozen tables consulted per field.
  struct field_plan {
    const schema::field_def* def;
    int col;          // input column, or -1
    std::size_t to;   // output column
    bool is_text, is_memo;
    bool is_code;     // upper-cased: already so, it is used as it stands, like text
    bool joined;      // its output column gathers several fields
    bool joins;       // and an earlier field started it
    schema::conversion* converted;
    memo* cache;
  };
  std::vector<field_plan> plan;
  if (chosen)
    for (std::size_t i = 0; i < chosen->fields.size(); ++i) {
      const auto& f = chosen->fields[i];
      using schema::field_type;
      plan.push_back({&f, match.column_of_field[i], static_cast<std::size_t>(out_col[i]), f.type == field_type::text,
                      f.type == field_type::enumeration || f.type == field_type::boolean ||
                          f.type == field_type::date || f.type == field_type::datetime,
                      f.type == field_type::code,
                      static_cast<bool>(joined_column[out_col[i]]), static_cast<bool>(joins[i]), &converted[i],
                      &memos[i]});
    }
  std::string flags, origin;
  schema::conversion conv;

  // The output columns each input column feeds.
  std::vector<std::vector<std::size_t>> feeds(width);
  for (const auto& p : plan)
    if (p.col >= 0) feeds[p.col].push_back(p.to);
  if (!chosen)
    for (std::size_t c = 0; c < width; ++c) feeds[c].push_back(c);
  // The cells of this row that need no quoting scan. Past the 64th input column the reader
  // tells nothing apart (dirty is all ones).
  auto plain_cells = [&](std::uint64_t dirty) -> const bool* {
    if (dirty == 0) return plain_if_clean.get();
    if (dirty == ~std::uint64_t{0}) return plain.get();
    std::copy_n(plain_if_clean.get(), n_out, row_plain.get());
    for (; dirty; dirty &= dirty - 1) {
      const auto c = static_cast<std::size_t>(__builtin_ctzll(dirty));
      if (c < width)
        for (const std::size_t to : feeds[c]) row_plain[to] = plain[to];
    }
    if (chosen) row_plain[n_out - 1] = false;  // dq_flags may quote the dirty field
    return row_plain.get();
  };
  auto process = [&](std::uint64_t line, const auto& fields, std::string_view raw, csv::record_problem problem,
                     std::uint64_t dirty) {
    ++summary.rows_in;
    if (problem != csv::record_problem::none) {
      rejects.add(origin_file, line, "", printable_raw(raw, problem), csv::problem_text(problem));
      ++summary.rows_rejected;
      return;
    }
    if (fields.size() != width) {
      rejects.add(origin_file, line, "", printable_raw(raw, problem),
                  fmt::format("ragged row: {} fields where the header has {}", fields.size(), width));
      ++summary.rows_rejected;
      return;
    }
    if (!chosen) {
      views.assign(fields.begin(), fields.end());
      writer.row(std::span<const std::string_view>(views), std::span<const bool>(plain_cells(dirty), width));
      ++summary.rows_out;
      return;
    }
    // Mapped columns are overwritten on every row and the others never hold anything.
    flags.clear();
    schema::convert_context ctx{config.country, std::nullopt};
    if (model_year_field >= 0 && match.column_of_field[model_year_field] >= 0) {
      auto y = schema::trim(fields[match.column_of_field[model_year_field]]);
      int year = 0;
      auto [p, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
      if (ec == std::errc() && p == y.data() + y.size()) ctx.model_year = year;
    }
    std::uint64_t flagged = 0;
    const auto* in = fields.data();
    std::string_view* out_row = row.data();
    for (const field_plan& p : plan) {
      const auto& f = *p.def;
      std::string_view raw_value = p.col >= 0 ? std::string_view(in[p.col]) : std::string_view();
      std::string_view value;
      const schema::conversion* result = &conv;
      if (p.is_text || (p.is_code && !has_lower_ascii(schema::trim(raw_value)))) {
        value = schema::trim(raw_value);  // what convert_field would copy
        conv.problem.clear();
        conv.reject = f.required && value.empty();
      } else if (p.is_memo) {
        memo& m = *p.cache;
        const auto key = schema::trim(raw_value);
        const std::uint32_t* known = m.index.find(key);
        if (known) {
          result = &m.results[*known - 1];
        } else {
          // Into the field's own conversion, not the shared one: past the cache's limit the row
          // keeps a view of it while the next fields convert.
          schema::convert_field(f, raw_value, ctx, *p.converted);
          result = p.converted;
          if (m.results.size() < memo_limit) {
            m.results.push_back(*p.converted);
            m.index.slot(key, [&](std::string_view k) { return m.keys.keep(k); }) =
                static_cast<std::uint32_t>(m.results.size());
            result = &m.results.back();
          }
        }
        value = result->value;
      } else {
        result = p.converted;
        schema::convert_field(f, raw_value, ctx, *p.converted);
        value = p.converted->value;
      }
      if (result->reject) {
        // The raw value has its own column; the reason only adds a suggestion when there is one.
        auto reason = result->problem.empty() ? std::string("required value missing")
                      : result->detail.empty() || result->detail == schema::trim(raw_value)
                          ? result->problem
                          : fmt::format("{} (did you mean {}?)", result->problem, result->detail);
        rejects.add(origin_file, line, f.field, raw_value, reason);
        ++summary.rows_rejected;
        return;
      }
      if (!result->problem.empty()) {
        append_flag(flags, f.field, result->problem, result->detail);
        ++flagged;
      }
      if (p.joined) {
        auto& cell = joined[p.to];
        if (!p.joins) cell.clear();
        if (!cell.empty() && !value.empty()) cell.push_back(' ');
        cell += value;
        out_row[p.to] = cell;
      } else {
        out_row[p.to] = value;
      }
    }
    origin.assign(origin_file);
    origin.push_back(':');
    char digits[24];
    origin.append(digits, std::to_chars(digits, digits + sizeof digits, line).ptr);
    row[n_out - 2] = origin;
    row[n_out - 1] = flags;
    writer.row(std::span<const std::string_view>(row), std::span<const bool>(plain_cells(dirty), n_out));
    summary.values_flagged += flagged;
    ++summary.rows_out;
  };

  for (std::size_t i = header_row + 1; i < stash.size(); ++i)
    process(stash[i].line, stash[i].fields, stash[i].raw, stash[i].problem, ~std::uint64_t{0});
  stash.clear();
  while (in.next(rec)) process(rec.line, rec.fields, rec.raw, rec.problem, rec.dirty);

  // Both files complete before either replaces last night's: a failure leaves both old ones.
  out.finish();
  rejects.finish();
  out.publish();
  rejects.publish();
  summary.rejects_path = rejects.path();
  summary.bytes_in = in.bytes_read();
  summary.dialect = fmt::format("{}, {}", csv::encoding_name(in.detected().enc), delimiter_name(in.detected().delimiter));
  if (summary.rows_in > 0 &&
      static_cast<double>(summary.rows_rejected) > config.max_reject_rate * static_cast<double>(summary.rows_in))
    summary.code = exit_code::data;
  return summary;
}

}  // namespace retorno::ops
