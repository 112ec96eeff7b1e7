// The attempt rules: outcomes, gaps in business days or hours, slot rotation, fallback channels.
#include "rules/attempts.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>

#include "core/catalog.hpp"
#include "core/dates.hpp"

namespace retorno::rules {

namespace {

constexpr long long per_day = minutes_per_day;

std::string resolve_channel(const std::string& step_channel, const customer_channels& who) {
  const bool whatsapp = who.has_mobile, sms = who.sms_ok.value_or(who.has_mobile), email = who.has_email,
             letter = who.letter_ok;
  // What follows when the step's own channel is not allowed: e-mail, else a letter, else nothing.
  auto otherwise = [&](bool message_too) -> std::string {
    if (message_too && whatsapp) return "whatsapp";
    if (email) return "email";
    return letter ? "letter" : "";
  };
  if (step_channel == "letter_or_email") return email ? "email" : letter ? "letter" : "";
  // A quick message (a reminder for tomorrow: no letter): WhatsApp, else SMS, else e-mail.
  if (step_channel == "message") return whatsapp ? "whatsapp" : sms ? "sms" : email ? "email" : "";
  // A call, unless the customer prefers a quick message and accepts it.
  if (step_channel == "preferred_message") {
    const std::string& p = who.preferred;
    if ((p == "whatsapp" && whatsapp) || (p == "sms" && sms) || (p == "email" && email)) return p;
    return "phone";
  }
  if (step_channel == "whatsapp") return whatsapp ? "whatsapp" : otherwise(false);
  if (step_channel == "sms") return sms ? "sms" : otherwise(false);
  // An e-mail step without an address (a lead that left only a phone): WhatsApp, else a letter.
  if (step_channel == "email") return email ? "email" : otherwise(true);
  if (step_channel == "letter") return letter ? "letter" : email ? "email" : "";
  if (step_channel != "preferred") return step_channel;
  // The preferred channel when the customer can be reached on it.
  const std::string& p = who.preferred;
  const bool usable = p == "whatsapp" ? whatsapp : p == "sms" ? sms : p == "email" ? email : p == "letter" && letter;
  if (usable) return p;
  return otherwise(true);
}

// The first contact minute at or after `t` whose slot differs from `avoid`.
long long rotate(const calendar::business_calendar& cal, long long t, std::optional<slot> avoid) {
  t = cal.next_contact_minute(t);
  for (int guard = 0; avoid && slot_of(t) == *avoid && guard < 20; ++guard) {
    t = cal.next_contact_minute(slot_ends(*avoid, start_of_day(t)));
  }
  return t;
}

}  // namespace

std::string_view status_name(status s) {
  static constexpr std::string_view names[] = {"due", "scheduled", "callback", "booked", "exhausted", "fallback_due", "closed"};
  static_assert(std::size(names) == status_count);
  return names[static_cast<int>(s)];
}

std::string_view status_label(status s, bool english) {
  static constexpr msg::id labels[] = {msg::status_due,       msg::status_scheduled,   msg::status_callback, msg::status_booked,
                                       msg::status_exhausted, msg::status_fallback_due, msg::status_closed};
  static_assert(std::size(labels) == status_count);
  return text(labels[static_cast<int>(s)], english ? lang::en : lang::es);
}

void order_attempts(std::vector<attempt>& history) {
  std::sort(history.begin(), history.end(), [](const attempt& a, const attempt& b) {
    auto key = [](const attempt& x) {
      return std::tuple(x.at, x.result ? outcome_name(*x.result) : std::string_view(),
                        x.via ? channel_name(*x.via) : std::string_view(), x.agent);
    };
    return key(a) < key(b);
  });
}

std::string previous_attempts(std::span<const attempt> history) {
  std::string out;
  for (const auto& a : history) {
    if (!out.empty()) out += ';';
    out += format_minutes(a.at);
    out += '|';
    if (a.result) out += outcome_name(*a.result);
    out += '|';
    out += a.agent;
  }
  return out;
}

std::size_t calls_made(std::span<const attempt> history) {
  return static_cast<std::size_t>(
      std::count_if(history.begin(), history.end(), [](const attempt& a) { return a.via == channel::phone; }));
}

step_cells describe_step(const decision& d, std::span<const attempt> history, const cadence& c, bool is_call) {
  step_cells s;
  if (d.next_slot) s.slot = slot_name(*d.next_slot);
  if (d.next_at) s.call_at = format_minutes(*d.next_at);
  if (is_call) {
    s.attempt = std::to_string(calls_made(history) + 1);
    s.planned = std::to_string(c.phone_steps());
  }
  s.previous = previous_attempts(history);
  if (!history.empty() && history.back().result && asks_callback(*history.back().result) && history.back().callback_at)
    s.callback_at = format_minutes(*history.back().callback_at);
  return s;
}

today work_today(const decision& d, long long now) {
  const long long end_of_today = start_of_day(now) + per_day;
  switch (d.st) {
    case status::booked: return today::booked;
    case status::closed: return today::closed;
    case status::exhausted: return today::exhausted;
    case status::fallback_due: return today::message;
    case status::scheduled: return today::later;
    case status::due:
    case status::callback:
      if (!d.next_at || *d.next_at >= end_of_today) return today::later;
      return d.next_channel == "phone" ? today::call : today::message;
  }
  return today::later;
}

long long add_business_minutes(const calendar::business_calendar& cal, long long from, long long minutes) {
  long long t = cal.next_contact_minute(from);
  while (minutes > 0) {
    auto h = cal.contact_hours(day_of_minute(t));
    long long close = start_of_day(t) + h->close;
    long long used = std::min(minutes, close - t);
    minutes -= used;
    t += used;
    if (minutes > 0) t = cal.next_contact_minute(close);
  }
  return t;
}

decision decide(const std::vector<attempt>& history, const cadence& c, const calendar::business_calendar& cal,
                long long now, const customer_channels& who) {
  decision d;
  d.attempts = static_cast<int>(history.size());
  const long long end_of_today = start_of_day(now) + per_day;
  auto finish = [&](long long at, std::string channel, status if_due, std::string note = {}) {
    d.next_at = at;
    d.next_channel = std::move(channel);
    d.next_slot = slot_of(at);
    d.note = std::move(note);
    d.st = at < end_of_today ? if_due : status::scheduled;
    return d;
  };
  if (history.empty()) {
    const auto& first = c.steps.front();
    long long at = cal.next_contact_minute(now);
    // Cadences counted in business hours (leads) call at once: no waiting for a slot.
    if (who.first_slot && first.unit == gap_unit::business_days && slot_of(at) != *who.first_slot) {
      const long long base = start_of_day(at);
      const long long start = slot_begins(*who.first_slot, base);
      long long in_slot = cal.next_contact_minute(std::max(start, at));
      if (start_of_day(in_slot) == base && slot_of(in_slot) == *who.first_slot) at = in_slot;
    }
    return finish(at, resolve_channel(first.channel, who), status::due, first.note);
  }
  const attempt& last = history.back();
  d.last_at = last.at;
  d.last_outcome = last.result ? std::string(outcome_name(*last.result)) : std::string();
  // An unknown outcome counts as a failed call.
  const outcome o = last.result.value_or(outcome::no_answer);
  if (books(o)) return d.st = status::booked, d;
  if (closes_item(o)) return d.st = status::closed, d;
  if (is_message(o)) return d.st = status::exhausted, d;

  const std::size_t phones = c.phone_steps();
  const cadence_step* fallback = phones < c.steps.size() ? &c.steps[phones] : nullptr;
  auto fallback_now = [&](const customer_channels& reachable) {
    // No fallback, or none the customer allows: nothing is left to try.
    if (!fallback || resolve_channel(fallback->channel, reachable).empty()) return d.st = status::exhausted, d;
    auto r = finish(cal.next_contact_minute(std::max(now, last.at)), resolve_channel(fallback->channel, reachable),
                    status::fallback_due, fallback->note);
    if (r.st == status::scheduled) r.st = status::fallback_due;  // fallback is its own queue
    return r;
  };
  if (asks_callback(o)) {
    // Honoured at the time the customer asked, even outside contact hours (the customer chose
    // it); without a time, the next business day in another slot.
    // A time already past (the agent missed it) is honoured as soon as possible.
    long long at = last.callback_at ? (*last.callback_at >= now ? *last.callback_at : cal.next_contact_minute(now))
                                    : rotate(cal, std::max(start_of_day(last.at) + per_day, now), slot_of(last.at));
    d.next_at = at;
    d.next_channel = "phone";
    d.next_slot = slot_of(at);
    d.st = status::callback;
    return d;
  }
  if (is_bad_number(o)) {
    // The number is bad: no WhatsApp or SMS to it either (the leads standard: e-mail at once).
    customer_channels no_phone{who.preferred == "whatsapp" || who.preferred == "sms" ? "" : who.preferred, false,
                               who.has_email, std::nullopt, false, who.letter_ok};
    return fallback_now(no_phone);
  }

  // A failed call (no_answer, busy, voicemail): the next phone step, or the fallback.
  const std::size_t calls = calls_made(history);
  if (calls >= phones) return fallback_now(who);
  const cadence_step& step = c.steps[calls];
  long long earliest = step.unit == gap_unit::business_hours
                           ? add_business_minutes(cal, last.at, static_cast<long long>(step.gap) * 60)
                           : (step.gap == 0 ? last.at
                                            : start_of_day(last.at) +
                                                  (cal.add_business_days(day_of_minute(last.at), step.gap) - day_of_minute(last.at)).count() * per_day +
                                                  (last.at - start_of_day(last.at)));
  earliest = std::max(earliest, now);
  long long at = rotate(cal, earliest, step.rotate_slot ? std::optional<slot>(slot_of(last.at)) : std::nullopt);
  std::string channel = resolve_channel(step.channel, who);
  if (channel.empty()) return d.st = status::exhausted, d;  // a message step the customer refused
  return finish(at, std::move(channel), status::due, step.note);
}

}  // namespace retorno::rules
