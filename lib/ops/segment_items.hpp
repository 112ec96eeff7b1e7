// The items segment weighs: candidates from every rule, and the exclusions they may end in.
#pragma once
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "core/big_vector.hpp"
#include "ops/segment_world.hpp"

namespace retorno::ops::segment_detail {

// One candidate. Its text is views: into the world's tables, or into the run's string_pool;
// a plain record, so that millions of them sort and move as bytes.
struct item {
  std::string_view item_id;         // segment:vin:event
  std::string_view vin;             // a view into item_id
  std::string_view talking_points;  // the talking keys of the items merged into this one, `;` between
  std::string_view detail;          // how the rule reached it, for --explain only (in --lang)
  // Who is called and how (filled by check_item).
  std::string_view name, phone, phone_alt, email, channel, person_id;
  std::string_view agent;
  std::optional<std::uint32_t> vehicle;
  day due_on{};
  std::int32_t campaign_vins = 0;  // campaigns: more VINs first
  rules::segment seg{};
};

// How another item of the same person mentions `it` (campaign:ABC123, quote:Q77, ...).
std::string_view talking_key(const item& it, string_pool& text);

struct exclusion {
  std::string_view item_id, vin;
  rules::segment seg{};
  std::string_view reason;
  std::string_view detail;     // as the exclusions file has it: English, like the reason codes
  std::string_view detail_es;  // the same for a Spanish --explain (only then); empty when an id or a code
};

// Why an item cannot be called: an exclusion reason and its detail (see exclusion).
struct refusal {
  std::string_view reason, detail, detail_es;
};

// Every candidate of `today`, handed to `open` one at a time; items whose window ended within
// the look-back, and campaign or quote items waiting for parts, go to `excluded`. Segments not
// in `config.segments` are not considered. Ids and details are written to `text`.
void collect_candidates(const world& w, const segment_config& config, string_pool& text,
                        const std::function<void(item&)>& open, big_vector<exclusion>& excluded);

// Fills the person, phones and channel of an item; returns why the item cannot be called
// (closed, already_serviced, in_workshop, has_appointment, no_consent, opted_out, no_channel).
// The channel written is one the person can be reached on: the preferred one when usable.
std::optional<refusal> check_item(const world& w, const segment_config& config, string_pool& text, item& it);

}  // namespace retorno::ops::segment_detail
