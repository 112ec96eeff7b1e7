// Filling each agent's day in order, and the days what does not fit waits for.
#include "rules/capacity.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "model/branch.hpp"


namespace retorno::rules {

bool agent::serves(std::string_view customer_branch) const {
  return trim(branch).empty() || trim(customer_branch).empty() || model::same_branch(branch, customer_branch);
}

void share_roaming_capacity(std::vector<agent>& agents, std::string_view branch) {
  if (trim(branch).empty()) return;
  std::vector<std::string> branches{std::string(trim(branch))};
  for (const auto& a : agents)
    if (const auto b = trim(a.branch); !b.empty() &&
        std::none_of(branches.begin(), branches.end(), [&](const std::string& x) { return model::same_branch(x, b); }))
      branches.emplace_back(b);
  if (branches.size() < 2) return;
  auto key = [](std::string_view b) {
    std::string k;
    model::fold_branch(b, k);
    return k;
  };
  std::sort(branches.begin(), branches.end(), [&](const std::string& x, const std::string& y) { return key(x) < key(y); });
  const auto n = static_cast<int>(branches.size());
  const auto at = static_cast<int>(
      std::find_if(branches.begin(), branches.end(), [&](const std::string& x) { return model::same_branch(x, branch); }) -
      branches.begin());
  for (auto& a : agents)
    if (trim(a.branch).empty()) a.capacity = a.capacity / n + (at < a.capacity % n ? 1 : 0);
}

bool agent::works_on(day d, const calendar::business_calendar& cal) const {
  if (!cal.is_business_day(d)) return false;
  if (weekdays_off[date::weekday(d).c_encoding()]) return false;
  return std::find(days_off.begin(), days_off.end(), d) == days_off.end();
}

std::optional<day> agent::next_working_day(day d, const calendar::business_calendar& cal) const {
  for (int i = 1; i <= 366; ++i)
    if (works_on(d + date::days{i}, cal)) return d + date::days{i};
  return std::nullopt;
}

std::optional<int> parse_weekday(std::string_view name) {
  static constexpr std::array<std::array<std::string_view, 2>, 7> names = {{
      {"domingo", "sunday"}, {"lunes", "monday"}, {"martes", "tuesday"}, {"miercoles", "wednesday"},
      {"jueves", "thursday"}, {"viernes", "friday"}, {"sabado", "saturday"},
  }};
  // Lower case, and the two accented names without their accent (miércoles, sábado).
  std::string folded;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const std::string_view rest = name.substr(i);
    if (rest.starts_with("\u00e9") || rest.starts_with("\u00c9")) folded += 'e', ++i;
    else if (rest.starts_with("\u00e1") || rest.starts_with("\u00c1")) folded += 'a', ++i;
    else folded += static_cast<char>(name[i] >= 'A' && name[i] <= 'Z' ? name[i] - 'A' + 'a' : name[i]);
  }
  if (folded.size() < 3) return std::nullopt;
  for (int w = 0; w < 7; ++w)
    for (std::string_view n : names[static_cast<std::size_t>(w)])
      if (folded == n || (folded.size() == 3 && n.substr(0, 3) == folded)) return w;
  return std::nullopt;
}

std::vector<std::optional<day>> fill_days(std::span<const seat> seats, std::span<const agent> agents,
                                          const calendar::business_calendar& cal, day today) {
  struct load {
    bool works_today = false;
    int used_today = 0;
    std::optional<day> waiting_day;  // the following day being filled
    int left = 0;                    // places left on it
  };
  std::vector<load> loads(agents.size());
  for (std::size_t a = 0; a < agents.size(); ++a) loads[a].works_today = agents[a].works_on(today, cal);
  std::vector<std::optional<day>> out(seats.size());
  for (std::size_t i = 0; i < seats.size(); ++i) {
    const agent& who = agents[seats[i].agent];
    load& l = loads[seats[i].agent];
    if (l.works_today && (seats[i].always || l.used_today < who.capacity)) {
      ++l.used_today;
      continue;
    }
    if (!l.waiting_day || l.left == 0) {
      l.waiting_day = who.next_working_day(l.waiting_day.value_or(today), cal);
      if (!l.waiting_day) l.waiting_day = today + date::days{366};  // never at work: a year ahead
      l.left = who.capacity;
    }
    out[i] = l.waiting_day;
    --l.left;
  }
  return out;
}

}  // namespace retorno::rules
