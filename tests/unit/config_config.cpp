// Tests of the configuration loaders: closed days and custom cadences, each refusal naming its file and line.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "config/config.hpp"
#include "core/error.hpp"
#include "temp_folder.hpp"

using namespace retorno;
using retorno::test::temp_folder;

namespace {


// The error a loader throws, with its code, file and line.
template <typename Load>
error refusal(Load load) {
  try {
    load();
  } catch (const error& e) {
    return e;
  }
  FAIL("the file was accepted");
  return error(exit_code::ok, {}, 0, "");
}

const std::string header = "cadence,attempt,channel,gap,unit,slot,note\n";

}  // namespace

TEST_CASE("closed days: the date column, other columns ignored") {
  temp_folder t;
  auto days = config::load_closed_days(t.write("cerrado.csv", "motivo,date\nNochebuena,2026-12-24\nFin de año,2026-12-31\n"));
  REQUIRE(days.size() == 2);
  CHECK(format_day(days[0]) == "2026-12-24");
  CHECK(format_day(days[1]) == "2026-12-31");
  CHECK(config::load_closed_days(t.write("vacio.csv", "date\n")).empty());
}

TEST_CASE("closed days: a date that is not YYYY-MM-DD is an input error naming the file and line") {
  temp_folder t;
  const auto path = t.write("cerrado.csv", "date\n2026-12-24\n24/12/2026\n");
  auto e = refusal([&] { config::load_closed_days(path); });
  CHECK(e.code() == exit_code::input);
  CHECK(e.file() == path);
  CHECK(e.line() == 3);
  CHECK(std::string(e.what()).find("24/12/2026") != std::string::npos);
  // 30 February is not a day either.
  CHECK(refusal([&] { config::load_closed_days(t.write("feb.csv", "date\n2026-02-30\n")); }).line() == 2);
  // No date column at all: an input error at the header.
  auto missing = refusal([&] { config::load_closed_days(t.write("sin.csv", "fecha\n2026-12-24\n")); });
  CHECK(missing.code() == exit_code::input);
  CHECK(missing.line() == 1);
}

TEST_CASE("cadences: a good file, steps in attempt order, defaults for empty unit and slot") {
  temp_folder t;
  const auto path = t.write("cadencias.csv", header +
                                                 "postventa,2,phone,2,business_days,any,dejar recado\n"
                                                 "postventa,1,phone,0,,,\n"
                                                 "urgente,1,phone,0,business_hours,rotate,\n"
                                                 "postventa,3,letter_or_email,0,,,carta de agradecimiento\n"
                                                 "urgente,2,sms,3,business_hours,any,\n");
  auto cs = config::load_cadences(path);
  REQUIRE(cs.size() == 2);
  CHECK(cs[0].name == "postventa");  // in the file's order of first appearance
  CHECK(cs[1].name == "urgente");
  const auto& p = cs[0];
  REQUIRE(p.steps.size() == 3);
  CHECK(p.steps[0].attempt == 1);
  CHECK(p.steps[0].unit == rules::gap_unit::business_days);
  CHECK(p.steps[0].rotate_slot);
  CHECK(p.steps[1].gap == 2);
  CHECK_FALSE(p.steps[1].rotate_slot);
  CHECK(p.steps[1].note == "dejar recado");
  CHECK(p.steps[2].channel == "letter_or_email");
  CHECK(p.phone_steps() == 2);
  CHECK(cs[1].steps[1].unit == rules::gap_unit::business_hours);
  CHECK(cs[1].steps[1].gap == 3);
  // Every channel name is accepted.
  std::string all = header;
  int n = 0;
  for (auto ch : {"phone", "whatsapp", "sms", "email", "letter", "preferred", "letter_or_email"})
    all += "todos," + std::to_string(++n) + "," + ch + ",0,,,\n";
  CHECK(config::load_cadences(t.write("todos.csv", all)).front().steps.size() == 7);
}

TEST_CASE("cadences: an unknown channel, a unit or slot typo, a bad number: usage errors naming the line") {
  temp_folder t;
  struct bad_case {
    const char* row;
    const char* says;
  };
  for (const auto& b : {bad_case{"x,2,telefono,1,,,", "unknown channel 'telefono'"},
                        bad_case{"x,2,phone,1,business_day,,", "unit must be business_days or business_hours"},
                        bad_case{"x,2,phone,1,dias,,", "not 'dias'"},
                        bad_case{"x,2,phone,1,,rotar,", "slot must be rotate or any"},
                        bad_case{"x,2,phone,-1,,,", "gap '-1' is not a whole number"},
                        bad_case{"x,2,phone,1.5,,,", "gap '1.5'"},
                        bad_case{"x,two,phone,1,,,", "attempt 'two'"},
                        bad_case{"x,2,phone,,,,", "gap '' is not a whole number"}}) {
    CAPTURE(b.row);
    const auto path = t.write("bad.csv", header + "x,1,phone,0,,,\n" + b.row + "\n");
    auto e = refusal([&] { config::load_cadences(path); });
    CHECK(e.code() == exit_code::usage);
    CHECK(e.file() == path);
    CHECK(e.line() == 3);
    CHECK(std::string(e.what()).find(b.says) != std::string::npos);
  }
}

TEST_CASE("cadences: a gap over a year is refused, a year is not") {
  temp_folder t;
  CHECK(config::load_cadences(t.write("a.csv", header + "x,1,phone,366,business_days,,\n")).front().steps[0].gap == 366);
  CHECK(config::load_cadences(t.write("b.csv", header + "x,1,phone,8784,business_hours,,\n")).front().steps[0].gap ==
        8784);
  auto days = refusal([&] { config::load_cadences(t.write("c.csv", header + "x,1,phone,0,,,\nx,2,phone,367,,,\n")); });
  CHECK(days.code() == exit_code::usage);
  CHECK(days.line() == 3);
  CHECK(std::string(days.what()).find("more than a year") != std::string::npos);
  auto hours = refusal([&] { config::load_cadences(t.write("d.csv", header + "x,1,phone,8785,business_hours,,\n")); });
  CHECK(hours.code() == exit_code::usage);
  CHECK(hours.line() == 2);
  // A typo of a million days: refused, never a search for a day centuries away.
  CHECK(refusal([&] { config::load_cadences(t.write("e.csv", header + "x,1,phone,1000000,,,\n")); }).code() ==
        exit_code::usage);
}

TEST_CASE("cadences: attempt numbers with a gap or a repeat are refused, naming the file and the cadence") {
  temp_folder t;
  const auto path = t.write("hueco.csv", header + "x,1,phone,0,,,\nx,3,phone,1,,,\n");
  auto e = refusal([&] { config::load_cadences(path); });
  CHECK(e.code() == exit_code::usage);
  CHECK(e.file() == path);
  CHECK(e.line() == 0);  // a whole cadence is wrong, not one line
  CHECK(std::string(e.what()).find("cadence x") != std::string::npos);
  CHECK(refusal([&] { config::load_cadences(t.write("doble.csv", header + "x,1,phone,0,,,\nx,1,sms,0,,,\n")); }).code() ==
        exit_code::usage);
  CHECK(refusal([&] { config::load_cadences(t.write("cero.csv", header + "x,0,phone,0,,,\nx,1,sms,0,,,\n")); }).code() ==
        exit_code::usage);
}

TEST_CASE("cadences: the calls come first, then the fallback") {
  temp_folder t;
  const auto path = t.write("mezcla.csv", header + "x,1,phone,0,,,\nx,2,whatsapp,0,,,\nx,3,phone,1,,,\n");
  auto e = refusal([&] { config::load_cadences(path); });
  CHECK(e.code() == exit_code::usage);
  CHECK(std::string(e.what()).find("step 3 is a call after a whatsapp step") != std::string::npos);
  // Two fallback steps after the calls are fine.
  auto ok = config::load_cadences(t.write("bien.csv", header + "y,1,phone,0,,,\ny,2,sms,0,,,\ny,3,letter,0,,,\n"));
  REQUIRE(ok.size() == 1);
  CHECK(ok[0].phone_steps() == 1);
}

TEST_CASE("cadences: no cadence, or no required column") {
  temp_folder t;
  auto empty = refusal([&] { config::load_cadences(t.write("vacio.csv", header)); });
  CHECK(empty.code() == exit_code::usage);
  CHECK(std::string(empty.what()).find("no cadence") != std::string::npos);
  // The table itself cannot be read: an input error at its header.
  auto missing = refusal([&] { config::load_cadences(t.write("sin_gap.csv", "cadence,attempt,channel\nx,1,phone\n")); });
  CHECK(missing.code() == exit_code::input);
  CHECK(missing.line() == 1);
  // Optional columns may be left out.
  CHECK(config::load_cadences(t.write("corto.csv", "cadence,attempt,channel,gap\nx,1,phone,0\n")).size() == 1);
}

TEST_CASE("agents: capacity, days off by weekday name or date, branch; the default capacity for an empty one") {
  temp_folder t;
  auto agents = config::load_agents(
      t.write("agentes.csv", "agent,capacity,days_off,branch\nana,30,sábado;2026-12-24,Centro\nluis,,dom|lunes,\n"), 50);
  REQUIRE(agents.size() == 2);
  CHECK(agents[0].name == "ana");
  CHECK(agents[0].capacity == 30);
  CHECK(agents[0].weekdays_off[6]);
  CHECK_FALSE(agents[0].weekdays_off[0]);
  REQUIRE(agents[0].days_off.size() == 1);
  CHECK(format_day(agents[0].days_off[0]) == "2026-12-24");
  CHECK(agents[0].branch == "Centro");
  CHECK(agents[1].capacity == 50);
  CHECK(agents[1].weekdays_off[0]);
  CHECK(agents[1].weekdays_off[1]);
}

TEST_CASE("agents: a bad capacity or day off, a repeated agent, everyone off: usage errors naming the line") {
  temp_folder t;
  const std::string head = "agent,capacity,days_off\n";
  auto zero = refusal([&] { config::load_agents(t.write("a.csv", head + "ana,0,\n"), 50); });
  CHECK(zero.code() == exit_code::usage);
  CHECK(zero.line() == 2);
  auto day = refusal([&] { config::load_agents(t.write("b.csv", head + "ana,10,\nluis,10,feriado\n"), 50); });
  CHECK(day.line() == 3);
  CHECK(std::string(day.what()).find("feriado") != std::string::npos);
  auto twice = refusal([&] { config::load_agents(t.write("c.csv", head + "ana,10,\nana,5,\n"), 50); });
  CHECK(std::string(twice.what()).find("twice") != std::string::npos);
  auto always_off = refusal(
      [&] { config::load_agents(t.write("d.csv", head + "ana,10,lun mar mie jue vie sab dom\n"), 50); });
  CHECK(std::string(always_off.what()).find("every day") != std::string::npos);
  auto none = refusal([&] { config::load_agents(t.write("e.csv", head), 50); });
  CHECK(none.code() == exit_code::usage);
}
