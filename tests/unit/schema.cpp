// Tests of schema loading and header matching, with the headers of real exports.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/error.hpp"
#include "schema/convert.hpp"
#include "schema/detect.hpp"
#include "schema/schema.hpp"
#include "normalize/date.hpp"
#include "normalize/email.hpp"
#include "normalize/name.hpp"
#include "normalize/number.hpp"
#include "normalize/phone.hpp"
#include "normalize/vin.hpp"

using namespace retorno::schema;

namespace {
const std::string schemas = std::string(RETORNO_SOURCE_DIR) + "/schemas";
}

TEST_CASE("header keys ignore case, accents, spacing and punctuation") {
  CHECK(header_key("Últ km.") == "ULTKM");
  CHECK(header_key("ult  KM") == "ULTKM");
  CHECK(header_key("Número de chasis") == "NUMERODECHASIS");
  CHECK(header_key("customer_name") == "CUSTOMERNAME");
}

TEST_CASE("every shipped schema loads") {
  auto all = load_all({schemas});
  CHECK(all.size() >= 13);
  for (const auto& s : all) {
    CAPTURE(s.name);
    CHECK(s.table != nullptr);
    CHECK(!s.fields.empty());
  }
}

TEST_CASE("the return and recovery guide's header matches the recordatorio schema") {
  auto s = resolve("recordatorio", {schemas});
  std::vector<std::string> header{"Número de chasis", "Descripcion", "Año",      "Ultimo ser",
                                  "Últ km.",          "Práx servi",  "Sig serv", "Nombre",
                                  "Tel",              "Celular",     "Dirección"};
  auto m = match_header(s, header);
  CHECK(m.usable());
  CHECK(m.matched == 11);
  CHECK(m.unused_columns.empty());
}

TEST_CASE("the title line of a DMS screen is not the header") {
  auto s = resolve("recordatorio", {schemas});
  std::vector<std::vector<std::string>> rows{
      {"Recordatorio de Servicio", "F.Vta", "", "", "- C X"},
      {"Número de chasis", "Descripcion", "Año", "Nombre", "Celular"},
      {"JTFSX23P6J6187131", "HIACE", "2018", "ALFONSO", "044871-3915055"}};
  auto c = choose_header(rows, {s});
  REQUIRE(c.has_value());
  CHECK(c->row == 1);
  CHECK(find_raw_header(rows) == 1u);
}

TEST_CASE("a missing required column makes the header unusable") {
  auto s = resolve("recordatorio", {schemas});
  auto m = match_header(s, {"Descripcion", "Nombre"});
  CHECK_FALSE(m.usable());
  CHECK(m.missing_required == std::vector<std::string>{"vin"});
}

TEST_CASE("an unknown schema name gets a did-you-mean hint (exit 2)") {
  try {
    resolve("recordatoro", {schemas});
    FAIL("no error");
  } catch (const retorno::error& e) {
    CHECK(e.code() == retorno::exit_code::usage);
    CHECK(e.hint() == "did you mean --schema recordatorio?");
  }
}

TEST_CASE("enum values map Spanish spellings to canonical ones") {
  auto s = resolve("spiga_gestion", {schemas});
  auto f = std::find_if(s.fields.begin(), s.fields.end(), [](const field_def& d) { return d.field == "outcome"; });
  REQUIRE(f != s.fields.end());
  CHECK(convert_field(*f, "Buzón de voz", {}).value == "voicemail");
  CHECK(convert_field(*f, "NO CONTESTA", {}).value == "no_answer");
  CHECK(convert_field(*f, "cita agendada", {}).value == "appointment_booked");
  auto bad = convert_field(*f, "quién sabe", {});
  CHECK(bad.reject);  // outcome is required: an unknown one cannot stand
  CHECK(bad.problem == "unknown");
}

TEST_CASE("one conversion reused value after value keeps nothing of the value before") {
  // Ingest hands each column's normaliser the same conversion row after row: a flag, a detail
  // or a rejection of one row must not reach the next.
  struct step {
    field_type type;
    std::string format, raw, value, problem, detail;
    bool required = false, reject = false;
  };
  const std::vector<step> steps = {
      {field_type::vin, "", "5TDKKRFH6GS15985", "", "length", "5TDKKRFH6GS15985", true, true},
      {field_type::vin, "", "STDKKRFH6GS159858", "STDKKRFH6GS159858", "check_digit", "5TDKKRFH6GS159858"},
      {field_type::vin, "", "MR2829F38H1093227", "MR2829F38H1093227", "", ""},
      {field_type::email, "", "juan@hotmial.com", "juan@hotmial.com", "domain_typo", "juan@hotmail.com"},
      {field_type::email, "", "NO TIENE", "", "placeholder", ""},
      {field_type::email, "", "ana.lopez@gmail.com", "ana.lopez@gmail.com", "", ""},
      {field_type::phone, "MX", "045553-226710", "", "invalid", "045553-226710"},
      {field_type::phone, "MX", "044871-3915055", "+528713915055", "", ""},
      {field_type::date, "%d/%m/%Y", "31/02/2024", "", "invalid", "31/02/2024"},
      {field_type::date, "%d/%m/%Y", "08/02/2018", "2018-02-08", "", ""},
      {field_type::datetime, "", "2026-11-27 09:30", "2026-11-27T09:30", "", ""},
      {field_type::integer, "", "12.5", "13", "rounded", "12.5"},
      {field_type::integer, "", "12.026", "12026", "", ""},
      {field_type::money, "comma", "1.234,567", "1234.57", "rounded", "1.234,567"},
      {field_type::money, "comma", "1.234,56", "1234.56", "", ""},
      {field_type::name, "", "  JOSÉ   PÉREZ ", "JOSÉ PÉREZ", "", ""},
      {field_type::name, "", "ANA", "ANA", "", ""},
  };
  conversion out;
  for (const auto& s : steps) {
    CAPTURE(s.raw);
    field_def f;
    f.field = "x";
    f.type = s.type;
    f.format = s.format;
    f.required = s.required;
    convert_field(f, s.raw, {}, out);
    CHECK(out.value == s.value);
    CHECK(out.problem == s.problem);
    CHECK(out.detail == s.detail);
    CHECK(out.reject == s.reject);
    // The same as a fresh conversion.
    const auto fresh = convert_field(f, s.raw, {});
    CHECK(fresh.value == out.value);
    CHECK(fresh.problem == out.problem);
    CHECK(fresh.detail == out.detail);
  }
}

TEST_CASE("every normaliser writing into a used result starts it afresh") {
  using namespace retorno::normalize;
  // Each normaliser writes into a result full of another value's texts.
  auto afresh = [](auto normalise, std::string_view value) {
    result r;
    r.value = "stale value, longer than any inline buffer";
    r.problem = "stale";
    r.detail = "stale detail";
    normalise(r);
    CHECK(r.value == value);
    CHECK(r.problem.empty());
    CHECK(r.detail.empty());
  };
  afresh([](result& r) { normalize_email("ana@gmail.com", r); }, "ana@gmail.com");
  afresh([](result& r) { normalize_phone("044871-3915055", country::mx, r); }, "+528713915055");
  afresh([](result& r) { normalize_date("08/02/2018", "%d/%m/%Y", r); }, "2018-02-08");
  afresh([](result& r) { normalize_datetime("", "", r); }, "");
  afresh([](result& r) { normalize_integer("12.026", r); }, "12026");
  afresh([](result& r) { normalize_money("1.234,56", decimal_mark::comma, r); }, "1234.56");
  afresh([](result& r) { normalize_name("ANA", r); }, "ANA");
  vin_result v;
  v.value = v.problem = v.detail = v.suggestion = "stale";
  v.reject = true;
  normalize_vin("MR2829F38H1093227", 2017, v);
  CHECK(v.value == "MR2829F38H1093227");
  CHECK(v.problem.empty());
  CHECK(v.detail.empty());
  CHECK(v.suggestion.empty());
  CHECK_FALSE(v.reject);
}

TEST_CASE("a bidi override in a text or a name is removed and flagged") {
  for (auto type : {field_type::text, field_type::name}) {
    field_def f;
    f.field = "customer_name";
    f.type = type;
    auto out = convert_field(f, "MARIA \u202EZEUQSAV", {});
    CHECK(out.value.find("\u202E") == std::string::npos);
    CHECK(out.problem == "bidi_control");
  }
}
