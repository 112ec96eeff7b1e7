// Slot boundaries and names.
#include "rules/slots.hpp"

#include "core/dates.hpp"

namespace retorno::rules {

slot slot_of(long long minutes) {
  const long long m = minute_of_day(minutes);
  return m < midday_begins ? slot::morning : m < afternoon_begins ? slot::midday : slot::afternoon;
}

long long slot_begins(slot s, long long day_start) {
  return day_start + (s == slot::morning ? 0 : s == slot::midday ? midday_begins : afternoon_begins);
}

long long slot_ends(slot s, long long day_start) {
  return day_start + (s == slot::morning ? midday_begins : s == slot::midday ? afternoon_begins : minutes_per_day);
}

std::string_view slot_name(slot s) {
  static constexpr std::string_view names[] = {"morning", "midday", "afternoon"};
  return names[static_cast<int>(s)];
}

std::optional<slot> parse_slot(std::string_view name) {
  for (slot s : {slot::morning, slot::midday, slot::afternoon})
    if (slot_name(s) == name) return s;
  return std::nullopt;
}

std::string_view slot_label(slot s, bool english) {
  static constexpr std::string_view es[] = {"Mañana", "Mediodía", "Tarde"}, en[] = {"Morning", "Midday", "Afternoon"};
  return (english ? en : es)[static_cast<int>(s)];
}

std::string_view slot_hours(slot s) {
  static constexpr std::string_view hours[] = {"09:00–12:00", "12:00–15:00", "15:00–19:00"};
  return hours[static_cast<int>(s)];
}

}  // namespace retorno::rules
