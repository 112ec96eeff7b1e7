// The items segment weighs: candidates from every rule, and the exclusions they may end in.
#pragma once
#include <functional>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/big_vector.hpp"
#include "ops/segment_world.hpp"
#include "rules/exclusions.hpp"

namespace retorno::ops::segment_detail {

// Who an item calls and how (check_item and reach fill it).
struct contact {
  std::string_view name, phone, phone_alt, email, channel, person_id;
  std::string_view whatsapp, sms;  // the numbers that take those messages ("" none)
  bool letter = false;             // a letter may go
  std::string_view role;           // owner, maintainer, user, customer, lead, appointment
  std::string_view owner;          // the owner's name when the person called is someone else
  bool has_tax_id = false;         // the invoice's RFC or NIT is known
};

// A lead's or an appointment's own name, phone and e-mail: called before the vehicle's people;
// a lead's agent in the export (assigned_to).
struct own_contact {
  std::string_view name, phone, email, agent;
  std::string_view branch;  // the row's branch ("" none: the vehicle's)
};

// A row of the vehicles table, or none: 4 bytes where an optional takes 8.
struct row_ref {
  std::uint32_t row = no_row;
  row_ref& operator=(std::optional<std::uint32_t> r) {
    row = r.value_or(no_row);
    return *this;
  }
  explicit operator bool() const { return row != no_row; }
  std::uint32_t operator*() const { return row; }
};

// One candidate: a plain record of 88 bytes, so that a million of them sort and move as
// bytes. Its text is views into the run's string_pool or the world's tables. Who is called is
// kept only as the merge's keys (person id, phone); the rest is found again when written.
struct item {
  std::string_view item_id;         // segment:vin:event
  std::string_view talking_points;  // the talking keys of the items merged into this one, `;` between
  std::string_view person_id, phone;
  row_ref vehicle;
  std::uint32_t own = no_row;  // its own_contact, for a lead or an appointment
  std::uint32_t history = 0;   // its attempts in the world's attempt_log (the head: 1 + index; 0 none)
  day due_on{};
  std::uint32_t campaign_vins : 24 = 0;  // campaigns: more VINs first (at most 16,777,215)
  std::uint32_t via : 3 = 0;             // today's channel (rules::channel): phone for a call
  std::uint32_t always : 1 = 0;          // never waits for capacity: a callback or a lead
  std::uint32_t follower : 1 = 0;        // shares the phone of the call before it (a household)
  std::uint32_t late : 1 = 0;            // its window has ended: only a message still due may go out
  rules::segment seg{};
  std::uint8_t agent = 0;  // 1 + its index in the day's agents (at most 255); 0: none yet
  std::uint16_t vin_size = 0;

  std::string_view vin() const { return item_id.substr(rules::segment_name(seg).size() + 1, vin_size); }
  bool is_call() const { return via == static_cast<std::uint32_t>(rules::channel::phone); }
};
static_assert(sizeof(item) <= 88, "an item is 88 bytes: a million vehicles list about 1.4 million");

// The branch an item belongs to: its lead's or appointment's own, else its vehicle's ("" none:
// every branch's).
std::string_view branch_of(const world& w, const item& it, std::span<const own_contact> owns);

// How another item of the same person mentions `it` (campaign:ABC123, quote:Q77, ...).
std::string_view talking_key(const item& it, string_pool& text);

// One excluded item: 56 bytes, a million and a half of them on a bench night.
struct exclusion {
  std::string_view item_id;    // segment:vin:event
  std::string_view detail;  // in --lang, as the exclusions file and --explain say it
  rules::segment seg{};
  rules::exclusion_reason reason{};
  std::uint16_t vin_size = 0;

  exclusion() = default;
  // The verdict's detail is formatted into `text` in Spanish or English.
  exclusion(const item& it, const rules::verdict& v, string_pool& text, bool english);
  std::string_view vin() const { return item_id.substr(rules::segment_name(seg).size() + 1, vin_size); }
  std::string_view reason_name() const { return rules::exclusion_name(reason); }
};
static_assert(sizeof(exclusion) <= 40, "an exclusion is 40 bytes: a bench night has a million and a half");

// Every candidate of `today`, handed to `open` one at a time in the order found, a few
// candidates after it is found (`excluded` may get later candidates' exclusions first); items
// whose window ended within the look-back, and campaign or quote items waiting for parts, go
// to `excluded`. Segments not in `config.segments` are not considered. Ids and details are
// written to `text`, the own contacts of leads and appointments to `owns`, and under
// --explain how each rule reached its item to `details` (item id -> text, in --lang). What a
// campaign or a quote is about, for the agent (its description, safety, the quote's amount),
// goes to `about` (item id -> text, in --lang) for the items opened today. Sets w.year_rates.
void collect_candidates(world& w, const segment_config& config, string_pool& text,
                        const std::function<void(item&)>& open, big_vector<exclusion>& excluded,
                        big_vector<own_contact>& owns, view_map<std::string_view>& details,
                        view_map<std::string_view>& about);

// Why an item cannot be called (rules::log_and_workshop, then reach's reasons), or nullopt
// with `who` filled. `history` is the item's attempts in order; `when` holds the closed
// detail's text until the verdict is kept.
std::optional<rules::verdict> check_item(const world& w, const item& it, std::span<const own_contact> owns,
                                         std::span<const rules::attempt> history, contact& who, std::string& when);

// The person, phones and channel of an item (no_consent, opted_out or no_channel when none
// can be used). The channel is one the person can be reached on: the preferred one when usable.
// Needs only the vehicles, contacts and opt-outs: the call list calls it again to write the row.
std::optional<rules::verdict> reach(const world& w, const item& it, std::span<const own_contact> owns, contact& who);

}  // namespace retorno::ops::segment_detail
