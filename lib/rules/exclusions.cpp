// The exclusion order and the opt-out semantics.
#include "rules/exclusions.hpp"

#include <algorithm>
#include <iterator>
#include <span>

#include "core/catalog.hpp"
#include "normalize/phone.hpp"

namespace retorno::rules {

std::string_view exclusion_name(exclusion_reason r) {
  static constexpr std::string_view names[] = {"expired",     "parts_unavailable", "closed",     "already_serviced",
                                               "in_workshop", "has_appointment",   "no_consent", "opted_out",
                                               "no_channel",  "exhausted",         "scheduled",  "resting",
                                               "merged",      "over_capacity"};
  static_assert(std::size(names) == exclusion_reason_count);
  return names[static_cast<std::size_t>(r)];
}

std::string_view exclusion_label(exclusion_reason r, bool english) {
  static constexpr msg::id labels[] = {msg::excl_expired,    msg::excl_parts_unavailable, msg::excl_closed,
                                       msg::excl_already_serviced, msg::excl_in_workshop, msg::excl_has_appointment,
                                       msg::excl_no_consent, msg::excl_opted_out,     msg::excl_no_channel,
                                       msg::excl_exhausted,  msg::excl_scheduled,     msg::excl_resting,
                                       msg::excl_merged,     msg::excl_over_capacity};
  static_assert(std::size(labels) == exclusion_reason_count);
  return text(labels[static_cast<std::size_t>(r)], english ? lang::en : lang::es);
}

std::string_view role_label(std::string_view role, bool english) {
  const lang l = english ? lang::en : lang::es;
  if (role == "customer") return text(msg::role_customer, l);
  if (role == "owner") return text(msg::role_owner, l);
  if (role == "maintainer") return text(msg::role_maintainer, l);
  if (role == "user") return text(msg::role_user, l);
  if (role == "lead") return text(msg::role_lead, l);
  if (role == "appointment") return text(msg::role_appointment, l);
  return role;
}

std::string_view detail_word(detail_code kind, std::string_view code, bool english) {
  switch (kind) {
    case detail_code::none: return code;
    case detail_code::outcome: return outcome_label(code, english);
    case detail_code::channel: {
      const auto c = parse_channel(code);
      return c ? channel_label(*c, english) : code;
    }
    case detail_code::role: return role_label(code, english);
  }
  return code;
}

std::optional<verdict> log_and_workshop(const item_facts& f) {
  using r = exclusion_reason;
  // The contact log speaks first: what an earlier call ended does not come back.
  if (f.vehicle_closed)
    return verdict{r::closed, msg::excl_detail_closed, outcome_name(*f.vehicle_closed), f.vehicle_closed_when,
                   detail_code::outcome};
  if (f.last_outcome && *f.last_outcome == outcome::already_serviced)
    return verdict{r::already_serviced, msg::excl_detail_serviced};
  if (f.last_outcome && closes_item(*f.last_outcome))
    return verdict{r::closed, msg::excl_detail_closed, outcome_name(*f.last_outcome), f.last_when, detail_code::outcome};
  if (!f.open_ro.empty() && f.seg != segment::lead) return verdict{r::in_workshop, msg::excl_detail_ro_open, f.open_ro};
  if (wants_workshop_visit(f.seg)) {
    if (!f.booked_for.empty())
      return verdict{r::has_appointment, msg::excl_detail_booked_for, f.booked_for};
    if (!f.appointment_id.empty())
      return verdict{r::has_appointment, msg::excl_detail_appointment, f.appointment_id, f.appointment_at};
  }
  if (f.last_outcome && books(*f.last_outcome))
    return verdict{r::has_appointment, msg::excl_detail_booked_in_log};
  return std::nullopt;
}

bool rests(segment s, bool callback, std::optional<day> reached_on, int reached_priority, int rest_days, day today) {
  if (callback || !reached_on || s == segment::campaign_safety || s == segment::lead || s == segment::no_show ||
      s == segment::web_confirmation || s == segment::appointment_reminder || s == segment::complaint_followup)
    return false;
  return (today - *reached_on).count() < rest_days && segment_priority(s) >= reached_priority;
}

unsigned optout_bit(std::string_view scope) {
  return scope == "all" ? off_all : scope == "phone" ? off_phone : scope == "whatsapp" ? off_whatsapp
       : scope == "sms" ? off_sms : scope == "email" ? off_email : scope == "letter" ? off_letter : 0u;
}

reach_result reach(const reach_facts& f) {
  using r = exclusion_reason;
  reach_result out;  // every return hands back this one object: no copy
  if (f.unknown_vehicle) {
    out.refused = verdict{r::no_channel, msg::excl_detail_unknown_vehicle};
    return out;
  }
  if (f.consent == "no") {
    out.refused = verdict{r::no_consent, msg::excl_detail_as_is, f.role, {}, detail_code::role};
    return out;
  }
  unsigned off = f.optouts;
  if (off & off_all) {
    out.refused = verdict{r::opted_out, msg::excl_detail_all_channels};
    return out;
  }
  bool removed = (off & (off_phone | off_email)) != 0;
  struct number {
    std::string_view value;
    unsigned off;  // the message channels this number opted out of
  };
  std::array<number, 3> numbers;
  std::size_t count = 0;
  for (std::size_t i = 0; i < f.phones.size(); ++i) {
    const std::string_view ph = f.phones[i];
    // A number in a range the national plan never assigned is kept in the table, never called.
    if (ph.empty() || !normalize::phone_assigned(ph) || std::any_of(numbers.begin(), numbers.begin() + count, [&](const number& n) { return n.value == ph; }))
      continue;
    const unsigned s = f.phone_optouts[i];
    if (s & off_all) {
      out.refused = verdict{r::opted_out, msg::excl_detail_phone_listed};
      return out;
    }
    off |= s & (off_email | off_letter);  // what the person asked, whatever the number it came with
    if ((s | off) & off_phone) {
      removed = true;
      continue;
    }
    numbers[count++] = {ph, s | off};
  }
  const auto phones = std::span(numbers).first(count);
  const std::string_view email = (off & off_email) ? std::string_view() : f.email;
  if (phones.empty() && email.empty()) {
    out.refused = removed ? verdict{r::opted_out, msg::excl_detail_every_channel}
                          : verdict{r::no_channel, msg::excl_detail_no_phone_email};
    return out;
  }
  // The preferred channel when it can be used; a message goes to the first number that accepts it.
  auto usable = [&](std::string_view channel) {
    if (channel == "phone") return !phones.empty();
    if (channel == "email") return !email.empty();
    if (channel == "letter") return !(off & off_letter) && !f.address.empty();
    const unsigned bit = optout_bit(channel);
    if (bit != off_whatsapp && bit != off_sms) return false;
    auto n = std::find_if(phones.begin(), phones.end(), [&](const number& x) { return !(x.off & bit); });
    if (n == phones.end()) return false;
    std::rotate(phones.begin(), n, n + 1);
    return true;
  };
  auto first_taking = [&](unsigned bit) {
    auto n = std::find_if(phones.begin(), phones.end(), [&](const number& x) { return !(x.off & bit); });
    return n == phones.end() ? std::string_view() : n->value;
  };
  out.whatsapp = first_taking(off_whatsapp);
  out.sms = first_taking(off_sms);
  out.letter = !(off & off_letter) && !f.address.empty();
  out.channel = usable(f.preferred_channel) ? f.preferred_channel : phones.empty() ? "email" : "phone";
  out.phone = phones.empty() ? std::string_view() : phones[0].value;
  out.phone_alt = phones.size() > 1 ? phones[1].value : std::string_view();
  out.email = email;
  return out;
}

}  // namespace retorno::rules
