// Typed conversion of one raw value through the normaliser its schema field names.
#pragma once
#include <optional>
#include <string_view>

#include "normalize/phone.hpp"
#include "normalize/result.hpp"
#include "schema/schema.hpp"
#include "core/text.hpp"

namespace retorno::schema {

struct conversion : normalize::result {
  bool reject = false;  // the row cannot stand (a required value empty or unusable)
};

struct convert_context {
  std::optional<normalize::country> country;  // --country, over the schema's own
  std::optional<int> model_year;              // of the same row, for the VIN year code
  std::string_view city;                      // of the same row, for a 7-digit Colombian landline
};

// Converts `raw` as `f` says, into `out` (reused from field to field, so that its strings keep
// their capacity on the hot path). Required fields that end up empty reject the row, as does
// a VIN that cannot serve as a key.
void convert_field(const field_def& f, std::string_view raw, const convert_context& ctx, conversion& out);
conversion convert_field(const field_def& f, std::string_view raw, const convert_context& ctx);

}  // namespace retorno::schema
