// The dealership procedures' cadences as data.
#include "core/catalog.hpp"
#include "rules/cadence.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "core/error.hpp"
#include "core/text.hpp"

namespace retorno::rules {

std::size_t cadence::phone_steps() const {
  return static_cast<std::size_t>(
      std::count_if(steps.begin(), steps.end(), [](const cadence_step& s) { return is_call_step(s.channel); }));
}

std::vector<cadence> builtin_cadences(bool english) {
  using u = gap_unit;
  const auto note = [l = english ? lang::en : lang::es](msg::id id) { return std::string(text(id, l)); };
  return {
      {"mrs",
       {{1, "phone", 0, u::business_days, true, ""},
        {2, "phone", 5, u::business_days, true, ""},
        {3, "phone", 5, u::business_days, true, ""},
        {4, "preferred", 0, u::business_days, false, note(msg::cadence_note_preferred)}}},
      {"week5",
       {{1, "phone", 0, u::business_days, true, ""},
        {2, "phone", 1, u::business_days, true, ""},
        {3, "phone", 1, u::business_days, true, ""},
        {4, "phone", 1, u::business_days, true, ""},
        {5, "phone", 1, u::business_days, true, ""},
        {6, "letter_or_email", 0, u::business_days, false, note(msg::cadence_note_letter_or_email)}}},
      {"call3-whatsapp",
       {{1, "phone", 0, u::business_days, true, ""},
        {2, "phone", 1, u::business_days, true, ""},
        {3, "phone", 1, u::business_days, true, ""},
        {4, "whatsapp", 0, u::business_days, false, note(msg::cadence_note_whatsapp)}}},
      {"lead48h",
       {{1, "phone", 0, u::business_hours, true, note(msg::cadence_note_voicemail)},
        {2, "phone", 4, u::business_hours, true, ""},
        {3, "phone", 4, u::business_hours, true, ""},
        {4, "email", 0, u::business_hours, false, note(msg::cadence_note_lead_email)}}},
      {"reminder",
       {{1, "preferred_message", 0, u::business_days, true, note(msg::cadence_note_confirm)},
        {2, "message", 0, u::business_days, false, note(msg::cadence_note_reminder_message)}}},
  };
}

const cadence& cadence_plan::of(std::string_view segment) const {
  auto it = cadence_of.find(std::string(segment));
  const std::string& name = it != cadence_of.end() ? it->second : cadence_of.at("*");
  return *std::find_if(cadences.begin(), cadences.end(), [&](const cadence& k) { return k.name == name; });
}

std::map<std::string, std::string> parse_cadence_spec(const std::string& spec, const std::vector<cadence>& known) {
  std::map<std::string, std::string> out{{"lead", "lead48h"}, {"appointment_reminder", "reminder"}, {"*", "mrs"}};
  std::vector<std::string> names;
  for (const auto& k : known) names.push_back(k.name);
  std::size_t start = 0;
  while (start < spec.size()) {
    auto comma = spec.find(',', start);
    std::string part = spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    start = comma == std::string::npos ? spec.size() : comma + 1;
    if (part.empty()) continue;
    auto eq = part.find('=');
    std::string segment = eq == std::string::npos ? "*" : part.substr(0, eq);
    std::string name = eq == std::string::npos ? part : part.substr(eq + 1);
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      auto guess = closest(name, names);
      throw usage_error(tr(msg::err_unknown_cadence, name),
                        guess ? tr(msg::err_did_you_mean, *guess) : tr(msg::known_list, fmt::format("{}", fmt::join(names, ", "))));
    }
    if (eq == std::string::npos) out.clear();  // one name for every segment
    out[segment] = name;
  }
  if (!out.count("*")) out["*"] = "mrs";
  return out;
}

}  // namespace retorno::rules
