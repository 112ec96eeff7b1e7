// Loading schema files (with fast-cpp-csv-parser: a fixed-shape file of ours) and matching headers.
#include "core/catalog.hpp"
#include "schema/schema.hpp"

#include <algorithm>
#include <filesystem>

#include <fmt/format.h>
#include <libfccp/csv.h>

#include "core/error.hpp"
#include "core/text.hpp"
#include "normalize/name.hpp"

namespace retorno::schema {

namespace {

struct type_entry { std::string_view name; field_type type; };
constexpr type_entry type_names[] = {
    {"text", field_type::text},         {"name", field_type::name},
    {"code", field_type::code},         {"vin", field_type::vin},
    {"phone", field_type::phone},       {"email", field_type::email},
    {"date", field_type::date},         {"datetime", field_type::datetime},
    {"int", field_type::integer},       {"km", field_type::integer},
    {"money", field_type::money},       {"bool", field_type::boolean},
    {"enum", field_type::enumeration},  {"tax_id", field_type::tax_id}};

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    std::size_t p = s.find(sep, start);
    auto part = s.substr(start, p == std::string_view::npos ? std::string_view::npos : p - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    if (p == std::string_view::npos) break;
    start = p + 1;
  }
  return out;
}

}  // namespace

std::string_view type_name(field_type t) {
  for (const auto& e : type_names)
    if (e.type == t) return e.name;
  return "?";
}

std::string header_key(std::string_view header) {
  std::string folded = normalize::name_key(header);
  std::string key;
  key.reserve(folded.size());
  for (char c : folded)
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) key.push_back(c);
  return key;
}

schema load_schema(const std::string& path) {
  schema s;
  s.path = path;
  s.name = std::filesystem::path(path).stem().string();
  try {
    io::CSVReader<6, io::trim_chars<' '>, io::double_quote_escape<',', '"'>, io::throw_on_overflow,
                  io::single_line_comment<'#'>>
        in(path);
    in.read_header(io::ignore_extra_column, "table", "field", "type", "required", "aliases", "format");
    std::string table, field, type, required, aliases, format;
    while (in.read_row(table, field, type, required, aliases, format)) {
      const auto line = in.get_file_line();
      auto fail = [&](std::string what) { return error(exit_code::usage, path, line, std::move(what)); };
      const auto* t = model::find_table(table);
      if (!t) throw fail(tr(msg::err_schema_unknown_table, table));
      if (s.table && s.table != t) throw fail(tr(msg::err_schema_one_table));
      s.table = t;
      if (model::column_index(*t, field) < 0)
        throw fail(tr(msg::err_schema_no_column, table, field));
      field_def f;
      f.field = field;
      auto te = std::find_if(std::begin(type_names), std::end(type_names),
                             [&](const type_entry& e) { return e.name == type; });
      if (te == std::end(type_names)) throw fail(tr(msg::err_schema_unknown_type, type));
      f.type = te->type;
      if (required != "yes" && required != "no" && !required.empty())
        throw fail(tr(msg::err_schema_required, required));
      f.required = required == "yes";
      f.aliases = split(aliases, '|');
      f.format = format;
      f.alias_keys.push_back(header_key(field));
      for (const auto& a : f.aliases) f.alias_keys.push_back(header_key(a));
      const bool co_area = f.type == field_type::phone && format.size() == 6 && format.starts_with("CO:60") &&
                           format[5] >= '1' && format[5] <= '8' && format[5] != '3';
      if ((f.type == field_type::phone || f.type == field_type::tax_id) && !format.empty() && format != "MX" &&
          format != "CO" && !co_area)
        throw fail(tr(f.type == field_type::phone ? msg::err_schema_phone_format : msg::err_schema_tax_id_format, format));
      if (f.type == field_type::enumeration) {
        // canonical=spelling|spelling;canonical2=...
        for (const auto& entry : split(format, ';')) {
          auto eq = entry.find('=');
          std::string canon = entry.substr(0, eq);
          f.enum_map.emplace_back(header_key(canon), canon);
          if (eq != std::string::npos)
            for (const auto& spelling : split(std::string_view(entry).substr(eq + 1), '|'))
              f.enum_map.emplace_back(header_key(spelling), canon);
        }
        if (f.enum_map.empty()) throw fail(tr(msg::err_schema_enum_values));
      }
      // A text or name field may take several columns, joined by a space in schema order
      // (FEBRL's given_name + surname); any other field is mapped once.
      if (std::any_of(s.fields.begin(), s.fields.end(), [&](const field_def& g) { return g.field == field; }) &&
          f.type != field_type::text && f.type != field_type::name)
        throw fail(tr(msg::err_schema_field_twice, field));
      s.fields.push_back(std::move(f));
    }
  } catch (const io::error::base& e) {
    throw error(exit_code::usage, path, 0, tr(msg::err_schema_malformed, e.what()));
  }
  if (s.fields.empty()) throw error(exit_code::usage, path, 0, tr(msg::err_schema_empty));
  return s;
}

std::vector<schema> load_all(const std::vector<std::string>& dirs) {
  std::vector<schema> out;
  for (const auto& dir : dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) continue;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
      if (e.path().extension() == ".csv") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& p : files) {
      if (std::any_of(out.begin(), out.end(), [&](const schema& s) { return s.name == p.stem().string(); }))
        continue;
      out.push_back(load_schema(p.string()));
    }
  }
  std::sort(out.begin(), out.end(), [](const schema& a, const schema& b) { return a.name < b.name; });
  return out;
}

schema resolve(const std::string& name_or_path, const std::vector<std::string>& dirs) {
  if (name_or_path.find('/') != std::string::npos || name_or_path.ends_with(".csv")) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(name_or_path, ec))
      throw usage_error(tr(msg::err_schema_file_not_found, name_or_path));
    return load_schema(name_or_path);
  }
  for (const auto& dir : dirs) {
    auto p = std::filesystem::path(dir) / (name_or_path + ".csv");
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) return load_schema(p.string());
  }
  std::vector<std::string> names{"raw"};
  for (const auto& s : load_all(dirs)) names.push_back(s.name);
  auto best = closest(name_or_path, names);
  std::string hint = best ? tr(msg::err_schema_did_you_mean, *best)
                          : tr(msg::err_schema_known, fmt::format("{}", fmt::join(names, ", ")));
  throw usage_error(tr(msg::err_schema_unknown, name_or_path), hint);
}

header_match match_header(const schema& s, const std::vector<std::string>& header) {
  header_match m;
  m.column_of_field.assign(s.fields.size(), -1);
  std::vector<std::string> keys;
  keys.reserve(header.size());
  for (const auto& h : header) keys.push_back(header_key(h));
  std::vector<bool> used(header.size(), false);
  // Earlier aliases are stronger: match alias by alias so that "Tel" does not steal "Teléfono celular".
  for (std::size_t fi = 0; fi < s.fields.size(); ++fi) {
    const auto& f = s.fields[fi];
    for (const auto& alias : f.alias_keys) {
      if (alias.empty()) continue;
      for (std::size_t c = 0; c < keys.size(); ++c) {
        if (!used[c] && keys[c] == alias) {
          m.column_of_field[fi] = static_cast<int>(c);
          used[c] = true;
          ++m.matched;
          break;
        }
      }
      if (m.column_of_field[fi] >= 0) break;
    }
    if (m.column_of_field[fi] < 0 && f.required) m.missing_required.push_back(f.field);
  }
  for (std::size_t c = 0; c < used.size(); ++c)
    if (!used[c]) m.unused_columns.push_back(c);
  return m;
}

}  // namespace retorno::schema
