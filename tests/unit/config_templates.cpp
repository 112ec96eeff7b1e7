// Tests of the templates file: rows replacing built-in texts, and each refusal naming its file, line and the fix.
#include <doctest/doctest.h>

#include <string>

#include "config/templates.hpp"
#include "core/error.hpp"
#include "temp_folder.hpp"

using namespace retorno;
using retorno::test::temp_folder;

namespace {

// The error the loader throws for a file, with its code, file and line.
error refusal(const std::string& path) {
  try {
    config::load_templates(path);
  } catch (const error& e) {
    return e;
  }
  FAIL("the file was accepted");
  return error(exit_code::ok, {}, 0, "");
}

const std::string header = "segment,lang,channel,subject,text\n";

}  // namespace

TEST_CASE("a row replaces its own template; every other one stays built in") {
  temp_folder t;
  const auto path = t.write("plantillas.csv", header +
                                                  "next_service,es,whatsapp,,\"Hola {nombre}, su {modelo} ya toca "
                                                  "servicio. Llame al {telefono_agencia}.\"\n"
                                                  "lead,en,email,Your request,Dear {nombre}: thanks.\n");
  const auto set = config::load_templates(path);
  const auto builtin = rules::builtin_templates();
  CHECK(set.size() == builtin.size());
  CHECK(set.find("next_service", false, rules::channel::whatsapp).text ==
        "Hola {nombre}, su {modelo} ya toca servicio. Llame al {telefono_agencia}.");
  // sms takes the new whatsapp text: it has none of its own.
  CHECK(set.find("next_service", false, rules::channel::sms).text.rfind("Hola {nombre}", 0) == 0);
  CHECK(set.find("lead", true, rules::channel::email).subject == "Your request");
  CHECK(set.find("lead", true, rules::channel::email).text == "Dear {nombre}: thanks.");
  // The untouched keys are the built-in ones.
  CHECK(set.find("next_service", true, rules::channel::whatsapp).text ==
        builtin.find("next_service", true, rules::channel::whatsapp).text);
  CHECK(set.find("lead", true, rules::channel::letter).text == builtin.find("lead", true, rules::channel::letter).text);
}

TEST_CASE("a text may span lines: CRLF made LF, outer white space dropped; no subject takes the built-in one") {
  temp_folder t;
  const auto path = t.write("plantillas.csv", "segment,lang,channel,text,subject\r\n"
                                              "inactive,es,letter,\"  Estimado(a) {nombre}:\r\n\r\nLe extrañamos.\r\n  \",\r\n"
                                              "anniversary,es,email,\"Felicidades\rGracias\",\r\n");
  const auto set = config::load_templates(path);
  const auto* letter = set.exact("inactive", false, rules::channel::letter);
  REQUIRE(letter != nullptr);
  CHECK(letter->text == "Estimado(a) {nombre}:\n\nLe extrañamos.");
  CHECK(letter->subject.empty());
  // The lookup finds the subject of the built-in e-mail, the letter's sibling.
  CHECK(set.find("inactive", false, rules::channel::letter).subject == "Le extrañamos en {agencia}");
  CHECK(set.exact("anniversary", false, rules::channel::email)->text == "Felicidades\nGracias");
}

TEST_CASE("a header only changes nothing; a given base is the one overridden") {
  temp_folder t;
  CHECK(config::load_templates(t.write("vacio.csv", header)).size() == rules::builtin_templates().size());
  const auto set = config::load_templates(t.write("uno.csv", header + "default,es,sms,,Hola {nombre}\n"), rules::template_set{});
  CHECK(set.size() == 1);
  CHECK(set.find("lead", false, rules::channel::whatsapp).text == "Hola {nombre}");
}

TEST_CASE("an unknown placeholder is a usage error naming the file, the line and the placeholder") {
  temp_folder t;
  const auto path = t.write("plantillas.csv", header + "lead,es,whatsapp,,Hola {nombre}\n"
                                                       "no_show,es,sms,,\"Hola {nombr}, su cita {fecha}\"\n");
  const auto e = refusal(path);
  CHECK(e.code() == exit_code::usage);
  CHECK(e.file() == path);
  CHECK(e.line() == 3);
  CHECK(std::string(e.what()) == "unknown placeholder {nombr}, {fecha} in the text of no_show es sms");
  CHECK(e.hint() == "did you mean {nombre}?");
  // An accent where the placeholder has none.
  const auto year = refusal(t.write("anio.csv", header + "lead,es,email,Su {año},Texto\n"));
  CHECK(year.line() == 2);
  CHECK(std::string(year.what()).find("{año} in the subject") != std::string::npos);
  CHECK(year.hint() == "did you mean {anio}?");
  // Nothing close: the hint lists every placeholder.
  const auto far = refusal(t.write("lejos.csv", header + "lead,es,email,,Texto {kilometraje_actual}\n"));
  CHECK(far.hint().find("{nombre} {modelo}") != std::string::npos);
  CHECK(far.hint().find("{promociones}") != std::string::npos);
}

TEST_CASE("an unknown segment, language or channel is a usage error with a hint") {
  temp_folder t;
  const auto seg = refusal(t.write("seg.csv", header + "\nnext_servce,es,sms,,Hola\n"));
  CHECK(seg.code() == exit_code::usage);
  CHECK(seg.line() == 3);  // the blank line counts
  CHECK(std::string(seg.what()) == "unknown segment 'next_servce' in the templates");
  CHECK(seg.hint() == "did you mean next_service?");
  const auto nothing_near = refusal(t.write("seg2.csv", header + "recall,es,sms,,Hola\n"));
  CHECK(nothing_near.hint().find("campaign_safety") != std::string::npos);
  CHECK(nothing_near.hint().find("appointment_reminder") != std::string::npos);
  // The call list's plain "campaign" is a template segment; "safety" alone is not.
  CHECK(refusal(t.write("seg3.csv", header + "safety,es,sms,,Hola\n")).line() == 2);
  const auto lang = refusal(t.write("lang.csv", header + "lead,fr,sms,,Bonjour\n"));
  CHECK(lang.code() == exit_code::usage);
  CHECK(std::string(lang.what()) == "language must be es or en, not 'fr'");
  CHECK(refusal(t.write("lang2.csv", header + "lead,ES,sms,,Hola\n")).line() == 2);
  const auto ch = refusal(t.write("ch.csv", header + "lead,es,whatsap,,Hola\n"));
  CHECK(ch.code() == exit_code::usage);
  CHECK(std::string(ch.what()) == "unknown channel 'whatsap' in the templates");
  CHECK(ch.hint() == "did you mean whatsapp?");
  CHECK(refusal(t.write("ch2.csv", header + "lead,es,fax,,Hola\n")).hint() == "one of: phone, whatsapp, sms, email, letter");
}

TEST_CASE("an empty text, or one of white space only, is a usage error") {
  temp_folder t;
  const auto empty = refusal(t.write("vacio.csv", header + "lead,es,email,Asunto,\n"));
  CHECK(empty.code() == exit_code::usage);
  CHECK(empty.line() == 2);
  CHECK(std::string(empty.what()) == "the es email text of lead is empty");
  CHECK(refusal(t.write("blancos.csv", header + "lead,es,sms,,\"  \r\n \"\n")).line() == 2);
}

TEST_CASE("a key given twice is a usage error naming both lines") {
  temp_folder t;
  const auto e = refusal(t.write("doble.csv", header + "lead,es,sms,,Uno\nlead,en,sms,,One\n lead , es , sms ,,Dos\n"));
  CHECK(e.code() == exit_code::usage);
  CHECK(e.line() == 4);
  CHECK(std::string(e.what()) == "lead es sms is given twice (lines 2 and 4)");
}

TEST_CASE("a missing column, a missing file or a ragged row is a configuration error too (exit 2)") {
  temp_folder t;
  const auto missing = refusal(t.write("sin.csv", "segment,lang,channel\nlead,es,sms\n"));
  CHECK(missing.code() == exit_code::usage);
  CHECK(std::string(missing.what()).find("text") != std::string::npos);
  CHECK(refusal(t.at("no-existe.csv")).code() == exit_code::usage);
  const auto ragged = refusal(t.write("corto.csv", header + "lead,es,sms\n"));
  CHECK(ragged.code() == exit_code::usage);
  CHECK(ragged.line() == 2);
}
