// lib/rules/templates: placeholders found and filled, empty values left out cleanly, and the
// lookup's fallbacks from a channel to its sibling, the segment's others, the default, the built-in text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules/templates.hpp"

using namespace retorno::rules;

namespace {

message_values full() {
  message_values v;
  v.name = "José Núñez";
  v.model = "Aveo";
  v.year = "2022";
  v.vin = "3G1TA5AF6DL123456";
  v.plates = "FRT-123-A";
  v.campaign = "N212345670";
  v.quote = "Q-77";
  v.amount = "$4,350.00";
  v.appointment_at = "viernes 27 de noviembre, 10:00";
  v.dealer = "Automotriz Laguna";
  v.dealer_phone = "+52 871 729 1500";
  v.dealer_whatsapp = "+52 871 729 1599";
  v.dealer_address = "Blvd. Independencia 1500 Ote., Torreón";
  v.promotions = "Este mes, 15% en frenos.";
  return v;
}

}  // namespace

TEST_CASE("the fourteen placeholders, in the order of message_values") {
  const auto& n = placeholder_names();
  REQUIRE(n.size() == 14);
  CHECK(n.front() == "nombre");
  CHECK(n[2] == "anio");
  CHECK(n[8] == "fecha_cita");
  CHECK(n.back() == "promociones");
  // Every name fills from its own field.
  std::string all;
  for (auto name : n) all.append("{").append(name).append("}|");
  CHECK(fill(all, full()) ==
        "José Núñez|Aveo|2022|3G1TA5AF6DL123456|FRT-123-A|N212345670|Q-77|$4,350.00|viernes 27 de noviembre, "
        "10:00|Automotriz Laguna|+52 871 729 1500|+52 871 729 1599|Blvd. Independencia 1500 Ote., Torreón|Este mes, "
        "15% en frenos.|");
}

TEST_CASE("unknown placeholders are listed as written, each once, in order") {
  CHECK(unknown_placeholders("Hola {nombr}, su {anio} {año} y {nombr} otra vez {Nombre}") ==
        std::vector<std::string>{"{nombr}", "{año}", "{Nombre}"});
  CHECK(unknown_placeholders("Estimado(a) {nombre}: {telefono_agencia}").empty());
  // Braces that hold white space, nothing or another brace are plain text, not placeholders.
  CHECK(unknown_placeholders("{ } {} {a b} precio {desde").empty());
  CHECK(unknown_placeholders("{{nombre}}").empty());
  CHECK(unknown_placeholders("").empty());
}

TEST_CASE("filling replaces known placeholders and keeps unknown ones as written") {
  const auto v = full();
  CHECK(fill("Estimado(a) {nombre}: le saluda {agencia}.", v) == "Estimado(a) José Núñez: le saluda Automotriz Laguna.");
  CHECK(fill("Hola {nombr}", v) == "Hola {nombr}");
  CHECK(fill("{ nombre } {}", v) == "{ nombre } {}");
  CHECK(fill("", v) == "");
  // A value is never read for placeholders: a name that looks like one stays as it is.
  message_values tricky;
  tricky.name = "{agencia}";
  tricky.dealer.push_back('X');
  CHECK(fill("{nombre} / {agencia}", tricky) == "{agencia} / X");
  // Lines and their ends are kept.
  CHECK(fill("A {anio}\n\nB\n", v) == "A 2022\n\nB\n");
}

TEST_CASE("an empty value takes the space before it when punctuation or a space follows") {
  const message_values none;
  CHECK(fill("Estimado(a) {nombre}:", none) == "Estimado(a):");
  CHECK(fill("Dear {nombre},", none) == "Dear,");
  CHECK(fill("su vehículo {modelo} {anio} está próximo", none) == "su vehículo está próximo");
  CHECK(fill("la campaña {campana}.", none) == "la campaña.");
  CHECK(fill("al final {vin}", none) == "al final");
  // At the start of a line the space after goes instead.
  CHECK(fill("{nombre} le saluda", none) == "le saluda");
  // Followed by a letter, nothing around it changes.
  CHECK(fill("x{anio}y", none) == "xy");
  message_values only_model;
  only_model.model = "Aveo";
  CHECK(fill("su vehículo {modelo} {anio} está", only_model) == "su vehículo Aveo está");
}

TEST_CASE("a parenthesised part whose placeholders are all empty is left out with the space before it") {
  message_values v;
  v.quote = "Q-77";
  CHECK(fill("la cotización {cotizacion} ({monto}).", v) == "la cotización Q-77.");
  v.amount = "$4,350.00";
  CHECK(fill("la cotización {cotizacion} ({monto}).", v) == "la cotización Q-77 ($4,350.00).");
  CHECK(fill("su vehículo (placas {placas}) el lunes", message_values{}) == "su vehículo el lunes");
  // One value of the part is enough to keep it, the empty one tidied inside.
  message_values model_only;
  model_only.model = "Aveo";
  CHECK(fill("(modelo {modelo}, año {anio})", model_only) == "(modelo Aveo, año)");
  // Parentheses without a placeholder are text.
  CHECK(fill("Estimado(a) {nombre}: (sin costo)", message_values{}) == "Estimado(a): (sin costo)");
  // An unclosed one too.
  CHECK(fill("nota ({monto}", message_values{}) == "nota (");
}

TEST_CASE("a line that comes out blank is left out, with one blank line around it") {
  const message_values none;
  const std::string text = "Estimado(a) {nombre}:\n\nPárrafo uno.\n\n{promociones}\n\nPárrafo dos.";
  CHECK(fill(text, none) == "Estimado(a):\n\nPárrafo uno.\n\nPárrafo dos.");
  auto v = none;
  v.promotions = "15% en frenos.";
  CHECK(fill(text, v) == "Estimado(a):\n\nPárrafo uno.\n\n15% en frenos.\n\nPárrafo dos.");
  // First and last paragraphs.
  CHECK(fill("{promociones}\n\nTexto.", none) == "Texto.");
  CHECK(fill("Texto.\n\n{promociones}", none) == "Texto.");
  CHECK(fill("Texto.\n{promociones}\nMás.", none) == "Texto.\nMás.");
  // A line of text whose placeholders are empty stays: only blank lines go.
  CHECK(fill("Le saluda {agencia}.\nGracias.", none) == "Le saluda.\nGracias.");
  // Blank lines of the template itself stay.
  CHECK(fill("A\n\n\nB", none) == "A\n\n\nB");
}

TEST_CASE("the template segments: the list's segments, the safety campaign apart, the reminder and the default") {
  const auto& all = template_segments();
  REQUIRE(all.size() == 17);
  CHECK(all.front() == "lead");
  CHECK(all.back() == "default");
  for (int i = 0; i < static_cast<int>(segment_count); ++i) {
    const auto s = static_cast<segment>(i);
    CAPTURE(segment_name(s));
    CHECK(is_template_segment(template_segment(s)));
  }
  CHECK(template_segment(segment::campaign_safety) == "campaign_safety");
  CHECK(template_segment(segment::campaign) == "campaign");
  CHECK(template_segment(segment::next_service) == "next_service");
  CHECK(is_template_segment("appointment_reminder"));
  CHECK(is_template_segment("default"));
  CHECK_FALSE(is_template_segment("campaing"));
  CHECK_FALSE(is_template_segment(""));
}

TEST_CASE("lookup: the exact key, then the sibling channel, then the segment's others") {
  template_set set;
  set.put("lead", false, channel::whatsapp, {{}, "WA lead"});
  set.put("lead", false, channel::letter, {"Asunto carta", "Carta lead"});
  set.put("lead", false, channel::phone, {{}, "Buzón lead"});
  CHECK(set.size() == 3);
  REQUIRE(set.exact("lead", false, channel::whatsapp) != nullptr);
  CHECK(set.exact("lead", false, channel::sms) == nullptr);
  CHECK(set.exact("lead", true, channel::whatsapp) == nullptr);
  CHECK(set.find("lead", false, channel::whatsapp).text == "WA lead");
  CHECK(set.find("lead", false, channel::sms).text == "WA lead");     // sms -> whatsapp
  CHECK(set.find("lead", false, channel::email).text == "Carta lead");  // email -> letter
  CHECK(set.find("lead", false, channel::email).subject == "Asunto carta");
  CHECK(set.find("lead", false, channel::phone).text == "Buzón lead");
  // A text without a subject takes the first subject the search finds.
  CHECK(set.find("lead", false, channel::whatsapp).subject == "Asunto carta");
  // Replacing a key.
  set.put("lead", false, channel::whatsapp, {{}, "WA nuevo"});
  CHECK(set.size() == 3);
  CHECK(set.find("lead", false, channel::sms).text == "WA nuevo");
}

TEST_CASE("lookup: the written channels before the voicemail text") {
  template_set set;
  set.put("no_show", false, channel::phone, {{}, "Buzón"});
  set.put("no_show", false, channel::email, {"Asunto", "Correo"});
  CHECK(set.find("no_show", false, channel::whatsapp).text == "Correo");
  CHECK(set.find("no_show", false, channel::letter).text == "Correo");
  set.put("no_show", false, channel::sms, {{}, "SMS"});
  CHECK(set.find("no_show", false, channel::email).text == "Correo");
  CHECK(set.find("no_show", false, channel::whatsapp).text == "SMS");
  CHECK(set.find("no_show", false, channel::letter).text == "Correo");
}

TEST_CASE("lookup: an unknown or empty segment takes the default, then the built-in generic text") {
  template_set set;
  set.put("default", false, channel::whatsapp, {{}, "Genérico"});
  CHECK(set.find("lead", false, channel::whatsapp).text == "Genérico");
  CHECK(set.find("otro", false, channel::sms).text == "Genérico");
  // Nothing at all in English: the built-in generic text of the language, with its subject.
  const auto en = set.find("lead", true, channel::email);
  CHECK(en.subject == "A message from {agencia}");
  CHECK(en.text.rfind("Dear {nombre},", 0) == 0);
  CHECK(en.text.find("Sincerely,") != std::string::npos);
  // An empty set still answers every key.
  const template_set empty;
  CHECK(empty.find("lead", false, channel::phone).text.rfind("Estimado(a) {nombre}, le llamamos de {agencia}", 0) == 0);
  CHECK(empty.find("lead", false, channel::letter).text.find("Atentamente") == std::string::npos);
  CHECK(empty.find("lead", false, channel::letter).subject == "Mensaje de {agencia}");
  // The segment's own text with a subject from the default's.
  set.put("lead", false, channel::email, {{}, "Correo sin asunto"});
  set.put("default", false, channel::email, {"Asunto genérico", "x"});
  CHECK(set.find("lead", false, channel::email).text == "Correo sin asunto");
  CHECK(set.find("lead", false, channel::email).subject == "Asunto genérico");
}

TEST_CASE("the built-in set: four channels of every segment in both languages, sms taking whatsapp's") {
  const auto set = builtin_templates();
  CHECK(set.size() == 17 * 2 * 4);
  for (auto seg : template_segments()) {
    for (bool english : {false, true}) {
      CAPTURE(seg);
      CAPTURE(english);
      const auto* email = set.exact(seg, english, channel::email);
      const auto* letter = set.exact(seg, english, channel::letter);
      REQUIRE(email != nullptr);
      REQUIRE(letter != nullptr);
      // The e-mail is the letter's text and a signature; the printed letter signs itself.
      CHECK(email->text.rfind(letter->text, 0) == 0);
      CHECK(email->text.find(english ? "\n\nSincerely,\nService Department\n{agencia}" :
                                       "\n\nAtentamente,\nDepartamento de Servicio\n{agencia}") != std::string::npos);
      CHECK(email->subject == letter->subject);
      CHECK_FALSE(email->subject.empty());
      CHECK(set.find(seg, english, channel::sms).text == set.exact(seg, english, channel::whatsapp)->text);
      CHECK(set.exact(seg, english, channel::phone)->subject.empty());
    }
  }
}

TEST_CASE("a built-in text filled: the safety campaign in Spanish, and with nothing known") {
  const auto set = builtin_templates();
  const auto t = set.find(template_segment(segment::campaign_safety), false, channel::whatsapp);
  CHECK(fill(t.text, full()) ==
        "Estimado(a) José Núñez: le saluda Automotriz Laguna. Su vehículo Aveo 2022 tiene pendiente la campaña de "
        "seguridad N212345670. La revisión y las refacciones no tienen costo para usted, y ya contamos con ellas. "
        "Si su mantenimiento está próximo, lo hacemos en la misma visita. Para agendar su cita, responda este "
        "mensaje o llámenos al +52 871 729 1500.");
  const auto quote = set.find("pending_quote", false, channel::letter);
  message_values v;
  v.quote = "Q-77";
  const auto letter = fill(quote.text, v);
  CHECK(letter.rfind("Estimado(a):\n\nLe saluda. Como lo acordamos, damos seguimiento a la cotización Q-77 de los", 0) == 0);
  CHECK(fill(quote.subject, v) == "Seguimiento a su cotización Q-77");
}
