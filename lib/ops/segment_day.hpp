// segment's day, after the candidates are weighed: one call per customer, households, the
// agents and their capacity, the slot of each call on the printed sheet.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "calendar/calendar.hpp"
#include "core/big_vector.hpp"
#include "core/string_pool.hpp"
#include "core/view_map.hpp"
#include "ops/segment.hpp"
#include "ops/segment_items.hpp"
#include "rules/slots.hpp"

namespace retorno::ops::segment_detail {

// Moves each record once into its place: `order[p]` is the index of the record that goes to
// position p. Follows the cycles of the permutation, so that no second copy of the records is
// made (`order` is spent).
template <typename T>
void place_in_order(big_vector<T>& records, std::vector<std::uint32_t>& order) {
  for (std::uint32_t start = 0; start < order.size(); ++start) {
    if (order[start] == start) continue;
    const T held = records[start];
    std::uint32_t p = start;
    while (order[p] != start) {
      const std::uint32_t from = order[p];
      records[p] = records[from];
      order[p] = p;
      p = from;
    }
    records[p] = held;
    order[p] = p;
  }
}

// A customer's item whose cadence goes on at a later step: its id and priority.
struct in_progress {
  std::string_view item_id;
  int priority = 0;
};

// Items of one person merge into the first of them (in list order); the others become its
// talking points (at most 20, then "more:N") and are excluded as merged.
void merge_per_customer(big_vector<item>& listed, big_vector<exclusion>& excluded, string_pool& text);
// Calls of a customer (person id, else phone) in `in_cadence` with a priority no more urgent
// than the item in progress are excluded as merged into it (callbacks and leads are not).
void wait_for_cadence(big_vector<item>& listed, const view_map<in_progress>& in_cadence, big_vector<exclusion>& excluded,
                      string_pool& text);
// Each item's agent from the export (a lead's assigned_to) and the contact log.
void agents_from_log(const world& w, const segment_config& c, std::span<const own_contact> owns,
                     big_vector<item>& listed);
// Calls to one number go to one agent, one after the other, with the others' names.
void group_households(const world& w, std::span<const own_contact> owns, big_vector<item>& listed, string_pool& text);
// The items no agent keeps go to the least loaded agent at work.
// With agents of several branches, an item goes only to an agent who serves its branch (none at
// work: it stays without an agent).
void balance_agents(const world& w, const segment_config& c, const calendar::business_calendar& cal,
                    std::span<const own_contact> owns, big_vector<item>& listed);
// Fills each agent's day up to capacity; what does not fit goes to `excluded` as over_capacity.
// Returns how many were carried over.
std::uint64_t fill_capacity(const segment_config& c, const calendar::business_calendar& cal, big_vector<item>& listed,
                            big_vector<exclusion>& excluded, string_pool& text);
// The slot of each listed call's first attempt on the sheet.
std::vector<rules::slot> sheet_slots(const big_vector<item>& listed);

}  // namespace retorno::ops::segment_detail
