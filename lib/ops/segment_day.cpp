// segment's day: one call per customer, households, agents, each agent's capacity, the sheet's slots.
#include "ops/segment_day.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/prefetch.hpp"

namespace retorno::ops::segment_detail {

namespace {

// Whether `points` (`;` between keys) already names `key`.
bool mentions(std::string_view points, std::string_view key) {
  while (!points.empty()) {
    const auto end = points.find(';');
    if (points.substr(0, end) == key) return true;
    if (end == std::string_view::npos) break;
    points.remove_prefix(end + 1);
  }
  return false;
}

// The talking points a call names one by one; past them, "more:N" counts the rest. A fleet
// (a rental company, a government: one person, thousands of vehicles) stays one readable call,
// and merging it stays linear: each point is added to a text of at most this many.
constexpr std::size_t talking_points_shown = 20;

// 1 + the index of agent `name` among the day's agents, or 0 for one not among them.
// Whether some agent names a branch: only then does an item's branch choose its agents.
bool any_branch(const segment_config& c) {
  return std::any_of(c.agents.begin(), c.agents.end(), [](const rules::agent& a) { return !a.branch.empty(); });
}

std::uint8_t agent_number(const segment_config& c, std::string_view name) {
  if (name.empty()) return 0;
  for (std::size_t a = 0; a < c.agents.size(); ++a)
    if (c.agents[a].name == name) return static_cast<std::uint8_t>(a + 1);
  return 0;
}

}  // namespace

// Items of one person merge into the first of them; the others become its talking points.
// Calls merge with calls and messages with messages: a message due does not swallow a call.
void merge_per_customer(big_vector<item>& listed, big_vector<exclusion>& excluded, string_pool& text) {
  // person id, else phone -> 1 + the index of the item kept (0: none yet); [1] for messages
  view_map<std::uint32_t> by_person[2], by_phone[2];
  std::size_t with_person = 0;
  for (const auto& it : listed) with_person += !it.person_id.empty();
  by_person[0].reserve(with_person);  // a map that grows reads all its slots again
  by_phone[0].reserve(listed.size() - with_person);
  auto key_of = [](const item& it) { return !it.person_id.empty() ? it.person_id : it.phone; };
  auto keeper_map = [&](const item& it) -> view_map<std::uint32_t>& {
    return !it.person_id.empty() ? by_person[!it.is_call()] : by_phone[!it.is_call()];
  };
  std::unordered_map<std::uint32_t, std::uint32_t> beyond;  // kept index -> items past the points shown
  std::uint32_t kept = 0;  // listed[0, kept) are the items kept, in order
  for (std::uint32_t i = 0; i < listed.size(); ++i) {
    // The keys are scattered over the tables: ask for the text of one item a little ahead,
    // and for the slot of a nearer one, whose text has arrived by now.
    if (i + 16 < listed.size()) prefetch(key_of(listed[i + 16]).data());
    if (i + 8 < listed.size()) keeper_map(listed[i + 8]).prefetch(key_of(listed[i + 8]));
    const item it = listed[i];
    auto& keeper = keeper_map(it);
    const std::string_view key = key_of(it);
    std::uint32_t* keeper_of = key.empty() ? nullptr : &keeper[key];
    if (!keeper_of || *keeper_of == 0) {
      if (keeper_of) *keeper_of = kept + 1;
      listed[kept++] = it;
      continue;
    }
    item& into = listed[*keeper_of - 1];
    if (!into.agent) into.agent = it.agent;  // a customer's items stay with the agent who worked one
    into.always |= it.always;
    const std::string_view talking = talking_key(it, text);
    const auto shown = into.talking_points.empty()
                           ? 0
                           : 1 + static_cast<std::size_t>(std::count(into.talking_points.begin(),
                                                                     into.talking_points.end(), ';'));
    // A customer hears one test-drive offer, whichever of their vehicles passed the km.
    const bool offered = it.seg == rules::segment::test_drive &&
                         (into.seg == rules::segment::test_drive || into.talking_points.find("test_drive:") != std::string_view::npos);
    if (offered) {
      // nothing to add: the offer is already there
    } else if (shown >= talking_points_shown) {
      ++beyond[*keeper_of - 1];
    } else if (!mentions(into.talking_points, talking)) {
      into.talking_points =
          into.talking_points.empty() ? talking : text.concat({into.talking_points, ";", talking});
    }
    // The detail is the item it went into: an id, the same in either language.
    excluded.push_back(exclusion(it, {rules::exclusion_reason::merged, msg::excl_detail_as_is, into.item_id}, text, false));
  }
  for (const auto& [index, more] : beyond)
    listed[index].talking_points = text.concat({listed[index].talking_points, ";more:", text.format("{}", more)});
  listed.resize(kept);
  listed.shrink_to_fit();  // the merged half: about 70 MB for a million vehicles
}

// One contact per customer across days too: a customer whose cadence on an item goes on at a
// later step is not called today for a reason no more urgent; that reason waits to be spoken
// of on the cadence's next call (merged into that item). Callbacks and leads are never held.
void wait_for_cadence(big_vector<item>& listed, const view_map<in_progress>& in_cadence, big_vector<exclusion>& excluded,
                      string_pool& text) {
  if (in_cadence.empty()) return;
  std::uint32_t kept = 0;
  for (std::uint32_t i = 0; i < listed.size(); ++i) {
    const item it = listed[i];
    const std::string_view key = !it.person_id.empty() ? it.person_id : it.phone;
    const in_progress* p = it.is_call() && !it.always && !key.empty() ? in_cadence.find(key) : nullptr;
    if (p && p->priority <= rules::segment_priority(it.seg)) {
      excluded.push_back(exclusion(it, {rules::exclusion_reason::merged, msg::excl_detail_as_is, p->item_id}, text, false));
      continue;
    }
    listed[kept++] = it;
  }
  listed.resize(kept);
}

// An item, or a customer, already worked by an agent stays with that agent: a lead's agent in
// the export (assigned_to), else the agent of the item's latest attempt, else of the vehicle's.
// Runs before the merge, so that the contact log's maps can be let go before the sorts.
void agents_from_log(const world& w, const segment_config& c, std::span<const own_contact> owns,
                     big_vector<item>& listed) {
  if (c.agents.empty()) return;
  const bool branched = any_branch(c);
  for (auto& it : listed) {
    // An agent of another branch does not keep the item (the customer is its branch's).
    const std::string_view branch = branched ? branch_of(w, it, owns) : std::string_view();
    auto serving = [&](std::string_view name) -> std::uint8_t {
      const std::uint8_t a = agent_number(c, name);
      return a && (!branched || c.agents[a - 1].serves(branch)) ? a : 0;
    };
    if (it.seg == rules::segment::lead && it.own != no_row)
      if ((it.agent = serving(owns[it.own].agent))) continue;
    for (std::uint32_t i = it.history; i != 0 && !it.agent; i = w.attempts.entries[i - 1].previous)
      it.agent = serving(w.attempts.names.name(w.attempts.entries[i - 1].agent));
    if (it.agent) continue;
    if (const auto* vehicle = w.log.vehicle_agent.find(it.vin()))
      it.agent = serving(w.attempts.names.name(vehicle->agent));
  }
}

// Calls to one phone number on one day go to one agent, one after the other: a household's
// other people follow the first call to their number, with each other's names as talking points
// (one call when the same person answers). Runs after the merge (one call per person).
void group_households(const world& w, std::span<const own_contact> owns, big_vector<item>& listed, string_pool& text) {
  view_map<std::uint32_t> first_of;  // phone -> 1 + the index of the first call to it
  auto dialed = [](const item& it) { return it.is_call() && !it.phone.empty(); };
  first_of.reserve(static_cast<std::size_t>(std::count_if(listed.begin(), listed.end(), dialed)));
  std::vector<std::vector<std::uint32_t>> followers;  // of each first call that has some
  std::vector<std::uint32_t> group_of(listed.size(), UINT32_MAX);  // index into followers
  bool any = false;
  for (std::uint32_t i = 0; i < listed.size(); ++i) {
    // The phones are scattered over the tables: as in the merge, their text is asked for
    // a little ahead, and their slot once the text has arrived.
    if (i + 16 < listed.size() && dialed(listed[i + 16])) prefetch(listed[i + 16].phone.data());
    if (i + 8 < listed.size() && dialed(listed[i + 8])) first_of.prefetch(listed[i + 8].phone);
    const item& it = listed[i];
    if (!dialed(it)) continue;
    std::uint32_t& first = first_of[it.phone];
    if (first == 0) {
      first = i + 1;
      continue;
    }
    if (listed[first - 1].person_id == it.person_id) continue;  // no person ids: merged already
    std::uint32_t& g = group_of[first - 1];
    if (g == UINT32_MAX) {
      g = static_cast<std::uint32_t>(followers.size());
      followers.emplace_back();
    }
    followers[g].push_back(i);
    any = true;
  }
  if (!any) return;
  auto name_of = [&](const item& it) {
    contact who;
    reach(w, it, owns, who);
    return who.name;
  };
  // Each call names at most a few others at its number (a switchboard may front hundreds).
  constexpr std::size_t names_shown = 5;
  auto mention = [&](item& into, std::string_view name) {
    if (name.empty()) return;
    const std::string_view key = text.concat({"household:", name});
    into.talking_points = into.talking_points.empty() ? key : text.concat({into.talking_points, ";", key});
  };
  // The households' calls are mended where they stand, then each follower moves right after
  // its first call: one pass over an order of indices, no second copy of the list.
  std::vector<std::uint32_t> order;
  order.reserve(listed.size());
  std::vector<bool> placed(listed.size(), false);
  for (std::uint32_t i = 0; i < listed.size(); ++i) {
    if (placed[i]) continue;
    placed[i] = true;
    order.push_back(i);
    if (group_of[i] == UINT32_MAX) continue;
    const auto& group = followers[group_of[i]];
    item& lead = listed[i];
    std::uint8_t agent = lead.agent;
    for (auto f : group) agent = agent ? agent : listed[f].agent;
    lead.agent = agent;
    const std::string_view lead_name = name_of(lead);
    for (auto f : group) {
      item& follower = listed[f];
      follower.agent = agent;
      follower.follower = 1;
      follower.always |= lead.always;
      mention(follower, lead_name);
      std::size_t named = 0;
      for (auto o : group)
        if (o != f && named++ < names_shown - 1) mention(follower, name_of(listed[o]));
      order.push_back(f);
      placed[f] = true;
    }
    for (std::size_t k = 0; k < group.size() && k < names_shown; ++k) mention(lead, name_of(listed[group[k]]));
  }
  place_in_order(listed, order);
}

// The items no agent keeps go to the least loaded agent at work today, a household with its
// first call. A callback or a lead that cannot wait (a day passed since it came in) leaves an
// agent who is off today for the least loaded one at work.
void balance_agents(const world& w, const segment_config& c, const calendar::business_calendar& cal,
                    std::span<const own_contact> owns, big_vector<item>& listed) {
  if (c.agents.empty()) return;
  // Each branch's customers go to its agents (and to the agents of no branch): an item that
  // the merge gave an agent of another branch is handed again.
  const bool branched = any_branch(c);
  if (branched)
    for (auto& it : listed)
      if (it.agent && !it.follower && !c.agents[it.agent - 1].serves(branch_of(w, it, owns))) it.agent = 0;
  std::vector<bool> works(c.agents.size() + 1, false);
  bool anyone = false;
  for (std::size_t a = 0; a < c.agents.size(); ++a) anyone |= works[a + 1] = c.agents[a].works_on(c.today, cal);
  if (!anyone) return;  // nobody at work: everything waits for its agent
  std::vector<std::size_t> load(c.agents.size() + 1, 0);
  for (auto& it : listed) {
    if (it.agent && !works[it.agent] && it.is_call() && !it.follower &&
        (it.seg != rules::segment::lead ? it.always : cal.add_business_days(it.due_on, 1) <= c.today))
      it.agent = 0;
    ++load[it.agent];
  }
  std::uint8_t previous = 0;
  for (auto& it : listed) {
    if (it.follower) {
      it.agent = previous;
      continue;
    }
    if (!it.agent) {
      const std::string_view branch = branched ? branch_of(w, it, owns) : std::string_view();
      std::size_t best = 0;
      for (std::size_t a = 1; a <= c.agents.size(); ++a)
        if (works[a] && (best == 0 || load[a] < load[best]) && c.agents[a - 1].serves(branch)) best = a;
      it.agent = static_cast<std::uint8_t>(best);
      ++load[best];
    }
    previous = it.agent;
  }
}

// Each agent's day, filled in list order up to its capacity: the calls that do not fit wait
// for a following day (over_capacity, with the day); callbacks and leads never wait, and a
// household's other calls follow their first one, listed or waiting with it.
std::uint64_t fill_capacity(const segment_config& c, const calendar::business_calendar& cal, big_vector<item>& listed,
                            big_vector<exclusion>& excluded, string_pool& text) {
  if (c.agents.empty()) return 0;
  // The seats are the list's calls with an agent, in list order: the second pass meets them in
  // the same order and takes their days one after the other.
  auto seated = [](const item& it) { return it.is_call() && it.agent; };
  std::vector<rules::seat> seats;
  seats.reserve(static_cast<std::size_t>(std::count_if(listed.begin(), listed.end(), seated)));
  // A household's other calls take their places of the day right after the first one's,
  // never apart from it: the day may end one call over capacity for them.
  for (const item& it : listed)
    if (seated(it)) seats.push_back({static_cast<std::uint32_t>(it.agent - 1), it.always || it.follower});
  const auto waits = rules::fill_days(seats, c.agents, cal, c.today);
  std::size_t seat = 0;
  std::uint64_t carried = 0;
  std::uint32_t kept = 0;
  std::optional<day> lead_wait;
  for (std::uint32_t i = 0; i < listed.size(); ++i) {
    const item it = listed[i];
    const std::optional<day> own = seated(it) ? waits[seat++] : std::nullopt;
    const std::optional<day> wait = it.follower ? lead_wait : own;
    if (!it.follower) lead_wait = wait;
    if (!wait) {
      listed[kept++] = it;
      continue;
    }
    const std::string until = format_day(*wait);
    const std::string_view agent = c.agents[it.agent - 1].name;
    excluded.push_back(exclusion(it, {rules::exclusion_reason::over_capacity, msg::excl_detail_waits, until, agent}, text,
                                 c.english));
    ++carried;
  }
  listed.resize(kept);
  listed.shrink_to_fit();
  return carried;
}

// The slot each call's first attempt takes on the sheet: the agent's calls rotate through
// morning, midday and afternoon in list order (rules::slot_for); a household's other calls
// keep the slot of the first.
std::vector<rules::slot> sheet_slots(const big_vector<item>& listed) {
  std::vector<rules::slot> out(listed.size(), rules::slot::morning);
  std::array<std::uint32_t, 256> position{};
  for (std::size_t i = 0; i < listed.size(); ++i) {
    const item& it = listed[i];
    if (!it.is_call()) continue;
    out[i] = it.follower && i > 0 ? out[i - 1] : rules::slot_for(position[it.agent]++);
  }
  return out;
}

}  // namespace retorno::ops::segment_detail
