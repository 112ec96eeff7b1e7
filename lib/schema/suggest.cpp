// Starter schemas: headers matched to canonical fields by the shipped schemas' aliases, types
// and formats guessed from the values with the same normalisers ingest runs.
#include "schema/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "core/catalog.hpp"
#include "core/text.hpp"
#include "normalize/date.hpp"

namespace retorno::schema {

namespace {

using sv = std::string_view;

bool mostly(std::span<const sv> values, auto&& test) {
  std::size_t yes = 0, n = 0;
  for (sv v : values) {
    if (v.empty()) continue;
    ++n;
    yes += test(v) ? 1 : 0;
  }
  return n > 0 && yes * 10 >= n * 9;
}

bool is_vin(sv v) {
  return v.size() == 17 && std::all_of(v.begin(), v.end(), [](char c) {
           const char u = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
           return std::isalnum(static_cast<unsigned char>(c)) && u != 'I' && u != 'O' && u != 'Q';
         });
}

std::size_t digit_count(sv v) {
  return static_cast<std::size_t>(std::count_if(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

bool phone_like(sv v, bool any_digits) {
  const std::size_t d = digit_count(v);
  bool marks = false;
  for (char c : v) {
    if (c >= '0' && c <= '9') continue;
    if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '+') marks = true;
    else return false;
  }
  return d >= 7 && d <= 13 && (any_digits || marks || v.front() == '0');
}

// Digits with thousands separators: "12,345", "12.345", "12345".
bool whole_number(sv v) {
  if (v.empty() || v.size() > 15) return false;
  std::size_t i = v[0] == '-' ? 1 : 0, group = 0;
  bool sep = false;
  for (; i < v.size(); ++i) {
    if (v[i] >= '0' && v[i] <= '9') ++group;
    else if ((v[i] == ',' || v[i] == '.') && group > 0 && (!sep || group == 3)) sep = true, group = 0;
    else return false;
  }
  return group > 0 && (!sep || group == 3);
}

// "1234.50", "1.234,50": the decimal mark is the last of the two, followed by one or two digits.
std::optional<char> decimal_mark(sv v) {
  const auto at = v.find_last_of(".,");
  if (at == sv::npos || at == 0 || v.size() - at - 1 > 2 || v.size() - at - 1 == 0) return std::nullopt;
  for (std::size_t i = 0; i < v.size(); ++i)
    if (!(v[i] >= '0' && v[i] <= '9') && v[i] != '.' && v[i] != ',' && !(i == 0 && v[i] == '-')) return std::nullopt;
  return v[at];
}

std::optional<std::string> date_format(std::span<const sv> values, bool& with_time, std::size_t tenths = 9) {
  with_time = mostly(values, [](sv v) { return v.find(':') != sv::npos; });
  static constexpr sv formats[] = {"%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y",
                                   "%d-%b-%Y", "%d/%b/%Y", "%d %b %Y", "%d/%m/%y", "%Y/%m/%d"};
  normalize::result r;
  std::optional<std::string> best;
  std::size_t best_count = 0;
  for (sv f : formats) {
    std::size_t ok = 0, n = 0;
    for (sv v : values) {
      if (v.empty()) continue;
      ++n;
      if (with_time) normalize::normalize_datetime(v, f, r);
      else normalize::normalize_date(v, f, r);
      ok += r.ok() && !r.value.empty();
    }
    if (n > 0 && ok * 10 >= n * tenths && ok > best_count) {
      best = std::string(f);
      best_count = ok;
    }
  }
  if (best && with_time) *best += " %H:%M";
  return best;
}

struct known_field {
  std::string table, field;
  field_type type = field_type::text;
  bool required = false;
  std::vector<std::string> keys;  // header_key of the name and every alias of every schema
  std::string values_map;         // an enumeration's spellings, from the first schema that has them
};

// How near a header is to a field: 100 an alias, 60-90 one containing the other, 50 a slip.
int nearness(const std::string& key, const known_field& f) {
  int best = 0;
  for (const auto& k : f.keys) {
    if (k.empty()) continue;
    if (k == key) return 100;
    const auto& shorter = k.size() < key.size() ? k : key;
    const auto& longer = k.size() < key.size() ? key : k;
    if (shorter.size() >= 4 && longer.find(shorter) != std::string::npos)
      best = std::max(best, 60 + static_cast<int>(30 * shorter.size() / longer.size()));
    else if (key.size() >= 5 && edit_distance(k, key) <= (key.size() >= 10 ? 2u : 1u))
      best = std::max(best, 50);
  }
  return best;
}

}  // namespace

value_guess guess_values(std::span<const sv> values, bool phone_header, sv country) {
  if (mostly(values, [](sv v) { return v.find('@') != sv::npos; })) return {field_type::email, ""};
  if (mostly(values, is_vin)) return {field_type::vin, ""};
  bool with_time = false;
  if (auto f = date_format(values, with_time)) return {with_time ? field_type::datetime : field_type::date, *f};
  if (mostly(values, [&](sv v) { return phone_like(v, phone_header); })) return {field_type::phone, std::string(country)};
  if (mostly(values, whole_number)) return {field_type::integer, ""};
  std::size_t comma = 0, point = 0;
  if (mostly(values, [&](sv v) {
        auto m = decimal_mark(v);
        (m == ',' ? comma : point) += m ? 1 : 0;
        return m.has_value();
      }))
    return {field_type::money, comma > point ? "comma" : "point"};
  return {field_type::text, ""};
}

suggestion suggest(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                   const std::vector<schema>& known, sv country) {
  // Every canonical field once, with the aliases of every schema that maps to it; the generic
  // schema of its table (named as the table) says its type and whether it is required.
  std::vector<known_field> fields;
  std::map<std::pair<std::string, std::string>, std::size_t> index;
  for (const auto& s : known) {
    if (!s.table) continue;
    const bool generic = s.name == s.table->name;
    for (const auto& f : s.fields) {
      auto [it, added] = index.emplace(std::pair(std::string(s.table->name), f.field), fields.size());
      if (added) fields.push_back({std::string(s.table->name), f.field, f.type, f.required, {header_key(f.field)}});
      auto& k = fields[it->second];
      if (generic) k.type = f.type, k.required = f.required;
      if (f.type == field_type::enumeration && k.values_map.empty()) k.values_map = f.format;
      for (const auto& key : f.alias_keys)
        if (std::find(k.keys.begin(), k.keys.end(), key) == k.keys.end()) k.keys.push_back(key);
    }
  }
  std::vector<std::string> keys;
  for (const auto& h : header) keys.push_back(header_key(h));
  // The table whose fields are nearest to the most headers.
  std::map<std::string, int> table_score;
  for (const auto& key : keys) {
    std::map<std::string, int> best;
    for (const auto& f : fields) best[f.table] = std::max(best[f.table], nearness(key, f));
    for (const auto& [t, n] : best)
      if (n >= 60) table_score[t] += n;
  }
  suggestion out;
  int top = 0;
  for (const auto& [t, n] : table_score)
    if (n > top) top = n, out.table = t;
  if (out.table.empty()) out.table = "vehicles";
  // Each field to its nearest header, the nearest pairs first.
  struct pair_score {
    int score;
    std::size_t column, field;
  };
  std::vector<value_guess> guesses;
  for (std::size_t c = 0; c < header.size(); ++c) {
    std::vector<sv> values;
    for (const auto& r : rows)
      if (c < r.size()) values.emplace_back(trim(r[c]));
    const auto& key = keys[c];
    const bool phone_header = key.find("TEL") != std::string::npos || key.find("CEL") != std::string::npos ||
                              key.find("PHONE") != std::string::npos || key.find("MOVIL") != std::string::npos;
    guesses.push_back(guess_values(values, phone_header, country));
  }
  // Values of a telling kind (dates, amounts, e-mails, VINs) rule out a field of another kind,
  // unless the header is one of its known aliases: "Importe último servicio" is no date.
  auto family = [](field_type t) {
    return t == field_type::datetime ? field_type::date : t == field_type::money ? field_type::integer : t;
  };
  auto fits = [&](const value_guess& g, field_type t) {
    const field_type k = family(g.type);
    const bool telling = k == field_type::date || k == field_type::integer || k == field_type::email ||
                         k == field_type::vin;
    return !telling || k == family(t) || (k == field_type::integer && t != field_type::date &&
                                          t != field_type::email && t != field_type::vin);
  };
  std::vector<pair_score> pairs;
  for (std::size_t c = 0; c < keys.size(); ++c)
    for (std::size_t f = 0; f < fields.size(); ++f)
      if (fields[f].table == out.table)
        if (int n = nearness(keys[c], fields[f]); n >= 50 && (n == 100 || fits(guesses[c], fields[f].type)))
          pairs.push_back({n, c, f});
  std::stable_sort(pairs.begin(), pairs.end(), [](const pair_score& a, const pair_score& b) { return a.score > b.score; });
  std::vector<int> field_of(keys.size(), -1);
  std::vector<bool> taken(fields.size(), false);
  std::vector<int> score_of(keys.size(), 0);
  for (const auto& p : pairs)
    if (field_of[p.column] < 0 && !taken[p.field]) {
      field_of[p.column] = static_cast<int>(p.field);
      score_of[p.column] = p.score;
      taken[p.field] = true;
    }
  for (std::size_t c = 0; c < header.size(); ++c) {
    std::vector<sv> values;
    for (const auto& r : rows)
      if (c < r.size()) values.emplace_back(trim(r[c]));
    const value_guess& g = guesses[c];
    column_suggestion s{header[c], "", g.type, false, g.format, false};
    if (field_of[c] >= 0) {
      const auto& f = fields[static_cast<std::size_t>(field_of[c])];
      s.field = f.field;
      s.required = f.required;
      s.exact = score_of[c] == 100;
      // The field's type wins; the values give its format (a date's, a phone's country).
      const bool same_family = f.type == g.type || (f.type == field_type::date && g.type == field_type::datetime) ||
                               (f.type == field_type::datetime && g.type == field_type::date);
      s.type = f.type;
      if (!same_family) s.format.clear();
      if (f.type == field_type::datetime && g.type == field_type::date) s.format = g.format;
      if (f.type == field_type::date && g.type == field_type::datetime) s.format = g.format.substr(0, g.format.find(' '));
      if (f.type == field_type::phone) s.format = std::string(country);
      if (f.type == field_type::enumeration) s.format = f.values_map;
      // A date column with some dirt: the format that reads most of it, if half of it.
      bool with_time = false;
      if ((f.type == field_type::date || f.type == field_type::datetime) && s.format.empty())
        if (auto df = date_format(values, with_time, 5)) s.format = f.type == field_type::date ? df->substr(0, df->find(' ')) : *df;
      ++out.matched;
    }
    out.columns.push_back(std::move(s));
  }
  return out;
}

std::string schema_text(const suggestion& s, sv source, bool english) {
  auto cell = [](sv text) {  // a schema cell: quoted when it holds a comma or a quote
    if (text.find_first_of(",\"") == sv::npos) return std::string(text);
    std::string q = "\"";
    for (char c : text) (q += c) += c == '"' ? "\"" : "";
    return q + "\"";
  };
  std::string out = tr_in(english, msg::suggest_header, source, s.matched, s.columns.size(), s.table);
  out += "table,field,type,required,aliases,format\n";
  std::vector<const column_suggestion*> loose;
  for (const auto& c : s.columns) {
    if (c.field.empty()) {
      loose.push_back(&c);
      continue;
    }
    out += fmt::format("{},{},{},{},{},{}\n", s.table, c.field, type_name(c.type), c.required ? "yes" : "no",
                       cell(c.header), cell(c.format));
  }
  if (!loose.empty()) {
    out += text(msg::suggest_unmatched, english);

    for (const auto* c : loose)
      out += fmt::format("# {},?,{},no,{},{}\n", s.table, type_name(c->type), cell(c->header), cell(c->format));
  }
  return out;
}

}  // namespace retorno::schema
