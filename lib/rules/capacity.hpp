// Each agent's day: how many calls fit and which days the agent is off; the day's calls fill
// it in order, and what does not fit waits for the agent's following working days.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/calendar.hpp"
#include "core/dates.hpp"

namespace retorno::rules {

struct agent {
  std::string name;
  int capacity = 50;  // calls a day
  std::array<bool, 7> weekdays_off{};  // by weekday, Sunday = 0
  std::vector<day> days_off;           // dates
  std::string branch;

  // A business day of the calendar that is not one of the agent's days off.
  bool works_on(day d, const calendar::business_calendar& cal) const;
  // Whether the agent calls the customers of `branch`: an agent without a branch serves every
  // branch, and a customer without one is every agent's.
  bool serves(std::string_view customer_branch) const;
  // The first day after `d` the agent works (at most a year ahead; nullopt past it).
  std::optional<day> next_working_day(day d, const calendar::business_calendar& cal) const;
};

// In a run of one branch (`branch`) of a dealer group, an agent of no branch works for every
// branch, and each branch's run would give it a whole day. Its capacity is shared instead among
// the branches the agents name and `branch` (told apart as model::same_branch does, in name
// order): each takes capacity / branches, and the first ones one more while the rest lasts, so
// that the runs of all branches together give it one day. Agents of a branch are unchanged; a
// group of one branch changes nothing.
void share_roaming_capacity(std::vector<agent>& agents, std::string_view branch);

// A weekday name in Spanish or English, whole or its first three letters, any case and with
// or without accents ("sábado", "sabado", "sat", "Saturday"): Sunday = 0.
std::optional<int> parse_weekday(std::string_view name);

// One call wanting a place in its agent's day, in the order the day is filled.
struct seat {
  std::uint32_t agent = 0;  // index in the agents
  bool always = false;      // callbacks and leads never wait for capacity
};

// For each seat, in order: nullopt when it fits in today's calls, else the day it waits for
// (the agent's following working days filled at capacity, in the same order: an estimate, as
// new items will come). A seat of an agent who is off today waits for the agent's next working
// day, `always` or not (the caller moves what cannot wait to an agent at work).
std::vector<std::optional<day>> fill_days(std::span<const seat> seats, std::span<const agent> agents,
                                          const calendar::business_calendar& cal, day today);

}  // namespace retorno::rules
