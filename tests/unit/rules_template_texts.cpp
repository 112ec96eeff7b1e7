// lib/rules/template_texts: every built-in text in both languages, placeholders all known, the
// dealership's voice (greeting, who speaks, the phones), and no stray punctuation when values are missing.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/text.hpp"
#include "rules/template_texts.hpp"
#include "rules/templates.hpp"

using namespace retorno::rules;

namespace {

// Every text of one set, named for the failure message.
std::vector<std::pair<std::string, std::string_view>> fields(const builtin_text& t) {
  const std::string s(t.segment);
  return {{s + " voicemail", t.voicemail}, {s + " short", t.short_text}, {s + " subject", t.subject}, {s + " body", t.body}};
}

message_values every_value() {
  message_values v;
  for (auto* f : {&v.name, &v.model, &v.year, &v.vin, &v.plates, &v.campaign, &v.quote, &v.amount, &v.appointment_at,
                  &v.dealer, &v.dealer_phone, &v.dealer_whatsapp, &v.dealer_address, &v.promotions})
    *f = "X";
  return v;
}

}  // namespace

TEST_CASE("both languages hold the same segments in the same order, the default last") {
  const auto es = builtin_texts(false), en = builtin_texts(true);
  REQUIRE(es.size() == 17);
  REQUIRE(en.size() == es.size());
  for (std::size_t i = 0; i < es.size(); ++i) CHECK(es[i].segment == en[i].segment);
  CHECK(es.back().segment == "default");
  CHECK(es[3].segment == "campaign_safety");
  CHECK(es[15].segment == "appointment_reminder");
}

TEST_CASE("every text is there, translated, and uses only known placeholders") {
  for (bool english : {false, true}) {
    for (const auto& t : builtin_texts(english)) {
      for (const auto& [what, text] : fields(t)) {
        CAPTURE(what);
        CAPTURE(english);
        CHECK_FALSE(text.empty());
        CHECK(unknown_placeholders(text).empty());
        // Fully filled, nothing is left in braces.
        CHECK(fill(text, every_value()).find('{') == std::string::npos);
      }
    }
  }
  for (std::size_t i = 0; i < builtin_texts(false).size(); ++i) {
    CAPTURE(builtin_texts(false)[i].segment);
    CHECK(builtin_texts(false)[i].short_text != builtin_texts(true)[i].short_text);
    CHECK(builtin_texts(false)[i].body != builtin_texts(true)[i].body);
  }
  CHECK(unknown_placeholders(builtin_signature(false)).empty());
  CHECK(unknown_placeholders(builtin_signature(true)).empty());
}

TEST_CASE("the dealership's voice: the customer by name, who speaks, and the dealer's phones") {
  for (const auto& t : builtin_texts(false)) {
    CAPTURE(t.segment);
    CHECK(t.short_text.rfind("Estimado(a) {nombre}: le saluda {agencia}.", 0) == 0);
    CHECK(t.body.rfind("Estimado(a) {nombre}:\n\nLe saluda {agencia}.", 0) == 0);
    CHECK(t.voicemail.rfind("Estimado(a) {nombre}, le llamamos de {agencia}", 0) == 0);
    CHECK(t.short_text.find("{telefono_agencia}") != std::string_view::npos);
    CHECK(t.body.find("{telefono_agencia}") != std::string_view::npos);
    CHECK(t.body.find("{whatsapp_agencia}") != std::string_view::npos);
    CHECK(t.voicemail.find("{whatsapp_agencia}") != std::string_view::npos);
  }
  for (const auto& t : builtin_texts(true)) {
    CAPTURE(t.segment);
    CHECK(t.short_text.rfind("Dear {nombre}, this is {agencia}.", 0) == 0);
    CHECK(t.body.rfind("Dear {nombre},\n\nThis is {agencia}.", 0) == 0);
    CHECK(t.body.find("{telefono_agencia}") != std::string_view::npos);
  }
}

TEST_CASE("the procedures' reasons: the safety campaign free with parts in stock, campaigns with the maintenance") {
  const auto es = builtin_texts(false);
  auto of = [&](std::string_view seg) {
    for (const auto& t : es)
      if (t.segment == seg) return t;
    FAIL("no such segment");
    return es.front();
  };
  CHECK(of("campaign_safety").short_text.find("no tienen costo") != std::string_view::npos);
  CHECK(of("campaign_safety").short_text.find("ya contamos con ellas") != std::string_view::npos);
  CHECK(of("campaign_safety").body.find("mantenimiento") != std::string_view::npos);
  CHECK(of("campaign").short_text.find("misma visita para su mantenimiento") != std::string_view::npos);
  CHECK(of("pending_quote").short_text.find("{cotizacion} ({monto})") != std::string_view::npos);
  CHECK(of("post_service").short_text.find("satisfecho(a)") != std::string_view::npos);
  CHECK(of("first_service").short_text.find("garantía") != std::string_view::npos);
  CHECK(of("web_confirmation").short_text.find("{fecha_cita}") != std::string_view::npos);
  CHECK(of("appointment_reminder").short_text.find("{fecha_cita}") != std::string_view::npos);
  CHECK(of("no_show").short_text.find("reprogramamos") != std::string_view::npos);
}

TEST_CASE("with no value known, no text is left with a stray space, empty parentheses or a blank paragraph") {
  const message_values none;
  for (bool english : {false, true}) {
    for (const auto& t : builtin_texts(english)) {
      for (const auto& [what, text] : fields(t)) {
        CAPTURE(what);
        const std::string out = fill(text, none);
        for (const char* bad : {"  ", " ,", " .", " :", " ;", " )", "( ", "()", "\n\n\n", "\n "}) {
          CAPTURE(bad);
          CHECK(out.find(bad) == std::string::npos);
        }
        CHECK(out == std::string(retorno::trim(out)));
      }
    }
  }
}
