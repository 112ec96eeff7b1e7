// Dispatch from a schema field's type to its normaliser.
#include "schema/convert.hpp"

#include "core/utf8.hpp"

#include "normalize/date.hpp"
#include "normalize/email.hpp"
#include "normalize/name.hpp"
#include "normalize/number.hpp"
#include "normalize/tax_id.hpp"
#include "normalize/vin.hpp"

namespace retorno::schema {

namespace {

normalize::result convert_bool(std::string_view raw) {
  std::string key = header_key(raw);
  if (key.empty()) return {};
  static constexpr std::string_view yes[] = {"TRUE", "YES", "SI", "S", "Y", "1", "X", "VERDADERO"};
  static constexpr std::string_view no[] = {"FALSE", "NO", "N", "0", "FALSO"};
  for (auto y : yes)
    if (key == y) return {"true", {}, {}};
  for (auto n : no)
    if (key == n) return {"false", {}, {}};
  return {"", "invalid", std::string(raw)};
}

normalize::result convert_enum(const field_def& f, std::string_view raw) {
  if (raw.empty()) return {};
  std::string key = header_key(raw);
  for (const auto& [spelling, canon] : f.enum_map)
    if (spelling == key) return {canon, {}, {}};
  return {"", "unknown", std::string(raw)};
}

}  // namespace

conversion convert_field(const field_def& f, std::string_view raw, const convert_context& ctx) {
  conversion out;
  convert_field(f, raw, ctx, out);
  return out;
}

// The normalisers write into `out` itself, which ingest reuses for its column row after row:
// its strings keep their capacity, and a value is never allocated, moved and freed again.
void convert_field(const field_def& f, std::string_view raw_in, const convert_context& ctx, conversion& out) {
  std::string_view raw = trim(raw_in);
  out.clear();
  out.reject = false;
  switch (f.type) {
    case field_type::text:
      out.value.append(raw);
      if (strip_bidi_controls(out.value)) out.problem.append("bidi_control");
      break;
    case field_type::name:
      normalize::normalize_name(raw, out);
      if (strip_bidi_controls(out.value) && out.problem.empty()) out.problem.append("bidi_control");
      break;
    case field_type::code:  // upper case, written in place
      out.value.append(raw);
      for (char& c : out.value)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      break;
    case field_type::vin: {
      if (raw.empty()) {
        out.value.clear();
        break;
      }
      thread_local normalize::vin_result v;  // reused like `out`
      normalize::normalize_vin(raw, ctx.model_year, v);
      out.value.append(v.value);
      out.problem.append(v.problem);
      out.detail.append(v.suggestion.empty() ? v.detail : v.suggestion);
      if (v.reject && !f.required) {  // an optional VIN that cannot be one is dropped, not the row
        out.detail.assign(raw);
        out.value.clear();
      }
      out.reject = v.reject && f.required;
      break;
    }
    case field_type::phone: {
      // A written country code wins over both (the normaliser reads it): a canonical file mixes them.
      auto c = ctx.country                ? *ctx.country
               : f.format.starts_with("CO") ? normalize::country::co
                                            : normalize::country::mx;
      // "CO:601": the area of the 7-digit landlines whose city says none.
      const char area = f.format.size() == 6 && f.format[2] == ':' ? f.format[5] : 0;
      normalize::normalize_phone(raw, c, out, ctx.city, area);
      break;
    }
    case field_type::tax_id: {
      // The row's country: --country, else the schema's; unknown, the id's shape decides.
      auto c = ctx.country           ? ctx.country
               : f.format == "CO"    ? std::optional(normalize::country::co)
               : f.format == "MX"    ? std::optional(normalize::country::mx)
                                     : std::nullopt;
      normalize::normalize_tax_id(raw, c, out);
      break;
    }
    case field_type::email: normalize::normalize_email(raw, out); break;
    case field_type::date: normalize::normalize_date(raw, f.format, out); break;
    case field_type::datetime: normalize::normalize_datetime(raw, f.format, out); break;
    case field_type::integer: normalize::normalize_integer(raw, out); break;
    case field_type::money: {
      auto mark = f.format == "comma"   ? normalize::decimal_mark::comma
                  : f.format == "point" ? normalize::decimal_mark::point
                                        : normalize::decimal_mark::auto_detect;
      normalize::normalize_money(raw, mark, out);
      break;
    }
    case field_type::boolean: static_cast<normalize::result&>(out) = convert_bool(raw); break;
    case field_type::enumeration: static_cast<normalize::result&>(out) = convert_enum(f, raw); break;
  }
  if (f.required && out.value.empty()) out.reject = true;
}

}  // namespace retorno::schema
