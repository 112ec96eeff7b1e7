// libFuzzer target: every normaliser and every typed conversion over the same bytes.
// The first byte picks the option variants (country, date format, decimal mark, model year).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/text.hpp"
#include "normalize/date.hpp"
#include "normalize/email.hpp"
#include "normalize/name.hpp"
#include "normalize/number.hpp"
#include "normalize/phone.hpp"
#include "normalize/tax_id.hpp"
#include "normalize/vin.hpp"
#include "schema/convert.hpp"

namespace {

using namespace retorno;

// A result must be usable text: canonical values never hold a line break or a NUL.
void check(const normalize::result& r) {
  for (char c : r.value)
    if (c == '\0') __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::uint8_t opts = data[0];
  std::string_view raw(reinterpret_cast<const char*>(data) + 1, size - 1);
  const auto c = (opts & 1) ? normalize::country::co : normalize::country::mx;
  static constexpr std::string_view formats[] = {"%d/%m/%Y", "%Y-%m-%d", "%d-%b-%Y", "%Y-%m-%d %H:%M:%S",
                                                 "%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M", "", "%d.%m.%y %I:%M %p"};
  const auto fmt_ = formats[(opts >> 1) & 7];
  check(normalize::normalize_phone(raw, c));
  check(normalize::normalize_phone(raw, c, raw.substr(0, raw.size() / 2)));
  check(normalize::normalize_tax_id(raw, (opts & 16) ? std::nullopt : std::optional(c)));
  check(normalize::normalize_email(raw));
  check(normalize::normalize_name(raw));
  (void)normalize::name_key(raw);
  check(normalize::normalize_date(raw, fmt_));
  check(normalize::normalize_datetime(raw, fmt_));
  check(normalize::normalize_integer(raw));
  check(normalize::normalize_money(raw));
  check(normalize::normalize_money(raw, normalize::decimal_mark::comma));
  check(normalize::normalize_money(raw, normalize::decimal_mark::point));
  std::optional<int> year;
  if (opts & 0x10) year = 1980 + (opts >> 5) * 6;
  check(normalize::normalize_vin(raw, year));
  if (raw.size() == 17) {
    (void)normalize::vin_check_digit(raw);
    (void)normalize::vin_check_digit_mandatory(raw);
  }
  if (!raw.empty()) (void)normalize::vin_model_year(raw[0], 2000 + (opts & 31));
  (void)retorno::trim(raw);
  (void)mask_personal(raw);  // what stderr shows of a bad value

  // The typed conversions ingest runs, one per field type, with the schemas' own formats.
  static const schema::field_def* fields = [] {
    static schema::field_def defs[12];
    using t = schema::field_type;
    const t types[] = {t::text, t::name, t::code, t::vin, t::phone, t::email,
                       t::date, t::datetime, t::integer, t::money, t::boolean, t::enumeration};
    for (int i = 0; i < 12; ++i) {
      defs[i].field = "f";
      defs[i].type = types[i];
      defs[i].required = i % 2 == 0;
    }
    defs[6].format = "%d-%b-%Y";
    defs[7].format = "%d/%m/%Y %H:%M";
    defs[9].format = "comma";
    defs[11].enum_map = {{"PENDIENTE", "pending"}, {"ACEPTADA", "accepted"}};
    return defs;
  }();
  schema::convert_context ctx;
  if (opts & 2) ctx.country = c;
  ctx.model_year = year;
  schema::conversion out;
  for (int i = 0; i < 12; ++i) {
    schema::convert_field(fields[i], raw, ctx, out);
    // text and code keep the raw bytes: the reader has already rejected records holding a NUL.
    if (i != 0 && i != 2) check(out);
  }
  return 0;
}
