// Unit tests of lib/normalize/problem: every problem code a normaliser writes has words in both
// languages.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <set>
#include <string>

#include "normalize/date.hpp"
#include "normalize/email.hpp"
#include "normalize/name.hpp"
#include "normalize/number.hpp"
#include "normalize/odometer.hpp"
#include "normalize/phone.hpp"
#include "normalize/problem.hpp"
#include "normalize/tax_id.hpp"
#include "normalize/vin.hpp"
#include "schema/convert.hpp"

using namespace retorno;
using namespace retorno::normalize;

namespace {

// The problem codes the normalisers and the conversion write for values seen in real exports.
std::set<std::string> codes_written() {
  std::set<std::string> out;
  auto add = [&](const std::string& code) {
    CAPTURE(code);
    CHECK_FALSE(code.empty());
    out.insert(code);
  };
  add(normalize_vin("5TDYK3DC2GS73189").problem);            // length
  add(normalize_vin("5TDYK3DC1FS5486I5").problem);           // characters
  add(normalize_vin("3TMAZ5CN86M018493").problem);           // check_digit
  add(normalize_vin("5YFBPRHE4HP713624", 2016).problem);     // model_year
  add(normalize_phone("045553-226710", country::mx).problem);  // invalid
  add(normalize_phone("NP", country::mx).problem);           // placeholder
  add(normalize_phone("203 123 4567", country::mx).problem);  // unassigned
  add(normalize_phone("33 6822 4634 ext. 949", country::mx).problem);  // extension
  add(normalize_email("jlmartinez@hotmial.com").problem);    // domain_typo
  add(normalize_name("ISMAEL VILLA IBA\xD1" "EZ").problem);  // encoding
  add(normalize_date("31/02/2024", "%d/%m/%Y").problem);     // invalid
  add(normalize_integer("12.5").problem);                    // rounded
  add(normalize_tax_id("XAXX010101000", country::mx).problem);  // generic
  add(normalize_tax_id("COMG-600703", country::mx).problem);    // incomplete
  add(normalize_tax_id("CUIJ980717SA1", country::mx).problem);  // check_digit
  schema::field_def status;
  status.field = "status";
  status.type = schema::field_type::enumeration;
  add(schema::convert_field(status, "Reagendada", {}).problem);  // unknown
  schema::field_def flag;
  flag.field = "sold_here";
  flag.type = schema::field_type::boolean;
  add(schema::convert_field(flag, "quizá", {}).problem);  // invalid
  schema::field_def text;
  text.field = "customer_name";
  text.type = schema::field_type::text;
  add(schema::convert_field(text, "MARIA \u202EZEUQSAV", {}).problem);  // bidi_control
  odometer_facts f;
  f.current = {2500000, std::nullopt};
  f.last_service = {45210, 100};
  f.next_service_km = 45210;
  std::array<odometer_problem, 4> found;
  for (std::size_t i = 0, n = check_odometer(f, found); i < n; ++i) add(std::string(found[i].problem));
  odometer_facts back;
  back.last_service = {45210, 100};
  back.current = {4521, 200};
  for (std::size_t i = 0, n = check_odometer(back, found); i < n; ++i) add(std::string(found[i].problem));
  odometer_facts jump;
  jump.delivery = {std::nullopt, 100};
  jump.last_service = {98000, 160};
  for (std::size_t i = 0, n = check_odometer(jump, found); i < n; ++i) add(std::string(found[i].problem));
  return out;
}

}  // namespace

TEST_CASE("every code a normaliser writes has its words, in Spanish and in English") {
  const auto codes = codes_written();
  CHECK(codes.size() >= 18);  // the examples above give that many distinct codes
  const auto table = problem_codes();
  for (const auto& code : codes) {
    CAPTURE(code);
    CHECK(std::find(table.begin(), table.end(), code) != table.end());
    // The English words may be the code itself ("rounded"); the Spanish never are.
    CHECK(problem_words(code, lang::es) != code);
    CHECK(problem_words(code, lang::es) != problem_words(code, lang::en));
  }
}

TEST_CASE("the table holds each code once, and every code in it has words") {
  std::set<std::string_view> seen;
  for (auto code : problem_codes()) {
    CAPTURE(code);
    CHECK(seen.insert(code).second);
    CHECK(problem_words(code, lang::es) != code);
    CHECK_FALSE(problem_words(code, lang::en).empty());
  }
  CHECK(seen.size() == problem_codes().size());
}

TEST_CASE("the words of the codes a coordinator meets most") {
  CHECK(problem_words("check_digit", lang::es) == "dígito verificador incorrecto");
  CHECK(problem_words("check_digit", lang::en) == "wrong check digit");
  CHECK(problem_words("unknown", lang::es) == "valor no reconocido");
  CHECK(problem_words("placeholder", lang::es) == "relleno en lugar de un dato");
  CHECK(problem_words("invalid", lang::en) == "invalid value");
}

TEST_CASE("a code without words is said as it is, never as nothing") {
  CHECK(problem_words("conflict", lang::es) == "conflict");
  CHECK(problem_words("", lang::en).empty());
}

TEST_CASE("without a language, the run's") {
  CHECK(problem_words("length") == "wrong length");
  set_language(lang::es);
  CHECK(problem_words("length") == "longitud incorrecta");
  set_language(lang::en);
}
