// The three parts of a contact day. Attempts rotate through them, so that a customer who never
// answers in the morning is tried at midday, then in the afternoon; the printed sheets spread
// each agent's list over them. The boundaries are written here once.
#pragma once
#include <cstddef>
#include <optional>
#include <string_view>

namespace retorno::rules {

enum class slot { morning, midday, afternoon };

// Minutes after midnight where each slot begins: morning until 12:00, midday until 15:00,
// afternoon after (the day itself opens and closes with the calendar's contact hours).
inline constexpr long long midday_begins = 12 * 60, afternoon_begins = 15 * 60;

// The slot of a minute since the epoch.
slot slot_of(long long minutes);
// The first minute of `s` on the day that begins at minute `day_start` (0 for the morning).
long long slot_begins(slot s, long long day_start);
// The first minute after `s` on that day (the next slot's start, or the next midnight).
long long slot_ends(slot s, long long day_start);

// The slot of the call at `position` (0-based) of an agent's list: morning, midday and
// afternoon in turn, so that each part of the day gets its share of the list.
//   slot_for(0) == slot::morning, slot_for(4) == slot::midday
constexpr slot slot_for(std::size_t position) { return static_cast<slot>(position % 3); }

// "morning" (the schedule's column), "Mañana" / "Morning" (a sheet), "09:00–12:00" (a sheet:
// a dealership's usual hours, 09:00 to 19:00).
std::string_view slot_name(slot s);
// nullopt for a name that is not a slot's.
std::optional<slot> parse_slot(std::string_view name);
std::string_view slot_label(slot s, bool english);
std::string_view slot_hours(slot s);

}  // namespace retorno::rules
