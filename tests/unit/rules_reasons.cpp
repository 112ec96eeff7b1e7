// Tests of the reason map: the built-in Spanish wordings, folded matching, the "Queja: ..." prefix,
// outcomes typed as reasons, what an outcome implies, the dealership's entries over the built-in
// ones, and the labels a person reads.
#include <doctest/doctest.h>

#include <string>

#include "rules/reasons.hpp"

using namespace retorno;
using namespace retorno::rules;

namespace {
// The canonical reason of an effective contact that did not book, as the report counts it.
std::string of(const reason_map& m, std::string_view reason, outcome result = outcome::reached) {
  return m.canonical(reason, result);
}
}  // namespace

TEST_CASE("reasons: the built-in wordings of one reason are one bar") {
  const auto m = reason_map::defaults();
  for (auto r : {"Hizo el servicio en otra agencia", "Servicio en otro taller", "Otro taller", "Otra agencia",
                 "Taller independiente", "Ya realizó el servicio", "Ya hizo el mantenimiento"})
    CHECK(of(m, r) == "serviced_elsewhere");
  for (auto r : {"Precio", "Precio alto", "Muy caro", "Caro", "Costo"}) CHECK(of(m, r) == "price");
  for (auto r : {"No tiene tiempo", "Sin tiempo", "Falta de tiempo"}) CHECK(of(m, r) == "no_time");
  for (auto r : {"Cambio de domicilio", "Se mudó", "Cambió de ciudad", "Vive en otra ciudad"}) CHECK(of(m, r) == "moved");
  for (auto r : {"Vendió el vehículo", "Vendió el carro", "Vehículo vendido", "Ya no tiene el vehículo"})
    CHECK(of(m, r) == "vehicle_sold");
  for (auto r : {"Queja", "Inconforme", "Mala experiencia"}) CHECK(of(m, r) == "complaint");
  for (auto r : {"No le interesa", "No interesado", "No desea"}) CHECK(of(m, r) == "not_interested");
}

TEST_CASE("reasons: matching ignores case, accents, spacing and punctuation") {
  const auto m = reason_map::defaults();
  CHECK(of(m, "OTRO TALLER") == "serviced_elsewhere");
  CHECK(of(m, "  otro   taller. ") == "serviced_elsewhere");
  CHECK(of(m, "Vendio el vehiculo") == "vehicle_sold");
  CHECK(of(m, "se mudo!") == "moved");
  CHECK(of(m, "precio-alto") == "price");
}

TEST_CASE("reasons: the part before a colon names the reason, and a whole match comes first") {
  const auto m = reason_map::defaults();
  CHECK(of(m, "Queja: entrega tardía") == "complaint");
  CHECK(of(m, "Precio alto: cotizó en otro lado") == "price");
  CHECK(of(m, "Otro taller: más cerca de su casa") == "serviced_elsewhere");
  // Neither the whole nor the part before the colon is known: kept as written (trimmed).
  CHECK(of(m, " Garantía: espera refacción ") == "Garantía: espera refacción");
}

TEST_CASE("reasons: a reason the map does not know stays as written") {
  const auto m = reason_map::defaults();
  CHECK(of(m, "Está de viaje") == "Está de viaje");
  CHECK(of(m, "  Está de viaje  ") == "Está de viaje");
  // Not a prefix match: "Precio" is known, "Precio de la llanta" is not.
  CHECK(of(m, "Precio de la llanta") == "Precio de la llanta");
}

TEST_CASE("reasons: an outcome typed as a reason is no reason, the outcome says what it implies") {
  const auto m = reason_map::defaults();
  for (auto r : {"Contactado", "Contacto efectivo", "Cita agendada", "No contesta", "Buzón de voz", "Ocupado",
                 "Volver a llamar", "Número equivocado", "Mensaje enviado", "reached", "no_answer", "declined"}) {
    CAPTURE(r);
    CHECK(of(m, r, outcome::reached) == reason_unspecified);
    CHECK(of(m, r, outcome::declined) == "not_interested");
    CHECK(of(m, r, outcome::already_serviced) == "serviced_elsewhere");
  }
  // Folded like every wording: "CONTACTADO." is "Contactado".
  CHECK(of(m, "CONTACTADO.", outcome::vehicle_sold) == "vehicle_sold");
}

TEST_CASE("reasons: an outcome before a colon is no reason either") {
  const auto m = reason_map::defaults();
  CHECK(of(m, "Contactado: dice que luego agenda", outcome::callback_requested) == "callback");
  CHECK(of(m, "Cita agendada: cancelada después", outcome::reached) == reason_unspecified);
}

TEST_CASE("reasons: with no reason, the outcome's implied reason or unspecified") {
  const auto m = reason_map::defaults();
  CHECK(of(m, "", outcome::already_serviced) == "serviced_elsewhere");
  CHECK(of(m, "", outcome::vehicle_sold) == "vehicle_sold");
  CHECK(of(m, "", outcome::do_not_contact) == "do_not_contact");
  CHECK(of(m, "", outcome::callback_requested) == "callback");
  CHECK(of(m, "", outcome::declined) == "not_interested");
  CHECK(of(m, "", outcome::reached) == "unspecified");
  CHECK(of(m, "   ", outcome::test_drive_accepted) == "unspecified");
  // A written reason wins over what the outcome implies.
  CHECK(of(m, "Precio", outcome::declined) == "price");
}

TEST_CASE("reasons: the dealership's entries override the built-in ones, a later entry wins") {
  auto m = reason_map::defaults();
  m.add("Otro taller", "competencia");    // the dealership counts independent shops apart
  m.add("Garantía", "warranty");          // a wording of its own
  m.add("  sin TIEMPO ", "  no_time_now ");  // folded key, trimmed canonical
  CHECK(of(m, "otro taller") == "competencia");
  CHECK(of(m, "Otra agencia") == "serviced_elsewhere");  // the other built-in wordings stay
  CHECK(of(m, "GARANTIA") == "warranty");
  CHECK(of(m, "Garantía: espera refacción") == "warranty");
  CHECK(of(m, "Sin tiempo") == "no_time_now");
  m.add("garantia", "warranty_claim");
  CHECK(of(m, "Garantía") == "warranty_claim");
  // A wording mapped to nothing is treated as an outcome: no reason of its own.
  m.add("Precio", "");
  CHECK(of(m, "Precio", outcome::declined) == "not_interested");
  CHECK(of(m, "Caro", outcome::declined) == "price");
}

TEST_CASE("reasons: a wording that folds to nothing is not an entry") {
  reason_map m;
  m.add("...", "price");
  m.add("", "price");
  CHECK(of(m, "...") == "...");
  // An empty map knows no wording, but outcomes still are no reason.
  CHECK(of(m, "Otro taller") == "Otro taller");
  CHECK(of(m, "reached", outcome::vehicle_sold) == "vehicle_sold");
}

TEST_CASE("reasons: the labels of the canonical reasons in both languages, any other unchanged") {
  CHECK(reason_label("serviced_elsewhere", false) == "Servicio en otro taller o agencia");
  CHECK(reason_label("serviced_elsewhere", true) == "Serviced elsewhere");
  CHECK(reason_label("price", false) == "Precio");
  CHECK(reason_label("moved", true) == "Moved away");
  CHECK(reason_label("callback", false) == "Pidió que se le llame después");
  CHECK(reason_label(reason_unspecified, false) == "Sin motivo registrado");
  CHECK(reason_label(reason_unspecified, true) == "No reason given");
  CHECK(reason_label("competencia", false) == "competencia");
  CHECK(reason_label("competencia", true) == "competencia");
}
