// Typed conversion of one raw value through the normaliser its schema field names.
#pragma once
#include <optional>
#include <string_view>

#include "normalize/phone.hpp"
#include "normalize/result.hpp"
#include "schema/schema.hpp"

namespace retorno::schema {

struct conversion : normalize::result {
  bool reject = false;  // the row cannot stand (a required value empty or unusable)
};

struct convert_context {
  std::optional<normalize::country> country;  // --country, over the schema's own
  std::optional<int> model_year;              // of the same row, for the VIN year code
};

// Converts `raw` as `f` says, into `out` (reused from field to field, so that its strings keep
// their capacity on the hot path). Required fields that end up empty reject the row, as does
// a VIN that cannot serve as a key.
void convert_field(const field_def& f, std::string_view raw, const convert_context& ctx, conversion& out);
conversion convert_field(const field_def& f, std::string_view raw, const convert_context& ctx);

// Trims ASCII spaces and tabs at both ends.
inline std::string_view trim(std::string_view s) {
  // Nearly every value has neither: one test of both ends before any loop.
  if (s.empty() || (s.front() != ' ' && s.front() != '\t' && s.back() != ' ' && s.back() != '\t')) return s;
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  return s.substr(b, e - b);
}

}  // namespace retorno::schema
