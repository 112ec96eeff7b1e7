// ingest's rows: a plan per schema field worked out once, then read in order on every record.
#include "ops/ingest_rows.hpp"

#include <algorithm>
#include <charconv>
#include <climits>

#include "core/text.hpp"
#include "csv/rejects.hpp"
#include "csv/scan.hpp"
#include "model/dq_flags.hpp"
#include "model/tables.hpp"
#include "normalize/odometer.hpp"

namespace retorno::ops {

namespace {

// A free-text column typed as an enum stops caching here.
constexpr std::size_t memo_limit = 4096;

bool needs_quotes(std::string_view s) { return csv::scan::needs_quotes(s.data(), s.size()); }

}  // namespace

row_assembler::row_assembler(const schema::schema* chosen, const schema::header_match& match, std::size_t width,
                             std::string origin_file, std::optional<normalize::country> country, std::string branch)
    : chosen_(chosen), width_(width), origin_file_(std::move(origin_file)), country_(country), branch_(std::move(branch)) {
  const std::size_t n_out = chosen ? chosen->table->columns.size() + 2 : width;
  row_.resize(n_out);
  joined_.resize(n_out);
  feeds_.resize(width);
  plain_.reset(new bool[n_out]());
  plain_if_clean_.reset(new bool[n_out]);
  row_plain_.reset(new bool[n_out]);
  std::fill_n(plain_if_clean_.get(), n_out, true);
  if (!chosen) {
    for (std::size_t c = 0; c < width; ++c) feeds_[c].push_back(c);
    return;
  }
  using schema::field_type;
  const auto& fields = chosen->fields;
  converted_.resize(fields.size());
  memos_.resize(fields.size());
  std::vector<std::size_t> fed(n_out, 0);  // fields landing in each output column
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const auto& f = fields[i];
    const auto to = static_cast<std::size_t>(model::column_index(*chosen->table, f.field));
    const int col = match.column_of_field[i];
    if (f.field == "model_year") model_year_col_ = col;
    if (f.field == "city") city_col_ = col;
    // As convert_field picks it: --country, else the schema's format, else unknown.
    const auto tax_country = country_          ? country_
                             : f.format == "CO" ? std::optional(normalize::country::co)
                             : f.format == "MX" ? std::optional(normalize::country::mx)
                                                : std::nullopt;
    const as_is kept = f.type == field_type::text                                ? as_is::always
                       : f.type == field_type::code                              ? as_is::unless_lower
                       : f.type == field_type::phone || f.type == field_type::email ? as_is::when_empty
                       : f.type == field_type::tax_id                            ? as_is::when_canonical
                                                                                 : as_is::never;
    plan_.push_back({&f, col, to, kept, f.type == field_type::enumeration || f.type == field_type::boolean, false,
                     fed[to]++ > 0, tax_country, i});
    if (col >= 0) feeds_[col].push_back(to);
    // Enumerations give the schema's canonical spellings: looked at once.
    for (const auto& [spelling, canon] : f.enum_map)
      if (needs_quotes(canon)) plain_if_clean_[to] = false;
  }
  // The odometer's fields, checked together on each row once converted.
  constexpr std::string_view odometer_fields[] = {"km", "km_date", "last_service_km", "last_service_date",
                                                   "next_service_km", "dofu"};
  for (std::size_t k = 0; k < std::size(odometer_fields); ++k)
    for (const auto& f : fields)
      if (f.field == odometer_fields[k] && f.type != field_type::text)
        odometer_[k] = model::column_index(*chosen->table, f.field);
  checks_odometer_ = odometer_[0] >= 0 || odometer_[2] >= 0 || odometer_[4] >= 0;
  for (auto& p : plan_) {
    p.joined = fed[p.to] > 1;
    // Columns that only a normaliser fills hold no , " or line break, whatever the record.
    const auto t = p.def->type;
    plain_[p.to] = !p.joined && (t == field_type::vin || t == field_type::phone || t == field_type::email ||
                                 t == field_type::date || t == field_type::datetime || t == field_type::integer ||
                                 t == field_type::money || t == field_type::boolean || t == field_type::tax_id);
  }
  plain_if_clean_[n_out - 2] = !needs_quotes(origin_file_);
  if (!branch_.empty()) {
    branch_to_ = model::column_index(*chosen->table, "branch");
    if (branch_to_ >= 0 && needs_quotes(branch_)) plain_if_clean_[branch_to_] = plain_[branch_to_] = false;
  }
}

// A field without comma, quote or line break (the reader says which) gives a cell that needs
// no quoting either: trimmed, joined with spaces, normalised or flagged, it only ever holds
// that text. Past the 64th input column the reader tells nothing apart (dirty is all ones).
const bool* row_assembler::plain_cells(std::uint64_t dirty) {
  if (dirty == 0) return plain_if_clean_.get();
  if (dirty == ~std::uint64_t{0}) return plain_.get();
  std::copy_n(plain_if_clean_.get(), row_.size(), row_plain_.get());
  for (; dirty; dirty &= dirty - 1) {
    const auto c = static_cast<std::size_t>(__builtin_ctzll(dirty));
    if (c < width_)
      for (const std::size_t to : feeds_[c]) row_plain_[to] = plain_[to];
  }
  if (chosen_) row_plain_[row_.size() - 1] = false;  // dq_flags may quote the dirty field
  return row_plain_.get();
}

std::optional<row_assembler::refusal> row_assembler::assemble(std::span<const std::string_view> fields,
                                                              std::uint64_t line, std::uint64_t dirty) {
  flagged_ = 0;
  plain_now_ = plain_cells(dirty);
  if (!chosen_) {
    std::copy(fields.begin(), fields.end(), row_.begin());
    return std::nullopt;
  }
  flags_.clear();
  schema::convert_context ctx{country_, std::nullopt, city_col_ >= 0 ? fields[city_col_] : std::string_view()};
  if (model_year_col_ >= 0) {
    auto y = trim(fields[model_year_col_]);
    int year = 0;
    auto [p, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
    if (ec == std::errc() && p == y.data() + y.size()) ctx.model_year = year;
  }
  for (const field_plan& p : plan_) {
    const auto& f = *p.def;
    const std::string_view raw_value = p.col >= 0 ? fields[p.col] : std::string_view();
    const std::string_view trimmed = trim(raw_value);  // convert_field trims first too
    schema::conversion& own = converted_[p.index];
    std::string_view value;
    const schema::conversion* result = &conv_;
    if (p.kept != as_is::never &&
        (p.kept == as_is::always ||
         (p.kept == as_is::unless_lower ? !has_lower_ascii(trimmed)
                                        : trimmed.empty() || (p.kept == as_is::when_canonical &&
                                                              normalize::canonical_tax_id(trimmed, p.tax_country))))) {
      value = trimmed;  // what convert_field would copy
      conv_.problem.clear();
      conv_.reject = f.required && value.empty();
    } else if (p.is_memo) {
      memo& m = memos_[p.index];
      const auto key = trimmed;
      if (const std::uint32_t* known = m.index.find(key)) {
        result = &m.results[*known - 1];
      } else {
        // Into the field's own conversion, not a shared one: past the cache's limit the row
        // keeps a view of it while the next fields convert.
        schema::convert_field(f, trimmed, ctx, own);
        result = &own;
        if (m.results.size() < memo_limit) {
          m.results.push_back(own);
          m.index.slot(key, [&](std::string_view k) { return m.keys.keep(k); }) =
              static_cast<std::uint32_t>(m.results.size());
          result = &m.results.back();
        }
      }
      value = result->value;
    } else {
      schema::convert_field(f, trimmed, ctx, own);
      result = &own;
      value = own.value;
    }
    if (result->reject) {
      // The raw value has its own column; the reason only adds a suggestion when there is one.
      const std::string_view suggestion = result->detail == trimmed ? std::string_view() : result->detail;
      return refusal{f.field, raw_value, csv::value_reason(result->problem, suggestion)};
    }
    if (!result->problem.empty()) {
      model::append_flag(flags_, f.field, result->problem, result->detail);
      ++flagged_;
    }
    if (p.joined) {
      auto& cell = joined_[p.to];
      if (!p.joins) cell.clear();
      if (!cell.empty() && !value.empty()) cell.push_back(' ');
      cell += value;
      row_[p.to] = cell;
    } else {
      row_[p.to] = value;
    }
  }
  if (checks_odometer_) check_odometer();
  // The line number written in place (see normalize_date on copies from the stack).
  const std::size_t head = origin_file_.size() + 1;
  origin_.resize(head + 20);
  char* const text = origin_.data();
  std::copy_n(origin_file_.data(), origin_file_.size(), text);
  text[head - 1] = ':';
  origin_.resize(static_cast<std::size_t>(std::to_chars(text + head, text + head + 20, line).ptr - text));
  row_[row_.size() - 2] = origin_;
  row_[row_.size() - 1] = flags_;
  if (branch_to_ >= 0 && row_[branch_to_].empty()) row_[branch_to_] = branch_;
  return std::nullopt;
}

// The date normaliser wrote YYYY-MM-DD: read by position, days from the civil date in
// integer arithmetic (a full parse_day on every row cost 1% of ingest).
long row_assembler::day_of(int col) const {
  if (col < 0 || row_[col].size() != 10) return normalize::no_reading;
  const char* s = row_[col].data();
  auto num = [&](int from, int n) {
    long v = 0;
    for (int i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  const long y0 = num(0, 4), m = num(5, 2), d = num(8, 2);
  const long y = m <= 2 ? y0 - 1 : y0;
  const long era = y / 400, yoe = y - era * 400;
  const long doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

// Flags what the km fields of one row say together (normalize::check_odometer).
void row_assembler::check_odometer() {
  // The integer normaliser wrote plain digits (a leading '-' at most); a number past any
  // odometer saturates, so that nothing overflows.
  auto number = [&](int col) -> long {
    if (col < 0 || row_[col].empty()) return normalize::no_reading;
    std::string_view s = row_[col];
    const bool negative = s[0] == '-';
    if (negative) s.remove_prefix(1);
    if (s.size() > 9) return negative ? -LONG_MAX : LONG_MAX;  // past any odometer: absurd
    long v = 0;
    for (char ch : s) {
      if (ch < '0' || ch > '9') return normalize::no_reading;
      v = v * 10 + (ch - '0');
    }
    return negative ? -v : v;
  };
  normalize::odometer_numbers n;
  n.current_km = number(odometer_[0]);
  n.last_km = number(odometer_[2]);
  n.next_km = number(odometer_[4]);
  // A date matters only beside a reading (the delivery is one at 0 km).
  if (n.current_km == normalize::no_reading && n.last_km == normalize::no_reading) {
    if (normalize::odometer_clean(n)) return;
  } else {
    // Nearly every row is clean by the km and the months; the days only for the others, the
    // facts and the full check only for the few left.
    auto month = [&](int col) -> long {
      if (col < 0 || row_[col].size() != 10) return -1;
      const char* s = row_[col].data();
      return ((s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0')) * 12 +
             (s[5] - '0') * 10 + (s[6] - '0') - 1;
    };
    n.current_month = month(odometer_[1]);
    n.last_month = month(odometer_[3]);
    n.delivery_month = month(odometer_[5]);
    if (normalize::odometer_clean_by_months(n)) return;
    n.current_day = day_of(odometer_[1]);
    n.last_day = day_of(odometer_[3]);
    n.delivery_day = day_of(odometer_[5]);
    if (normalize::odometer_clean(n)) return;
  }
  flag_odometer(n);
}

// The few rows the quick checks leave: the full check, and its problems into dq_flags. Out of
// line, so that check_odometer stays small.
[[gnu::noinline]] void row_assembler::flag_odometer(const normalize::odometer_numbers& n) {
  auto opt = [](long v) { return v == normalize::no_reading ? std::nullopt : std::optional<long>(v); };
  normalize::odometer_facts f;
  f.current = {opt(n.current_km), opt(day_of(odometer_[1]))};
  f.last_service = {opt(n.last_km), opt(day_of(odometer_[3]))};
  f.next_service_km = opt(n.next_km);
  f.delivery = {std::nullopt, opt(day_of(odometer_[5]))};
  std::array<normalize::odometer_problem, 4> found;
  const std::size_t count = normalize::check_odometer(f, found);
  char buf[24];
  for (std::size_t i = 0; i < count; ++i) {
    const auto& p = found[i];
    const auto len = p.detail >= 0 ? std::to_chars(buf, buf + sizeof buf, p.detail).ptr - buf : 0;
    model::append_flag(flags_, p.field, p.problem, std::string_view(buf, static_cast<std::size_t>(len)));
    ++flagged_;
  }
}

}  // namespace retorno::ops
