// The seeds' cadences as data, and the loader of custom cadence files.
#include "rules/cadence.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include <fmt/format.h>

#include "core/error.hpp"
#include "model/table.hpp"

namespace retorno::rules {

std::size_t cadence::phone_steps() const {
  return static_cast<std::size_t>(
      std::count_if(steps.begin(), steps.end(), [](const cadence_step& s) { return s.channel == "phone"; }));
}

std::vector<cadence> builtin_cadences() {
  using u = gap_unit;
  return {
      {"mrs",
       {{1, "phone", 0, u::business_days, true, ""},
        {2, "phone", 5, u::business_days, true, ""},
        {3, "phone", 5, u::business_days, true, ""},
        {4, "preferred", 0, u::business_days, false, "medio preferido del cliente"}}},
      {"week5",
       {{1, "phone", 0, u::business_days, true, ""},
        {2, "phone", 1, u::business_days, true, ""},
        {3, "phone", 1, u::business_days, true, ""},
        {4, "phone", 1, u::business_days, true, ""},
        {5, "phone", 1, u::business_days, true, ""},
        {6, "letter_or_email", 0, u::business_days, false, "carta o correo con promociones y teléfonos de citas"}}},
      {"call3-whatsapp",
       {{1, "phone", 0, u::business_days, true, ""},
        {2, "phone", 1, u::business_days, true, ""},
        {3, "phone", 1, u::business_days, true, ""},
        {4, "whatsapp", 0, u::business_days, false, "imágenes y mensaje del guion; teléfonos del concesionario"}}},
      {"lead48h",
       {{1, "phone", 0, u::business_hours, true, "si no contesta, dejar mensaje de voz"},
        {2, "phone", 4, u::business_hours, true, ""},
        {3, "phone", 4, u::business_hours, true, ""},
        {4, "email", 0, u::business_hours, false, "correo: su solicitud está en estudio"}}},
  };
}

std::vector<cadence> load_cadences(const std::string& path) {
  std::vector<cadence> out;
  constexpr std::array<std::string_view, 7> cols = {"cadence", "attempt", "channel", "gap", "unit", "slot", "note"};
  constexpr std::array<std::string_view, 4> required = {"cadence", "attempt", "channel", "gap"};
  model::for_each_row(path, cols, required, [&](const model::row_view& r) {
    auto fail = [&](std::string what) { return error(exit_code::usage, path, r.line, std::move(what)); };
    cadence_step s;
    auto number = [&](std::string_view text, std::string_view what) {
      int v = -1;
      auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
      if (ec != std::errc() || p != text.data() + text.size() || v < 0)
        throw fail(fmt::format("{} '{}' is not a whole number", what, text));
      return v;
    };
    s.attempt = number(r[1], "attempt");
    s.channel = std::string(r[2]);
    static constexpr std::string_view channels[] = {"phone", "whatsapp", "sms", "email", "letter", "preferred",
                                                    "letter_or_email"};
    if (std::find(std::begin(channels), std::end(channels), s.channel) == std::end(channels))
      throw fail(fmt::format("unknown channel '{}'", s.channel));
    s.gap = number(r[3], "gap");
    if (r[4] == "business_hours") s.unit = gap_unit::business_hours;
    else if (r[4].empty() || r[4] == "business_days") s.unit = gap_unit::business_days;
    else throw fail(fmt::format("unit must be business_days or business_hours, not '{}'", r[4]));
    if (r[5] == "any") s.rotate_slot = false;
    else if (!r[5].empty() && r[5] != "rotate") throw fail(fmt::format("slot must be rotate or any, not '{}'", r[5]));
    s.note = std::string(r[6]);
    auto it = std::find_if(out.begin(), out.end(), [&](const cadence& c) { return c.name == r[0]; });
    if (it == out.end()) it = out.insert(out.end(), cadence{std::string(r[0]), {}});
    it->steps.push_back(std::move(s));
  });
  for (auto& c : out) {
    std::sort(c.steps.begin(), c.steps.end(), [](const cadence_step& a, const cadence_step& b) { return a.attempt < b.attempt; });
    for (std::size_t i = 0; i < c.steps.size(); ++i)
      if (c.steps[i].attempt != static_cast<int>(i + 1))
        throw error(exit_code::usage, path, 0, fmt::format("cadence {}: attempts must be numbered 1, 2, 3...", c.name));
  }
  if (out.empty()) throw error(exit_code::usage, path, 0, "no cadence in the file");
  return out;
}

}  // namespace retorno::rules
