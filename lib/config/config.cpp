// Loading the configuration files: closed days and custom cadences.
#include "core/catalog.hpp"
#include "config/config.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include <fmt/format.h>

#include "core/error.hpp"
#include "model/table.hpp"

namespace retorno::config {

std::vector<day> load_closed_days(const std::string& path) {
  std::vector<day> out;
  constexpr std::array<std::string_view, 1> cols = {"date"};
  model::for_each_row(path, cols, cols, [&](const model::row_view& r) {
    auto d = parse_day(r[0]);
    if (!d) throw input_error(path, r.line, tr(msg::err_not_a_date, r[0]));
    out.push_back(*d);
  });
  return out;
}

std::vector<rules::agent> load_agents(const std::string& path, int default_capacity) {
  std::vector<rules::agent> out;
  constexpr std::array<std::string_view, 4> cols = {"agent", "capacity", "days_off", "branch"};
  constexpr std::array<std::string_view, 1> required = {"agent"};
  model::for_each_row(path, cols, required, [&](const model::row_view& r) {
    auto fail = [&](std::string what) { return error(exit_code::usage, path, r.line, std::move(what)); };
    rules::agent a;
    a.name = std::string(r[0]);
    if (a.name.empty()) throw fail(tr(msg::err_agent_no_name));
    if (std::any_of(out.begin(), out.end(), [&](const rules::agent& b) { return b.name == a.name; }))
      throw fail(tr(msg::err_agent_twice, a.name));
    a.capacity = default_capacity;
    if (!r[1].empty()) {
      int v = 0;
      auto [p, ec] = std::from_chars(r[1].data(), r[1].data() + r[1].size(), v);
      if (ec != std::errc() || p != r[1].data() + r[1].size() || v < 1 || v > 1000)
        throw fail(tr(msg::err_agent_capacity, r[1]));
      a.capacity = v;
    }
    std::string_view days = r[2];
    while (!days.empty()) {
      const auto end = days.find_first_of(";| ");
      const std::string_view part = days.substr(0, end);
      days = end == std::string_view::npos ? std::string_view() : days.substr(end + 1);
      if (part.empty()) continue;
      if (auto w = rules::parse_weekday(part)) a.weekdays_off[static_cast<std::size_t>(*w)] = true;
      else if (auto d = parse_day(part)) a.days_off.push_back(*d);
      else throw fail(tr(msg::err_agent_day_off, part));
    }
    if (std::all_of(a.weekdays_off.begin(), a.weekdays_off.end(), [](bool off) { return off; }))
      throw fail(tr(msg::err_agent_always_off, a.name));
    a.branch = std::string(r[3]);
    out.push_back(std::move(a));
    if (out.size() > 255) throw fail(tr(msg::err_agents_too_many));
  });
  if (out.empty()) throw error(exit_code::usage, path, 0, tr(msg::err_no_agent));
  return out;
}

std::vector<rules::cadence> load_cadences(const std::string& path) {
  std::vector<rules::cadence> out;
  constexpr std::array<std::string_view, 7> cols = {"cadence", "attempt", "channel", "gap", "unit", "slot", "note"};
  constexpr std::array<std::string_view, 4> required = {"cadence", "attempt", "channel", "gap"};
  model::for_each_row(path, cols, required, [&](const model::row_view& r) {
    auto fail = [&](std::string what) { return error(exit_code::usage, path, r.line, std::move(what)); };
    rules::cadence_step s;
    auto number = [&](std::string_view text, std::string_view what) {
      int v = -1;
      auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
      if (ec != std::errc() || p != text.data() + text.size() || v < 0)
        throw fail(tr(msg::err_not_whole_number, what, text));
      return v;
    };
    s.attempt = number(r[1], "attempt");
    s.channel = std::string(r[2]);
    static constexpr std::string_view channels[] = {"phone",     "whatsapp",        "sms",     "email",
                                                    "letter",    "preferred",       "letter_or_email",
                                                    "message",   "preferred_message"};
    if (std::find(std::begin(channels), std::end(channels), s.channel) == std::end(channels))
      throw fail(tr(msg::err_unknown_channel, s.channel));
    s.gap = number(r[3], "gap");
    if (r[4] == "business_hours") s.unit = rules::gap_unit::business_hours;
    else if (r[4].empty() || r[4] == "business_days") s.unit = rules::gap_unit::business_days;
    else throw fail(tr(msg::err_cadence_unit, r[4]));
    // A year of business days (or of its hours) is more than any cadence waits; more is a typo
    // that would send the scheduler looking for a day centuries away.
    const int most = s.unit == rules::gap_unit::business_hours ? 366 * 24 : 366;
    if (s.gap > most)
      throw fail(tr(s.unit == rules::gap_unit::business_hours ? msg::err_cadence_gap_hours : msg::err_cadence_gap_days,
                             s.gap, most));
    if (r[5] == "any") s.rotate_slot = false;
    else if (!r[5].empty() && r[5] != "rotate") throw fail(tr(msg::err_cadence_slot, r[5]));
    s.note = std::string(r[6]);
    auto it = std::find_if(out.begin(), out.end(), [&](const rules::cadence& c) { return c.name == r[0]; });
    if (it == out.end()) it = out.insert(out.end(), rules::cadence{std::string(r[0]), {}});
    it->steps.push_back(std::move(s));
  });
  for (auto& c : out) {
    std::sort(c.steps.begin(), c.steps.end(), [](const rules::cadence_step& a, const rules::cadence_step& b) { return a.attempt < b.attempt; });
    for (std::size_t i = 0; i < c.steps.size(); ++i)
      if (c.steps[i].attempt != static_cast<int>(i + 1))
        throw error(exit_code::usage, path, 0, tr(msg::err_cadence_numbering, c.name));
    // The calls come first, then what follows their failure: the scheduler counts the calls
    // made to know the next step, so a message between two calls would be taken for a call.
    bool message_seen = false;
    for (const auto& step : c.steps) {
      if (!rules::is_call_step(step.channel)) message_seen = true;
      else if (message_seen)
        throw error(exit_code::usage, path, 0,
                    tr(msg::err_cadence_order, c.name, step.attempt, c.steps[static_cast<std::size_t>(step.attempt) - 2].channel));
    }
  }
  if (out.empty()) throw error(exit_code::usage, path, 0, tr(msg::err_no_cadence));
  return out;
}

}  // namespace retorno::config
