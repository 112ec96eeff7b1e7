// The items segment weighs: candidates from every rule, and the exclusions they may end in.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ops/segment_world.hpp"

namespace retorno::ops::segment_detail {

struct item {
  rules::segment seg;
  std::string item_id;
  std::string vin;
  std::optional<std::uint32_t> vehicle;
  day due_on{};
  long campaign_vins = 0;    // campaigns: more VINs first
  std::string talking_key;   // how another item mentions this one: campaign:ABC123, quote:Q77
  std::vector<std::string> talking_points;
  std::string detail;        // how the rule reached it, for --explain (in --lang)
  // Who is called and how (filled by choose_contact).
  std::string name, phone, phone_alt, email, channel, person_id, customer_id;
  std::string agent;
};

struct exclusion {
  std::string item_id, vin, segment, reason;
  std::string detail;     // as the exclusions file has it: English, like the reason codes
  std::string detail_es;  // the same for a Spanish --explain; empty when it is an id or a code
};

// Why an item cannot be called: an exclusion reason and its detail (see exclusion).
struct refusal {
  std::string reason, detail, detail_es;
};

// Every candidate of `today`: open items go to `open`, items whose window ended within the
// look-back go to `excluded` as expired. Segments not in `config.segments` are not considered.
void collect_candidates(const world& w, const segment_config& config, std::vector<item>& open,
                        std::vector<exclusion>& excluded);

// Fills the person, phones and channel of an item; returns why the item cannot be called
// (closed, already_serviced, in_workshop, has_appointment, no_consent, opted_out, no_channel).
// The channel written is one the person can be reached on: the preferred one when usable.
std::optional<refusal> check_item(const world& w, const segment_config& config, item& it);

}  // namespace retorno::ops::segment_detail
